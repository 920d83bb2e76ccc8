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
        // the other side's stems marked in this thread's scratch: a lookup instead of a binary search
        Marks marks = MARKS.get();
        int stamp = marks.stamp(fromEnglish ? v.russianSize() : v.englishSize());
        int[] marked = marks.marks;
        for (int s : to.stems()) {
            marked[s] = stamp;
        }
        double sum = 0;
        for (int i = 0; i < tokens.length; i++) {
            int[] targets = fromEnglish ? v.russianTargetsOf(tokens[i]) : v.englishTargetsOf(tokens[i]);
            float[] weights = fromEnglish ? v.russianWeightsOf(tokens[i]) : v.englishWeightsOf(tokens[i]);
            double best = from.keys()[i] >= 0 && to.hasKey(from.keys()[i]) ? NAME_KEY_WEIGHT : 0.0;
            for (int k = 0; k < targets.length && best < 1.0; k++) {
                if (weights[k] > best && marked[targets[k]] == stamp) {
                    best = weights[k];
                }
            }
            sum += best;
        }
        return sum / tokens.length;
    }

    private static final ThreadLocal<Marks> MARKS = ThreadLocal.withInitial(Marks::new);

    /** One thread's marks over stem ids: a stem is marked when its slot holds the current stamp. */
    private static final class Marks {
        private int[] marks = new int[0];
        private int stamp;

        /** @return a new stamp, with room for {@code size} stem ids */
        int stamp(int size) {
            if (marks.length < size || stamp == Integer.MAX_VALUE) {
                marks = new int[Math.max(size, 2 * marks.length)];
                stamp = 0;
            }
            return ++stamp;
        }
    }
}
