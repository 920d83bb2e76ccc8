package org.sverka.pipeline.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.sverka.align.eval.ParallelDocument;
import org.sverka.core.InputException;
import org.sverka.core.SegmentedDocument;
import org.sverka.index.OriginalsIndex;
import org.sverka.pipeline.Sverka;
import org.sverka.pipeline.find.ArchiveIndexer;
import org.sverka.pipeline.find.FindResult;
import org.sverka.pipeline.find.OriginalsFinder;

/**
 * The scale benchmark behind {@code sverka eval find-scale}: a synthetic archive of {@code documents}
 * Russian text files ({@link ScaleArchive}: the 1,136 Russian documents of NTREX-128, FLORES-200 and
 * the UN development set planted among filler documents of sentences drawn from other Russian text)
 * is indexed by the real indexer ({@link ArchiveIndexer#build}: extraction, language detection,
 * segmentation, terms, Lucene), and a seeded sample of planted documents is searched, one query at a
 * time, by its English document ({@code full}) and a report-style version of it ({@code report}, as
 * {@code eval find} makes them). Prints the build's time, documents a second, CPU time and size on
 * disk; per query kind the latency (median, 95th percentile, maximum; wall-clock, and the process's
 * CPU time, which other programs on the machine do not inflate) of the first stage and of the whole
 * find with its alignments, the time of the find's parts ({@link org.sverka.pipeline.find.FindTimings}),
 * the first stage's recall (the original among the candidates it hands to the second stage) and the find's top-1 accuracy and mean reciprocal rank over the top 10;
 * and the peak heap and resident set.
 *
 * <p>The class is over 300 lines because building, searching and printing are one run whose
 * figures belong together; writing the archive is {@link ScaleArchive}'s job, the timings'
 * summary {@link Latencies}' and the memory peaks {@link MemoryPeaks}'.
 * <pre>{@code
 * int code = new FindScaleBenchmark(Path.of("../shared/data"), 100_000, 200, 14, 2, null, false).run(out, err);
 * }</pre>
 *
 * @param data      the shared data folder
 * @param documents documents in the archive, planted ones included (at least as many as are planted)
 * @param queries   documents searched for, each by a full and a report query (at least 1)
 * @param seed      the seed of the archive, the sample and the reports
 * @param threads   documents read at once while indexing (at least 1)
 * @param keep      a new or empty folder to write the archive and index into and keep, or null for a
 *                  temporary folder removed afterwards; a folder kept by an earlier run with the same
 *                  documents and seed is searched again without being rebuilt
 * @param showMisses whether to print every query whose original is not ranked first, with whether the
 *                   original was among the candidates aligned at all
 */
