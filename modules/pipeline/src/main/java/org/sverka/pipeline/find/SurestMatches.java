package org.sverka.pipeline.find;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For each report sentence, the surest confident match any candidate of one find gave it; and whether a
 * candidate's match of a report sentence is outweighed by another candidate's match of it.
 *
 * <p>A report sentence renders one original sentence, so two candidates that both match it cannot
 * both be right. When one matches it nearly surely and the other barely passes the confidence line, the
 * barely confident match is the one to doubt: it is not counted for its candidate. A match is
 * outweighed when some report sentence of it is matched by a candidate at least {@link #MARGIN} more
 * surely (a match of 0.55 against one of 0.95 or more; as the confident line is 0.5, only matches under
 * {@code 1 − MARGIN} can ever be outweighed). Matches of nearly equal scores all stay counted.
 * <pre>{@code
 * SurestMatches surest = SurestMatches.of(List.of(matchesOfA, matchesOfB));
 * boolean doubted = surest.outweighs(matchOfB.report(), matchOfB.score());   // true when A matched one of its report sentences far more surely
 * }</pre>
 */
final class SurestMatches {
    /**
     * How much surer another candidate's match of a report sentence must be for a match to be outweighed.
     * Set on the documents of even position in the find benchmark: 0.35–0.45 give the same ranking there,
     * 0.3 and less also outweigh right matches.
     */
    static final double MARGIN = 0.4;
    /** Nothing outweighs anything: every confident match counts. */
    static final SurestMatches NONE = new SurestMatches(Map.of());

    private final Map<Integer, Double> surest;

    private SurestMatches(Map<Integer, Double> surest) {
        this.surest = surest;
    }

    /**
     * @param candidates the confident matches of each candidate of one report
     * @return the surest match score of each report sentence among them
     */
    static SurestMatches of(Collection<List<MatchedSentence>> candidates) {
        Map<Integer, Double> surest = new HashMap<>();
        for (List<MatchedSentence> matches : candidates) {
            for (MatchedSentence m : matches) {
                for (int i : m.report()) {
                    surest.merge(i, m.score(), Math::max);
                }
            }
        }
        return new SurestMatches(Map.copyOf(surest));
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
}
