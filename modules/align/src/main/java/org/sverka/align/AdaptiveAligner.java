package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sverka.align.lexicon.Lexicon;
import org.sverka.align.lexicon.LexiconAdaptation;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.SegmentedDocument;

/**
 * Decorates an aligner with a second pass: word pairs are learned from the confident beads of the
 * first alignment, laid over the lexicon, and the pair is aligned again with the richer model.
 * <pre>{@code
 * Aligner aligner = new AdaptiveAligner(SimilarityModel.defaultModel(), AutoAligner::new);
 * }</pre>
 */
public final class AdaptiveAligner implements Aligner {
    /** Beads at least this sure teach the second pass. */
    public static final double CONFIDENT = 0.9;
    private static final double MIN_PROBABILITY = 0.2;

    private final SimilarityModel model;
    private final Function<SimilarityModel, Aligner> aligner;
    private final Aligner first;

    /**
     * @param model   the model of the first pass
     * @param aligner makes the aligner for a model (for example {@code AutoAligner::new})
     */
    public AdaptiveAligner(SimilarityModel model, Function<SimilarityModel, Aligner> aligner) {
        this.model = model;
        this.aligner = aligner;
        this.first = aligner.apply(model);
    }

    @Override
    public String name() {
        return first.name();
    }

    @Override
    public Alignment align(SegmentedDocument english, SegmentedDocument russian) {
        // the pair is analysed once: the second pass reuses the first pass's analysed sentences
        ScoredPair pair = new ScoredPair(english, russian, model);
        Alignment a = alignScored(first, pair);
        if (a == null) {
            a = first.align(english, russian);
        }
        List<LexiconAdaptation.Pair> confident = new ArrayList<>();
        for (Bead b : a.beads()) {
            if (b.isMatch() && b.score() >= CONFIDENT) {
                confident.add(new LexiconAdaptation.Pair(pair.analysed(b.en(), true), pair.analysed(b.ru(), false)));
            }
        }
        if (confident.size() < 3) {
            return a;
        }
        Lexicon learned = LexiconAdaptation.learn(confident, MIN_PROBABILITY);
        SimilarityModel richer = model.withLexicon(model.lexicon().with(learned));
        Aligner second = aligner.apply(richer);
        Alignment b = alignScored(second, pair.withModel(richer));
        if (b == null) {
            b = second.align(english, russian);
        }
        return new Alignment(english, russian, b.beads(), b.mode(), b.reason() + "; second pass with "
                + learned.size() + " word pairs learned from " + confident.size() + " confident beads");
    }

    /** The alignment of an analysed pair by one of sverka's scoring aligners, or null for another aligner. */
    private static Alignment alignScored(Aligner aligner, ScoredPair pair) {
        if (aligner instanceof AutoAligner auto) {
            return auto.alignScored(pair);
        }
        if (aligner instanceof ReportAligner report) {
            return report.alignScored(pair);
        }
        if (aligner instanceof ParallelAligner parallel) {
            return parallel.alignScored(pair);
        }
        return null;
    }
}
