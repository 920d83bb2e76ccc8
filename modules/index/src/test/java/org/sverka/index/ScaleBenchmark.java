package org.sverka.index;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scale figures of issue 14: an index of 100,000 synthetic Russian documents whose sentences
 * are sampled (seeded) from every Russian line of the shared data, built through the public API
 * with {@link SampleTerms}; then build rate, size on disk, and query latency (median, 95th
 * percentile, and the thread's CPU time, since other programs share the machine) with top-1
 * accuracy, recall in the top 10 and MRR for 200 queries of three consecutive sentences of a
 * document, and for 50 queries of a whole document whose every word also carries two wrong
 * renderings (weight 0.3), as a lexicon's translations would, searched by all its words and by
 * the 100 most specific. A benchmark, not a test: it runs only when asked for, and prints.
 * <pre>
 * mvn -o -q -pl modules/index test -Dtest=ScaleBenchmark -Dsverka.benchmark=true [-Dsverka.documents=100000]
 * </pre>
 * The index is written under the temporary folder and deleted afterwards.
 */
class ScaleBenchmark {
    private static final long SEED = 14;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void scale() throws IOException {
        assumeTrue(Boolean.getBoolean("sverka.benchmark"), "a benchmark: -Dsverka.benchmark=true");
        List<String> pool = DataDocuments.russianLines(DataDocuments.data());
        int documents = Integer.getInteger("sverka.documents", 100_000);
        Path folder = Files.createTempDirectory("sverka-index-scale");
        try {
            System.out.printf(Locale.ROOT, "pool: %,d Russian lines; %,d documents; load average %.1f%n",
                    pool.size(), documents, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long sentences = 0;
            try (OriginalsIndex index = OriginalsIndex.openForWriting(folder.resolve("idx"))) {
                for (int i = 0; i < documents; i++) {
                    List<String> doc = document(pool, i);
                    sentences += doc.size();
                    index.add(SampleTerms.document("doc/" + i, "ru", doc));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "build: %,d documents (%,d sentences) in %.1f s = %.0f documents/s "
                            + "(thread CPU %.1f s = %.0f documents/s of CPU), terms made by SampleTerms included%n",
                    documents, sentences, seconds, documents / seconds, cpu, documents / cpu);
            System.out.printf(Locale.ROOT, "size on disk: %.1f MB (%.0f bytes a document)%n",
                    size(folder) / 1e6, (double) size(folder) / documents);
            try (OriginalsIndex index = OriginalsIndex.open(folder.resolve("idx"))) {
                queries(index, pool, documents, "3 sentences", false, 200, SearchSettings.DEFAULT);
                for (int cap : new int[] {1000, 100}) {
                    queries(index, pool, documents, "whole document, 3 renderings a word, at most " + cap + " words",
                            true, 50, SearchSettings.DEFAULT.withMaxWords(cap));
                }
            }
        } finally {
            delete(folder);
        }
    }

    /** Document i, the same every time: 5 to 25 sentences drawn from the pool. */
    static List<String> document(List<String> pool, int i) {
        Random r = new Random(SEED * 1_000_003L + i);
        int n = 5 + r.nextInt(21);
        List<String> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(pool.get(r.nextInt(pool.size())));
        }
        return out;
    }

    private static void queries(OriginalsIndex index, List<String> pool, int documents, String kind,
                                boolean whole, int total, SearchSettings settings) throws IOException {
        Random r = new Random(SEED + (whole ? 1 : 0));
        List<String> vocabulary = SampleTerms.words(String.join(" ", pool.subList(0, Math.min(pool.size(), 5000))));
        int warmup = 10;
        double[] wall = new double[total];
        double[] cpu = new double[total];
        int top1 = 0;
        int top10 = 0;
        double reciprocal = 0;
        int clauses = 0;
        for (int q = -warmup; q < total; q++) {
            int target = r.nextInt(documents);
            List<String> doc = document(pool, target);
            FindQuery query = whole ? withWrongRenderings(doc, vocabulary, r)
                    : SampleTerms.query(doc.subList(0, 3), "ru");
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            List<Candidate> found = index.search(query, 10, settings);
            if (q < 0) {
                continue;
            }
            wall[q] = (System.nanoTime() - t0) / 1e6;
            cpu[q] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            clauses += query.terms().stream().mapToInt(t -> t.translations().size()).sum();
            for (int rank = 0; rank < found.size(); rank++) {
                if (found.get(rank).path().equals("doc/" + target)) {
                    top1 += rank == 0 ? 1 : 0;
                    top10++;
                    reciprocal += 1.0 / (rank + 1);
                    break;
                }
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "queries (%s; %d after %d warm-up, mean %d renderings a query): "
                        + "median %.1f ms, p95 %.1f ms, max %.1f ms wall; CPU median %.1f ms, p95 %.1f ms; top-1 %d/%d = %.3f, "
                        + "in the top 10 %.3f, MRR@10 %.3f%n",
                kind, total, warmup, clauses / total, wall[total / 2], wall[(int) Math.ceil(total * 0.95) - 1],
                wall[total - 1], cpu[total / 2], cpu[(int) Math.ceil(total * 0.95) - 1], top1, total, (double) top1 / total,
                (double) top10 / total, reciprocal / total);
    }

    /** A whole document's words, each with two other words of the vocabulary as weaker renderings. */
    private static FindQuery withWrongRenderings(List<String> doc, List<String> vocabulary, Random r) {
        FindQuery.Builder b = FindQuery.builder().documentLanguage("ru");
        String text = String.join(" ", doc);
        for (String w : SampleTerms.words(text)) {
            Map<String, Double> renderings = new LinkedHashMap<>();
            renderings.put(w, 1.0);
            renderings.putIfAbsent(vocabulary.get(r.nextInt(vocabulary.size())), 0.3);
            renderings.putIfAbsent(vocabulary.get(r.nextInt(vocabulary.size())), 0.3);
            b.term(new QueryTerm(w, renderings, 1));
        }
        SampleTerms.names(doc).forEach(b::name);
        SampleTerms.numbers(text).forEach(b::number);
        return b.build();
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
