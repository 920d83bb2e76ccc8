package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.align.model.SimilarityModel;
import org.sverka.align.text.NumberNormalizer;
import org.sverka.align.text.TextAnalyzer;
import org.sverka.core.Flag;

/**
 * Finds a negation on one side of a matched pair only: "not", "n't", "never", "no"… in English,
 * «не», «нет», «ни», «никогда»… in Russian. Words that carry a negation without one of these
 * ("failed", "without", «без», «отказался») count as negating too where they stand at the
 * negation's place or translate the words it negates, so that a free rendering of a negative
 * sentence is not flagged. A negation on one side only is a flag when the words it
 * negates are translated on the other side (which so says the same thing unnegated), and a note
 * otherwise ({@code flags} returns the flags).
 * <pre>{@code
 * Negation.flags("The talks did not succeed.", "Переговоры увенчались успехом.");   // [negation-only-en:not]
 * }</pre>
 */
public final class Negation {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    static final Pattern ENGLISH = Pattern.compile("(?<!\\w)(not|never|no|none|nobody|nothing|nowhere|neither|nor|cannot)(?!\\w)"
            + "|n['’]t(?!\\w)", FLAGS);
    static final Pattern RUSSIAN = Pattern.compile("(?<![\\p{L}-])(не|нет|ни|никогда|никто|ничего|ничто|нигде|никуда|нельзя|"
            + "ничем|никого|никому|никаких|никакого|никакой|никакие|никак|нисколько)(?![\\p{L}-])", FLAGS);
    static final Pattern ENGLISH_IMPLICIT = Pattern.compile("(?<!\\w)(without|fail\\w*|unable|lack\\w*|refus\\w*|"
            + "den(y|ies|ied|ying)|absen\\w*|impossible|unlikely|neither|nor|unless|until|instead|reject\\w*|declin\\w*|"
            + "prevent\\w*|avoid\\w*|ban(s|ned)?|barely|hardly|scarcely|remain(?:s|ed|ing)?\\s+to\\s+be|ceas\\w*|stopp?\\w*|miss(?:ed|es|ing)?|"
            + "un(able|aware|clear|known|likely|til|less|happy|certain|necessary)|in(sufficient|effective|valid|adequate)|ignoran\\w*|landlocked|f[ae]ll(?:s|ing)?\\s+(?:well\\s+|far\\s+)?short|still\\s+to|"
            + "rather\\s+than|far\\s+from|apart\\s+from|aside\\s+from|except|non-?\\p{L}+|\\p{L}+-free|free\\s+(?:of|from))(?!\\w)",
            FLAGS);
    static final Pattern RUSSIAN_IMPLICIT = Pattern.compile("(?<![\\p{L}-])(без|отказ\\p{L}*|отрица\\p{L}*|невозмож\\p{L}*|"
            + "неудач\\p{L}*|отсутств\\p{L}*|запрет\\p{L}*|отверг\\p{L}*|избежа\\p{L}*|прекрат\\p{L}*|"
            + "перестал\\p{L}*|помеша\\p{L}*|вместо|кроме(?!\\s+того)|мало|вряд\\s+ли|"
            + "не(?!дел|скольк|котор|фт|обходим|мец|давн|йтрал|рв|смотр|медлен|однократ|посредств|когда|редк|вероятн|прерывн|сколько|зависим|бо|го|вест|вр|ст|гатив)\\p{L}{4,})(?![\\p{L}-])", FLAGS);

    /**
     * Fixed phrases with a negation word that negate nothing: limits ("no more than", «не менее»),
     * contrast («а не» where the English renders a contrast, and «не только» where it does not say a bare "just":
     * {@link #withoutRussianIdioms}; «тем не менее»; "not only" where the Russian adds too: {@link #NOT_ONLY}), words made with "no-" ("no-contact"), the number sign
     * (No. 1, No 10 Downing Street), "last but not least", "whether or not", "… or not" closing a clause,
     * comparatives that praise ("never more so", "couldn't be more grateful"), litotes that say the
     * positive ("not uncommon", "not unlike"), a plea ("pleaded not guilty" ~ «отрицает свою вину»); in Russian also the
     * concessive «бы ни» (какой бы ни была погода ~ whatever the weather) and litotes that say the
     * positive («не обошлось без» ~ there were, «не составит труда» ~ easy, «не раз» ~ more than once,
     * «не исключено» ~ possibly, «не умолкая» ~ incessantly).
     */
    private static final Pattern ENGLISH_IDIOMS = Pattern.compile("(?<!\\w)(?:(no|not)\\s+(more|less|fewer|later|earlier|sooner)\\s+than"
            + "|not\\s+long|none\\s+the\\s+less|nevertheless|no\\s+doubt|(?:plead(?:s|ed|ing)?|pled)\\s+not\\s+guilty|last\\s+but\\s+not\\s+least|whether\\s+or\\s+not"
            + "|or\\s+not(?=\\s*[,.;:!?)])|not\\s+un(?:common|usual|like|reasonable|important|familiar|expected|heard|interesting|significant)|never\\s+more\\s+so|could(?:n['’]t|\\s+not)\\s+be\\s+(?:more|happier|better|prouder))(?!\\w)"
            + "|(?<!\\w)no-(?=\\p{L})"
            + "|(?<!\\w)(?:no\\.\\s?|(?-i:No)\\s)(?=\\d)", FLAGS);
    private static final Pattern RUSSIAN_IDIOMS = Pattern.compile("(?<![\\p{L}-])(?:тем\\s+не\\s+менее|не\\s+(?:менее|более|меньше|больше|"
            + "позднее|позже|ранее|раньше|только|говоря|смотря|перест\\p{L}*|забу\\p{L}*)|а\\s+не|далеко\\s+не|не\\s+без|ни\\s+один\\s+из|"
            + "на\\s+нет|бы\\s+ни|не\\s+обо(?:шл|йд|йт)\\p{L}*\\s+без|не\\s+состав\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:никакого\\s+)?труда|не\\s+раз|не\\s+исключено"
            + "|не\\s+(?:умолкая|переставая|покладая\\s+рук|задумываясь|раздумывая))(?![\\p{L}-])", FLAGS);

