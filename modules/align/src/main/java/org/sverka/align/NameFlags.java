package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.align.text.CalendarWords;
import org.sverka.align.text.NameKey;
import org.sverka.align.text.NumberNormalizer;
import org.sverka.align.text.TextAnalyzer;
import org.sverka.core.Bead;
import org.sverka.core.Flag;

/**
 * The name flags of a matched bead. Names are words written with a capital inside a sentence, or
 * at its start when the lexicon does not know them as ordinary words; a name counts as present on
 * the other side when its name key, its translation, the word itself, its abbreviation or a close
 * transliteration is there (a link parallel text learnt between two words of one name renders neither
 * for another name: Maurizio ~ «Массари»). Abbreviations are translated, not transliterated (PTSD ~ ПТСР, AI ~ ИИ),
 * and are never flagged; a word an abbreviation of the other side may stand for (Ассамблеи ~ AMs) is
 * not either. A name missing on the other side is a <em>flag</em> on evidence of a difference: the
 * other side has an unmatched name of its own, or at the name's place (found by a word alignment,
 * {@link NamePlaces}) a word that nothing explains and that may render a name, or a day or a month
 * this side does not name (a date note: "released in Russia" ~ «вышел в июне»), or, read in its
 * documents, the other document never mentions the name. A day or a month renders no name, though it
 * may sound like one («Старридж» ~ Saturday). A name that keeps company, through the
 * other beads of its alignment, with a name of the other side that nothing matched is rendered by
 * it ({@link NameCompanions}: Judiciary ~ «Юридическим»). A sentence's first word taken for a name
 * because the lexicon lacks it is not flagged on its own evidence when neither document supports it
 * as a name (Ознакомьтесь). Otherwise a name that stands on its own
 * (Petrova, Moscow) is a <em>note</em>: a free translation renders it by a pronoun or leaves it out.
 * A word of a longer name whose other words were rendered (World Health Organization ~ ВОЗ, Чен in
 * Ким Чен Ын) is neither. Over 300 lines because the word lists (titles, openers) stay beside the
 * rules that read them.
 */
final class NameFlags {
    private NameFlags() {
    }

