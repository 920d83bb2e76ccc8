package org.sverka.align.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.AutoAligner;
import org.sverka.align.model.ScoreCalibration;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.Bead;
import org.sverka.core.SegmentedDocument;

/**
 * Fits the score calibration on the hard report tasks of seed {@value #SEED} (never the evaluation
 * seed 2026, nor the tuning seed 7): the automatic aligner's matches, uncalibrated, each link
 * labelled right or wrong against the gold. Prints the fit; with {@code -Dsverka.calibrate=FILE}
 * writes it, with the model's weights unchanged, into the lexicon module's {@code model.properties}.
 * <pre>
 * mvn -o -q -pl modules/align test -Dtest=ScoreCalibrationRun -Dsverka.benchmark=true \
 *     -Dsverka.calibrate=../lexicon-en-ru/src/main/resources/org/sverka/lexicon/enru/model.properties
 * </pre>
 */
class ScoreCalibrationRun {
    static final long SEED = 11;

    @Test
    void fit() throws Exception {
        Path data = BenchmarkFigures.data();
        assumeTrue(Boolean.getBoolean("sverka.benchmark") && Files.isDirectory(data.resolve("ntrex128")));
        List<AlignmentTask> tasks = BenchmarkTasks.standard(data, SEED).stream().filter(t -> t.family().equals("hard")).toList();
        SimilarityModel model = SimilarityModel.defaultModel();
        AutoAligner aligner = new AutoAligner(model.withCalibration(ScoreCalibration.IDENTITY));
        List<double[]> samples = new ArrayList<>();
        for (AlignmentTask t : tasks) {
            List<Bead> beads = aligner.align(SegmentedDocument.ofLines("en", "en", t.english()),
                    SegmentedDocument.ofLines("ru", "ru", t.russian())).beads();
            java.util.Set<List<Integer>> gold = new java.util.HashSet<>();
            t.gold().forEach(g -> g.en().forEach(e -> g.ru().forEach(r -> gold.add(List.of(e, r)))));
            for (Bead b : beads) {
                double p = Math.min(1 - 1e-12, Math.max(1e-12, b.score()));
                for (int e : b.en()) {
                    for (int r : b.ru()) {
                        samples.add(new double[] {Math.log(p / (1 - p)), gold.contains(List.of(e, r)) ? 1 : 0});
                    }
                }
            }
        }
        double[] logits = samples.stream().mapToDouble(s -> s[0]).toArray();
        boolean[] right = new boolean[samples.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = samples.get(i)[1] > 0;
        }
        ScoreCalibration c = ScoreCalibration.fit(logits, right);
        System.out.println("calibration " + c + " from " + samples.size() + " links of " + tasks.size() + " hard tasks, seed " + SEED);
        String target = System.getProperty("sverka.calibrate", "");
        if (!target.isBlank()) {
            try (OutputStream out = Files.newOutputStream(Path.of(target))) {
                SimilarityModel.writeWeights(model.weights(), model.refinement(), c, "sverka similarity weights: bias, coverage_en, "
                        + "coverage_ru, coverage_min, length, numbers_agree, numbers_differ; fitted on 300 held-out TICO-19 pairs. "
                        + "refinement: bias, base log-odds (fixed 1), dice, lexical dice, crossing of the one-to-one word alignment; "
                        + "fitted on the same pairs against their document neighbours (RefinementCalibration). calibration: scale, "
                        + "shift of the score, fitted on the links of the automatic aligner's matches in hard report tasks of seed "
                        + SEED + " (ScoreCalibrationRun)", out);
            }
            System.out.println("written to " + target);
        }
    }
}
