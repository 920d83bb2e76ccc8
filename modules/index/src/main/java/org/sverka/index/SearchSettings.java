package org.sverka.index;

import java.util.Objects;

/**
 * How the first stage searches: the weight of each field, how many of the query's words it
 * searches by at most, and (when asked) the most words a document it searches may hold. A long report (a whole translated article) has hundreds of words, most of
 * them common; searching by the most specific ones (highest weight times inverse document
 * frequency) is faster and loses little.
 * <pre>{@code
 * SearchSettings settings = SearchSettings.DEFAULT.withMaxWords(40);
 * }</pre>
 *
 * <p>The length normalisation is BM25's {@code b}: 0 scores a match the same in a long document
 * as in a short one, 1 divides it fully by the document's length relative to the average. An
 * original is usually longer than a report that quotes part of it, so full normalisation works
 * against it.
 *
 * @param weights             how much a match in each field counts
 * @param maxWords            how many of the query's words are searched by at most (names and
 *                            numbers are always searched); at least 1, and at most 1,000 clauses
 *                            are searched in all
 * @param lengthNormalization BM25's {@code b}, in [0, 1]
 * @param maxDocumentWords    0 to search every document; more, to search only the documents of at
 *                            most that many content words (a short report's original is short: a
 *                            one-line heading is outranked among all documents by longer ones that
 *                            say its words more often, and found among the short ones)
 */
public record SearchSettings(FieldWeights weights, int maxWords, double lengthNormalization, int maxDocumentWords) {
    /**
     * The default weights, the 100 most specific words of the query, and Lucene's b = 0.75.
     * Measured: searching English documents against their 1,136 Russian originals, 100 and 40 words
     * found the same originals as every word (held-out top-1 0.960); against 100,000 documents a
     * whole translated document costs a median 378 ms and a 95th percentile of 706 ms of CPU with
     * 100 words, 656 ms and 2.6 s with every word ({@code ScaleBenchmark}, {@code FieldWeightFigures}).
     * b = 0.5 and 0.3 were worse (held-out top-1 0.940 and 0.907).
     */
    public static final SearchSettings DEFAULT = new SearchSettings(FieldWeights.DEFAULT, 100, 0.75, 0);

    /** Checks the fields. */
    public SearchSettings {
        Objects.requireNonNull(weights, "weights");
        if (maxWords < 1) {
            throw new IllegalArgumentException("maxWords = " + maxWords + " is not positive");
        }
        if (!(lengthNormalization >= 0 && lengthNormalization <= 1)) {
            throw new IllegalArgumentException("lengthNormalization = " + lengthNormalization + " is outside [0, 1]");
        }
        if (maxDocumentWords < 0) {
            throw new IllegalArgumentException("maxDocumentWords = " + maxDocumentWords + " is negative");
        }
    }

    /**
     * @param w the field weights
     * @return these settings with those weights
     */
    public SearchSettings withWeights(FieldWeights w) {
        return new SearchSettings(w, maxWords, lengthNormalization, maxDocumentWords);
    }

    /**
     * @param n how many words at most
     * @return these settings with that cap
     */
    public SearchSettings withMaxWords(int n) {
        return new SearchSettings(weights, n, lengthNormalization, maxDocumentWords);
    }

    /**
     * @param b BM25's length normalisation, in [0, 1]
     * @return these settings with that normalisation
     */
    public SearchSettings withLengthNormalization(double b) {
        return new SearchSettings(weights, maxWords, b, maxDocumentWords);
    }

    /**
     * <pre>{@code
     * index.search(query, 5, SearchSettings.DEFAULT.withMaxDocumentWords(8));   // among documents of at most 8 words
     * }</pre>
     *
     * @param n the most content words a searched document holds, or 0 for every document
     * @return these settings searching only such documents
     */
    public SearchSettings withMaxDocumentWords(int n) {
        return new SearchSettings(weights, maxWords, lengthNormalization, n);
    }
}
