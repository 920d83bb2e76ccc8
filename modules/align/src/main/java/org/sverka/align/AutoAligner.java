package org.sverka.align;

import java.util.List;
import java.util.Locale;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.Alignment;
import org.sverka.core.SegmentedDocument;

/**
 * Chooses between {@link ParallelAligner} and {@link ReportAligner} and says why.
 *
 * <p>It finds the confident anchor pairs and the longest chain of them in order on both sides. A
 * translation has most of both documents on that chain; a report has a few quotes, often out of
 * order, and most of its source unquoted. Parallel mode is chosen when the chain holds at least
 * {@value #SHARE}% of the sentences of each side (as a share of the smaller side for the longer one).
 */
public final class AutoAligner implements Aligner {
    static final int SHARE = 50;

    private final SimilarityModel model;
    private final ParallelAligner parallel;
    private final ReportAligner report;

    /** @param model the similarity model */
    public AutoAligner(SimilarityModel model) {
        this.model = model;
        this.parallel = new ParallelAligner(model);
        this.report = new ReportAligner(model);
    }

    @Override
    public String name() {
        return "auto";
    }

    @Override
    public Alignment align(SegmentedDocument english, SegmentedDocument russian) {
        ScoredPair pair = new ScoredPair(english, russian, model);
        Anchors anchors = new Anchors(pair);
        List<Anchors.Anchor> chain = anchors.chain();
        int n = Math.max(1, pair.n());
        int m = Math.max(1, pair.m());
        double enShare = 100.0 * chain.size() / n;
        double ruShare = 100.0 * chain.size() / m;
        String facts = String.format(Locale.ROOT, "%d of %d English and %d of %d Russian sentences (%.0f%% and %.0f%%) "
                + "lie on one chain of confident pairs in order", chain.size(), pair.n(), chain.size(), pair.m(), enShare, ruShare);
        if (enShare >= SHARE && ruShare >= SHARE) {
            return parallel.align(pair, chain, "auto chose parallel: " + facts);
        }
        return report.align(pair, "auto chose report: only " + facts);
    }
}
