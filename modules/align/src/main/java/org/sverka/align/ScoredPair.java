package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import org.sverka.align.model.SimilarityModel;
import org.sverka.align.model.Span;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.core.SegmentedDocument;

/**
 * Both sides of a document pair analysed once, with spans of up to {@link #MAX_SPAN} adjacent
 * sentences built on demand and scored by the similarity model. Not thread-safe: one per alignment.
 */
final class ScoredPair {
    /** The longest span a bead may hold on one side. */
    static final int MAX_SPAN = 3;

    final SegmentedDocument english;
    final SegmentedDocument russian;
    final SimilarityModel model;
    final List<AnalyzedSentence> en;
    final List<AnalyzedSentence> ru;
    private final Span[][] enSpans;
    private final Span[][] ruSpans;

    ScoredPair(SegmentedDocument english, SegmentedDocument russian, SimilarityModel model) {
        this.english = english;
        this.russian = russian;
        this.model = model;
        this.en = analyze(english, model, true);
        this.ru = analyze(russian, model, false);
        this.enSpans = new Span[MAX_SPAN][en.size()];
        this.ruSpans = new Span[MAX_SPAN][ru.size()];
    }

    private static List<AnalyzedSentence> analyze(SegmentedDocument d, SimilarityModel model, boolean english) {
        List<AnalyzedSentence> out = new ArrayList<>(d.size());
        for (String s : d.texts()) {
            out.add(english ? model.english().analyze(s) : model.russian().analyze(s));
        }
        return out;
    }

    int n() {
        return en.size();
    }

    int m() {
        return ru.size();
    }

    Span enSpan(int start, int length) {
        return span(enSpans, en, start, length);
    }

    Span ruSpan(int start, int length) {
        return span(ruSpans, ru, start, length);
    }

    private static Span span(Span[][] cache, List<AnalyzedSentence> side, int start, int length) {
        Span s = cache[length - 1][start];
        if (s == null) {
            s = Span.of(side.subList(start, start + length));
            cache[length - 1][start] = s;
        }
        return s;
    }

    /** Log-odds that English sentences [i, i+a) translate Russian [j, j+b). */
    double logit(int i, int a, int j, int b) {
        return model.logit(enSpan(i, a), ruSpan(j, b));
    }

    /**
     * Share of the words of English sentence {@code x} (when {@code english}) or Russian sentence
     * {@code x} that have a translation in the other side's span.
     */
    double coverage(boolean english, int x, int otherStart, int otherLength) {
        return english ? model.features(enSpan(x, 1), ruSpan(otherStart, otherLength))[0]
                : model.features(enSpan(otherStart, otherLength), ruSpan(x, 1))[1];
    }

    /**
     * Whether every sentence of a bead with several sentences on a side has its words translated on
     * the other side: what tells a true merge from a match with an unrelated sentence attached.
     */
    boolean everyPartCovered(int i, int a, int j, int b, double minimum) {
        for (int x = i; a > 1 && x < i + a; x++) {
            if (coverage(true, x, j, b) < minimum) {
                return false;
            }
        }
        for (int y = j; b > 1 && y < j + b; y++) {
            if (coverage(false, y, i, a) < minimum) {
                return false;
            }
        }
        return true;
    }

    static double probability(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }
}
