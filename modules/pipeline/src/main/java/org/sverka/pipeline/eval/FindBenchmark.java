package org.sverka.pipeline.eval;

import java.io.IOException;
import java.io.PrintWriter;
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
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.sverka.align.eval.ParallelDocument;
import org.sverka.core.InputException;
import org.sverka.core.SegmentedDocument;
import org.sverka.index.OriginalsIndex;
import org.sverka.pipeline.Sverka;
import org.sverka.pipeline.find.ArchiveIndexer;
import org.sverka.pipeline.find.ContentPairing;
import org.sverka.pipeline.find.FindResult;
import org.sverka.pipeline.find.FoundOriginal;
import org.sverka.pipeline.find.IndexTerms;
import org.sverka.pipeline.find.OriginalsFinder;

/**
 * The benchmark behind {@code sverka eval find}: the pool is every Russian document of NTREX-128,
 * FLORES-200 and the UN development set, indexed from its lines; the queries are their English
 * documents as they are ({@code full}) and report-style versions ({@code report}: the hard report
 * generator of align's benchmark for documents of four sentences or more, {@link ShortReports} for
 * shorter ones; seeded). Prints top-1 accuracy and mean reciprocal rank (over the top 10) per query
 * kind and corpus, and per half of the documents (those of even and of odd position in their corpus:
 * tune on one half, report the other as held out); then, unless skipped, both sides written as text
 * files under shuffled random names and paired by {@link ContentPairing}, with the pairing's precision
 * and recall (also over the English documents of each half). A sampled run queries with a seeded sample
 * of the documents and pairs the two sides of those documents only.
 * <pre>{@code
 * FindBenchmark.Options o = new FindBenchmark.Options(2, true, true, 0, "all", false, null, null);
 * int code = new FindBenchmark(Path.of("../shared/data"), 2026, o).run(out, err);
 * }</pre>
 *
 * <p>Over 300 lines because the pool, the queries, the misses shown and the pairing share the corpora, the
 * halves and the figures checked.
 *
 * @param data    the shared data folder
 * @param seed    the report generator's and the file names' seed
 * @param options what to measure and how
 */
