package org.sverka.align.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sverka.align.Aligner;
import org.sverka.align.AutoAligner;
import org.sverka.align.ParallelAligner;
import org.sverka.align.ReportAligner;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.SegmentedDocument;

/**
 * The alignment benchmark and the speed figures, run from the module's tests so that they need no
 * command-line build: what {@code sverka eval align} and {@code sverka eval speed} measure, plus the
 * hard report family. A benchmark, not a test: it only runs when asked for, and prints.
 * <pre>
 * mvn -o -q -pl modules/align test -Dtest=BenchmarkFigures#alignment -Dsverka.benchmark=true [-Dsverka.seed=7] [-Dsverka.modes=auto,report]
 * mvn -o -q -pl modules/align test -Dtest=BenchmarkFigures#speed -Dsverka.benchmark=true
 * </pre>
 */
class BenchmarkFigures {
    static Path data() {
        return Path.of(System.getProperty("sverka.data", "../../../shared/data"));
    }

    /** The tasks of the benchmark: per corpus 40 parallel, 120 report and 120 hard tasks. */
    static List<AlignmentTask> tasks(Path data, long seed) {
        return BenchmarkTasks.standard(data, seed);
    }

    static Aligner aligner(String mode, SimilarityModel model) {
        return switch (mode) {
            case "parallel" -> new ParallelAligner(model, parallelSettings());
            case "report" -> new ReportAligner(model, reportSettings());
            default -> new AutoAligner(model, parallelSettings(), reportSettings());
        };
    }

    /** Parallel-mode costs from {@code -Dsverka.parallel=skip,merge,merge22,merge3,band,part,gapSkip,gapPart,loosePart,mergeGain,diagonal[,unequalGaps 0|1]}, else the defaults. */
    static ParallelAligner.Settings parallelSettings() {
        String s = System.getProperty("sverka.parallel");
        if (s == null || s.isBlank()) {
            return ParallelAligner.Settings.DEFAULT;
        }
        double[] v = Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
        return new ParallelAligner.Settings(v[0], v[1], v[2], v[3], (int) v[4], v[5], v[6], v[7], v[8], v[9], v[10],
                v.length < 12 || v[11] != 0);
    }

    /** Report-mode costs from {@code -Dsverka.report=threshold,mergePrior,...} (eleven, or fourteen with prune,coveredPart,coveredPrior), else the defaults. */
    static ReportAligner.Settings reportSettings() {
        String s = System.getProperty("sverka.report");
        if (s == null || s.isBlank()) {
            return ReportAligner.Settings.DEFAULT;
        }
        double[] v = Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
        if (v.length == 14) {
            return new ReportAligner.Settings(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13]);
        }
        return new ReportAligner.Settings(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    }

    /**
     * The default model; with {@code -Dsverka.refit=true} its refinement fitted afresh on the held-out
     * TICO-19 pairs, with {@code -Dsverka.refit=none} without refinement.
     */
    static SimilarityModel model() throws java.io.IOException {
        SimilarityModel model = SimilarityModel.defaultModel();
        String refit = System.getProperty("sverka.refit", "");
        if (refit.equals("none")) {
            return model.withRefinement(null);
        }
        if (refit.equals("true")) {
            double[] w = heldOutRefinement(model);
            System.out.println("refinement " + Arrays.toString(w));
            return model.withRefinement(w);
        }
        return model;
    }

    /** The refinement fitted on TICO-19 lines 1801-2100, which trained no lexicon entry. */
    static double[] heldOutRefinement(SimilarityModel model) throws java.io.IOException {
        Path train = data().resolve("train");
        List<String> en = Files.readAllLines(train.resolve("tico19.en"));
        List<String> ru = Files.readAllLines(train.resolve("tico19.ru"));
        return org.sverka.align.model.RefinementCalibration.fit(model, en.subList(1800, en.size()), ru.subList(1800, ru.size()));
    }

    @Test
    void alignment() throws Exception {
        assumeTrue(Boolean.getBoolean("sverka.benchmark") && Files.isDirectory(data().resolve("ntrex128")));
        long seed = Long.getLong("sverka.seed", 2026);
        String families = System.getProperty("sverka.families", "parallel,report,hard");
        List<AlignmentTask> tasks = tasks(data(), seed).stream().filter(t -> families.contains(t.family())).toList();
        SimilarityModel model = model();
        for (String mode : System.getProperty("sverka.modes", "auto").split(",")) {
            String swept = System.getProperty("sverka.sweepParallel") != null ? "sverka.parallel" : "sverka.report";
            for (String settings : System.getProperty("sverka.sweepParallel", System.getProperty("sverka.sweep", "")).split(";")) {
                if (!settings.isBlank()) {
                    System.setProperty(swept, settings);
                }
                long t0 = System.nanoTime();
                Map<String, AlignmentScore> scores = Evaluation.run(tasks, aligner(mode, model));
                System.out.printf(Locale.ROOT, "mode %s, seed %d, %.1f s %s%n", mode, seed, (System.nanoTime() - t0) / 1e9, settings);
                scores.forEach((k, s) -> System.out.printf(Locale.ROOT, "  %-20s %s  (P %.4f R %.4f F1 %.4f)%n", k, s, s.precision(), s.recall(), s.f1()));
            }
        }
    }

