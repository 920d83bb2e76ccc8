package org.sverka.pipeline.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.sverka.align.Aligner;
import org.sverka.align.AdaptiveAligner;
import org.sverka.align.lexicon.Lexicon;
import org.sverka.align.lexicon.LexiconAdaptation;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.InputException;
import org.sverka.pipeline.AlignmentStage;
import org.sverka.pipeline.AtomicOutput;
import org.sverka.pipeline.FolderLock;
import org.sverka.pipeline.OutputGuard;
import org.sverka.pipeline.Pipeline;

/**
 * Builds a parallel corpus from many document pairs, on all cores, resumably.
 *
 * <p>Before any work the output folder is checked against the inputs ({@link OutputGuard}: it may not
 * be, or hold, an input, and no file it writes may be one) and locked ({@link FolderLock}: a second
 * run into the same folder is refused and told who holds it). Each pair runs within the time limit
 * and memory budget ({@link PairAligner}); its result is written to {@code OUT/pairs/NAME.json}
 * (atomically, flushed to the disk; the name is the id made safe and bounded, plus a hash of the
 * exact id) and only then logged in {@code OUT/progress.tsv}. A run started again with
 * {@code resume} skips the pairs logged as done or failed for their input, and redoes the rest:
 * pairs never logged, logged on a cut or malformed line, whose file is missing or partial, or that
 * failed for the machine (out of disk or memory, over the time limit). Then the corpus is assembled
 * from the pair files, in manifest order, through the {@link BeadFilters}: {@code corpus.tmx},
 * {@code corpus.en}/{@code corpus.ru}, {@code corpus.tsv}, {@code corpus.jsonl}, {@code corpus.parquet},
 * {@code stats.json} and {@code report.html}, written together ({@link org.sverka.pipeline.OutputGroup}),
 * so a full disk leaves the earlier corpus whole. With {@code learn}, a first pass learns word pairs
 * from the confident beads of the whole corpus (IBM Model 1) and a second pass aligns with them.
 * <pre>{@code
 * Path manifest = Path.of("pairs.tsv");
 * CorpusBuilder b = new CorpusBuilder(pipeline, SimilarityModel.defaultModel(), AutoAligner::new,
 *         new CorpusBuilder.Options(4, false, false, false, 0.5, 3.0));
 * CorpusStats s = b.build(manifest, Manifest.read(manifest), Path.of("out"), progress);
 * }</pre>
 */
public final class CorpusBuilder {
    /** Reports progress; called from worker threads, one call at a time. */
    public interface Progress {
        /**
         * @param total   pairs in the manifest
         * @param pending pairs still to do in this pass
         * @param pass    a name for the pass ("aligning", "learning")
         */
        void start(int total, int pending, String pass);

        /** @param result a pair just done */
        void done(PairResult result);

        /** The pass is over. */
        void finish();
    }

    /**
     * Settings of a run.
     *
     * @param threads        worker threads
     * @param resume         continue a run in the output folder
     * @param strict         stop at the first failed pair and fail the run
     * @param learn          first pass to learn word pairs, then realign
     * @param threshold      lowest score of a bead kept
     * @param maxLengthRatio largest ratio of the longer side to the shorter
     */
    public record Options(int threads, boolean resume, boolean strict, boolean learn, double threshold, double maxLengthRatio) {
        /** Checks the values. */
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The files a run writes in its output folder, besides the pair files. */
    static final List<String> OUTPUTS = List.of("progress.tsv", "learned-lexicon.tsv", "corpus.tmx", "corpus.en", "corpus.ru",
            "corpus.tsv", "corpus.jsonl", "corpus.parquet", "stats.json", "report.html", FolderLock.FILE_NAME);

    private final Pipeline pipeline;
    private final SimilarityModel model;
    private final Function<SimilarityModel, Aligner> aligner;
    private final Options options;

    /**
     * @param pipeline reads documents
     * @param model    the similarity model
     * @param aligner  makes the aligner for a model (for example {@code AutoAligner::new})
     * @param options  the settings
     */
    public CorpusBuilder(Pipeline pipeline, SimilarityModel model, Function<SimilarityModel, Aligner> aligner, Options options) {
        this.pipeline = pipeline;
        this.model = model;
        this.aligner = aligner;
        this.options = options;
    }