    /** The English words that may render a contrast «а не» makes: a negation, "rather", "instead", "over", "but", "than"… */
    private static final Pattern ENGLISH_CONTRAST = Pattern.compile("(?<!\\w)(?:not|n['’]t|no|never|rather|instead|over|but|unlike|versus|vs|opposed|than|except|without|alternative)(?!\\w)", FLAGS);
    /** "just", "only" and their like, which «не только» renders with "not" before them. */
    private static final Pattern ENGLISH_ONLY = Pattern.compile("(?<!\\w)(?:just|only|merely|solely|simply)(?!\\w)", FLAGS);
    /** "not just", "not only" and their like. */
    private static final Pattern ENGLISH_NOT_ONLY = Pattern.compile("(?<!\\w)(?:not|n['’]t)\\s+(?:just|only|merely|solely|simply)(?!\\w)", FLAGS);
    /** «только» and «лишь», which "not only" renders with «не» before them. */
    private static final Pattern RUSSIAN_ONLY = Pattern.compile("(?<![\\p{L}-])(?:только|лишь)(?![\\p{L}-])", FLAGS);
    /** The contrast «а не». */
    private static final Pattern RUSSIAN_CONTRAST = Pattern.compile("а\\s+не", FLAGS);
    /** «не только». */
    private static final Pattern RUSSIAN_NOT_ONLY = Pattern.compile("не\\s+только", FLAGS);

    /** The words a negation before them may deny ({@link #DOUBLE_NEGATION}): the expression runs only where one stands. */
    private static final java.util.Set<String> DENIED_WORDS = java.util.Set.of("no", "never", "nothing", "nobody", "none", "nowhere");
    /**
     * Two English negations side by side, the first denying the second: "not no", "isn't nothing", "cannot
     * never". Together they say the positive ("there is not no point": there is a point), so neither counts.
     * Russian negations side by side agree instead («никто ничего не сказал»).
     */
    private static final Pattern DOUBLE_NEGATION = Pattern.compile("(?<!\\w)(?:not|cannot|\\w*n['’]t)\\s+(?:no|never|nothing|nobody|none|nowhere)(?!\\w)", FLAGS);

    /** "not only", which adds ("not only X but also Y"); said as a negation where the Russian says nothing that adds, or a bare «только». */
    private static final Pattern NOT_ONLY = Pattern.compile("(?<!\\w)not\\s+only(?!\\w)", FLAGS);
    /** The Russian ways of adding that render "not only … but also": «не только», «но и», «как … так и», «а также», «помимо», «кроме того». */
    private static final Pattern RUSSIAN_ADDITION = Pattern.compile("(?<![\\p{L}-])(?:не\\s+только|но\\s+и|так\\s+и|а\\s+также|помимо|кроме)(?![\\p{L}-])", FLAGS);

    /**
     * A rank denied to say the positive: «не первый» (one of many, another), «не последний» (a senior one),
     * «не единственный» (another). Taken for a negation only where the English has a rank of its own
     * ({@link #ENGLISH_RANKS}): "not the first" renders it, "the first" says the opposite.
     */
    private static final Pattern RUSSIAN_LITOTES = Pattern.compile("(?<![\\p{L}-])не\\s+(?:перв|последн|единствен)\\p{L}*", FLAGS);
    /** The English ranks that render a rank «не первый», «не последний», «не единственный» denies. */
    private static final Pattern ENGLISH_RANKS = Pattern.compile("(?<!\\w)(?:first|last|only|sole|single|unique|lone)(?!\\w)", FLAGS);

    /**
     * The Russian words that negate a verb («не», «нет», «нельзя»); a negative pronoun («никто», «ничего»,
     * «ни») stands beside one of them (никто не пришёл), so that alone it does not render an English
     * "not": «Никто из них могли подтвердить» against "they couldn't verify it" is flagged.
     */
    private static final Pattern VERB_NEGATION = Pattern.compile("(?<![\\p{L}-])(не|нет|нельзя)(?![\\p{L}-])", FLAGS);

    /** The Russian renderings of "remains to be" that say it without a negation («предстоит», «остаётся», «нуждается в», «требует»). */
    private static final Pattern RUSSIAN_STILL_TO_DO = Pattern.compile("(?<![\\p{L}-])(предсто\\p{L}*|оста[её]тся|нужда\\p{L}*|требу\\p{L}*)", FLAGS);

    /** The Russian words that render an exception ("except", "apart from") as one. */
    private static final Pattern RUSSIAN_EXCEPTION = Pattern.compile("(?<![\\p{L}-])(кроме|помимо|исключением)(?![\\p{L}-])", FLAGS);

    /** Every word {@link #ENGLISH} matches, but the contraction n't (looked for apart). */
    private static final java.util.Set<String> ENGLISH_WORDS = java.util.Set.of("not", "never", "no", "none", "nobody", "nothing",
            "nowhere", "neither", "nor", "cannot");
    /** A word every match of {@link #ENGLISH_IDIOMS} has standing alone. */
    private static final java.util.Set<String> ENGLISH_IDIOM_WORDS = java.util.Set.of("no", "not", "none", "nevertheless", "never", "couldn");
    /** Every word {@link #RUSSIAN} matches; every match of {@link #RUSSIAN_IDIOMS} has «не», «ни» or «нет» among them. */
    private static final java.util.Set<String> RUSSIAN_WORDS = java.util.Set.of("не", "нет", "ни", "никогда", "никто", "ничего",
            "ничто", "нигде", "никуда", "нельзя", "ничем", "никого", "никому", "никаких", "никакого", "никакой", "никакие", "никак",
            "нисколько");

    private Negation() {
    }

