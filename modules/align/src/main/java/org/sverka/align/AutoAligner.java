package org.sverka.align;

import java.util.List;
import java.util.Locale;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.SegmentedDocument;

/**
 * Chooses between {@link ParallelAligner} and {@link ReportAligner} and says why.
 *
 * <p>It finds the confident anchor pairs and the longest chain of them in order on both sides. A
 * translation has most of both documents on that chain; a report has a few quotes, often out of
 * order, and most of its source unquoted. Over {@value #CLEAR_SHARE}% of both sides on the chain,
 * parallel mode is chosen. Between {@value #SHARE}% and {@value #CLEAR_SHARE}%, parallel mode is
 * tried, and report mode is chosen instead when more than {@value #WEAK_SHARE}% of its matches are
 * weak (the order forced them) or when it matches less than {@value #MATCHED_SHARE}% of either
 * side's sentences (a report leaves much of its source unquoted and holds commentary). Under
 * {@value #SHARE}% on the chain, report mode is chosen unless the pair is a freely rendered
 * translation (few confident pairs, but in order nearly everything matches): parallel mode is
 * kept when each side holds at least {@value #MATCHED_MINIMUM} sentences, at least
 * {@value #MATCHED_SHARE}% of both sides' sentences are matched and at most
 * {@value #MATCHED_WEAK_SHARE}% of the matches are weak (calibrated score under {@value #WEAK_SCORE}).
 *
 * <p>Report mode keeps a table over every pair of sentences; parallel mode works in a band. A pair
 * too large for report mode's table ({@link #withReportLimit(long)}) is aligned in parallel mode,
 * and the reason says so, instead of being refused.
 */
public final class AutoAligner implements Aligner {
    static final int SHARE = 50;
    /** Above this share of both sides on the chain, parallel is chosen without a trial. */
    static final int CLEAR_SHARE = 80;
    /** A match under this score is weak. */
    static final double WEAK_SCORE = 0.5;
    /** Over this share of weak matches (%), an ordered alignment is forced and report mode is chosen. */
    static final int WEAK_SHARE = 30;

    /** Share (%) of each side's sentences that parallel mode must match to be kept under {@value #CLEAR_SHARE}% on the chain. */
    static final int MATCHED_SHARE = 85;
    /** The most weak matches (%) parallel mode may make to be kept under {@value #SHARE}% on the chain. */
    static final int MATCHED_WEAK_SHARE = 20;
    /** Sentences each side must hold for parallel mode to be tried under {@value #SHARE}% on the chain. */
    static final int MATCHED_MINIMUM = 10;

    private final SimilarityModel model;
    private final ParallelAligner parallel;
    private final ReportAligner report;
    private final long reportLimit;

    /** @param model the similarity model */
    public AutoAligner(SimilarityModel model) {
        this(model, ParallelAligner.Settings.DEFAULT, ReportAligner.Settings.DEFAULT);
    }

    /**
     * An auto aligner whose two modes have other costs than the defaults (for choosing costs on a
     * development set).
     *
     * @param model    the similarity model
     * @param parallel the costs of parallel mode
     * @param report   the costs of report mode
     */
    public AutoAligner(SimilarityModel model, ParallelAligner.Settings parallel, ReportAligner.Settings report) {
        this(model, new ParallelAligner(model, parallel), new ReportAligner(model, report), Long.MAX_VALUE);
    }

    private AutoAligner(SimilarityModel model, ParallelAligner parallel, ReportAligner report, long reportLimit) {
        this.model = model;
        this.parallel = parallel;
        this.report = report;
        this.reportLimit = reportLimit;
    }

    /**
     * This aligner, but never in report mode for a pair of more sentence pairs than the limit: such
     * a pair is aligned in parallel mode, the reason naming the limit.
     * <pre>{@code
     * Aligner auto = new AutoAligner(model).withReportLimit(budgetBytes / bytesPerSentencePair);
     * }</pre>
     *
     * @param sentencePairs the most English-Russian sentence pairs report mode may take (English times Russian sentences)
     * @return a new aligner with that limit
     */
    public AutoAligner withReportLimit(long sentencePairs) {
        if (sentencePairs <= 0) {
            throw new IllegalArgumentException("the report limit must be positive: " + sentencePairs);
        }
        return new AutoAligner(model, parallel, report, sentencePairs);
    }

