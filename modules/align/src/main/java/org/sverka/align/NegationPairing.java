package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.align.model.SimilarityModel;
import org.sverka.align.text.TextAnalyzer;
import org.sverka.core.Flag;

/**
 * A negation dropped where both sides keep another. Where one side makes more negations than the
 * other ({@link #negations}: concord, "nor" and answers counted as Russian and English say them),
 * each of its negations is paired with the other side through the words it governs: where one of
 * those words is rendered there (the rendering nearest the word's place in its sentence) and no
 * rendering is negated (by a negation of its clause just before or after it, or by being a word
 * that negates by itself: «неправда» ~ "not true"), and no negation of the other side stands
 * at about its place, the negation is not rendered:
 * <pre>{@code
 * // EN "who while they don't like the president, often don't vote"
 * // RU «которые, хотя им нравится президент, часто не голосуют»
 * //    "don't like" is rendered by «нравится», negated by nothing: negation-only-en:n't
 * }</pre>
 */
final class NegationPairing {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** How many words before a rendering a negation of its clause may stand and still negate it. */
    private static final int REACH = 6;
    /** How many words after a rendering a negation of its clause may stand and still negate it («пока что не проведена» ~ "not yet"). */
    private static final int AFTER = 2;
    /** A conjunction that joins clauses: a negation after one negates the next clause, not a word before it. */
    private static final Pattern CONJUNCTION = Pattern.compile("(?<![\\p{L}-])(?:и|а|но|или|and|but|or)(?![\\p{L}-])", FLAGS);
    /** How far apart (a share of each sentence's length) two negations may stand and render each other whatever they govern. */
    private static final double PLACE_WINDOW = 0.1;
    /** How many content words after a negation it governs (up to its clause's end or the next negation). */
    private static final int SCOPE = 3;
    /** Where a clause ends, and with it what a negation governs. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?()\\[\\]«»“”\"]|\\s[—–-]\\s");
    /** The English words «пока не» renders. */
    private static final Pattern UNTIL_EN = Pattern.compile("(?<!\\w)(?:until|till|before)(?!\\w)", FLAGS);
    /** The English word «если не» renders. */
    private static final Pattern UNLESS = Pattern.compile("(?<!\\w)unless(?!\\w)", FLAGS);
    /** How many characters before a «не» the conjunction may stand. */
    private static final int CONJUNCTION_REACH = 40;
    /** A negation that is an answer ("No, …", «Нет.»), or "not until" («только когда»): it negates no word. */
    private static final Pattern ANSWER_AFTER = Pattern.compile("\\s*[,.!?]|\\s+until(?!\\w)", FLAGS);
    /** The Russian words that negate a verb; a negative pronoun beside one of them in its clause is concord (никто не пришёл). */
    private static final Set<String> VERB_NEGATORS = Set.of("не", "нет", "нельзя");

    /** The English negations, and "ever", which renders «никогда» in a superlative («никогда не видел» ~ "the worst I've ever seen"). */
    private static final Pattern EVER_TOO = Pattern.compile(Negation.ENGLISH.pattern() + "|(?<!\\w)ever(?!\\w)", FLAGS);

    private NegationPairing() {
    }

    /**
     * The negation that one side makes beyond the other's and the other side does not render, as a
     * flag of that side, or null.
     *
     * @param english the English side, whole (its fixed phrases are often rendered by the other's: "not only" ~ «не только»)
     * @param russian the Russian side, whole
     * @param model   the model whose lexicon and stemmers read the words
     * @return a {@code negation-only-en} or {@code negation-only-ru} flag, or null
     */
    static Flag unpaired(String english, String russian, SimilarityModel model) {
        List<int[]> enSpans = negations(english, true, russian);
        List<int[]> ruSpans = negations(russian, false, english);
        if (enSpans.size() == ruSpans.size()) {
            return null;
        }
        boolean moreInEnglish = enSpans.size() > ruSpans.size();
        String word = moreInEnglish ? unpaired(english, enSpans, true, russian, ruSpans, model)
                : unpaired(russian, ruSpans, false, english, enSpans, model);
        return word == null ? null : new Flag(Flag.Kind.NEGATION, moreInEnglish ? Flag.Side.ENGLISH : Flag.Side.RUSSIAN, word);
    }