    /**
     * Builds without knowing the manifest file: {@link #build(Path, List, Path, Progress)} also keeps
     * the output off the manifest.
     *
     * @param pairs    the pairs
     * @param out      the output folder (created when missing)
     * @param progress told of every pair
     * @return the statistics written to {@code stats.json}
     * @throws InputException when the output would overwrite an input, the folder holds another run
     *                        (without resume) or is in use by another run, or a pair fails under strict
     */
    public CorpusStats build(List<PairSource> pairs, Path out, Progress progress) {
        return build(null, pairs, out, progress);
    }

    /**
     * Builds a corpus. Before any work, the output folder is refused when it is, or holds, an input
     * (a document or the manifest), and when any file the run writes is an input
     * ({@link OutputGuard}).
     * <pre>{@code
     * CorpusStats s = builder.build(Path.of("pairs.tsv"), Manifest.read(Path.of("pairs.tsv")), Path.of("out"), progress);
     * }</pre>
     *
     * @param manifest the manifest file or pairs folder the pairs were read from, or null
     * @param pairs    the pairs
     * @param out      the output folder (created when missing)
     * @param progress told of every pair
     * @return the statistics written to {@code stats.json}
     * @throws InputException when the output would overwrite an input, the folder holds another run
     *                        (without resume) or is in use by another run, or a pair fails under strict
     */
    public CorpusStats build(Path manifest, List<PairSource> pairs, Path out, Progress progress) {
        refuseOverlap(manifest, pairs, out);
        try {
            Files.createDirectories(out.resolve("pairs"));
        } catch (IOException e) {
            throw new InputException(out.toString(), "cannot create the output folder: " + e.getMessage(), e);
        }
        try (FolderLock lock = FolderLock.acquire(out)) {
            Path log = out.resolve("progress.tsv");
            if (!options.resume() && Files.exists(log)) {
                throw new InputException(out.toString(), "holds a corpus run already; continue it with --resume or choose another folder");
            }
            long t0 = System.nanoTime();
            SimilarityModel second = model;
            CorpusStats.Learning learning = null;
            if (options.learn()) {
                Path learnedFile = out.resolve("learned-lexicon.tsv");
                Lexicon learned;
                if (options.resume() && Files.isRegularFile(learnedFile)) {
                    learned = Lexicon.builder().addFile(learnedFile).build();
                } else {
                    List<PairResult> first = run(pairs, model, progress, "learning", null);
                    learned = learn(first);
                    writeLexicon(learned, learnedFile);
                    learning = new CorpusStats.Learning(learned.size(), keptStats(first));
                }
                second = model.withLexicon(model.lexicon().with(learned));
            }
            Map<String, PairResult> done = options.resume() ? readDone(out, log) : new HashMap<>();
            new ProgressLog(log).endLine();
            List<PairSource> pending = pairs.stream().filter(p -> !done.containsKey(p.id())).toList();
            run(pending, second, progress, "aligning", out);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            return CorpusAssembly.assemble(manifest, pairs, out, options, learning, millis, pending.size());
        }
    }

    /** The output folder must hold no input, and no file the run writes may be one (through a link). */
    private static void refuseOverlap(Path manifest, List<PairSource> pairs, Path out) {
        List<Path> inputs = new ArrayList<>();
        if (manifest != null) {
            inputs.add(manifest);
        }
        for (PairSource p : pairs) {
            for (String f : List.of(p.english(), p.russian())) {
                if (!f.contains("://")) {
                    inputs.add(Path.of(f));
                }
            }
        }
        OutputGuard.refuseFolderOverlap(inputs, out);
        if (!Files.isDirectory(out)) {
            return;
        }
        List<Path> outputs = new ArrayList<>();
        for (String name : OUTPUTS) {
            outputs.add(out.resolve(name));
        }
        if (Files.isDirectory(out.resolve("pairs"))) {
            for (PairSource p : pairs) {
                outputs.add(pairFile(out, p.id()));
            }
        }
        OutputGuard.refuseOverlap(inputs, outputs);
    }

