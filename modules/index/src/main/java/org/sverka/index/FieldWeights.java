package org.sverka.index;

/**
 * How much a match in each field counts in the first-stage score: the BM25 score of each field's
 * match is multiplied by its weight. Names and numbers are rarer and more specific than content
 * words, so they count more.
 * <pre>{@code
 * FieldWeights weights = FieldWeights.DEFAULT.withNames(3);
 * }</pre>
 *
 * @param content the weight of a content word's match
 * @param names   the weight of a name key's match
 * @param numbers the weight of a number's or date's match
 */
public record FieldWeights(double content, double names, double numbers) {
    /**
     * Content 1, names 2, numbers 4: chosen on one half of 300 English documents of NTREX-128,
     * FLORES-200 and the UN development set searched against their 1,136 Russian originals, and
     * checked on the other half (whole documents top-1 0.960 against 0.893 by content words
     * alone; 30–60% of a document's sentences 0.840 against 0.687). The test runner
     * {@code FieldWeightFigures} measures it.
     */
    public static final FieldWeights DEFAULT = new FieldWeights(1, 2, 4);

    /** Checks that the weights are not negative and finite. */
    public FieldWeights {
        for (double w : new double[] {content, names, numbers}) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("field weight " + w + " is not a finite non-negative number");
            }
        }
    }

    /**
     * @param weight the new weight of names
     * @return these weights with that of names replaced
     */
    public FieldWeights withNames(double weight) {
        return new FieldWeights(content, weight, numbers);
    }

    /**
     * @param weight the new weight of numbers
     * @return these weights with that of numbers replaced
     */
    public FieldWeights withNumbers(double weight) {
        return new FieldWeights(content, names, weight);
    }
}
