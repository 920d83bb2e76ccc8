package org.sverka.align.model;

/**
 * The share of one side's content words that have a translation on the other side: through the
 * lexicon, as the same word (a Latin name inside Russian text), or under the same name key
 * (Лаврову ~ Lavrov). Each word counts its best match, weighted in [0, 1].
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
        double sum = 0;
        for (int i = 0; i < tokens.length; i++) {
            int[] targets = fromEnglish ? v.russianTargetsOf(tokens[i]) : v.englishTargetsOf(tokens[i]);
            float[] weights = fromEnglish ? v.russianWeightsOf(tokens[i]) : v.englishWeightsOf(tokens[i]);
            double best = from.keys()[i] >= 0 && to.hasKey(from.keys()[i]) ? NAME_KEY_WEIGHT : 0.0;
            for (int k = 0; k < targets.length && best < 1.0; k++) {
                if (weights[k] > best && to.hasStem(targets[k])) {
                    best = weights[k];
                }
            }
            sum += best;
        }
        return sum / tokens.length;
    }
}