    private List<PairResult> run(List<PairSource> pairs, SimilarityModel m, Progress progress, String pass, Path out) {
        Aligner a = aligner.apply(m);
        PairAligner worker = new PairAligner(pipeline, a, AlignmentStage.forHeap(options.threads()));
        progress.start(pairs.size(), pairs.size(), pass);
        List<PairResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "sverka-corpus");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean stop = new AtomicBoolean();
        Object lock = new Object();
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (PairSource p : pairs) {
                jobs.add(pool.submit(() -> {
                    if (stop.get()) {
                        return;
                    }
                    PairResult r = worker.align(p);
                    synchronized (lock) {
                        if (stop.get()) {
                            return;
                        }
                        if (out != null) {
                            record(out, p, r);
                        } else {
                            results.add(r);
                        }
                        progress.done(r);
                        if (!r.ok() && options.strict()) {
                            stop.set(true);
                        }
                    }
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("corpus", "interrupted");
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        if (stop.get()) {
            String reason = out == null ? "" : new ProgressLog(out.resolve("progress.tsv")).firstFailure();
            throw new InputException("corpus", "a pair failed and --strict is set: " + reason);
        }
        return results;
    }

    /** The pair's file first (flushed to the disk), then its line in the log: a crash between the two only repeats this pair. */
    private static void record(Path out, PairSource p, PairResult r) {
        AtomicOutput.write(pairFile(out, p.id()), o -> JSON.writeValue(o, r));
        new ProgressLog(out.resolve("progress.tsv")).append(r);
    }

    /** The pairs the log says are settled (done, or failed for their input) and whose files are in place and whole. */
    private static Map<String, PairResult> readDone(Path out, Path log) {
        Map<String, PairResult> done = new LinkedHashMap<>();
        for (ProgressLog.Entry e : new ProgressLog(log).read()) {
            if (e.settled()) {
                PairResult r = readPair(out, e.id());
                if (r != null && r.ok() == e.status().equals("ok")) {
                    done.put(e.id(), r);
                }
            } else {
                done.remove(e.id());
            }
        }
        return done;
    }

    static PairResult readPair(Path out, String id) {
        Path file = pairFile(out, id);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            PairResult r = JSON.readValue(file.toFile(), PairResult.class);
            return id.equals(r.id()) ? r : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Longest part of a pair file's name taken from the id. */
    static final int NAME_CHARS = 80;

    /**
     * A pair's file: its id with every character but ASCII letters, digits, dot, dash and underscore
     * replaced, cut to {@value #NAME_CHARS} characters, then a hash of the exact id, so that two ids
     * never share a file and no name is too long for the file system.
     */
    static Path pairFile(Path out, String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.length() > NAME_CHARS) {
            safe = safe.substring(0, NAME_CHARS);
        }
        return out.resolve("pairs").resolve(safe + "-" + hash(id) + ".json");
    }

    /** The first 16 hex digits of the SHA-256 of the id's UTF-8 bytes. */
    private static String hash(String id) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Lexicon learn(List<PairResult> results) {
        SimilarityModel m = model;
        List<LexiconAdaptation.Pair> confident = new ArrayList<>();
        for (PairResult r : results) {
            for (CorpusBead b : r.beads()) {
                if (b.score() >= AdaptiveAligner.CONFIDENT) {
                    confident.add(new LexiconAdaptation.Pair(List.of(m.english().analyze(b.en())), List.of(m.russian().analyze(b.ru()))));
                }
            }
        }
        return LexiconAdaptation.learn(confident, 0.2);
    }

    private static void writeLexicon(Lexicon learned, Path file) {
        AtomicOutput.write(file, o -> {
            StringBuilder sb = new StringBuilder("# word pairs learned from the confident beads of this corpus: en-stem, ru-stem, weight\n");
            learned.forEachPair((en, ru, w) -> sb.append(en).append('\t').append(ru).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f", w)).append('\n'));
            o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    private CorpusStats.Kept keptStats(List<PairResult> results) {
        BeadFilters filters = new BeadFilters(options.threshold(), options.maxLengthRatio());
        int kept = 0;
        double sum = 0;
        for (PairResult r : results) {
            for (CorpusBead b : r.beads()) {
                if (filters.accept(b)) {
                    kept++;
                    sum += b.score();
                }
            }
        }
        return new CorpusStats.Kept(kept, kept == 0 ? 0 : sum / kept);
    }
}
