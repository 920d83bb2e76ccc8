package org.sverka.pipeline.find;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For each report sentence, the surest confident match any candidate of one find gave it, and the surest one
 * that renders it alone; and, for a candidate's match, which of its report sentences count.
 *
 * <p>A report sentence renders one original sentence, so two candidates that both match it cannot
 * both be right. Two rules follow:
 * <ul>
 * <li><b>Far surer.</b> When one candidate matches a report sentence nearly surely and another barely passes
 * the confidence line, the barely confident match is the one to doubt: it is not counted for its candidate. A
 * match is outweighed when some report sentence of it is matched by a candidate at least {@link #MARGIN} more
 * surely (a match of 0.55 against one of 0.95 or more; as the confident line is 0.5, only matches under
 * {@code 1 − MARGIN} can ever be outweighed). Matches of nearly equal scores all stay counted.</li>
 * <li><b>Merged, and rendered alone elsewhere.</b> A match that merges several report sentences says that
 * together they render one stretch of the original. When another candidate renders one of them alone (a
 * match of that report sentence and no other) more surely, by at least {@link #MERGED_MARGIN}, that report
 * sentence is better explained there, and the merge counts only for its other report sentences (when every
 * one of them is so claimed, it does not count at all). A merge of a report's quote with the commentary
 * beside it, 0.71 for both, against the quote's own original at 0.99, then counts for the commentary alone.</li>
 * </ul>
 * <pre>{@code
 * SurestMatches surest = SurestMatches.of(List.of(matchesOfA, matchesOfB));
 * boolean doubted = surest.outweighs(matchOfB.report(), matchOfB.score());   // true when A matched one of its report sentences far more surely
 * List<Integer> counted = surest.counted(mergeOfB.report(), mergeOfB.score());  // without those A renders alone more surely
 * }</pre>
 */
final class SurestMatches {
    /**
     * How much surer another candidate's match of a report sentence must be for a match to be outweighed.
     * Set on the documents of even position in the find benchmark: 0.35–0.45 give the same ranking there,
     * 0.3 and less also outweigh right matches.
     */
    static final double MARGIN = 0.4;
    /**
     * How much surer a match of one report sentence alone must be than a merged match holding it for the merge
     * not to count that sentence: any clear difference (more than the rounding of calibrated scores). Set on the
     * documents of even position in the find benchmark, where any margin from 0.001 to 0.1 gives the same
     * ranking (0.11–0.2 keeps a merge at 0.89 against a one-to-one match at 0.99).
     */
    static final double MERGED_MARGIN = 0.05;
    /** Nothing outweighs anything: every confident match counts. */
    static final SurestMatches NONE = new SurestMatches(Map.of(), Map.of());

    private final Map<Integer, Double> surest;
    private final Map<Integer, Double> surestAlone;

    private SurestMatches(Map<Integer, Double> surest, Map<Integer, Double> surestAlone) {
        this.surest = surest;
        this.surestAlone = surestAlone;
    }

    /**
     * @param candidates the confident matches of each candidate of one report
     * @return the surest match score of each report sentence among them, and the surest of the matches of it alone
     */
    static SurestMatches of(Collection<List<MatchedSentence>> candidates) {
        Map<Integer, Double> surest = new HashMap<>();
        Map<Integer, Double> alone = new HashMap<>();
        for (List<MatchedSentence> matches : candidates) {
            for (MatchedSentence m : matches) {
                for (int i : m.report()) {
                    surest.merge(i, m.score(), Math::max);
                }
                if (m.report().size() == 1) {
                    alone.merge(m.report().get(0), m.score(), Math::max);
                }
            }
        }
        return new SurestMatches(Map.copyOf(surest), Map.copyOf(alone));
    }

    /**
     * @param reportSentences the report sentences of a candidate's confident match
     * @param score           the match's score
     * @return true when one of those report sentences is matched by a candidate at least {@link #MARGIN} more surely
     */
    boolean outweighs(List<Integer> reportSentences, double score) {
        for (int i : reportSentences) {
            if (surest.getOrDefault(i, 0.0) - score >= MARGIN) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param reportSentences the report sentences of a candidate's confident match, in order
     * @param score           the match's score
     * @return the report sentences the match counts for: all of them, except, when it merges several, those some
     *         candidate matches alone at least {@link #MERGED_MARGIN} more surely (possibly none)
     */
    List<Integer> counted(List<Integer> reportSentences, double score) {
        if (reportSentences.size() < 2) {
            return reportSentences;
        }
        List<Integer> out = new ArrayList<>(reportSentences.size());
        for (int i : reportSentences) {
            if (surestAlone.getOrDefault(i, 0.0) - score < MERGED_MARGIN) {
                out.add(i);
            }
        }
        return out.size() == reportSentences.size() ? reportSentences : List.copyOf(out);
    }

    /**
     * @param reportSentences the report sentences of a candidate's confident match
     * @param score           the match's score
     * @return whether either rule takes anything from the match: it is outweighed, or counts for fewer report sentences
     */
    boolean doubts(List<Integer> reportSentences, double score) {
        return outweighs(reportSentences, score) || counted(reportSentences, score).size() < reportSentences.size();
    }
}