    /** The negation of a side with more negations (its spans given) that the other side does not render, or null. */
    private static String unpaired(String text, List<int[]> spans, boolean english, String other, List<int[]> otherSpans, SimilarityModel model) {
        Pattern otherImplicit = english ? Negation.RUSSIAN_IMPLICIT : Negation.ENGLISH_IMPLICIT;
        TextAnalyzer analyzer = english ? model.english() : model.russian();
        TextAnalyzer otherAnalyzer = english ? model.russian() : model.english();
        Negation.IndexedWords otherWords = Negation.IndexedWords.of(other);
        List<Integer> otherStarts = otherWords.starts();
        List<String> otherStems = new ArrayList<>();
        List<String> otherBare = new ArrayList<>();
        List<Boolean> otherSkip = new ArrayList<>();
        List<Boolean> otherNegative = new ArrayList<>();
        for (String lower : otherWords.lower()) {
            otherSkip.add(otherAnalyzer.isStopWord(lower) || lower.length() < 2);
            otherStems.add(otherAnalyzer.stem(lower));
            String bare = english ? Negation.withoutVerbPrefix(lower) : IrregularVerbs.base(lower);
            boolean negative = otherImplicit.matcher(lower).matches();
            otherBare.add(bare == null ? null : otherAnalyzer.stem(bare));
            otherNegative.add(negative);
        }
        // where the other side's negations (and its words that negate by themselves) stand, as word numbers
        List<Integer> otherNegationAt = new ArrayList<>();
        Matcher n = (english ? Negation.RUSSIAN : EVER_TOO).matcher(other);
        while (n.find()) {
            otherNegationAt.add(otherWords.at(n.start()));
        }
        Matcher im = otherImplicit.matcher(other);
        while (im.find()) {
            otherNegationAt.add(otherWords.at(im.start()));
        }
        for (int s = 0; s < spans.size(); s++) {
            int end = s + 1 < spans.size() ? spans.get(s + 1)[0] : text.length();
            Matcher clause = CLAUSE_END.matcher(text).region(spans.get(s)[1], end);
            if (clause.find()) {
                end = clause.start();
            }
            Matcher word = Negation.WORD.matcher(text);
            word.region(spans.get(s)[1], end);
            boolean rendered = false;
            boolean negated = false;
            for (int k = 0; k < SCOPE && word.find(); k++) {
                String lower = word.group().toLowerCase(Locale.ROOT);
                if (analyzer.isStopWord(lower) || lower.length() < 2) {
                    k--;
                    continue;
                }
                Set<String> translations = Negation.translations(lower, english, analyzer, model);
                double place = (double) word.start() / text.length();
                int best = -1;
                double bestDistance = Double.MAX_VALUE;
                for (int j = 0; j < otherStems.size(); j++) {
                    if (otherSkip.get(j)) {
                        continue;
                    }
                    String st = otherStems.get(j);
                    boolean match = translations.contains(st) || otherBare.get(j) != null && translations.contains(otherBare.get(j));
                    if (!match && english) {
                        Set<String> one = Set.of(st);
                        for (String t : translations) {
                            match |= Negation.sharesRussianStem(t, one);
                        }
                    }
                    double distance = Math.abs((double) otherStarts.get(j) / other.length() - place);
                    if (match && distance < bestDistance) {
                        best = j;
                        bestDistance = distance;
                    }
                }
                if (best < 0) {
                    continue;
                }
                // the first governed word the other side renders decides (the verb, as a rule: "don't like the president,
                // often …" is decided by «нравится», not by «часто», which a later negation governs)
                rendered = true;
                negated = otherNegative.get(best) || negatedAt(best, otherNegationAt, otherStarts, other);
                break;
            }
            double at = (double) spans.get(s)[0] / text.length();
            for (int[] o : otherSpans) {
                negated |= Math.abs((double) o[0] / other.length() - at) <= PLACE_WINDOW;   // "No damage was reported" ~ «не поступило сообщений»
            }
            if (rendered && !negated) {
                return text.substring(spans.get(s)[0], spans.get(s)[1]).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** Whether a negation stands among the {@value #REACH} words before a word, in its clause, or just after it (нет). */
    private static boolean negatedAt(int word, List<Integer> negationAt, List<Integer> starts, String text) {
        for (int at : negationAt) {
            if (at > word && at - word <= AFTER && !CLAUSE_END.matcher(text).region(starts.get(word), starts.get(at)).find()
                    && !CONJUNCTION.matcher(text).region(starts.get(word), starts.get(at)).find()) {
                return true;   // «пока что не», «у них нет»
            }
            if (at < word && word - at <= REACH && !CLAUSE_END.matcher(text).region(starts.get(at), starts.get(word)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The negations a side makes, as spans: each match of its pattern, but not a Russian «ни»
     * standing alone (ни завтра, ни в ноябре), a negative pronoun with «не» or «нет» in its clause
     * (ничего нового я не заметил), a «не» after «пока» (or after «если» where the English says
     * "unless"), an English "nor", and a negation that answers
     * ("No, …") or says "not until".
     */
    static List<int[]> negations(String text, boolean english, String other) {
        List<int[]> out = new ArrayList<>();
        Matcher m = (english ? Negation.ENGLISH : Negation.RUSSIAN).matcher(text);
        while (m.find()) {
            String g = m.group().toLowerCase(Locale.ROOT);
            if ((english ? g.equals("nor") : g.equals("ни"))
                    || ANSWER_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            if (!english) {
                int from = Math.max(0, m.start() - CONJUNCTION_REACH);
                if (Negation.UNTIL_RU.matcher(text).region(from, m.start()).find() && UNTIL_EN.matcher(other).find()
                        || Negation.UNLESS_RU.matcher(text).region(from, m.start()).find() && UNLESS.matcher(other).find()) {
                    continue;
                }
                if (!VERB_NEGATORS.contains(g) && clauseHasVerbNegator(text, m.start(), m.end())) {
                    continue;
                }
            }
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** Whether the clause around a span (between the marks that end clauses) has «не», «нет» or «нельзя». */
    private static boolean clauseHasVerbNegator(String text, int start, int end) {
        int from = 0;
        int to = text.length();
        Matcher mark = CLAUSE_END.matcher(text);
        while (mark.find()) {
            if (mark.end() <= start) {
                from = mark.end();
            } else if (mark.start() >= end) {
                to = mark.start();
                break;
            }
        }
        Matcher w = Negation.WORD.matcher(text).region(from, to);
        while (w.find()) {
            if (VERB_NEGATORS.contains(w.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
