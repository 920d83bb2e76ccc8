package org.sverka.align.model;

/**
 * The share of one side's content words that have a translation on the other side: through the
 * lexicon, as the same word (a Latin name inside Russian text), or under the same name key
 * (Лаврову ~ Lavrov). Each word counts its best match, weighted in [0, 1]. Thread-safe: the
 * scratch that marks the other side's stems belongs to each thread.
 */
public final class LexicalCoverage implements Signal {
    /** Weight of a match through a name key alone. */
    static final double NAME_KEY_WEIGHT = 0.8;

    private final boolean fromEnglish;

    /** @param fromEnglish true for the share of English words covered, false for Russian */
    public LexicalCoverage(boolean fromEnglish) {
        this.fromEnglish = fromEnglish;
    }

    @Override
    public String name() {
        return fromEnglish ? "coverage_en" : "coverage_ru";
    }

    @Override
    public double value(Span english, Span russian) {
        Span from = fromEnglish ? english : russian;
        Span to = fromEnglish ? russian : english;
        int[] tokens = from.tokens();
        if (tokens.length == 0) {
            return 0.0;
        }
        PairVocabulary v = from.vocabulary();
        // the other side's stems and name keys marked in this thread's scratch: a lookup instead of a
        // binary search for each translation and for each word's key
        Marks marks = MARKS.get();
        int stamp = marks.stamp(fromEnglish ? v.russianSize() : v.englishSize(), v.keyCount());
        int[] marked = marks.marks;
        int[] keyMarked = marks.keyMarks;
        int[] toStems = to.stems();
        for (int s : toStems) {
            marked[s] = stamp;
        }
        for (int k : to.keySet()) {
            keyMarked[k] = stamp;
        }
        int[] keys = from.keys();
        double sum = 0;
        for (int i = 0; i < tokens.length; i++) {
            int[] targets = fromEnglish ? v.russianTargetsOf(tokens[i]) : v.englishTargetsOf(tokens[i]);
            float[] weights = fromEnglish ? v.russianWeightsOf(tokens[i]) : v.englishWeightsOf(tokens[i]);
            double best = keys[i] >= 0 && keyMarked[keys[i]] == stamp ? NAME_KEY_WEIGHT : 0.0;
            if (targets.length > SEARCH_FACTOR * toStems.length) {
                // a common word with many translations against a short span: look the span's few stems
                // up in the (ascending) row instead of walking the row; the best weight is the same
                for (int k = 0; k < toStems.length && best < 1.0; k++) {
                    int at = java.util.Arrays.binarySearch(targets, toStems[k]);
                    if (at >= 0 && weights[at] > best) {
                        best = weights[at];
                    }
                }
            } else {
                for (int k = 0; k < targets.length && best < 1.0; k++) {
                    if (weights[k] > best && marked[targets[k]] == stamp) {
                        best = weights[k];
                    }
                }
            }
            sum += best;
        }
        return sum / tokens.length;
    }

    /**
     * A row longer than this many times the other span's distinct stems is searched for them rather
     * than walked: a binary search costs about log2 of the row (8 steps for 256 translations).
     */
    static final int SEARCH_FACTOR = 8;

    private static final ThreadLocal<Marks> MARKS = ThreadLocal.withInitial(Marks::new);

    /**
     * One thread's marks over stem ids and name-key ids: a stem (key) is marked when its slot holds
     * the current stamp.
     */
    private static final class Marks {
        private int[] marks = new int[0];
        private int[] keyMarks = new int[0];
        private int stamp;

        /** @return a new stamp, with room for {@code size} stem ids and {@code keys} key ids */
        int stamp(int size, int keys) {
            if (marks.length < size || keyMarks.length < keys || stamp == Integer.MAX_VALUE) {
                marks = new int[Math.max(size, 2 * marks.length)];
                keyMarks = new int[Math.max(keys, 2 * keyMarks.length)];
                stamp = 0;
            }
            return ++stamp;
        }
    }
}