    static Findings of(ScoredPair pair, Bead bead, List<AnalyzedSentence> en, List<AnalyzedSentence> ru, String enText,
                       String ruText, NameCompanions companions, List<Flag> loneDates) {
        List<String> enCandidates = keep(names(pair, bead.en(), true), n -> !isAbbreviation(n));
        List<String> ruCandidates = keep(names(pair, bead.ru(), false), n -> !isAbbreviation(n));
        if (enCandidates.isEmpty() && ruCandidates.isEmpty()) {
            return Findings.none();   // no name on either side: nothing to match, flag or note
        }
        Words enWords = Words.ofCapitals(en, enText);
        Words ruWords = Words.of(ru);
        List<Flag> flags = new ArrayList<>();
        List<Flag> notes = new ArrayList<>();
        // a name is matched also when a name of the other side is found in it (Charlotte, through its translation
        // «шарлотка», is found in «Шарлотта»): the lexicon is read in one direction only
        // a name of the other side that a name of this side is written as (the same name key) renders that name: a link
        // parallel text learnt between it and another name of this side finds nothing in it (Maurizio ~ «Массари», learnt
        // from "Maurizio Massari", where «Маурицио» writes Maurizio)
        Set<String> ruClaimed = claimed(pair, ruCandidates, false, enCandidates);
        Set<String> enClaimed = claimed(pair, enCandidates, true, ruCandidates);
        List<String> enInexact = keep(enCandidates, n -> !presentExactly(pair, n, true, ruWords, ruText)
                && !foundIn(pair, ruCandidates, n, true, ruClaimed));
        List<String> ruInexact = keep(ruCandidates, n -> !presentExactly(pair, n, false, enWords, enText)
                && !foundIn(pair, enCandidates, n, false, enClaimed));
        // a word of the other side that a name matches exactly is taken: a looser match may not use it again
        // (the other side's words are read once, and only when a name has no exact match)
        List<String> enLeft = enInexact;
        if (!enInexact.isEmpty()) {
            Words enNameWords = Words.ofNames(pair.model.english(), enCandidates);
            NameSkeleton.Words ruLoose = new NameSkeleton.Words(
                    withoutWords(withoutDates(ruText, false), keep(ruCandidates, n -> present(pair, n, false, enNameWords))), false, false);
            enLeft = keep(enInexact, n -> !NameSkeleton.present(n, true, ruLoose) && !NameSkeleton.resembles(n, true, ruLoose));
        }
        List<String> ruLeft = ruInexact;
        if (!ruInexact.isEmpty()) {
            Words ruNameWords = Words.ofNames(pair.model.russian(), ruCandidates);
            NameSkeleton.Words enLoose = new NameSkeleton.Words(
                    withoutWords(withoutDates(enText, true), keep(enCandidates, n -> present(pair, n, true, ruNameWords))), true, false);
            ruLeft = keep(ruInexact, n -> !NameSkeleton.present(n, false, enLoose) && !NameSkeleton.resembles(n, false, enLoose));
        }
        // names left on both sides that sound alike are one name transliterated loosely (Texas ~ Техасом); a name
        // whose first letter an abbreviation of the other side holds may be written out there (Ассамблеи ~ AMs)
        List<Character> ruInitials = enLeft.isEmpty() ? List.of() : initialsOf(ruText, enText);
        List<Character> enInitials = ruLeft.isEmpty() ? List.of() : initialsOf(enText, ruText);
        List<String> finalEnLeft = enLeft;
        List<String> finalRuLeft = ruLeft;
        List<String> enNames = keep(enLeft, n -> !alikeAny(n, finalRuLeft, true) && !holdsInitial(ruInitials, n));
        List<String> ruNames = keep(ruLeft, r -> !alikeAny(r, finalEnLeft, false) && !holdsInitial(enInitials, r));
        // a first name the other side leaves out (Дональд Трамп ~ Trump) is no evidence that the other side names another thing
        List<String> enFirstNames = keep(enNames,
                n -> firstNameOfRendered(pair, enText, n, enCandidates, finalEnLeft, ruText, ruCandidates, true));
        List<String> ruFirstNames = keep(ruNames,
                r -> firstNameOfRendered(pair, ruText, r, ruCandidates, finalRuLeft, enText, enCandidates, false));
        boolean ruDiffers = ruNames.size() > ruFirstNames.size();
        boolean enDiffers = enNames.size() > enFirstNames.size();
        // a name that keeps company with an unmatched name of the other side through the other beads is rendered by it; it is
        // neither flagged nor noted, yet it still tells a name of its side that the other side has a name it does not explain
        enNames = keep(enNames, n -> !companions.explains(n, true, bead, finalRuLeft));
        ruNames = keep(ruNames, r -> !companions.explains(r, false, bead, finalEnLeft));
        // the word alignment costs a lexicon look-up per pair of words: made only when a name needs it
        java.util.function.Supplier<NamePlaces> places = memoized(() -> NamePlaces.of(pair.model, en, ru,
                pair.texts(bead.en(), true), pair.texts(bead.ru(), false)));
        java.util.function.Supplier<Boolean> enStray = memoized(() -> hasStrayCapital(pair, bead.en(), en, true, ruWords, ruText));
        java.util.function.Supplier<Boolean> ruStray = memoized(() -> hasStrayCapital(pair, bead.ru(), ru, false, enWords, enText));
        // a day or month that only the other side names stands against this side's lone name ("released in Russia" ~
        // «вышел в июне»): the two say different things
        boolean ruLoneDate = loneDates.stream().anyMatch(d -> d.side() == Flag.Side.RUSSIAN);
        boolean enLoneDate = loneDates.stream().anyMatch(d -> d.side() == Flag.Side.ENGLISH);
        for (String name : enNames) {
            boolean alone = standsAlone(pair, enText, name, enNames, true);
            // a name of its own, or one left unmatched beside a word of the other side that nothing renders; a first
            // name the other document writes elsewhere was left out here, whatever stands beside it
            boolean firstName = alone && !ruDiffers && enFirstNames.contains(name);
            if (ruDiffers || alone && (ruLoneDate || !firstName && (ruStray.get() || places.get().unexplainedAt(name, true))
                    || neverMentioned(pair, bead, name, true)) && !unsupportedOpener(pair, bead.en(), name, true)) {
                flags.add(new Flag(Flag.Kind.NAME, Flag.Side.ENGLISH, name));
            } else if (alone) {
                notes.add(new Flag(Flag.Kind.NAME, Flag.Side.ENGLISH, name));
            }
        }
        for (String name : ruNames) {
            boolean alone = standsAlone(pair, ruText, name, ruNames, false);
            boolean firstName = alone && !enDiffers && ruFirstNames.contains(name);
            if (enDiffers || alone && (enLoneDate || !firstName && (enStray.get() || places.get().unexplainedAt(name, false))
                    || neverMentioned(pair, bead, name, false)) && !unsupportedOpener(pair, bead.ru(), name, false)) {
                flags.add(new Flag(Flag.Kind.NAME, Flag.Side.RUSSIAN, name));
            } else if (alone) {
                notes.add(new Flag(Flag.Kind.NAME, Flag.Side.RUSSIAN, name));
            }
        }
        return new Findings(flags, notes);
    }