    /**
     * Bead kinds named right per gold kind, and link precision and recall per score threshold, on the
     * hard family; with {@code -Dsverka.kindEvidence=true} also the evidence of every correctly aligned
     * bead ({@code gold-kind coverage-en coverage-ru words-en words-ru crossing linked-en linked-ru}), for choosing thresholds;
     * {@code -Dsverka.family=report} (or parallel) for another family.
     */
    @Test
    void kindsAndThresholds() throws Exception {
        assumeTrue(Boolean.getBoolean("sverka.benchmark") && Files.isDirectory(data().resolve("ntrex128")));
        long seed = Long.getLong("sverka.seed", 2026);
        SimilarityModel model = model();
        Aligner aligner = aligner(System.getProperty("sverka.modes", "auto"), model);
        KindEvaluation kinds = new KindEvaluation();
        PrecisionByThreshold thresholds = null;
        double[] fine = java.util.stream.IntStream.range(1, 20).mapToDouble(k -> k / 20.0).toArray();
        boolean evidence = Boolean.getBoolean("sverka.kindEvidence");
        String family = System.getProperty("sverka.family", "hard");
        for (AlignmentTask t : tasks(data(), seed)) {
            if (!t.family().equals(family)) {
                continue;
            }
            List<org.sverka.core.Bead> beads = aligner.align(SegmentedDocument.ofLines("en", "en", t.english()),
                    SegmentedDocument.ofLines("ru", "ru", t.russian())).beads();
            kinds.add(beads, t.gold());
            PrecisionByThreshold p = PrecisionByThreshold.of(beads, t.gold(), fine);
            thresholds = thresholds == null ? p : thresholds.plus(p);
            if (evidence) {
                for (org.sverka.core.Bead g : t.gold()) {
                    if (g.isMatch() && beads.stream().anyMatch(b -> b.en().equals(g.en()) && b.ru().equals(g.ru()))) {
                        var e = org.sverka.align.BeadKinds.evidence(model, g.en().stream().map(t.english()::get).toList(),
                                g.ru().stream().map(t.russian()::get).toList());
                        System.out.printf(Locale.ROOT, "EVIDENCE %s %.3f %.3f %d %d %.3f %.3f %.3f%n", g.kind().label(), e.englishCoverage(),
                                e.russianCoverage(), e.englishWords(), e.russianWords(), e.crossing(), e.englishLinked(),
                                e.russianLinked());
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "bead kinds, %s family, seed %d:%n%s", family, seed, kinds);
        System.out.printf(Locale.ROOT, "link precision and recall by score threshold, %s family, seed %d:%n%s", family, seed, thresholds);
        System.out.println("lowest threshold with precision >= 0.98: " + thresholds.lowestThreshold(0.98));
    }

    @Test
    void speed() throws Exception {
        assumeTrue(Boolean.getBoolean("sverka.benchmark") && Files.isDirectory(data().resolve("ntrex128")));
        Path dir = data().resolve("ntrex128");
        List<String> en = Files.readAllLines(dir.resolve("ntrex.en"));
        List<String> ru = Files.readAllLines(dir.resolve("ntrex.ru"));
        SegmentedDocument pe = SegmentedDocument.ofLines("en", "en", en);
        SegmentedDocument pr = SegmentedDocument.ofLines("ru", "ru", ru);
        SegmentedDocument[] reportPair = AlignerTiming.reportPair(en, ru);
        SegmentedDocument re = reportPair[0];
        SegmentedDocument rr = reportPair[1];
        // the model with and without its refinement, alternately, so that both see the same load on the machine
        SimilarityModel refined = SimilarityModel.defaultModel();
        SimilarityModel plain = refined.withRefinement(null);
        for (int round = 0; round < 2; round++) {
            for (SimilarityModel model : List.of(plain, refined)) {
                String name = model == plain ? "without refinement" : "with refinement";
                System.out.printf(Locale.ROOT, "%s (thread CPU time): parallel mode, %d x %d: %.0f ms; report mode, 40 x 200: %.1f ms%n", name,
                        pe.size(), pr.size(), AlignerTiming.medianCpuMillis(new ParallelAligner(model), pe, pr, 2, 5),
                        AlignerTiming.medianCpuMillis(new ReportAligner(model), re, rr, 10, 21));
            }
        }
        System.out.println("cpu: " + ManagementFactory.getOperatingSystemMXBean().getAvailableProcessors() + " cores");
    }

    @Test
    void ranking() throws Exception {
        Path un = data().resolve("un-devset");
        assumeTrue(Boolean.getBoolean("sverka.benchmark") && Files.isDirectory(un));
        List<ParallelDocument> docs = ParallelDocument.read(un.resolve("UNv1.0.devset.en"), un.resolve("UNv1.0.devset.ru"),
                un.resolve("UNv1.0.devset.docids"));
        System.out.println("ranking (un-devset): " + RankingEvaluation.run(docs, model()));
    }
}