public record FindBenchmark(Path data, long seed, Options options) {
    /**
     * What the benchmark measures and how.
     *
     * @param threads    queries searched at once, at least 1
     * @param search     measure finding the originals
     * @param pairing    measure the pairing of the two folders
     * @param limit      use a seeded sample of this many documents as queries (the pool stays whole) and pair only
     *                   their two sides; 0 for all
     * @param half       {@code all}, or {@code even} / {@code odd}: query with the documents of that position in
     *                   their corpus only (the pool stays whole)
     * @param showMisses print every query whose original is not first, with its first candidates
     * @param features   a file to write every query's assessed candidates with their evidence to (TSV), or null
     * @param check      a file of recorded figures to check, or null
     */
    public record Options(int threads, boolean search, boolean pairing, int limit, String half, boolean showMisses,
                          Path features, Path check) {
        /** Checks the options. */
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1");
            }
            if (!List.of("all", "even", "odd").contains(half)) {
                throw new IllegalArgumentException("--half must be all, even or odd, not '" + half + "'");
            }
            if (limit < 0) {
                throw new IllegalArgumentException("--sample must not be negative");
            }
        }
    }

    private static final String[][] CORPORA = {{"ntrex128", "ntrex"}, {"flores200", "flores200.devtest"},
        {"un-devset", "UNv1.0.devset"}};
    /** Candidates looked at for the reciprocal rank. */
    static final int TOP = 10;

    /** A query: its kind, corpus, the key of its original in the pool, the half it is in, and its English sentences. */
    private record Query(String kind, String corpus, String target, String half, List<String> sentences) {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param out where the figures go
     * @param err where a figure under its floor is named
     * @return 0, or 1 when a figure is under its floor
     * @throws IOException when the data cannot be read or the temporary files written
     */
    public int run(PrintWriter out, PrintWriter err) throws IOException {
        Map<String, List<ParallelDocument>> corpora = new LinkedHashMap<>();
        for (String[] c : CORPORA) {
            Path dir = data.resolve(c[0]);
            if (!Files.isDirectory(dir)) {
                throw new InputException(dir.toString(), "no such folder");
            }
            corpora.put(c[0], ParallelDocument.read(dir.resolve(c[1] + ".en"), dir.resolve(c[1] + ".ru"),
                    dir.resolve(c[1] + ".docids")));
        }
        Sverka sverka = Sverka.aligner().build();
        IndexTerms terms = sverka.indexTerms();
        OriginalsFinder finder = sverka.finder();
        List<Query> queries = queries(corpora);
        Map<String, Double> figures = new TreeMap<>();
        Path work = Files.createTempDirectory("sverka-eval-find");
        try {
            try (OriginalsIndex index = OriginalsIndex.openForWriting(work.resolve("index"))) {
                long t0 = System.nanoTime();
                int pool = 0;
                for (Map.Entry<String, List<ParallelDocument>> c : corpora.entrySet()) {
                    for (ParallelDocument d : c.getValue()) {
                        index.add(terms.document(key(c.getKey(), d), Integer.toHexString(d.russian().hashCode()), "ru", "",
                                d.russian()));
                        pool++;
                    }
                }
                index.commit();
                out.printf(Locale.ROOT, "pool: %d Russian documents (%s) indexed in %.1f s%n", pool,
                        String.join(", ", corpora.keySet()), (System.nanoTime() - t0) / 1e9);
                if (options.search()) {
                    search(queries, index, finder, figures, out);
                }
            }
            if (options.pairing()) {
                Set<String> paired = new HashSet<>();
                if (options.limit() > 0) {
                    queries.forEach(q -> paired.add(q.target()));
                }
                pair(corpora, paired, sverka, work, figures, out);
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        out.flush();
        return options.check() == null ? 0 : Floors.check(options.check(), figures, err);
    }

    private static String key(String corpus, ParallelDocument d) {
        return corpus + "/" + d.id();
    }

    private List<Query> queries(Map<String, List<ParallelDocument>> corpora) {
        List<Query> full = new ArrayList<>();
        List<Query> report = new ArrayList<>();
        for (Map.Entry<String, List<ParallelDocument>> c : corpora.entrySet()) {
            List<ParallelDocument> docs = c.getValue();
            List<List<String>> reports = ReportQueries.of(c.getKey(), docs, seed);
            for (int d = 0; d < docs.size(); d++) {
                String target = key(c.getKey(), docs.get(d));
                String half = half(d);
                full.add(new Query("full", c.getKey(), target, half, docs.get(d).english()));
                report.add(new Query("report", c.getKey(), target, half, reports.get(d)));
            }
        }
        if (!options.half().equals("all")) {
            full.removeIf(q -> !q.half().equals(options.half()));
            report.removeIf(q -> !q.half().equals(options.half()));
        }
        int limit = options.limit();
        if (limit > 0 && limit < full.size()) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < full.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(seed));
            List<Integer> chosen = new ArrayList<>(order.subList(0, limit));
            Collections.sort(chosen);
            List<Query> sample = new ArrayList<>();
            chosen.forEach(i -> sample.add(full.get(i)));
            chosen.forEach(i -> sample.add(report.get(i)));
            return sample;
        }
        List<Query> all = new ArrayList<>(full);
        all.addAll(report);
        return all;
    }

    /** The half a document is in by its 0-based position in its corpus. */
    private static String half(int position) {
        return position % 2 == 0 ? "even" : "odd";
    }

    private void search(List<Query> queries, OriginalsIndex index, OriginalsFinder finder, Map<String, Double> figures,
                        PrintWriter out) throws IOException {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        int[] ranks = new int[queries.size()];
        int shown = Math.max(TOP, OriginalsFinder.RERANKED);
        try (FindFeatures features = options.features() == null ? null : new FindFeatures(options.features())) {
            List<Future<FindResult>> futures = new ArrayList<>();
            for (Query q : queries) {
                futures.add(pool.submit(() -> finder.find(SegmentedDocument.ofLines(q.target(), "en", q.sentences()), index,
                        shown)));
            }
            for (int i = 0; i < ranks.length; i++) {
                FindResult r = futures.get(i).get();
                Query q = queries.get(i);
                int rank = r.rankOf(q.target());
                ranks[i] = rank > TOP ? 0 : rank;
                if (features != null) {
                    features.write(q.kind(), q.corpus(), q.half(), q.target(), r);
                }
                if (options.showMisses() && ranks[i] != 1) {
                    miss(q, r, ranks[i], out);
                }
            }
        } catch (ExecutionException e) {
            throw new IOException("a query failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, double[]> sums = new TreeMap<>();
        for (int i = 0; i < ranks.length; i++) {
            Query q = queries.get(i);
            for (String k : List.of(q.kind(), q.kind() + "/" + q.corpus(), q.kind() + "/" + q.half(),
                    q.kind() + "/" + q.corpus() + "/" + q.half())) {
                double[] s = sums.computeIfAbsent(k, x -> new double[3]);
                s[0]++;
                s[1] += ranks[i] == 1 ? 1 : 0;
                s[2] += ranks[i] == 0 ? 0 : 1.0 / ranks[i];
            }
        }
        out.printf(Locale.ROOT, "%-27s %6s %7s %7s%n", "queries", "n", "top-1", "MRR");
        sums.forEach((k, s) -> {
            out.printf(Locale.ROOT, "%-27s %6.0f %7.4f %7.4f%n", k, s[0], s[1] / s[0], s[2] / s[0]);
            figures.put(k + "/top1", s[1] / s[0]);
            figures.put(k + "/mrr", s[2] / s[0]);
        });
        out.printf(Locale.ROOT, "%d queries (seed %d) searched in %.1f s with %d threads: %.0f ms a query; the whole query's "
                + "first %d candidates and each sentence's first %d aligned with it%n", queries.size(), seed, seconds,
                options.threads(),
                1000 * seconds / queries.size(), OriginalsFinder.RERANKED, OriginalsFinder.PER_SENTENCE);
        out.flush();
    }

    private static void miss(Query q, FindResult r, int rank, PrintWriter out) {
        out.printf(Locale.ROOT, "miss: %s query of %s at rank %s (%d sentences):%n", q.kind(), q.target(),
                rank == 0 ? "-" : String.valueOf(rank), q.sentences().size());
        for (String s : q.sentences()) {
            out.println("    | " + s);
        }
        for (int i = 0; i < Math.min(3, r.ranked().size()); i++) {
            FoundOriginal f = r.ranked().get(i);
            out.printf(Locale.ROOT, "    %d %s score %.3f share %.2f order %.2f bm25 %.1f: %s%n", i + 1, f.path(), f.score(),
                    f.matchedShare(), f.orderAgreement(), f.firstStageScore(),
                    f.matches().stream().map(m -> m.report() + "=" + m.original() + String.format(Locale.ROOT, "(%.2f)", m.score()))
                            .toList());
        }
        if (rank > 3) {
            FoundOriginal f = r.ranked().get(rank - 1);
            out.printf(Locale.ROOT, "    %d %s score %.3f share %.2f bm25 %.1f%n", rank, f.path(), f.score(), f.matchedShare(),
                    f.firstStageScore());
        }
    }

    /**
     * Pairs both sides of the documents by content, written under shuffled names: every document, or only
     * those of {@code sample} when it is not empty (a sampled run pairs the sampled documents' two sides).
     */
    private void pair(Map<String, List<ParallelDocument>> corpora, Set<String> sample, Sverka sverka, Path work,
                      Map<String, Double> figures, PrintWriter out) throws IOException {
        Path en = Files.createDirectories(work.resolve("en"));
        Path ru = Files.createDirectories(work.resolve("ru"));
        Random rnd = new Random(seed);
        Map<String, String> enKey = new HashMap<>();
        Map<String, String> ruKey = new HashMap<>();
        Map<String, String> halfOf = new HashMap<>();
        for (Map.Entry<String, List<ParallelDocument>> c : corpora.entrySet()) {
            List<ParallelDocument> docs = c.getValue();
            for (int i = 0; i < docs.size(); i++) {
                String k = key(c.getKey(), docs.get(i));
                if (!sample.isEmpty() && !sample.contains(k)) {
                    continue;
                }
                enKey.put(ShuffledFiles.write(en, rnd, docs.get(i).english()), k);
                ruKey.put(ShuffledFiles.write(ru, rnd, docs.get(i).russian()), k);
                halfOf.put(k, half(i));
            }
        }
        ContentPairing.Result r = sverka.contentPairing(options.threads()).pair(en, ru);
        // per half of the English documents (and in all): documents, pairs made, pairs right
        Map<String, int[]> counts = new TreeMap<>();
        halfOf.values().forEach(h -> {
            counts.computeIfAbsent("all", x -> new int[3])[0]++;
            counts.computeIfAbsent(h, x -> new int[3])[0]++;
        });
        for (ContentPairing.Pair p : r.pairs()) {
            String a = enKey.get(Path.of(p.english()).getFileName().toString());
            String b = ruKey.get(Path.of(p.russian()).getFileName().toString());
            boolean right = a != null && a.equals(b);
            for (String h : a == null ? List.of("all") : List.of("all", halfOf.get(a))) {
                counts.get(h)[1]++;
                counts.get(h)[2] += right ? 1 : 0;
            }
        }
        int[] all = counts.get("all");
        out.printf(Locale.ROOT, "pairing (--pair-by content, %d English and %d Russian documents as text files under shuffled "
                + "names, optimal assignment): %d pairs, %d right; %d documents unpaired, %d failed; %.1f s%n", all[0], all[0],
                all[1], all[2], r.unpaired().size(), r.failed().size(), r.seconds());
        for (Map.Entry<String, int[]> c : counts.entrySet()) {
            int[] n = c.getValue();
            double precision = n[1] == 0 ? 0 : (double) n[2] / n[1];
            double recall = n[0] == 0 ? 0 : (double) n[2] / n[0];
            String suffix = c.getKey().equals("all") ? "" : "/" + c.getKey();
            out.printf(Locale.ROOT, "pairing%-8s %5d documents, %5d pairs, %5d right: precision %.4f, recall %.4f%n",
                    suffix.isEmpty() ? "" : " " + c.getKey(), n[0], n[1], n[2], precision, recall);
            figures.put("pairing" + suffix + "/precision", precision);
            figures.put("pairing" + suffix + "/recall", recall);
        }
        for (ArchiveIndexer.Failure f : r.failed()) {
            String name = Path.of(f.file()).getFileName().toString();
            String k = f.file().startsWith(en.toString()) ? enKey.get(name) : ruKey.get(name);
            out.printf(Locale.ROOT, "pairing failed: %s (%s): %s%n", f.file(), k, f.cause());
        }
    }
}
