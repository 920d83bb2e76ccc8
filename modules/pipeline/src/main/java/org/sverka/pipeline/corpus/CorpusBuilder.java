package org.sverka.pipeline.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.sverka.align.Aligner;
import org.sverka.align.lexicon.Lexicon;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.InputException;
import org.sverka.pipeline.AlignmentStage;
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
 * from the confident beads of the whole corpus (IBM Model 1) and a second pass aligns with them; the
 * second pass aligns the documents the first one read, kept in memory between the passes, so no
 * document is read or analysed twice.
 *
 * <p>This class puts the run's jobs together; each is a class of its own: walking the pairs on the
 * workers ({@link PairRunner}), the record of the run ({@link PairJournal}, {@link ProgressLog}), the
 * learning pass ({@link LearningPass}), the assembly of the outputs ({@link CorpusAssembly}) and the
 * report ({@link CorpusReport}).
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
            PairJournal journal = new PairJournal(out);
            if (!options.resume() && Files.exists(out.resolve("progress.tsv"))) {
                throw new InputException(out.toString(), "holds a corpus run already; continue it with --resume or choose another folder");
            }
            long t0 = System.nanoTime();
            AlignmentStage stage = AlignmentStage.forHeap(options.threads());
            PairRunner runner = new PairRunner(options.threads(), options.strict());
            SimilarityModel second = model;
            CorpusStats.Learning learning = null;
            Map<String, Pipeline.Pair> read = new ConcurrentHashMap<>();
            Map<String, PairResult> failedInput = new ConcurrentHashMap<>();
            if (options.learn()) {
                LearningPass pass = new LearningPass(model, out.resolve("learned-lexicon.tsv"));
                Lexicon learned;
                if (options.resume() && pass.learnedBefore()) {
                    learned = pass.readLearned();
                } else {
                    PairAligner first = new PairAligner(pipeline, aligner.apply(model), stage);
                    List<PairResult> results = new ArrayList<>();
                    boolean stopped = runner.run(pairs, p -> first.align(p, null, docs -> read.put(p.id(), docs)), progress,
                            "learning", (p, r) -> {
                                results.add(r);
                                if (!r.ok() && !r.retryable()) {
                                    failedInput.put(p.id(), r);
                                }
                            });
                    if (stopped) {
                        throw new InputException("corpus", "a pair failed and --strict is set: ");
                    }
                    learned = pass.learn(results);
                    learning = new CorpusStats.Learning(learned.size(),
                            LearningPass.kept(results, new BeadFilters(options.threshold(), options.maxLengthRatio())));
                }
                second = pass.over(learned);
            }
            Map<String, PairResult> done = options.resume() ? journal.settled() : new HashMap<>();
            journal.log().endLine();
            List<PairSource> pending = pairs.stream().filter(p -> !done.containsKey(p.id())).toList();
            PairAligner worker = new PairAligner(pipeline, aligner.apply(second), stage);
            // a pair the first pass read is aligned from memory; one whose input failed keeps its failure
            if (runner.run(pending, p -> failedInput.containsKey(p.id()) ? failedInput.get(p.id())
                    : worker.align(p, read.remove(p.id()), null), progress, "aligning", journal::record)) {
                throw new InputException("corpus", "a pair failed and --strict is set: " + journal.log().firstFailure());
            }
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

    /**
     * @param out the run's output folder
     * @param id  a pair's id
     * @return the pair's result as written, or null when its file is missing, partial or another pair's
     */
    static PairResult readPair(Path out, String id) {
        return new PairJournal(out).read(id);
    }

    /** The file of a pair's result ({@link PairJournal#pairFile}). */
    static Path pairFile(Path out, String id) {
        return PairJournal.pairFile(out, id);
    }
}