    /**
     * Whether a side has a capitalized word inside a sentence (a name, or an ordinary word in a
     * longer name: Elite in "Elite Kempf") that the other side renders by none of the name rules'
     * tests; titles, days and the words of a Title Case headline do not count. With a name of the
     * other side left unmatched, the two stand for different things: «Дитер» of «Дитер Кемпф» is
     * flagged against "Elite Kempf", where on its own it would only be a note.
     */
    private static boolean hasStrayCapital(ScoredPair pair, List<Integer> ids, List<AnalyzedSentence> sentences, boolean english,
                                           Words other, String otherText) {
        TextAnalyzer analyzer = english ? pair.model.english() : pair.model.russian();
        NameSkeleton.Words loose = null;
        for (int k = 0; k < sentences.size(); k++) {
            if (isHeadline((english ? pair.english : pair.russian).text(ids.get(k)))) {
                continue;   // Title Case: its capitals mark no names
            }
            for (String n : sentences.get(k).names()) {
                String name = possessiveDropped(n);
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.length() < 2 || OPENERS.contains(lower) || analyzer.isStopWord(lower) || TITLES.contains(lower)
                        || isContraction(name) || isAbbreviation(name) || presentExactly(pair, name, english, other, otherText)) {
                    continue;
                }
                if (loose == null) {
                    loose = new NameSkeleton.Words(otherText, !english, false);
                }
                if (!NameSkeleton.present(name, english, loose) && !NameSkeleton.resembles(name, english, loose)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the other side's document never mentions a name (by the same tests as a bead's other
     * side, against the document's capitalized words): then the name is news the other side lacks (a
     * flag); one it mentions elsewhere was left out here or rendered by a pronoun (a note). A pair
     * read without its documents, whose other side is the bead alone, decides nothing.
     */
    private static boolean neverMentioned(ScoredPair pair, Bead bead, String name, boolean english) {
        DocumentNames other = pair.documentNames(!english);
        if (other.sentences() <= (english ? bead.ru() : bead.en()).size()) {
            return false;
        }
        return !mentions(pair, name, english);
    }

    /**
     * Whether the other side's document mentions a name (the tests of {@link #neverMentioned}); a
     * Russian name's key is looked for among the English document's capitalized words only, as in a
     * bead ({@link NameForms#capitalKeys}).
     */
    private static boolean mentions(ScoredPair pair, String name, boolean english) {
        DocumentNames other = pair.documentNames(!english);
        return !other.answers().computeIfAbsent(name, n -> !present(pair, n, english, new Words(other.stems(), english ? other.keys() : other.capitalKeys()))
                && !Abbreviations.present(n, english, other.capitals())
                && !NameSkeleton.present(n, english, other.capitalWords(!english))
                && !NameSkeleton.resembles(n, english, other.capitalWords(!english)));
    }

    /**
     * Whether a sentence's first word that the name rules took for a name (unknown to the lexicon)
     * lacks any support of the documents: neither its document writes it with a capital inside a
     * sentence, nor the other document mentions it (Ознакомьтесь, Голкипер). A bead read alone has no
     * documents to ask.
     */
    private static boolean unsupportedOpener(ScoredPair pair, List<Integer> ids, String name, boolean english) {
        DocumentNames document = pair.documentNames(english);
        if (document.sentences() <= ids.size()) {
            return false;
        }
        boolean opener = false;
        for (int id : ids) {
            opener |= possessiveDropped(firstWord((english ? pair.english : pair.russian).text(id))).equals(name);
        }
        return opener && !document.writesInside(name) && !mentions(pair, name, english);
    }

    /**
     * The letters of the abbreviations of one side that the other side does not write as they are,
     * in lower case (an abbreviation's letters are the initials of words written out on the other
     * side).
     */
    private static List<Character> initialsOf(String text, String otherText) {
        List<Character> out = new ArrayList<>();
        for (String a : abbreviations(text)) {
            if (PREFIXED_NAME.matcher(a).matches() || otherText.contains(a)) {
                continue;
            }
            for (int i = 0; i < a.length(); i++) {
                if (Character.isUpperCase(a.charAt(i))) {
                    out.add(Character.toLowerCase(a.charAt(i)));
                }
            }
        }
        return out;
    }

    /**
     * Whether a name may be written out from one of the initials of the other side: its first
     * letter folded as name keys fold it is an initial's, and where that is a vowel the two vowels may
     * render each other (А ~ A in Ассамблеи ~ AMs, У ~ U; «Аллева» is no U of LSU).
     */
    private static boolean holdsInitial(List<Character> initials, String name) {
        if (initials.isEmpty() || name.isEmpty()) {
            return false;
        }
        char first = Character.toLowerCase(name.charAt(0));
        String folded = foldedLetter(first);
        for (char initial : initials) {
            if (!folded.isEmpty() && folded.equals(foldedLetter(initial))
                    && (!folded.equals("a") || vowelSounds(first).chars().anyMatch(v -> vowelSounds(initial).indexOf(v) >= 0))) {
                return true;
            }
        }
        return false;
    }

    /** A letter folded as name keys fold it (every vowel is a), or empty. */
    private static String foldedLetter(char c) {
        String f = NameKey.folded(String.valueOf(c), Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
        return f.isEmpty() ? "" : f.substring(0, 1);
    }

    /** The Latin vowels a vowel letter may be written with in the other script (е ~ e, y or i). */
    private static String vowelSounds(char c) {
        int k = RUSSIAN_VOWELS.indexOf(c);
        return k >= 0 ? RUSSIAN_VOWEL_SOUNDS[k] : String.valueOf(c);
    }

    private static final String RUSSIAN_VOWELS = "аоуэеёиюяый";
    private static final String[] RUSSIAN_VOWEL_SOUNDS = {"a", "oa", "uo", "ea", "eyi", "yeo", "iey", "uy", "ya", "yi", "yij"};

    /**
     * The words of two capitals or more of a text, in order: whole runs of letters (a run of letters
     * and marks with a mark in it is none) with two capital letters or more.
     */
    private static List<String> abbreviations(String text) {
        List<String> out = new ArrayList<>();
        for (String run : FlagScans.letterRuns(text)) {
            int capitals = 0;
            boolean mark = false;
            for (int k = 0; k < run.length(); ) {
                int c = run.codePointAt(k);
                mark |= !Character.isLetter(c);
                capitals += Character.getType(c) == Character.UPPERCASE_LETTER ? 1 : 0;
                k += Character.charCount(c);
            }
            if (!mark && capitals >= 2) {
                out.add(run);
            }
        }
        return out;
    }

    /** A supplier that computes its value once, when first asked. */
    private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> supplier) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /**
     * Whether a name of the other side is found in a name of this side read alone: the same stem or
     * name key, or a translation that is its stem, is it but for a fleeting vowel (кубок ~ Кубка) or
     * shares its first {@value #FOUND_PREFIX} letters (шарлотка ~ Шарлотта), or is a dictionary's entry
     * (weight 1) that is the name's stem with an ending or the stem of it, five letters or more (brown ~
     * «браунинг» for «Браун», «Пьер» ~ Pierrot for Pierre, as {@link #present} reads them the other way;
     * judicature, which parts from Judiciary after five letters, is another word). The name rules read the
     * lexicon from one side only; this reads it from the other. A Russian compound that holds a translation of an
     * English name renders it ({@link #compoundHolds}: Kingdoms ~ «Троецарствия»). A name of the other side that another name
     * of this side claims ({@link #claimed}) is found only through the dictionary's entries, not the links
     * parallel text learnt between the words of one name.
     */
    private static boolean foundIn(ScoredPair pair, List<String> otherNames, String name, boolean english, Set<String> claimed) {
        if (otherNames.isEmpty()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT).replace(".", "");
        String stem = (english ? pair.model.english() : pair.model.russian()).stem(lower);
        String key = NameForms.key(lower, english);
        TextAnalyzer otherAnalyzer = english ? pair.model.russian() : pair.model.english();
        String bare = withoutFleetingVowel(stem);
        // an English name's own translations, read once, for the Russian compounds that may hold one
        Map<String, Float> own = english ? pair.model.lexicon().russianFor(stem) : null;
        for (String other : otherNames) {
            String otherLower = other.toLowerCase(Locale.ROOT).replace(".", "");
            String otherStem = otherAnalyzer.stem(otherLower);
            if (otherStem.equals(stem) || key != null && key.equals(NameForms.key(otherLower, !english))) {
                return true;
            }
            Map<String, Float> translations = english ? pair.model.lexicon().englishFor(otherStem) : pair.model.lexicon().russianFor(otherStem);
            if (english ? compoundHolds(own, otherLower) : compoundHolds(translations, lower)) {
                return true;   // Kingdoms ~ «Троецарствия»
            }
            for (Map.Entry<String, Float> e : translations.entrySet()) {
                String t = e.getKey();
                if (e.getValue() < 1f && claimed.contains(otherStem)) {
                    continue;   // a name another name of this side is written as: its learnt links render nothing else
                }
                int shared = sharedPrefix(t, stem);
                if (t.equals(stem) || shared >= FOUND_PREFIX
                        || t.length() >= 3 && withoutFleetingVowel(t).equals(bare)
                        || e.getValue() >= 1f && shared >= FOUND_PREFIX - 1 && shared == Math.min(t.length(), stem.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a Russian name is a compound that holds, after its first two letters, a dictionary translation (weight 1)
     * of an English name (its translations given) of {@value #COMPOUND_PART} letters or more: kingdom ~ «царство» in «Троецарствие», assembly ~
     * «ассамблея» in «Генассамблея». Russian joins the words of a translated name into one (Three Kingdoms ~
     * «Троецарствие»), which no word-by-word test finds.
     */
    private static boolean compoundHolds(Map<String, Float> englishTranslations, String russianLower) {
        for (Map.Entry<String, Float> e : englishTranslations.entrySet()) {
            if (e.getValue() >= 1f && e.getKey().length() >= COMPOUND_PART && russianLower.indexOf(e.getKey(), 2) >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The letters a translation must have for {@link #compoundHolds} to find it inside a compound (four let «верн» of trump into «Северную»). */
    private static final int COMPOUND_PART = 5;

    /** The letters a translation and a name's stem share at their start for {@link #foundIn} to take them as one. */
    private static final int FOUND_PREFIX = 6;

    /** Whether a name is on the other side by its stem, name key, a translation or an abbreviation. */
    private static boolean presentExactly(ScoredPair pair, String name, boolean english, Words other, String otherText) {
        return present(pair, name, english, other) || Abbreviations.present(name, english, otherText);
    }

    /**
     * The stems of the other side's names that a name of this side is written as (the same name key):
     * «Трампа» claims trump.
     */
    private static Set<String> claimed(ScoredPair pair, List<String> otherNames, boolean otherEnglish, List<String> names) {
        if (otherNames.isEmpty() || names.size() < 2) {
            return Set.of();
        }
        Set<String> keys = new java.util.HashSet<>();
        for (String n : names) {
            String key = NameForms.key(n.toLowerCase(Locale.ROOT).replace(".", ""), !otherEnglish);
            if (key != null) {
                keys.add(key);
            }
        }
        Set<String> out = new java.util.HashSet<>();
        TextAnalyzer analyzer = otherEnglish ? pair.model.english() : pair.model.russian();
        for (String o : otherNames) {
            String lower = o.toLowerCase(Locale.ROOT).replace(".", "");
            String key = NameForms.key(lower, otherEnglish);
            if (key != null && keys.contains(key)) {
                out.add(analyzer.stem(lower));
            }
        }
        return out;
    }

    /**
     * The text with its days and months blanked out ({@link CalendarWords}): a date renders no name,
     * though it may sound like one («Старридж» and Saturday share their consonants).
     */
    private static String withoutDates(String text, boolean english) {
        List<CalendarWords.Mention> dates = english ? CalendarWords.english(text) : CalendarWords.russian(text);
        return dates.isEmpty() ? text : withoutWords(text, dates.stream().map(CalendarWords.Mention::written).distinct().toList());
    }

    /** The text with each of the words blanked out where it stands as a whole word. */
    private static String withoutWords(String text, List<String> words) {
        String out = text;
        for (String w : words) {
            out = FlagScans.withoutWord(out, w);
        }
        return out;
    }

    /**
     * Whether a name is written as a single name (a capital, then small letters: Petrova, Al-Assad),
     * and either no ordinary word the lexicon knows, or a word with no capitalized neighbour found on
     * the other side, which would make it one word of a longer name rendered in another way (New York
     * City ~ Нью-Йорк, World Health Organization ~ ВОЗ). A word the lexicon renders by its
     * transliteration only ({@link #transliteratedInLexicon}: Washington, «Испании»), standing unjoined
     * by a hyphen, is a name of its own: an ordinary word found beside it (Sky Washington, «Соединенные
     * Испании») does not make it part of a longer name, though another name does (Ant McPartlin ~
     * «Энтони Макпартлина», where «Энтони» writes Ant out).
     */
    private static boolean standsAlone(ScoredPair pair, String text, String name, List<String> unmatched, boolean english) {
        if (!PROPER_NAME.matcher(name).matches()) {
            return false;
        }
        TextAnalyzer analyzer = english ? pair.model.english() : pair.model.russian();
        if (name.length() > 3 && !known(pair, analyzer, name, english)) {
            return true;   // not an ordinary word (Petrova, Kovacic): flagged wherever it stands
        }
        // a name the lexicon knows (Washington) stands alone beside ordinary words, not beside another name (Энтони Макпартлина)
        boolean named = name.length() > 3 && transliteratedInLexicon(pair, name, english) && !hyphenated(text, name);
        // an ordinary word, or a short one (Чен in Ким Чен Ын): alone unless a neighbour of its name was found
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)) || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;   // inside a longer word
            }
            for (String neighbour : new String[] {wordBefore(text, at), wordAfter(text, end)}) {
                String n = possessiveDropped(neighbour);
                if (!n.isEmpty() && Character.isUpperCase(n.charAt(0)) && !unmatched.contains(n)
                        && !analyzer.isStopWord(n.toLowerCase(Locale.ROOT)) && !(named && known(pair, analyzer, n, english))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a name is the first name of a person the other side names by the surname alone: it
     * stands just before another name of its side (a word the lexicon does not know, or knows as a
     * name only; not after a possessive, Scotland's Alasdair) that the other side renders and writes
     * with no capitalized word before it (Jeremy Corbyn ~ «попыток Корбина»; Commission Middleton ~
     * «Гленн Миддлтон» is no such case).
     */
    private static boolean firstNameOfRendered(ScoredPair pair, String text, String name, List<String> candidates, List<String> left,
                                               String otherText, List<String> otherCandidates, boolean english) {
        TextAnalyzer analyzer = english ? pair.model.english() : pair.model.russian();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)) || end < text.length() && Character.isLetterOrDigit(text.charAt(end))
                    || text.startsWith("'", end) || text.startsWith("’", end)) {
                continue;   // inside a longer word, or a possessive
            }
            String after = wordAfter(text, end);
            int afterEnd = text.indexOf(after, end) + after.length();
            if (!after.isEmpty() && afterEnd + 1 < text.length() && (text.charAt(afterEnd) == '\'' || text.charAt(afterEnd) == '’')
                    && Character.isUpperCase(text.charAt(afterEnd + 1))) {
                after = after + text.charAt(afterEnd) + wordAfter(text, afterEnd + 1);   // O'Hagan
            }
            String surname = possessiveDropped(after);
            if (surname.length() > 1 && candidates.contains(surname) && !left.contains(surname)
                    && (!known(pair, analyzer, surname, english) || transliteratedInLexicon(pair, surname, english))
                    && writtenWithoutFirstName(surname, otherText, otherCandidates, english)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the other side writes a name's rendering (a name alike to it) and never with a capitalized word just before it. */
    private static boolean writtenWithoutFirstName(String name, String otherText, List<String> otherCandidates, boolean english) {
        boolean found = false;
        for (String o : otherCandidates) {
            if (!(english ? NameSkeleton.alike(name, o) : NameSkeleton.alike(o, name))) {
                continue;
            }
            for (int at = otherText.indexOf(o); at >= 0; at = otherText.indexOf(o, at + 1)) {
                String before = wordBefore(otherText, at);
                if (!before.isEmpty() && Character.isUpperCase(before.charAt(0))) {
                    return false;
                }
                found = true;
            }
        }
        return found;
    }

    /** A word with two capitals or more: NATO, ОДКБ, CoVs, McIlroy is not one (one capital after Mc). */
    private static boolean isAbbreviation(String word) {
        int capitals = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                capitals++;
            }
        }
        return capitals >= 2 && !PREFIXED_NAME.matcher(word).matches();
    }

    /** The word just before a position, across one space or hyphen; empty at punctuation. */
    private static String wordBefore(String text, int at) {
        int i = at - 1;
        if (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '-' || text.charAt(i) == '\u00a0')) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
            i--;
        }
        return text.substring(i + 1, end);
    }

    /** The word just after a position, across one space or hyphen; empty at punctuation. */
    private static String wordAfter(String text, int at) {
        int i = at;
        if (text.startsWith("'s", i) || text.startsWith("’s", i)) {
            i += 2;   // People’s Republic
        }
        if (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    /** Mc, Mac, O', Van… before a second capital: McIlroy is one capital after its prefix. */
    private static final java.util.regex.Pattern PREFIXED_NAME = java.util.regex.Pattern.compile(
            "(Mc|Mac|O'|D'|De|Di|La|Le|Van|Von)\\p{Lu}\\p{Ll}+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    /** A final 's or ' (Lavrov's, the Smiths'). */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s?$");
    private static final java.util.regex.Pattern POSSESSIVE_S = java.util.regex.Pattern.compile("['’]s$");
    private static final java.util.regex.Pattern CONTRACTION = java.util.regex.Pattern.compile("\\p{L}+['’](m|ve|ll|re|d|t)",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    /** The Russian consonants after which a vowel may drop out of a stem. */
    private static final String CONSONANTS = "бвгджзйклмнпрстфхцчшщ";

    private static final java.util.regex.Pattern PROPER_NAME = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}?\\p{Ll}+)*",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private static List<String> names(ScoredPair pair, List<Integer> ids, boolean english) {
        List<String> out = new ArrayList<>();
        TextAnalyzer analyzer = english ? pair.model.english() : pair.model.russian();
        for (int id : ids) {
            AnalyzedSentence s = english ? pair.en.get(id) : pair.ru.get(id);
            String text = (english ? pair.english : pair.russian).text(id);
            boolean headline = isHeadline(text);
            for (String n : s.names()) {
                String name = possessiveDropped(n);
                String lower = name.toLowerCase(Locale.ROOT);
                if (OPENERS.contains(lower) || analyzer.isStopWord(lower)) {
                    continue;   // a second sentence's first word: While, Кроме
                }
                boolean opener = headline || opensSentence(text, n);
                if (!isTitleOrDate(name) && !isContraction(name) && !(opener && (known(pair, analyzer, name, english)
                        && (headline || !treatedAsName(pair, ids, name, english)) || !english && RUSSIAN_ADJECTIVE.matcher(lower).find()))) {
                    out.add(name);
                }
            }
            String first = possessiveDropped(firstWord(text));
            if (!first.isEmpty() && Character.isUpperCase(first.charAt(0))) {
                String lower = first.toLowerCase(Locale.ROOT);
                if (!analyzer.isStopWord(lower) && !OPENERS.contains(lower) && first.length() > 1
                        && (!known(pair, analyzer, first, english) || !headline && treatedAsName(pair, ids, first, english))
                        && !isTitleOrDate(first) && (english || !RUSSIAN_ADJECTIVE.matcher(lower).find())) {
                    out.add(first);
                }
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    /** The names a test keeps, in order (a loop: a bead asks this a dozen times). */
    private static List<String> keep(List<String> names, java.util.function.Predicate<String> test) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            if (test.test(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Whether a name sounds like one of the other side's names left unmatched ({@link NameSkeleton#alike}). */
    private static boolean alikeAny(String name, List<String> others, boolean english) {
        for (String o : others) {
            if (english ? NameSkeleton.alike(name, o) : NameSkeleton.alike(o, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the bead's document (a document longer than the bead) treats a word the lexicon knows
     * as a proper name ({@link DocumentNames#treatsAsName}): "Trump" opening a sentence of a
     * document that writes "President Trump" and never "trump".
     */
    private static boolean treatedAsName(ScoredPair pair, List<Integer> ids, String word, boolean english) {
        DocumentNames document = pair.documentNames(english);
        return document.sentences() > ids.size() && document.treatsAsName(word);
    }

    /**
     * Whether every place the word stands in the text is the start of a sentence run on inside a
     * segment ("…in Europe. This is…", "…people.Older adults…"): there a capital does not make a name.
     */
    private static boolean opensSentence(String text, String word) {
        int at = text.indexOf(word);
        if (at < 0) {
            return false;
        }
        while (at >= 0) {
            int i = at - 1;
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            boolean quoteOpens = i >= 0 && "«“„\"".indexOf(text.charAt(i)) >= 0;
            while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'«»“”„()".indexOf(text.charAt(i)) >= 0)) {
                i--;
            }
            if (i >= 0 && (".!?…".indexOf(text.charAt(i)) < 0 || text.charAt(i) == '.' && afterAbbreviation(text, i)) && !quoteOpens) {
                return false;   // inside a sentence; a dot after Mr, St or an initial ends no sentence
            }
            at = text.indexOf(word, at + 1);
        }
        return true;
    }

    /** Whether the dot at a position closes a title's abbreviation or an initial (Mr., St., J.), not a sentence. */
    private static boolean afterAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isUpperCase(text.charAt(start)) || TITLES.contains(word);
    }

    /** Whether a word stands joined by a hyphen to another (Japanese in Sino-Japanese). */
    private static boolean hyphenated(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (at > 0 && text.charAt(at - 1) == '-' || end < text.length() && text.charAt(end) == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the lexicon knows a word as a name: its heaviest translation is a transliteration of it
     * ({@link NameSkeleton#alike}: washington ~ вашингтон, «испании» ~ spain) and no dictionary entry
     * (weight 1) renders it by anything else (service is also «служба», so it is an ordinary word).
     */
    private static boolean transliteratedInLexicon(ScoredPair pair, String word, boolean english) {
        TextAnalyzer analyzer = english ? pair.model.english() : pair.model.russian();
        String stem = analyzer.stem(word.toLowerCase(Locale.ROOT));
        Map<String, Float> translations = english ? pair.model.lexicon().russianFor(stem) : pair.model.lexicon().englishFor(stem);
        return nameTransliterations(word, english, null, translations) != null;
    }

    /**
     * The translations of a word the lexicon knows as a name ({@link #transliteratedInLexicon}) that
     * are transliterations of it, or hold one (Zealand ~ «новозеландск», found through the word's
     * stem when given): parallel text links a name also to the words it stood beside («Бангладеш» ~
     * due, «Дакки» ~ victim), which render no name. Null when the lexicon does not know the word as a
     * name. One pass over the translations answers both.
     */
    private static Map<String, Float> nameTransliterations(String word, boolean english, String stem, Map<String, Float> translations) {
        String folded = stem == null ? "" : NameKey.folded(stem, !english);
        Map<String, Float> out = new java.util.HashMap<>();
        float best = 0;
        boolean bestAlike = false;
        for (Map.Entry<String, Float> e : translations.entrySet()) {
            String t = e.getKey();
            boolean alike = t.length() >= 3 && (english ? NameSkeleton.alike(word, t) : NameSkeleton.alike(t, word));
            boolean nameLike = alike && t.length() >= 4;
            if (e.getValue() >= 1f && !nameLike) {
                return null;
            }
            if (e.getValue() > best || e.getValue() == best && nameLike) {
                best = e.getValue();
                bestAlike = nameLike;
            }
            if (alike || folded.length() >= 4 && NameKey.folded(t, english).contains(folded)) {
                out.put(t, e.getValue());
            }
        }
        return bestAlike ? out : null;
    }

    private static boolean known(ScoredPair pair, TextAnalyzer analyzer, String word, boolean english) {
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            return known(pair, analyzer, word.substring(0, hyphen), english);   // Low-molecular-weight
        }
        String stem = analyzer.stem(word.toLowerCase(Locale.ROOT));
        return english ? !pair.model.lexicon().russianFor(stem).isEmpty() : !pair.model.lexicon().englishFor(stem).isEmpty();
    }

    /** A headline writes most words with a capital: there a capital does not make a name. */
    private static boolean isHeadline(String text) {
        // the first character of each word between ASCII white space (what split("\\s+") gave)
        String stripped = text.strip();
        int capital = 0;
        int letters = 0;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (isAsciiSpace(c) || i > 0 && !isAsciiSpace(stripped.charAt(i - 1))) {
                continue;
            }
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    capital++;
                }
            }
        }
        return letters >= 4 && capital > 0.6 * letters;
    }

    /** A character {@code \\s} matches without Unicode classes. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The word without a final 's or ' and then without a final 's (Lavrov's, the Smiths'). */
    private static String possessiveDropped(String word) {
        if (word.indexOf('\'') < 0 && word.indexOf('’') < 0) {
            return word;
        }
        return POSSESSIVE_S.matcher(POSSESSIVE.matcher(word).replaceAll("")).replaceAll("");
    }

    /** I'm, We've, They'll: a capital at the start of a quote, not a name. */
    private static boolean isContraction(String word) {
        return CONTRACTION.matcher(word).matches();
    }

    /** Titles and month names are written with a capital but are not names to check. */
    private static boolean isTitleOrDate(String word) {
        return NameForms.titleOrDate(word, NameFlags::titleOrDate);
    }

    private static boolean titleOrDate(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return TITLES.contains(lower) || LEGAL_FORMS.contains(lower) || TITLE_STEMS.contains(EN_STEMMER.stem(lower)) || TITLE_STEMS.contains(RU_STEMMER.stem(lower))
                || !NumberNormalizer.values(word, "en").isEmpty() || !NumberNormalizer.values(word, "ru").isEmpty();
    }

    /** A Russian adjective's ending: a sentence's first word with it (Двукратный, Сенатские) is no name. */
    private static final java.util.regex.Pattern RUSSIAN_ADJECTIVE = java.util.regex.Pattern.compile(
            "(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их)$", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private static final org.sverka.align.text.Stemmer EN_STEMMER = org.sverka.align.text.Stemmer.english();
    private static final org.sverka.align.text.Stemmer RU_STEMMER = org.sverka.align.text.Stemmer.russian();

    /** Offices and ranks, as Snowball stems of both languages: President Putin, Президент России. */
    private static final Set<String> TITLE_STEMS = Set.of("presid", "minist", "prime", "premier", "secretari", "chancellor",
            "ambassador", "chairman", "chairwoman", "chair", "governor", "mayor", "director", "spokesman", "spokeswoman",
            "spokesperson", "king", "queen", "princ", "pope", "general", "senat", "senior", "deputi", "speaker", "commission",
            "envoy", "head", "chief", "leader", "vice", "lieuten", "colonel", "major", "captain", "admir", "marshal",
            "патриарх", "президент", "министр", "премьер", "глав", "генсек", "генеральн", "секретар", "госсекретар",
            "пресс-секретар", "посол", "председател", "губернатор", "мэр", "директор", "спикер", "канцлер", "корол", "королев",
            "принц", "пап", "генера", "сенатор", "депутат", "замминистр", "вице-президент", "вице-премьер", "комиссар",
            "лидер", "руководител", "заместител", "официальн", "представител", "верховн", "пресс-служб", "полковник",
            "подполковник", "майор", "капита", "адмира", "марша", "лейтенант", "сержант", "командующ", "судь", "прокурор",
            "ceo", "гендиректор", "госкорпорац");

    /** A company's legal form: written with a capital after the company's name (Acme Inc), yet it names no one. */
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "ltd", "corp", "plc", "llc", "llp");

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sen", "gov",
            "rep", "st", "sgt", "capt", "adm", "maj", "sir", "madam", "г-н", "г-жа", "д-р", "проф", "ген", "rev", "fr", "jr", "св", "санкт",
            "сент", "number",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "понедельник", "вторник", "среда",
            "среду", "четверг", "пятница", "пятницу", "суббота", "субботу", "воскресенье", "christmas", "easter");

    private static String firstWord(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        return text.substring(i, j);
    }

    /** The stem without an о, е or ё just before its last letter when that is a consonant (кубок → кубк). */
    private static String withoutFleetingVowel(String stem) {
        int n = stem.length();
        if (n < 2 || "оеё".indexOf(stem.charAt(n - 2)) < 0 || CONSONANTS.indexOf(stem.charAt(n - 1)) < 0) {
            return stem;
        }
        return stem.substring(0, n - 2) + stem.charAt(n - 1);
    }

    private static int sharedPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Words that open a sentence with a capital without being names. */
    private static final Set<String> OPENERS = Set.of("while", "why", "what", "when", "where", "how", "however", "although",
            "though", "yet", "still", "even", "meanwhile", "instead", "because", "since", "once", "quite", "thus", "hence",
            "besides", "moreover", "furthermore", "nevertheless", "indeed", "perhaps", "maybe", "today", "yesterday", "tomorrow",
            "кроме", "таким", "хотя", "однако", "поэтому", "также", "когда", "если", "чтобы", "именно", "более", "всего",
            "уже", "еще", "ещё", "вот", "пока", "затем", "после", "очень", "сегодня", "вчера", "завтра", "впрочем", "кстати",
            "между", "несмотря", "благодаря", "согласно", "помимо", "поскольку", "так", "тогда", "теперь", "сейчас", "здесь",
            "ведь", "зато", "лишь", "даже");

    /** The stems and name keys of one side of a bead. */
    private record Words(Set<String> stems, Set<String> keys) {
        /** The stems and name keys of names as written. */
        static Words ofNames(TextAnalyzer analyzer, List<String> names) {
            Set<String> stems = new java.util.HashSet<>();
            Set<String> keys = new java.util.HashSet<>();
            for (String n : names) {
                String lower = n.toLowerCase(Locale.ROOT).replace(".", "");
                stems.add(analyzer.stem(lower));
                String key = NameForms.key(lower, "en".equals(analyzer.language()));
                if (key != null) {
                    keys.add(key);
                }
            }
            return new Words(stems, keys);
        }

        /**
         * The stems of English sentences, with the name keys of the text's capitalized words only (each
         * part of a hyphenated one: Byeong-seug): a Russian name is rendered by a name, and an ordinary
         * word that shares its key is none (Моралес and maritime share "mara").
         */
        static Words ofCapitals(List<AnalyzedSentence> sentences, String text) {
            Set<String> stems = new java.util.HashSet<>();
            for (AnalyzedSentence s : sentences) {
                stems.addAll(s.stems());
            }
            return new Words(stems, NameForms.capitalKeys(text));
        }

        static Words of(List<AnalyzedSentence> sentences) {
            Set<String> stems = new java.util.HashSet<>();
            Set<String> keys = new java.util.HashSet<>();
            for (AnalyzedSentence s : sentences) {
                stems.addAll(s.stems());
                for (String key : s.keys()) {
                    if (key != null) {
                        keys.add(key);
                    }
                }
            }
            return new Words(stems, keys);
        }
    }

    /** The fewest folded letters of a name that a compound adjective may end with ({@link #adjectiveOf}). */
    private static final int COMPOUND = 5;

    /**
     * Whether a Russian stem is an adjective made from an English name with «-ск-»: the
     * stem before «ск» (its last part after a hyphen), folded as name keys fold it, is the name's
     * (Yale ~ «Йельском», India ~ «Ост-Индская»: a name's final vowel may go), or it ends with a name
     * of {@value #COMPOUND} folded letters or more (Zealand ~ «новозеландские», not Coons ~
     * «тихоокеанском»).
     */
    private static boolean adjectiveOf(String englishStem, String russianStem) {
        if (!russianStem.endsWith("ск") && !russianStem.endsWith("цк")) {
            return false;
        }
        String bases = NameForms.adjectiveBases(russianStem, NameFlags::adjectiveBases);
        if (bases == null) {
            return false;
        }
        String name = NameKey.folded(englishStem, false);
        String bare = name.endsWith("a") ? name.substring(0, name.length() - 1) : name;
        String base = bases.substring(0, bases.indexOf(' '));
        return bare.length() >= 2 && (base.equals(name) || base.equals(bare) || name.length() >= COMPOUND && bases.endsWith(name));
    }

    /**
     * The folded forms of an adjective's stem made with «-ск-» or «-цк-», without it: its last part after a hyphen,
     * a space, and the whole; null for a stem with no letters before the suffix to fold.
     */
    private static String adjectiveBases(String russianStem) {
        String stem = russianStem.substring(0, russianStem.length() - 2);
        String base = NameKey.folded(stem.substring(stem.lastIndexOf('-') + 1), true);
        String whole = NameKey.folded(stem, true);
        return base.isEmpty() ? null : base + " " + whole;
    }

    /**
     * Whether a translation of a name is a title's stem (президент, minist) that parallel text linked
     * to it: a link weaker than a dictionary's, which weighs 1.
     */
    private static boolean learntTitle(Map.Entry<String, Float> translation) {
        return translation.getValue() < 1f && TITLE_STEMS.contains(translation.getKey());
    }

    private static boolean present(ScoredPair pair, String name, boolean english, Words other) {
        TextAnalyzer analyzer = english ? pair.model.english() : pair.model.russian();
        String lower = name.toLowerCase(Locale.ROOT).replace(".", "");
        String stem = analyzer.stem(lower);
        Set<String> stems = other.stems();
        if (stems.contains(stem)) {
            return true;
        }
        String key = NameForms.key(lower, english);
        if (key != null && other.keys().contains(key)) {
            return true;
        }
        String second = english ? NameForms.keyWithW(lower) : null;
        if (second != null && other.keys().contains(second)) {
            return true;   // Wayde ~ «Уэйда»
        }
        // a title is no rendering of a name, though parallel text links the two (trump ~ президент, learnt from news);
        // a dictionary's title stays (supreme ~ верховн); a name is rendered by its transliterations only
        Map<String, Float> translations = english ? pair.model.lexicon().russianFor(stem) : pair.model.lexicon().englishFor(stem);
        Map<String, Float> asName = nameTransliterations(name, english, stem, translations);
        if (asName != null) {
            translations = asName;
        }
        for (Map.Entry<String, Float> e : translations.entrySet()) {
            if (stems.contains(e.getKey()) && !learntTitle(e)) {
                return true;
            }
        }
        // a name rendered by an adjective made from it (Yale ~ «Йельском университете»), either way round
        for (String o : stems) {
            if (english ? adjectiveOf(stem, o) : adjectiveOf(o, stem)) {
                return true;
            }
        }
        // the stemmer leaves fleeting vowels (кубок ~ кубке) and some endings apart: compare loosely
        for (Map.Entry<String, Float> e : translations.entrySet()) {
            String t = e.getKey();
            if (t.length() < 3 || learntTitle(e)) {
                continue;
            }
            String lt = null;
            for (String o : stems) {
                if (o.length() < 3 || !o.regionMatches(0, t, 0, 3)) {
                    continue;
                }
                // five letters or more in common, three fifths of the translation (римлянин ~ римля; not высокогорн ~ высок)
                int shared = sharedPrefix(t, o);
                if (shared >= 5 && 5 * shared >= 3 * t.length()) {
                    return true;
                }
                lt = lt == null ? withoutFleetingVowel(t) : lt;
                if (lt.equals(withoutFleetingVowel(o))) {
                    return true;
                }
            }
        }
        return false;
    }
}
