package org.sverka.pipeline.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sverka.align.Aligner;
import org.sverka.align.AutoAligner;
import org.sverka.align.eval.ParallelDocument;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.InputException;
import org.sverka.pipeline.Pipeline;
import org.sverka.pipeline.corpus.CorpusBuilder;
import org.sverka.pipeline.corpus.CorpusStats;
import org.sverka.pipeline.corpus.Manifest;
import org.sverka.pipeline.corpus.PairSource;
import org.sverka.pipeline.Sverka;

/**
 * Corpus-building throughput on NTREX-128 written one file per document and side: the alignment
 * stage alone (one thread), the whole corpus build from files with 1 and 2 threads (pairs/s,
 * sentences/s, peak heap), and how many kept beads are exactly a gold line pair without and with
 * {@code --learn}. A benchmark that prints figures, not a test.
 * <pre>{@code
 * CorpusBenchmark.run(Path.of("../shared/data"), out);
 * }</pre>
 */
public final class CorpusBenchmark {
    private CorpusBenchmark() {
    }

    /**
     * @param data the shared data folder
     * @param out  where the figures go
     * @throws IOException when the data cannot be read or the work folder written
     */
    public static void run(Path data, PrintWriter out) throws IOException {
        Path dir = data.resolve("ntrex128");
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "no such folder");
        }
        List<ParallelDocument> docs = ParallelDocument.read(dir.resolve("ntrex.en"), dir.resolve("ntrex.ru"), dir.resolve("ntrex.docids"));
        Path work = Files.createTempDirectory("sverka-corpus-bench");
        Map<String, Integer> lineOf = new HashMap<>();
        try {
            Files.createDirectories(work.resolve("in/en"));
            Files.createDirectories(work.resolve("in/ru"));
            int k = 0;
            for (ParallelDocument d : docs) {
                String name = String.format(Locale.ROOT, "doc%03d.txt", k++);
                Files.write(work.resolve("in/en").resolve(name), d.english());
                Files.write(work.resolve("in/ru").resolve(name), d.russian());
                for (int i = 0; i < d.size(); i++) {
                    lineOf.putIfAbsent("en\u0000" + d.english().get(i), lineOf.size());
                    lineOf.putIfAbsent("ru\u0000" + d.russian().get(i), lineOf.get("en\u0000" + d.english().get(i)));
                }
            }
            List<PairSource> pairs = Manifest.read(work.resolve("in"));
            Pipeline pipeline = Sverka.aligner().build().pipeline();
            SimilarityModel model = SimilarityModel.defaultModel();

            List<Pipeline.Pair> read = new ArrayList<>();
            long sentences = 0;
            for (PairSource p : pairs) {
                Pipeline.Pair pp = pipeline.readPair(Path.of(p.english()), Path.of(p.russian()), false);
                read.add(pp);
                sentences += pp.english().size() + pp.russian().size();
            }
            Aligner aligner = new AutoAligner(model);
            for (int warm = 0; warm < 2; warm++) {
                read.forEach(pp -> aligner.align(pp.english(), pp.russian()));
            }
            long t0 = System.nanoTime();
            read.forEach(pp -> aligner.align(pp.english(), pp.russian()));
            double s = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "alignment stage, one thread: %d pairs, %,d sentences in %.2f s: %,.0f sentences/s, %.0f pairs/s%n",
                    read.size(), sentences, s, sentences / s, read.size() / s);

            for (int threads : new int[] {1, 2}) {
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                CorpusStats st = build(pipeline, model, pairs, work.resolve("out" + threads), threads, false);
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                out.printf(Locale.ROOT, "corpus build from files, %d thread%s: %d pairs in %.2f s: %.1f pairs/s, %,.0f sentences/s, "
                        + "peak heap %d MB%n", threads, threads == 1 ? "" : "s", st.pairsDone(), st.seconds(), st.pairsPerSecond(),
                        st.sentences() / st.seconds(), peak >> 20);
            }
            for (boolean learn : new boolean[] {false, true}) {
                Path o = work.resolve(learn ? "learn" : "plain");
                CorpusStats st = build(pipeline, model, pairs, o, 2, learn);
                List<String> en = Files.readAllLines(o.resolve("corpus.en"));
                List<String> ru = Files.readAllLines(o.resolve("corpus.ru"));
                int right = 0;
                for (int i = 0; i < en.size(); i++) {
                    Integer a = lineOf.get("en\u0000" + en.get(i));
                    Integer b = lineOf.get("ru\u0000" + ru.get(i));
                    right += a != null && a.equals(b) ? 1 : 0;
                }
                int lines = docs.stream().mapToInt(ParallelDocument::size).sum();
                out.printf(Locale.ROOT, "%s: %,d beads kept, %,d of them exactly a gold line pair (precision %.3f, 1-1 recall %.3f)%s%n",
                        learn ? "with --learn" : "without --learn", en.size(), right, (double) right / Math.max(1, en.size()),
                        (double) right / lines, learn && st.learning() != null ? String.format(Locale.ROOT, "; %,d word pairs learned",
                                st.learning().wordPairs()) : "");
            }
            out.flush();
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static CorpusStats build(Pipeline pipeline, SimilarityModel model, List<PairSource> pairs, Path out, int threads, boolean learn) {
        CorpusBuilder b = new CorpusBuilder(pipeline, model, AutoAligner::new, new CorpusBuilder.Options(threads, false, false, learn, 0.5, 3.0));
        return b.build(pairs, out, new CorpusBuilder.Progress() {
            @Override
            public void start(int total, int pending, String pass) {
            }

            @Override
            public void done(org.sverka.pipeline.corpus.PairResult result) {
            }

            @Override
            public void finish() {
            }
        });
    }
}
