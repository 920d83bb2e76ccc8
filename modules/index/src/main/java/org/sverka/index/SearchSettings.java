package org.sverka.index;

import java.util.Objects;

/**
 * How the first stage searches: the weight of each field, and how many of the query's words it
 * searches by at most. A long report (a whole translated article) has hundreds of words, most of
 * them common; searching by the most specific ones (highest weight times inverse document
 * frequency) is faster and loses little.
 * <pre>{@code
 * SearchSettings settings = SearchSettings.DEFAULT.withMaxWords(40);
 * }</pre>
 *
 * @param weights  how much a match in each field counts
 * @param maxWords how many of the query's words are searched by at most (names and numbers are
 *                 always searched); at least 1, and at most 1,000 clauses are searched in all
 */
public record SearchSettings(FieldWeights weights, int maxWords) {
    /** The default weights, and every word of the query up to 1,000 clauses. */
    public static final SearchSettings DEFAULT = new SearchSettings(FieldWeights.DEFAULT, FirstStageSearch.MAX_CLAUSES);

    /** Checks the fields. */
    public SearchSettings {
        Objects.requireNonNull(weights, "weights");
        if (maxWords < 1) {
            throw new IllegalArgumentException("maxWords = " + maxWords + " is not positive");
        }
    }

    /**
     * @param w the field weights
     * @return these settings with those weights
     */
    public SearchSettings withWeights(FieldWeights w) {
        return new SearchSettings(w, maxWords);
    }

    /**
     * @param n how many words at most
     * @return these settings with that cap
     */
    public SearchSettings withMaxWords(int n) {
        return new SearchSettings(weights, n);
    }
}