public record FindScaleBenchmark(Path data, int documents, int queries, long seed, int threads, Path keep,
                                 boolean showMisses) {
    private static final String[][] CORPORA = {{"ntrex128", "ntrex"}, {"flores200", "flores200.devtest"},
        {"un-devset", "UNv1.0.devset"}};
    /** Candidates the find returns; the reciprocal rank counts these. */
    private static final int TOP = 10;
    /** Queries run before timing, so that the JIT has compiled the search and the aligner. */
    private static final int WARM_UP = 10;
    /** Disk a document needs at most, written file and index together (measured: about 7 KB). */
    private static final long BYTES_A_DOCUMENT = 16 * 1024;
    /** The file in a kept folder that says which archive it holds. */
    private static final String STAMP = "archive.txt";

    /** A query: its kind, the key of its planted original, and its English sentences. */
    private record Query(String kind, String target, List<String> sentences) {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param out where the figures go
     * @param err where failed documents are named (a filler document of sentences drawn at random can
     *            read as another language)
     * @return 0, or 1 when a planted original failed to index
     * @throws IOException when the data cannot be read or the archive and index not written
     */
    public int run(PrintWriter out, PrintWriter err) throws IOException {
        if (threads < 1 || queries < 1) {
            throw new IllegalArgumentException("--threads and --queries must be at least 1");
        }
        Map<String, ParallelDocument> planted = new LinkedHashMap<>();
        Map<String, List<ParallelDocument>> corpora = new LinkedHashMap<>();
        for (String[] c : CORPORA) {
            Path dir = data.resolve(c[0]);
            if (!Files.isDirectory(dir)) {
                throw new InputException(dir.toString(), "no such folder");
            }
            List<ParallelDocument> docs = ParallelDocument.read(dir.resolve(c[1] + ".en"), dir.resolve(c[1] + ".ru"),
                    dir.resolve(c[1] + ".docids"));
            corpora.put(c[0], docs);
            docs.forEach(d -> planted.put(c[0] + "/" + d.id(), d));
        }
        if (documents < planted.size()) {
            throw new IllegalArgumentException("--documents must be at least " + planted.size() + ", the planted originals");
        }
        Map<String, List<String>> russian = new LinkedHashMap<>();
        planted.forEach((k, d) -> russian.put(k, d.russian()));
        ScaleArchive archive = ScaleArchive.read(data, russian, seed);
        List<Query> all = queries(corpora, planted);
        String stamp = String.format(Locale.ROOT, "documents=%d seed=%d%n", documents, seed);
        boolean reuse = keep != null && Files.isRegularFile(keep.resolve(STAMP))
                && Files.readString(keep.resolve(STAMP)).equals(stamp) && Files.isDirectory(keep.resolve("index"));
        Path work = keep == null ? Files.createTempDirectory("sverka-eval-find-scale") : reuse ? keep : newFolder(keep);
        try {
            Sverka sverka = Sverka.aligner().build();
            Map<String, Path> files;
            int code = 0;
            if (reuse) {
                files = archive.plantedFiles(work.resolve("documents"), documents);
                out.printf(Locale.ROOT, "archive and index of %,d documents (seed %d) kept in %s by an earlier run: "
                        + "searching them again%n", documents, seed, work);
            } else {
                requireSpace(work);
                long t0 = System.nanoTime();
                files = archive.write(work.resolve("documents"), documents);
                out.printf(Locale.ROOT, "archive: %,d Russian text files (%,d planted originals, the rest drawn from %,d "
                                + "other Russian sentences; seed %d), %.0f MB, written in %.1f s%n", documents,
                        planted.size(), archive.fillerSentences(), seed, size(work.resolve("documents")) / 1e6,
                        (System.nanoTime() - t0) / 1e9);
                out.flush();
                code = build(sverka, work, files, out, err);
                if (keep != null) {
                    Files.writeString(work.resolve(STAMP), stamp);
                }
            }
            search(sverka, work.resolve("index"), all, files, out);
            out.printf(Locale.ROOT, "memory over the whole run: %s%n", MemoryPeaks.describe());
            out.flush();
            return code;
        } finally {
            if (keep == null) {
                delete(work);
            }
        }
    }

    private int build(Sverka sverka, Path work, Map<String, Path> files, PrintWriter out, PrintWriter err)
            throws IOException {
        MemoryPeaks.reset();
        long cpu0 = processCpuNanos();
        ArchiveIndexer.Summary s = sverka.indexer(threads).build(work.resolve("index"), List.of(work.resolve("documents")));
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        s.failed().stream().limit(10).forEach(f -> err.println(f.file() + ": " + f.cause()));
        out.printf(Locale.ROOT, "index build (%d threads): %,d documents in %.1f s: %.0f documents/s; CPU time of the "
                        + "process %.1f s (%.0f documents a CPU-second); %,d failed%n", threads, s.total(), s.seconds(),
                s.total() / s.seconds(), cpu, s.total() / cpu, s.failed().size());
        out.printf(Locale.ROOT, "index on disk: %.0f MB (%,.0f bytes a document); %s during the build%n",
                size(work.resolve("index")) / 1e6, (double) size(work.resolve("index")) / s.total(), MemoryPeaks.describe());
        out.flush();
        Set<String> plantedFiles = new HashSet<>();
        files.values().forEach(f -> plantedFiles.add(f.toString()));
        List<String> lost = s.failed().stream().map(ArchiveIndexer.Failure::file).filter(plantedFiles::contains).toList();
        lost.forEach(f -> err.println(f + ": a planted original failed to index"));
        return lost.isEmpty() ? 0 : 1;
    }

    private void search(Sverka sverka, Path indexFolder, List<Query> all, Map<String, Path> files, PrintWriter out)
            throws IOException {
        OriginalsFinder finder = sverka.finder();
        MemoryPeaks.reset();
        try (OriginalsIndex index = OriginalsIndex.open(indexFolder)) {
            List<Query> sample = all.subList(WARM_UP * 2, all.size());
            for (Query q : all.subList(0, WARM_UP * 2)) {
                finder.find(report(q), index, TOP);
            }
            Map<String, double[]> sums = new LinkedHashMap<>();
            Map<String, Latencies[]> times = new LinkedHashMap<>();
            for (String k : List.of("full", "report", "all")) {
                sums.put(k, new double[5]);
                times.put(k, new Latencies[] {new Latencies(), new Latencies(), new Latencies(), new Latencies(),
                    new Latencies(), new Latencies(), new Latencies()});
            }
            List<String> misses = new ArrayList<>();
            for (Query q : sample) {
                String target = ArchiveIndexer.identity(files.get(q.target()));
                long w0 = System.nanoTime();
                long c0 = processCpuNanos();
                FindResult r = finder.find(report(q), index, TOP);
                long w1 = System.nanoTime();
                long c1 = processCpuNanos();
                int rank = r.rankOf(target);
                boolean recalled = r.considered().contains(target);
                if (rank != 1) {
                    misses.add(String.format(Locale.ROOT, "  %-6s %-40s %2d sentences: rank %s, %s; first: %s (%.3f)%s",
                            q.kind(), q.target(), q.sentences().size(), rank == 0 ? "none" : rank,
                            recalled ? "among the candidates" : "not among the " + r.considered().size() + " candidates",
                            r.best().map(b -> b.path()).orElse("-"), r.best().map(b -> b.score()).orElse(0.0),
                            rank == 0 ? "" : String.format(Locale.ROOT, ", original %.3f", r.ranked().get(rank - 1).score())));
                }
                for (String k : List.of(q.kind(), "all")) {
                    double[] s = sums.get(k);
                    s[0]++;
                    s[1] += rank == 1 ? 1 : 0;
                    s[2] += rank == 0 ? 0 : 1.0 / rank;
                    s[3] += recalled ? 1 : 0;
                    s[4] += r.timings().searches();
                    Latencies[] t = times.get(k);
                    t[0].add(r.timings().queryMillis() + r.timings().searchMillis());
                    t[1].add((w1 - w0) / 1e6);
                    t[2].add((c1 - c0) / 1e6);
                    t[3].add(r.timings().queryMillis());
                    t[4].add(r.timings().searchMillis());
                    t[5].add(r.timings().loadMillis());
                    t[6].add(r.timings().alignMillis());
                }
            }
            out.printf(Locale.ROOT, "queries against %,d Russian documents, one at a time (%d warm-up queries first):%n",
                    index.size("ru"), WARM_UP * 2);
            for (Map.Entry<String, double[]> e : sums.entrySet()) {
                double[] s = e.getValue();
                Latencies[] t = times.get(e.getKey());
                out.printf(Locale.ROOT, "  %-6s n %3.0f  top-1 %.3f  MRR %.3f  original among the candidates aligned %.3f  "
                                + "BM25 searches a query %.1f%n", e.getKey(), s[0], s[1] / s[0], s[2] / s[0], s[3] / s[0], s[4] / s[0]);
                out.printf(Locale.ROOT, "         first stage: %s%n", t[0].summary());
                out.printf(Locale.ROOT, "         whole find:  %s (CPU median %.0f ms, p95 %.0f ms)%n", t[1].summary(),
                        t[2].quantile(0.5), t[2].quantile(0.95));
                out.printf(Locale.ROOT, "         parts, median / p95 ms: queries %.0f / %.0f, BM25 %.0f / %.0f, stored sentences "
                                + "%.0f / %.0f, alignment %.0f / %.0f%n", t[3].quantile(0.5), t[3].quantile(0.95), t[4].quantile(0.5),
                        t[4].quantile(0.95), t[5].quantile(0.5), t[5].quantile(0.95), t[6].quantile(0.5), t[6].quantile(0.95));
            }
            out.printf(Locale.ROOT, "  (first stage: building the queries and the BM25 searches, the whole report's for %d "
                    + "candidates and each sentence's that its best candidate does not explain for %d, as the finder searches; "
                    + "whole find: everything, aligning every candidate included; CPU: the process's, every thread of a search "
                    + "included)%n", OriginalsFinder.RERANKED, OriginalsFinder.PER_SENTENCE);
            if (showMisses) {
                out.printf(Locale.ROOT, "queries whose original is not first (%d):%n", misses.size());
                misses.forEach(out::println);
            }
            out.printf(Locale.ROOT, "  %s while searching%n", MemoryPeaks.describe());
        }
    }

    private static SegmentedDocument report(Query q) {
        return SegmentedDocument.ofLines(q.kind() + ":" + q.target(), "en", q.sentences());
    }

    /**
     * The warm-up queries, then the sample: {@code queries} planted documents (seeded), each as a full
     * and a report query. The warm-up uses other documents.
     */
    private List<Query> queries(Map<String, List<ParallelDocument>> corpora, Map<String, ParallelDocument> planted) {
        Map<String, List<String>> reports = new HashMap<>();
        for (Map.Entry<String, List<ParallelDocument>> c : corpora.entrySet()) {
            List<ParallelDocument> docs = c.getValue();
            List<List<String>> versions = ReportQueries.of(c.getKey(), docs, seed);   // as eval find makes them
            for (int d = 0; d < docs.size(); d++) {
                reports.put(c.getKey() + "/" + docs.get(d).id(), versions.get(d));
            }
        }
        List<String> keys = new ArrayList<>(planted.keySet());
        Collections.shuffle(keys, new Random(seed));
        int n = Math.min(queries, keys.size() - WARM_UP);
        List<Query> out = new ArrayList<>();
        for (String k : keys.subList(keys.size() - WARM_UP, keys.size())) {
            out.add(new Query("full", k, planted.get(k).english()));
            out.add(new Query("report", k, reports.get(k)));
        }
        for (String k : keys.subList(0, n)) {
            out.add(new Query("full", k, planted.get(k).english()));
        }
        for (String k : keys.subList(0, n)) {
            out.add(new Query("report", k, reports.get(k)));
        }
        return out;
    }

    private void requireSpace(Path work) throws IOException {
        FileStore store = Files.getFileStore(work);
        long needed = documents * BYTES_A_DOCUMENT;
        if (store.getUsableSpace() < needed) {
            throw new InputException(work.toString(), String.format(Locale.ROOT, "has %,d MB free and the benchmark needs "
                    + "about %,d MB for %,d documents and their index", store.getUsableSpace() >> 20, needed >> 20, documents));
        }
    }

    private static Path newFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            boolean empty;
            try (Stream<Path> files = Files.list(folder)) {
                empty = files.findAny().isEmpty();
            }
            if (!empty) {
                throw new InputException(folder.toString(), "is not empty; give a new or empty folder to keep the archive in");
            }
        }
        return Files.createDirectories(folder);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
