package org.sverka.pipeline.find;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.sverka.core.InputException;
import org.sverka.core.SegmentedDocument;
import org.sverka.index.OriginalsIndex;
import org.sverka.pipeline.Pipeline;

/**
 * Pairs the documents of an English folder with those of a Russian folder by content: the Russian
 * side is indexed in a temporary folder, each English document searches it as a report does
 * ({@link OriginalsFinder}: BM25, then the first candidates aligned), and each candidate pair is scored
 * by how much of both documents its confident matches explain: the smaller of the finder's score (the
 * share of the English document matched, by order) and the share of the Russian document's characters
 * matched, so that a heading found inside a long document does not pair with it as well as with its own
 * one-line translation, with the finder's tie-breakers folded in ({@link #pairScore}). The pairs are then assigned one to one across the whole collection, optimally
 * (the largest total score; {@code Assignment}, over the candidates' edges only, so thousands of
 * documents take a second). A pair needs a score of at least {@link #MIN_SCORE}; documents left over are
 * listed with their best candidate. Each folder's documents are read in the folder's language when
 * the detector disagrees on a text in that language's script ({@link DeclaredLanguage}).
 *
 * <p>The class is over 300 lines because the pairing's result types (pair, unpaired document, result
 * and its two files) belong with it; the assignment itself is {@code Assignment}.
 * <pre>{@code
 * ContentPairing.Result r = sverka.contentPairing(2).pair(Path.of("crawl/en"), Path.of("crawl/ru"));
 * r.write(Path.of("out/pairs.tsv"), Path.of("out/pairing.tsv"));
 * }</pre>
 */
public final class ContentPairing {
    /** The lowest score of a pair: a fifth of both documents confidently matched. */
    public static final double MIN_SCORE = 0.2;

    private final ArchiveIndexer indexer;
    private final OriginalsFinder finder;
    private final Pipeline pipeline;
    private final DeclaredLanguage declared;
    private final IndexTerms terms;
    private final int threads;