    /**
     * The Russian text with its fixed phrases that negate nothing taken out ({@link #RUSSIAN_IDIOMS}), but two that do
     * where the English says otherwise: «а не» contrasts («через турагентство, а не напрямую» ~ "through the agent,
     * not directly"), so where the English makes no contrast at all it is a negation of the Russian only ("… first and
     * directly with the hotel"); «не только» renders "not just", so against a bare "just" or "only" it is one too
     * ("It's just about the vote" ~ «Речь идёт не только о голосовании»).
     */
    private static String withoutRussianIdioms(String russian, String english) {
        boolean contrastless = !ENGLISH_CONTRAST.matcher(english).find();
        boolean bareOnly = ENGLISH_ONLY.matcher(english).find() && !ENGLISH_NOT_ONLY.matcher(english).find();
        return RUSSIAN_IDIOMS.matcher(russian).replaceAll(m -> contrastless && RUSSIAN_CONTRAST.matcher(m.group()).matches()
                || bareOnly && RUSSIAN_NOT_ONLY.matcher(m.group()).matches() ? Matcher.quoteReplacement(m.group()) : " ");
    }

    /**
     * The negation flags of a matched pair, without a lexicon: every Russian word made with «не-»
     * (недоволен, невиданный) counts as negating.
     *
     * @param english the English side of a matched pair
     * @param russian the Russian side
     * @return {@code negation-only-en:WORD} or {@code negation-only-ru:WORD}, or nothing
     */
    public static List<String> flags(String english, String russian) {
        return flags(english, russian, null);
    }

    /**
     * The negation flags of a matched pair, reading Russian words made with «не-» through the
     * lexicon: «недовольна» renders "not happy" because «довольн» translates "happy", a word just
     * after the English negation; «непродовольственных» does not render "has not said".
     * <pre>{@code
     * Negation.flags("She was not happy.", "Она была недовольна.", model);   // []
     * }</pre>
     *
     * @param english the English side of a matched pair
     * @param russian the Russian side
     * @param model   the model whose lexicon and stemmers read the words, or null to count every «не-» word
     * @return {@code negation-only-en:WORD} or {@code negation-only-ru:WORD}, or nothing
     */
    public static List<String> flags(String english, String russian, SimilarityModel model) {
        return check(english, russian, model).flags().stream().map(Flag::toString).toList();
    }

    /**
     * The negations on one side only, in two grades: a flag when the words the negation governs are
     * rendered on the other side (so that the other side says the same thing without the negation),
     * a note when they are not (a free rendering: «не составило труда» ~ "easy"). Without a model
     * every negation on one side only is a flag. Where both sides negate (a fixed phrase such as «не
     * забудут» counts here), a negation of the side that makes more whose governed words the other side
     * renders without one is a flag too ({@link NegationPairing}).
     */
    static Findings check(String english, String russian, SimilarityModel model) {
        List<Flag> flags = new ArrayList<>();
        List<Flag> notes = new ArrayList<>();
        // the expressions run only on a side that has one of their words standing alone (a scan finds that cheaply)
        boolean enIdioms = FlagScans.hasWord(english, ENGLISH_IDIOM_WORDS, 12, false, "nc");
        boolean ruNegates = FlagScans.hasWord(russian, RUSSIAN_WORDS, 9, true, "н");
        String enText = enIdioms ? ENGLISH_IDIOMS.matcher(english).replaceAll(" ") : english;
        // (not against a bare «только» or «лишь»: «является только легкоусвояемой, но и» says "not only" without its «не»)
        if (enIdioms && RUSSIAN_ADDITION.matcher(russian).find()
                && !(RUSSIAN_ONLY.matcher(russian).find() && !RUSSIAN_NOT_ONLY.matcher(russian).find())) {
            enText = NOT_ONLY.matcher(enText).replaceAll(" ");   // "not only … but also" ~ «не только … но и», «как … так и»
        }
        if (FlagScans.hasWord(english, DENIED_WORDS, 7, false, "n")) {
            enText = DOUBLE_NEGATION.matcher(enText).replaceAll(" ");   // "there is not no point": the two say the positive
        }
        String ruText = ruNegates ? withoutRussianIdioms(russian, english) : russian;
        if (ruNegates && !ENGLISH_RANKS.matcher(english).find()) {
            ruText = RUSSIAN_LITOTES.matcher(ruText).replaceAll(" ");   // «не первый» ~ "one of many", where no "first" renders it
        }
        String en = FlagScans.hasWord(english, ENGLISH_WORDS, 7, false, "nc") || english.contains("n'") || english.contains("n’")
                || english.contains("N'") || english.contains("N’") ? first(ENGLISH, enText) : null;
        String ru = ruNegates ? first(RUSSIAN, ruText) : null;
        if (ru != null && en != null && negatesVerb(enText) && !VERB_NEGATION.matcher(ruText).find()) {
            ru = null;   // «никто», «ничего» ask for a «не» beside the verb: without one, the English "not" is not rendered
        }
        // a phrase such as «а не» or "not only" may render a plain negation of the other side
        // a negation of a word that negates by itself («не отказался») is not rendered by that word's translation
        if (en != null && ru == null && (negatesANegation(enText, ENGLISH, ENGLISH_IMPLICIT)
                || !negatesImplicitly(russian, enText, model, !negatesVerb(enText))) && !(ruNegates && RUSSIAN_IDIOMS.matcher(russian).find())) {
            Flag f = new Flag(Flag.Kind.NEGATION, Flag.Side.ENGLISH, en);
            (model == null || scopeRendered(enText, ENGLISH, model.english(), russian, model.russian(), model, true) ? flags : notes).add(f);
        }
        if (ru != null && en == null && (negatesANegation(ruText, RUSSIAN, RUSSIAN_IMPLICIT)
                || !englishNegatesImplicitly(english, russian, model)) && !(enIdioms && englishIdiomNear(english, ruText))) {
            Flag f = new Flag(Flag.Kind.NEGATION, Flag.Side.RUSSIAN, ru);
            (model == null || scopeRendered(ruText, RUSSIAN, model.russian(), english, model.english(), model, false) ? flags : notes).add(f);
        }
        // a side whose only negations are fixed phrases still negates for the pairing, which reads them itself (unless a
        // negation of one side only was found already, as a flag or a note): "not going to forget" ~ «собираются
        // забывать … не забудут», where «не забудут» is also the phrase that says "remember"
        boolean enAny = en != null || enIdioms && first(ENGLISH, english) != null;
        boolean ruAny = ru != null || ruNegates && first(RUSSIAN, russian) != null;
        if (enAny && ruAny && flags.isEmpty() && notes.isEmpty() && model != null) {
            // both sides negate: a negation of the side with more may still be dropped (read with its fixed phrases, which
            // the other side often renders with its own: "not only" ~ «не только»)
            Flag dropped = NegationPairing.unpaired(english, russian, model);
            if (dropped != null) {
                flags.add(dropped);
            }
        }
        return new Findings(flags, notes);
    }