    /** @return the most English-Russian sentence pairs report mode may take; {@link Long#MAX_VALUE} when unlimited */
    public long reportLimit() {
        return reportLimit;
    }

    @Override
    public String name() {
        return "auto";
    }

    @Override
    public Alignment align(SegmentedDocument english, SegmentedDocument russian) {
        return alignScored(new ScoredPair(english, russian, model));
    }

    /** The alignment of a pair already analysed under this aligner's model. */
    Alignment alignScored(ScoredPair pair) {
        return AlignmentFinish.finish(pair, choose(pair));
    }

    private Alignment choose(ScoredPair pair) {
        Anchors anchors = new Anchors(pair);
        List<Anchors.Anchor> chain = anchors.chain();
        int n = Math.max(1, pair.n());
        int m = Math.max(1, pair.m());
        double enShare = 100.0 * chain.size() / n;
        double ruShare = 100.0 * chain.size() / m;
        String facts = String.format(Locale.ROOT, "%d of %d English and %d of %d Russian sentences (%.0f%% and %.0f%%) "
                + "lie on one chain of confident pairs in order", chain.size(), pair.n(), chain.size(), pair.m(), enShare, ruShare);
        boolean reportFits = (long) pair.n() * pair.m() <= reportLimit;
        String tooLarge = String.format(Locale.ROOT, "; report mode's table of %,d x %,d sentences would not fit in memory",
                pair.n(), pair.m());
        if (Math.min(enShare, ruShare) < SHARE) {
            if (!reportFits) {
                return parallel.align(pair, chain, "auto chose parallel, although only " + facts + tooLarge);
            }
            if (Math.min(pair.n(), pair.m()) >= MATCHED_MINIMUM) {
                Alignment a = parallel.align(pair, chain, "auto chose parallel");
                long matches = a.beads().stream().filter(Bead::isMatch).count();
                // weak as a reviewer would see the score: calibrated
                long weak = a.beads().stream().filter(b -> b.isMatch() && model.calibration().recalibrate(b.score()) < WEAK_SCORE).count();
                double enMatched = matchedShare(a, true, n);
                double ruMatched = matchedShare(a, false, m);
                if (Math.min(enMatched, ruMatched) >= MATCHED_SHARE && 100.0 * weak <= MATCHED_WEAK_SHARE * matches) {
                    return new Alignment(a.english(), a.russian(), a.beads(), a.mode(), String.format(Locale.ROOT,
                            "auto chose parallel: only %s, but in order %.0f%% and %.0f%% of the sentences are matched, "
                            + "%d of %d matches weak (a free translation)", facts, enMatched, ruMatched, weak, matches));
                }
            }
            return report.align(pair, "auto chose report: only " + facts);
        }
        Alignment a = parallel.align(pair, chain, "auto chose parallel: " + facts);
        if (Math.min(enShare, ruShare) >= CLEAR_SHARE) {
            return a;
        }
        long matches = a.beads().stream().filter(Bead::isMatch).count();
        long weak = a.beads().stream().filter(b -> b.isMatch() && b.score() < WEAK_SCORE).count();
        if (matches > 0 && 100.0 * weak / matches > WEAK_SHARE && reportFits) {
            return report.align(pair, String.format(Locale.ROOT, "auto chose report: %s, but in order %d of %d matches "
                    + "would be weak (score under %.1f)", facts, weak, matches, WEAK_SCORE));
        }
        double enMatched = matchedShare(a, true, n);
        double ruMatched = matchedShare(a, false, m);
        if (Math.min(enMatched, ruMatched) < MATCHED_SHARE && reportFits) {
            return report.align(pair, String.format(Locale.ROOT, "auto chose report: %s, but in order only %.0f%% and %.0f%% "
                    + "of the sentences would be matched", facts, enMatched, ruMatched));
        }
        return a;
    }

    /** Share (%) of one side's sentences that stand in a match of the alignment. */
    private static double matchedShare(Alignment a, boolean english, int sentences) {
        return 100.0 * a.beads().stream().filter(Bead::isMatch).mapToInt(b -> english ? b.en().size() : b.ru().size()).sum() / sentences;
    }
}