    /**
     * @param indexer  indexes the Russian side
     * @param finder   searches it with each English document
     * @param pipeline reads the English documents
     * @param threads  documents read and searched at once
     */
    public ContentPairing(ArchiveIndexer indexer, OriginalsFinder finder, Pipeline pipeline, int threads) {
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.finder = Objects.requireNonNull(finder, "finder");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.declared = new DeclaredLanguage(pipeline);
        this.terms = finder.terms();
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + " is not positive");
        }
        this.threads = threads;
    }

    /**
     * A pair found.
     *
     * @param id         a name for the pair (the English file's name without its extension, made unique)
     * @param english    the English document's path
     * @param russian    the Russian document's path
     * @param score      the pair's score: the smaller of the share of the English document matched (by order)
     *                   and the share of the Russian document's characters matched
     * @param runnerUp   the best score either document has with any other document
     * @param confidence {@code score − runnerUp}, at least 0: near 0 when another pairing was almost as good
     */
    public record Pair(String id, String english, String russian, double score, double runnerUp, double confidence) {
    }

    /**
     * A document left unpaired.
     *
     * @param language  its language ({@code en} or {@code ru})
     * @param path      its path
     * @param best      its best candidate on the other side, or an empty string when there was none
     * @param bestScore that candidate's score, 0 when none
     */
    public record Unpaired(String language, String path, String best, double bestScore) {
    }

    /**
     * The pairing of two folders.
     *
     * @param pairs      the pairs, in English path order
     * @param unpaired   the documents left over, English then Russian, in path order
     * @param failed     the documents that could not be read
     * @param seconds    the wall-clock time
     */
    public record Result(List<Pair> pairs, List<Unpaired> unpaired, List<ArchiveIndexer.Failure> failed, double seconds) {
        /** Copies the lists. */
        public Result {
            pairs = List.copyOf(pairs);
            unpaired = List.copyOf(unpaired);
            failed = List.copyOf(failed);
        }

        /**
         * Writes the pairs as a manifest ({@code id TAB english TAB russian}, absolute paths, which
         * {@code sverka corpus build} reads with {@code --allow-outside}) and the details of the
         * pairing (every pair with its score and confidence, every unpaired document with its best
         * candidate).
         *
         * @param manifest the manifest to write
         * @param details  the details to write
         * @throws InputException when a file cannot be written
         */
        public void write(Path manifest, Path details) {
            StringBuilder m = new StringBuilder("# pairs found by content (sverka corpus build --pair-by content); correct them and\n"
                    + "# run: sverka corpus build THIS_FILE -o OUTDIR --allow-outside   (columns: id, English, Russian)\n");
            StringBuilder d = new StringBuilder("status\tid\ten\tru\tscore\trunner_up\tconfidence\n");
            for (Pair p : pairs) {
                m.append(p.id()).append('\t').append(p.english()).append('\t').append(p.russian()).append('\n');
                d.append(String.format(java.util.Locale.ROOT, "paired\t%s\t%s\t%s\t%.4f\t%.4f\t%.4f%n", p.id(), p.english(),
                        p.russian(), p.score(), p.runnerUp(), p.confidence()));
            }
            for (Unpaired u : unpaired) {
                boolean en = u.language().equals("en");
                d.append(String.format(java.util.Locale.ROOT, "unpaired-%s\t\t%s\t%s\t%.4f\t\t%n", u.language(),
                        en ? u.path() : u.best(), en ? u.best() : u.path(), u.bestScore()));
            }
            writeAtomically(manifest, m.toString());
            writeAtomically(details, d.toString());
        }
    }

    /**
     * Refuses an output folder that is, or lies inside, or holds one of the two input folders, before any work.
     *
     * @param outdir     the output folder
     * @param englishDir the English folder
     * @param russianDir the Russian folder
     * @throws InputException when they overlap
     */
    public static void refuseOverlap(Path outdir, Path englishDir, Path russianDir) {
        Path o = outdir.toAbsolutePath().normalize();
        for (Path in : List.of(englishDir, russianDir)) {
            Path i = in.toAbsolutePath().normalize();
            if (o.startsWith(i) || i.startsWith(o)) {
                throw new InputException(outdir.toString(), "overlaps the input folder " + in
                        + "; write the corpus to a folder apart from the documents");
            }
        }
    }

    /**
     * Pairs the documents of two folders.
     *
     * @param englishDir the English documents (a folder, read recursively; hidden files left out)
     * @param russianDir the Russian documents
     * @return the pairs, the documents left over and those that failed
     * @throws InputException when a folder does not exist
     * @throws IOException    when the temporary index cannot be written
     */
    public Result pair(Path englishDir, Path russianDir) throws IOException {
        long t0 = System.nanoTime();
        List<Path> english = ArchiveIndexer.files(englishDir);
        List<Path> russian = ArchiveIndexer.files(russianDir);
        Path work = Files.createTempDirectory("sverka-pairing");
        try (OriginalsIndex index = OriginalsIndex.openForWriting(work.resolve("index"))) {
            ArchiveIndexer.Summary indexed = indexer.add(index, List.of(russianDir));
            List<ArchiveIndexer.Failure> failed = new ArrayList<>();
            java.util.Set<String> refused = new java.util.HashSet<>();
            indexed.failed().forEach(f -> refused.add(ArchiveIndexer.identity(Path.of(f.file()))));
            List<String> ruPaths = new ArrayList<>();
            for (Path r : russian) {
                String id = ArchiveIndexer.identity(r);
                java.util.Optional<org.sverka.index.StoredDocument> doc = index.document(id);
                if (doc.isPresent() && doc.get().language().equals("ru")) {
                    ruPaths.add(id);
                } else if (doc.isPresent() || refused.contains(id)) {
                    // the detector's language is not the folder's: the folder's stands when the script agrees
                    try {
                        addAsRussian(index, r, id);
                        ruPaths.add(id);
                    } catch (InputException e) {
                        failed.add(new ArchiveIndexer.Failure(r.toString(), cause(e)));
                    }
                }
            }
            index.commit();
            List<Map<String, Double>> scores = search(english, index, failed);
            return assign(english, scores, ruPaths, failed, t0);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** @return per English document (null when it failed), the scores of its assessed Russian candidates */
    private List<Map<String, Double>> search(List<Path> english, OriginalsIndex index, List<ArchiveIndexer.Failure> failed)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sverka-pairing");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Map<String, Double>>> futures = new ArrayList<>();
            for (Path e : english) {
                futures.add(pool.submit(() -> candidates(e, index)));
            }
            List<Map<String, Double>> out = new ArrayList<>();
            for (int i = 0; i < english.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException ex) {
                    if (ex.getCause() instanceof InputException ie) {
                        failed.add(new ArchiveIndexer.Failure(english.get(i).toString(), cause(ie)));
                        out.add(null);
                    } else if (ex.getCause() instanceof IOException io) {
                        throw io;
                    } else {
                        throw new IllegalStateException(ex.getCause());
                    }
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while pairing", ex);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Double> candidates(Path file, OriginalsIndex index) throws IOException {
        SegmentedDocument d = declared.read(file, "en");
        Map<String, Double> out = new LinkedHashMap<>();
        for (FoundOriginal f : finder.find(d, index, OriginalsFinder.RERANKED).ranked()) {
            if (f.assessed()) {
                out.put(f.path(), pairScore(f));
            }
        }
        return out;
    }

    /**
     * @param found a Russian candidate of an English document, assessed
     * @return how much of both documents the confident matches explain (the smaller share), with the
     *         finder's tie-breakers folded in at a scale that only tells apart near-equal scores: up to
     *         0.02 less for numbers the matched sentences disagree on (0.002 each, ten at most), and up to
     *         0.0015 more for surer matches and less unexplained text ({@link FoundOriginal#weightedShare()}
     *         plus half of {@link FoundOriginal#originalShare()}); so that two documents that differ only in
     *         their numbers, or a heading and a longer document holding it, are not paired by chance
     */
    static double pairScore(FoundOriginal found) {
        double explained = Math.min(found.score(), found.originalShare());
        double tieBreak = found.weightedShare() + OriginalsFinder.UNEXPLAINED_WEIGHT * found.originalShare();
        return explained + 0.001 * tieBreak - 0.002 * Math.min(10, found.numberConflicts());
    }

    private Result assign(List<Path> english, List<Map<String, Double>> scores, List<String> ruPaths,
                          List<ArchiveIndexer.Failure> failed, long t0) {
        Map<String, Integer> col = new HashMap<>();
        for (String r : ruPaths) {
            col.put(r, col.size());
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            if (scores.get(i) != null) {
                rows.add(i);
            }
        }
        List<Assignment.Edge> edges = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (Map.Entry<String, Double> e : scores.get(rows.get(r)).entrySet()) {
                Integer c = col.get(e.getKey());
                if (c != null && e.getValue() >= MIN_SCORE) {
                    edges.add(new Assignment.Edge(r, c, e.getValue()));
                }
            }
        }
        int[] match = Assignment.optimal(rows.size(), ruPaths.size(), edges);
        // the best score of every document, and its best counterpart, over all edges (thresholded or not)
        double[] rowBest = new double[rows.size()];
        String[] rowBestPath = new String[rows.size()];
        double[] colBest = new double[ruPaths.size()];
        String[] colBestPath = new String[ruPaths.size()];
        Map<Integer, Map<Integer, Double>> all = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            for (Map.Entry<String, Double> e : scores.get(rows.get(r)).entrySet()) {
                Integer c = col.get(e.getKey());
                if (c == null || e.getValue() <= 0) {
                    continue;
                }
                all.computeIfAbsent(r, k -> new HashMap<>()).put(c, e.getValue());
                String en = english.get(rows.get(r)).toString();
                if (rowBestPath[r] == null || e.getValue() > rowBest[r]) {
                    rowBest[r] = e.getValue();
                    rowBestPath[r] = e.getKey();
                }
                if (colBestPath[c] == null || e.getValue() > colBest[c]) {
                    colBest[c] = e.getValue();
                    colBestPath[c] = en;
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        List<Unpaired> unpaired = new ArrayList<>();
        boolean[] used = new boolean[ruPaths.size()];
        Map<String, Integer> ids = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            Path en = english.get(rows.get(r));
            int c = match[r];
            if (c < 0) {
                unpaired.add(new Unpaired("en", en.toString(), rowBestPath[r] == null ? "" : rowBestPath[r], rowBest[r]));
                continue;
            }
            used[c] = true;
            double score = all.get(r).get(c);
            double runnerUp = 0;
            for (Map.Entry<Integer, Map<Integer, Double>> e : all.entrySet()) {
                for (Map.Entry<Integer, Double> x : e.getValue().entrySet()) {
                    boolean sameRow = e.getKey() == r;
                    boolean sameCol = x.getKey() == c;
                    if (sameRow != sameCol) {
                        runnerUp = Math.max(runnerUp, x.getValue());
                    }
                }
            }
            pairs.add(new Pair(id(en, ids), en.toString(), ruPaths.get(c), score, runnerUp, Math.max(0, score - runnerUp)));
        }
        for (int c = 0; c < ruPaths.size(); c++) {
            if (!used[c]) {
                unpaired.add(new Unpaired("ru", ruPaths.get(c), colBestPath[c] == null ? "" : colBestPath[c], colBest[c]));
            }
        }
        failed.sort(Comparator.comparing(ArchiveIndexer.Failure::file));
        return new Result(pairs, unpaired, failed, (System.nanoTime() - t0) / 1e9);
    }

    /** Indexes a document of the Russian folder as Russian ({@link DeclaredLanguage}), in place of what it was indexed as. */
    private void addAsRussian(OriginalsIndex index, Path file, String id) throws IOException {
        SegmentedDocument d = declared.read(file, "ru");
        List<String> sentences = d.sentences().stream().map(org.sverka.core.Sentence::text).filter(t -> !t.isBlank()).toList();
        if (sentences.isEmpty()) {
            throw new InputException(file.toString(), "the document has no text to index");
        }
        String title = d.document().info() == null || d.document().info().title() == null ? "" : d.document().info().title();
        index.remove(id);
        index.add(terms.document(id, textHash(String.join("\n", sentences)), "ru", title, sentences));
    }

    private static String textHash(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The message of an input failure without its file name (the failure names the file). */
    private static String cause(InputException e) {
        String prefix = e.source() + ": ";
        String m = e.getMessage();
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    private static String id(Path english, Map<String, Integer> ids) {
        String name = english.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[\\t\\n\\r]", " ");
        int n = ids.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    private static void writeAtomically(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be written: " + e.getMessage(), e);
        }
    }
}