    /**
     * How many content words after a negation make up what it negates: the verb and what depends on
     * it («не сказал жильцу, что вся прилегающая территория» is rendered through "area"). Three missed a
     * fifth of the negations added on the development half; six found no more than five.
     */
    private static final int SCOPE = 5;

    /**
     * Whether one of the content words a negation governs (the {@value #SCOPE} words after it) has a
     * translation on the other side: the other side renders the negated statement, without its
     * negation. A Russian verb counts with and without its prefix ({@link #withoutVerbPrefix}) and in
     * its other aspect ({@link #sharesRussianStem}); an irregular English verb also as its base
     * ({@link IrregularVerbs}); a capitalized word by a capitalized word with its name key
     * ({@link NameForms#key}: Alden ~ «Алден»); a number by the same number; a verb of speech by any
     * verb of speech ({@link SpeechVerbs}) unless a quotation ends before it. A Russian word is also
     * rendered where one of the English words' translations shares its stem
     * ({@link #englishRenderings}).
     */
    private static boolean scopeRendered(String text, Pattern negations, TextAnalyzer analyzer, String other, TextAnalyzer otherAnalyzer,
                                         SimilarityModel model, boolean english) {
        java.util.Set<String> otherStems = new java.util.HashSet<>();
        java.util.Set<String> otherKeys = new java.util.HashSet<>();
        Matcher w = WORD.matcher(other);
        while (w.find()) {
            String lower = w.group().toLowerCase(Locale.ROOT);
            otherStems.add(otherAnalyzer.stem(lower));
            if (Character.isUpperCase(w.group().charAt(0))) {
                String key = NameForms.key(lower, !english);
                if (key != null) {
                    otherKeys.add(key);
                }
            }
            String bare = english ? withoutVerbPrefix(lower) : IrregularVerbs.base(lower);
            if (bare != null) {
                otherStems.add(otherAnalyzer.stem(bare));
            }
        }
        java.util.Set<String> otherNumbers = numbers(other, !english);
        java.util.Set<String> renderings = null;
        Boolean otherSpeaks = null;
        Matcher negation = negations.matcher(text);
        while (negation.find()) {
            Matcher word = WORD.matcher(text);
            word.region(negation.end(), text.length());
            int scopeEnd = text.length();   // to the text's end when fewer content words follow
            int last = negation.end();
            boolean quoted = false;
            for (int k = 0; k < SCOPE && word.find(); k++) {
                if (!quoted && QUOTE_END.matcher(text).region(last, word.start()).find()) {
                    quoted = true;   // past the quotation's end: an attribution verb there is not what the negation governs
                }
                last = word.end();
                String lower = word.group().toLowerCase(Locale.ROOT);
                if (analyzer.isStopWord(lower)) {
                    k--;
                    continue;
                }
                if (k == SCOPE - 1) {
                    scopeEnd = word.end();
                }
                if (Character.isUpperCase(word.group().charAt(0))) {
                    // a name governed ("were not Nicholas Alden") is rendered where its key stands capitalized
                    String key = NameForms.key(lower, english);
                    if (key != null && otherKeys.contains(key)) {
                        return true;
                    }
                }
                if (!quoted && SpeechVerbs.is(lower, english)) {
                    // "Wade said" ~ «— не добавил тренер»: any verb of speech renders any other
                    if (otherSpeaks == null) {
                        otherSpeaks = SpeechVerbs.speaks(other, !english);
                    }
                    if (otherSpeaks) {
                        return true;
                    }
                }
                String stem = analyzer.stem(lower);
                for (String t : translations(lower, english, analyzer, model)) {
                    if (otherStems.contains(t) || english && sharesRussianStem(t, otherStems)) {
                        return true;
                    }
                }
                if (!english) {
                    if (renderings == null) {
                        renderings = englishRenderings(other, otherAnalyzer, model);
                    }
                    if (renderings.contains(stem) || sharesRussianStem(stem, renderings)) {
                        return true;
                    }
                }
            }
            if (!otherNumbers.isEmpty()) {
                // a number governed ("were down 4.8 per cent" ~ «упали на 4,8%») is rendered where the other side writes it
                for (String n : numbers(text.substring(negation.end(), scopeEnd), english)) {
                    if (otherNumbers.contains(n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The other language's stems a word translates into, read also through its base: an irregular
     * English verb's (went → go), a Russian verb's without its prefix (отреагировал → реагировал),
     * as the lexicon often lists one form only.
     */
    static java.util.Set<String> translations(String lower, boolean english, TextAnalyzer analyzer, SimilarityModel model) {
        String stem = analyzer.stem(lower);
        java.util.Set<String> out = new java.util.HashSet<>(english ? model.lexicon().russianFor(stem).keySet()
                : model.lexicon().englishFor(stem).keySet());
        String base = english ? IrregularVerbs.base(lower) : withoutVerbPrefix(lower);
        if (base != null) {
            String b = analyzer.stem(base);
            out.addAll(english ? model.lexicon().russianFor(b).keySet() : model.lexicon().englishFor(b).keySet());
        }
        return out;
    }

    /**
     * Where a quotation ends: a closing quotation mark, or a dash between spaces («…», — добавил он).
     * An attribution verb past it is not what a negation inside the quotation governs.
     */
    private static final Pattern QUOTE_END = Pattern.compile("[»”\"]|\\s[—–]\\s");

    /**
     * The Russian stems an English text's content words translate into (an irregular verb also as its
     * base), for reading a Russian negation's words against it: the lexicon lists many Russian
     * verbs in one form only (use ~ «использовать»), which the stemmer leaves apart from another form
     * («используя» → использу), so a Russian word is rendered where it shares its stem with one of
     * these ({@link #sharesRussianStem}), as an English word's translations are read against the
     * Russian stems.
     */
    private static java.util.Set<String> englishRenderings(String english, TextAnalyzer analyzer, SimilarityModel model) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher w = WORD.matcher(english);
        while (w.find()) {
            String lower = w.group().toLowerCase(Locale.ROOT);
            if (analyzer.isStopWord(lower)) {
                continue;
            }
            out.addAll(model.lexicon().russianFor(analyzer.stem(lower)).keySet());
            String base = IrregularVerbs.base(lower);
            if (base != null) {
                out.addAll(model.lexicon().russianFor(analyzer.stem(base)).keySet());
            }
        }
        return out;
    }

    /** The values of the numbers a text writes ({@link NumberNormalizer}: 4,8 and 4.8 alike, 2,8 млрд and £2.8bn alike). */
    private static java.util.Set<String> numbers(String text, boolean english) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (NumberNormalizer.Value v : NumberNormalizer.values(text, english ? "en" : "ru")) {
            out.add(v.token());
        }
        return out;
    }

    /**
     * How far apart, as a share of their sentences' lengths, a «не-» word whose word the lexicon knows
     * and a negation of the other side may stand for the word to render it without its translation
     * being found ({@link #WINDOW}, a fifth, when the lexicon does not know the word).
     */
    private static final double KNOWN_WINDOW = 0.1;

    /** How far apart a word that negates and a negation of the other side may stand when the lexicon does not know its word. */
    private static final double WINDOW = 0.2;

    /** «без» and "without", each the other's rendering: where both stand, neither renders another negation. */
    private static final Pattern BEZ = Pattern.compile("(?<![\\p{L}-])без(?![\\p{L}-])", FLAGS);
    /** "instead" and its kin, which «вместо» renders: where both stand, «вместо» renders no other negation. */
    private static final Pattern INSTEAD = Pattern.compile("(?<!\\w)(?:instead|rather\\s+than|in\\s+place\\s+of)(?!\\w)", FLAGS);
    private static final Pattern WITHOUT = Pattern.compile("(?<!\\w)without(?!\\w)", FLAGS);

    /**
     * The Russian words that say a thing is absent or unlikely: a rendering moves them anywhere in its
     * sentence ("there is no vaccine" ~ «вакцина отсутствует», "could never" ~ «вряд ли»), so they render
     * an English "no" or "never" wherever they stand; a "not" put before a verb they render only at
     * its place («в случае отсутствия сделки» does not hide "could not cost jobs"). Every other word
     * that negates without a negation word ("avoid", "instead", «вместо», «отказался») renders one
     * only at its place or through its words ({@link #rendersNegatedWord}): "avoid" does not hide a
     * «не» put before «сказал».
     */
    private static final Pattern RUSSIAN_ABSENCE = Pattern.compile("отсутств\\p{L}*|вряд\\s+ли");

    /** The fewest letters two Russian stems share at their start for {@link #sharesRussianStem}. */
    private static final int SHARED_START = 4;

    /**
     * Whether a Russian translation and one of the other side's stems are one verb in its two aspects
     * or two forms (отмеча ~ отмет, сказыва ~ сказа): they share their first four letters or more,
     * and at least three quarters of the shorter stem.
     */
    static boolean sharesRussianStem(String translation, java.util.Set<String> stems) {
        if (translation.length() < SHARED_START) {
            return false;
        }
        for (String s : stems) {
            int n = Math.min(s.length(), translation.length());
            int k = 0;
            while (k < n && s.charAt(k) == translation.charAt(k)) {
                k++;
            }
            if (k >= SHARED_START && 4 * k >= 3 * n) {
                return true;
            }
        }
        return false;
    }

    /** The fewest letters a Russian word keeps once its verb prefix is taken off. */
    private static final int MIN_BARE = 5;

    /** Russian verb prefixes, longest first. */
    private static final String[] VERB_PREFIXES = {"пере", "пред", "при", "про", "раз", "рас", "под", "от", "об", "вы", "за",
            "на", "по", "до", "из", "ис", "вз", "вс", "с", "у", "о"};

    /**
     * A Russian word without its verb prefix (отреагировал → реагировал), or null when none leaves
     * enough of it: the lexicon often lists a verb in one aspect only (react ~ реагировать, not
     * отреагировать), so a negated word's translation is looked for under both.
     */
    static String withoutVerbPrefix(String word) {
        for (String p : VERB_PREFIXES) {
            if (word.startsWith(p) && word.length() - p.length() >= MIN_BARE) {
                return word.substring(p.length());
            }
        }
        return null;
    }

    /**
     * Whether a side has negations and every one negates a word that negates by itself («не отказался»,
     * «не помешала», "did not decline"): a word of the other side that negates renders that word, not
     * the negation of it.
     */
    private static boolean negatesANegation(String text, Pattern negations, Pattern implicit) {
        Matcher m = negations.matcher(text);
        boolean any = false;
        while (m.find()) {
            Matcher next = implicit.matcher(text);
            int from = m.end();
            while (from < text.length() && !Character.isLetter(text.charAt(from))) {
                from++;
            }
            next.region(from, text.length());
            if (!next.lookingAt()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether an English side negates a verb ("not", "n't", "cannot"), rather than saying that a thing
     * is absent or never so ("no", "nothing", "never"), which «отсутствует» and «вряд ли» render.
     */
    private static boolean negatesVerb(String english) {
        Matcher m = ENGLISH.matcher(english);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("cannot") || w.startsWith("n'") || w.startsWith("n’")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the Russian side carries a negation without a negation word that renders an English
     * negation: «отсутствует» or «вряд ли» anywhere ({@link #RUSSIAN_ABSENCE}) when the English says
     * a thing is absent ("no", "never") and does not negate a verb; «без X» (unless "without" renders
     * it), a word made with «не-» (unless it renders an English word made with a negating prefix,
     * «необычные» ~ "unusual": {@link #rendersPrefixed}), and any other such word («отказался»,
     * «вместо», unless "instead" renders it) where it stands at the negation's place or it, or the
     * word after it, translates one of the content words among the three after the negation
     * ({@link #rendersNegatedWord}). «Кроме того» ("also") negates nothing, and a word rendered by its
     * own word elsewhere ({@link #renderedOutsideNegations}: «запрещающий» ~ "bans") renders no English
     * negation.
     */
    private static boolean negatesImplicitly(String russian, String english, SimilarityModel model, boolean absenceAnywhere) {
        Matcher m = RUSSIAN_IMPLICIT.matcher(russian);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (model == null) {
                return true;
            }
            if (word.equals("без") && WITHOUT.matcher(english).find()) {
                continue;   // it renders "without", and no other negation
            }
            if (word.equals("вместо") && INSTEAD.matcher(english).find()) {
                continue;   // it renders "instead", and no other negation
            }
            if (word.equals("без")) {
                if (rendersNegatedWord(model.lexicon().englishFor(model.russian().stem(nextContentWord(russian, m.end(), model.russian()))).keySet(),
                        (double) m.start() / russian.length(), ENGLISH, english, model.english())) {
                    return true;
                }
            } else if (!RUSSIAN_ABSENCE.matcher(word).matches() && renderedOutsideNegations(word, false, russian, english, model)) {
                continue;   // «предотвратить» ~ "prevent", «отсутствие» ~ "lack": it renders no other negation
            } else if (!word.startsWith("не")) {
                // «вместо», «избежать», «прекратил»: the English negation must stand at its place or negate its words
                if (absenceAnywhere && RUSSIAN_ABSENCE.matcher(word).matches() || rendersNegatedWord(wordAndNext(word, russian, m.end(), false, model),
                        (double) m.start() / russian.length(), ENGLISH, english, model.english())) {
                    return true;
                }
            } else {
                java.util.Set<String> bare = model.lexicon().englishFor(model.russian().stem(word.substring(2))).keySet();
                if (rendersPrefixed(bare, english, model.english())) {
                    continue;   // «необычные» renders "unusual", and no other negation
                }
                double window = bare.isEmpty() ? WINDOW : KNOWN_WINDOW;
                if (rendersNegatedWord(bare, (double) m.start() / russian.length(), window, ENGLISH, english, model.english())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the English side carries a negation without a negation word that renders a Russian
     * negation: "without X" (unless «без» renders it), "non-X", "X-free", "free of X" and "apart
     * from X" when X translates one of the three words after the negation or stands at its place (an
     * exception the Russian renders as one, «кроме», hides none); any other such word ("failed",
     * "avoid", "instead") when it stands at the negation's place or it, or the word after it,
     * translates one of those words, unless the Russian renders it by its own word elsewhere
     * ({@link #renderedOutsideNegations}: "missing" ~ «пропавших»); and
     * "remains to be X" (not yet X: «ещё не установлена») where the Russian does not say it without a
     * negation («предстоит», «нуждается в»), so that a «не» added to that rendering is still flagged.
     */
    private static boolean englishNegatesImplicitly(String english, String russian, SimilarityModel model) {
        Matcher m = ENGLISH_IMPLICIT.matcher(english);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (model == null) {
                return true;
            }
            String negated = null;
            if (word.equals("until") || word.equals("unless")) {
                // rendered «пока не», «если не»: it renders only a «не» that its «пока» or «если» stands before
                if (everyNegationAfter(russian, word.equals("until") ? UNTIL_RU : UNLESS_RU)) {
                    return true;
                }
                continue;
            }
            if (word.startsWith("remain")) {
                // rendered without a negation («предстоит»), "remains to be" hides none
                if (RUSSIAN_STILL_TO_DO.matcher(russian).find()) {
                    continue;
                }
                java.util.Set<String> done = model.lexicon().russianFor(model.english().stem(nextContentWord(english, m.end(), model.english())))
                        .keySet();
                if (rendersNegatedWord(done, (double) m.start() / english.length(), RUSSIAN, russian, model.russian())) {
                    return true;
                }
                continue;
            }
            boolean exception = word.startsWith("apart") || word.startsWith("aside") || word.equals("except");
            if (exception && RUSSIAN_EXCEPTION.matcher(russian).find()) {
                continue;   // rendered as an exception («кроме»), it says nothing of a negation
            }
            if (word.equals("without") && BEZ.matcher(russian).find()) {
                continue;   // «без» renders it: it renders no other negation
            }
            if (word.equals("without") || exception) {
                negated = nextContentWord(english, m.end(), model.english());
            } else if (word.startsWith("non")) {
                negated = word.substring(word.charAt(3) == '-' ? 4 : 3);
            } else if (word.endsWith("-free")) {
                negated = word.substring(0, word.length() - 5);   // alcohol-free ~ «не содержащего спирта»
            } else if (word.startsWith("free")) {
                negated = nextContentWord(english, m.end(), model.english());
            }
            if (negated == null) {
                if (renderedOutsideNegations(word, true, english, russian, model)) {
                    continue;   // "prevent" ~ «предотвратить», "lack" ~ «отсутствием»: it renders no other negation
                }
                // "avoid", "instead", "until": the Russian negation must stand at its place or negate its words
                if (rendersNegatedWord(wordAndNext(word, english, m.end(), true, model), (double) m.start() / english.length(),
                        RUSSIAN, russian, model.russian())) {
                    return true;
                }
                continue;
            }
            if (rendersNegatedWord(model.lexicon().russianFor(model.english().stem(negated.toLowerCase(Locale.ROOT))).keySet(),
                    (double) m.start() / english.length(), RUSSIAN, russian, model.russian())) {
                return true;
            }
        }
        if (model != null) {
            Matcher w = WORD.matcher(english);
            while (w.find()) {
                String negated = negatedByPrefix(w.group().toLowerCase(Locale.ROOT), model);
                if (negated != null && rendersNegatedWord(model.lexicon().russianFor(model.english().stem(negated)).keySet(),
                        -1, RUSSIAN, russian, model.russian())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether an English text holds a word made with a negating prefix whose rest is one of the
     * given stems (the translations of a Russian «не-» word's rest): "unusual" for «необычные»,
     * whose «обычн» translates "usual".
     */
    private static boolean rendersPrefixed(java.util.Set<String> stems, String english, TextAnalyzer analyzer) {
        if (stems.isEmpty()) {
            return false;
        }
        Matcher w = WORD.matcher(english);
        while (w.find()) {
            String lower = w.group().toLowerCase(Locale.ROOT);
            for (String p : NEGATING_PREFIXES) {
                if (lower.startsWith(p) && lower.length() - p.length() >= 4 && stems.contains(analyzer.stem(lower.substring(p.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The lowest weight of a lexicon link that shows a word's own rendering: the learnt links under it
     * are often a neighbour's («отсутствии» ~ when, lack ~ «популяция»).
     */
    private static final double OWN_WEIGHT = 0.5;

    /** How many words after a negation it governs where they render a word that negates by itself (lack ~ «не хватало»). */
    private static final int GOVERNED_SPAN = 2;

    /**
     * Whether a word that negates by itself ("prevent", "lack", «избежать», «запрещающий») has its own
     * rendering on the other side: one of its translations (weight above {@value #OWN_WEIGHT}) stands
     * there, not among the {@value #GOVERNED_SPAN} words after a negation (lack ~ «не хватало» is
     * rendered by the negation) unless it negates by itself («не остаются неясными» ~ "remains
     * unclear"), and not rendering another word of its side («нужды» is "necessities",
     * though lack is learnt as «нужда» too). Then it renders itself, as «без» renders "without", and
     * no other negation.
     */
    private static boolean renderedOutsideNegations(String word, boolean english, String text, String other, SimilarityModel model) {
        TextAnalyzer analyzer = english ? model.english() : model.russian();
        TextAnalyzer otherAnalyzer = english ? model.russian() : model.english();
        java.util.Set<String> own = new java.util.HashSet<>();
        (english ? model.lexicon().russianFor(analyzer.stem(word)) : model.lexicon().englishFor(analyzer.stem(word))).forEach((t, weight) -> {
            if (weight > OWN_WEIGHT) {
                own.add(t);
            }
        });
        if (own.isEmpty()) {
            return false;
        }
        IndexedWords words = IndexedWords.of(other);
        List<Integer> negations = new ArrayList<>();
        Matcher n = (english ? RUSSIAN : ENGLISH).matcher(other);
        while (n.find()) {
            negations.add(words.at(n.start()));
        }
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i);
            if (otherAnalyzer.isStopWord(lower) || (english ? RUSSIAN_WORDS : ENGLISH_WORDS).contains(lower)) {
                continue;
            }
            boolean governed = false;
            for (int at : negations) {
                governed |= i > at && i - at <= GOVERNED_SPAN;
            }
            if (governed && (english ? RUSSIAN_IMPLICIT : ENGLISH_IMPLICIT).matcher(lower).matches()) {
                governed = false;   // «не остаются неясными»: «неясными» negates by itself
            }
            if (governed) {
                continue;
            }
            String stem = otherAnalyzer.stem(lower);
            if ((own.contains(stem) || english && sharesRussianStem(stem, own)) && !rendersAnother(stem, word, english, text, model)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a stem of the other side translates a content word of this text but the given one. */
    private static boolean rendersAnother(String otherStem, String word, boolean english, String text, SimilarityModel model) {
        TextAnalyzer analyzer = english ? model.english() : model.russian();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            String lower = w.group().toLowerCase(Locale.ROOT);
            if (lower.equals(word) || analyzer.isStopWord(lower)) {
                continue;
            }
            String stem = analyzer.stem(lower);
            Float weight = (english ? model.lexicon().russianFor(stem) : model.lexicon().englishFor(stem)).get(otherStem);
            if (weight != null && weight > OWN_WEIGHT) {
                return true;
            }
        }
        return false;
    }

    /** The conjunction of "until" rendered «пока не». */
    static final Pattern UNTIL_RU = Pattern.compile("(?<![\\p{L}-])пока(?![\\p{L}-])", FLAGS);
    /** The conjunctions of "unless" rendered «если не», «разве что … не». */
    static final Pattern UNLESS_RU = Pattern.compile("(?<![\\p{L}-])(?:если|разве)(?![\\p{L}-])", FLAGS);
    /** How many words before a «не» the conjunction may stand («если импичмент и скандал преждевременно не завершат»). */
    private static final int UNTIL_REACH = 6;

    /**
     * Whether the Russian side has a negation and every «не», «нет» or «нельзя» in it has the
     * conjunction among the {@value #UNTIL_REACH} words before it («пока партнёры не выселили»):
     * "until" renders those negations, and no other («его не открывали до марта» is "did not open
     * until March").
     */
    private static boolean everyNegationAfter(String russian, Pattern conjunction) {
        IndexedWords words = IndexedWords.of(russian);
        Matcher n = VERB_NEGATION.matcher(russian);
        boolean any = false;
        while (n.find()) {
            int at = words.at(n.start());
            boolean after = false;
            for (int k = Math.max(0, at - UNTIL_REACH); k < at && !after; k++) {
                after = conjunction.matcher(words.get(k)).matches();
            }
            if (!after) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** English prefixes that negate the word they are put before (undocumented, ineligible, dishonest). */
    private static final String[] NEGATING_PREFIXES = {"un", "in", "im", "il", "ir", "dis"};

    /**
     * The word an English word negates with a prefix (undocumented → documented), or null: the rest
     * is a word of four letters or more that the lexicon knows, and the lexicon either does not know
     * the whole word or renders it by a Russian word made with «не-» or «без-» (unusual ~ необычный;
     * discover, whose renderings are not negative, negates nothing).
     */
    static String negatedByPrefix(String word, SimilarityModel model) {
        for (String p : NEGATING_PREFIXES) {
            if (!word.startsWith(p) || word.length() - p.length() < 4) {
                continue;
            }
            String rest = word.substring(p.length());
            if (model.lexicon().russianFor(model.english().stem(rest)).isEmpty()) {
                continue;
            }
            java.util.Set<String> whole = model.lexicon().russianFor(model.english().stem(word)).keySet();
            if (whole.isEmpty() || whole.stream().anyMatch(t -> t.startsWith("не") || t.startsWith("без"))) {
                return rest;
            }
        }
        return null;
    }

    /** The stems of the translations of a word that negates and of the content word after it. */
    private static java.util.Set<String> wordAndNext(String word, String text, int end, boolean english, SimilarityModel model) {
        TextAnalyzer analyzer = english ? model.english() : model.russian();
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : new String[] {word, nextContentWord(text, end, analyzer)}) {
            String stem = analyzer.stem(w);
            out.addAll((english ? model.lexicon().russianFor(stem) : model.lexicon().englishFor(stem)).keySet());
        }
        return out;
    }

    /** The first word after a position that is not a stop word (a, the, его), lower-cased; empty when none. */
    private static String nextContentWord(String text, int from, TextAnalyzer analyzer) {
        Matcher word = WORD.matcher(text);
        word.region(from, text.length());
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            if (!analyzer.isStopWord(w)) {
                return w;
            }
        }
        return "";
    }

    /**
     * Whether a word made with a negating prefix or preposition renders a negation of the other
     * side: one of the three words after that negation, a content word (the lexicon links «прекратить»
     * to "in"), translates the word negated, or the negation
     * stands at about the same place in its sentence (within a fifth of its length), where the
     * lexicon does not know the rendering (невыгодна ~ "not economically viable"); a negative position
     * asks for the translation only. A «не-» word whose word the lexicon knows must stand closer,
     * within a tenth ({@link #KNOWN_WINDOW}): «неизвестным» does not hide a "not" added a sixth of the
     * sentence away from it.
     */
    private static boolean rendersNegatedWord(java.util.Set<String> translations, double relativePosition, Pattern negations,
                                              String text, TextAnalyzer analyzer) {
        return rendersNegatedWord(translations, relativePosition, WINDOW, negations, text, analyzer);
    }

    private static boolean rendersNegatedWord(java.util.Set<String> translations, double relativePosition, double window, Pattern negations,
                                              String text, TextAnalyzer analyzer) {
        Matcher negation = negations.matcher(text);
        while (negation.find()) {
            if (relativePosition >= 0 && Math.abs((double) negation.start() / text.length() - relativePosition) <= window) {
                return true;
            }
            Matcher word = WORD.matcher(text);
            word.region(negation.end(), text.length());
            for (int k = 0; k < 3 && word.find(); k++) {
                String lower = word.group().toLowerCase(Locale.ROOT);
                if (analyzer.isStopWord(lower)) {
                    continue;
                }
                if (translations.contains(analyzer.stem(lower))) {
                    return true;
                }
            }
        }
        return false;
    }

    static final Pattern WORD = Pattern.compile("\\p{L}+", Pattern.UNICODE_CHARACTER_CLASS);

    /** The words of a text ({@link #WORD}), in lower case, with where each starts. */
    record IndexedWords(List<Integer> starts, List<String> lower) {
        static IndexedWords of(String text) {
            List<Integer> starts = new ArrayList<>();
            List<String> lower = new ArrayList<>();
            Matcher w = WORD.matcher(text);
            while (w.find()) {
                starts.add(w.start());
                lower.add(w.group().toLowerCase(Locale.ROOT));
            }
            return new IndexedWords(starts, lower);
        }

        int size() {
            return lower.size();
        }

        String get(int i) {
            return lower.get(i);
        }

        /** The number of the word an offset of the text falls in ("n't" stands inside "didn't": the word it is part of). */
        int at(int offset) {
            int k = java.util.Collections.binarySearch(starts, offset);
            return k >= 0 ? k : -k - 2;
        }
    }

    /**
     * Whether an English fixed phrase with a negation word ({@link #ENGLISH_IDIOMS}: "no doubt", "no-deal", "no more
     * than") stands within {@value #IDIOM_REACH} of the sentence of a Russian negation, as a share of each sentence's
     * length: there it may be what the Russian renders («нет сомнений» ~ "no doubt"); a "no-deal Brexit" at the other end
     * of the sentence renders no «не заявил».
     */
    private static boolean englishIdiomNear(String english, String ruText) {
        Matcher e = ENGLISH_IDIOMS.matcher(english);
        Matcher r = RUSSIAN.matcher(ruText);
        while (e.find()) {
            double at = (double) e.start() / english.length();
            r.reset();
            while (r.find()) {
                if (Math.abs((double) r.start() / ruText.length() - at) <= IDIOM_REACH) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far apart, as a share of each sentence's length, an English fixed phrase and a Russian negation may render each other. */
    private static final double IDIOM_REACH = 0.25;

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }
}
