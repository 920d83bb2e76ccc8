package org.sverka.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sverka.align.AlignMode;
import org.sverka.align.Aligner;
import org.sverka.align.lexicon.Lexicon;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.Alignment;
import org.sverka.core.InputException;
import org.sverka.core.LanguageGuess;
import org.sverka.extract.Extractor;
import org.sverka.langid.DocumentLanguage;
import org.sverka.langid.LanguageIdentifier;
import org.sverka.pipeline.corpus.CorpusBuilder;
import org.sverka.pipeline.corpus.PairAligner;
import org.sverka.pipeline.find.ArchiveIndexer;
import org.sverka.pipeline.find.ContentPairing;
import org.sverka.pipeline.find.FindResult;
import org.sverka.index.OriginalsIndex;
import org.sverka.pipeline.find.IndexTerms;
import org.sverka.pipeline.find.OriginalsFinder;

/**
 * The front door of sverka as a library: reads, tells the language of and aligns documents, with
 * every stage (extraction, language, segmentation, similarity model, aligner) built here and
 * nowhere else. The command line and the Spark job call it too.
 * <pre>{@code
 * Sverka sverka = Sverka.aligner().mode(AlignMode.AUTO).build();
 * Alignment alignment = sverka.align(Path.of("report.en.txt"), Path.of("story.ru.txt"));
 * alignment.beads().forEach(b -> System.out.println(alignment.englishText(b) + " = " + alignment.russianText(b)));
 * }</pre>
 * With a lexicon of one's own and limits:
 * <pre>{@code
 * Sverka sverka = Sverka.aligner().mode("report").lexicon(Path.of("my-lexicon.tsv"))
 *         .limits(new Limits(10L << 20, 1_000_000, 20_000, 20_000, Duration.ofSeconds(30))).build();
 * LanguageGuess g = sverka.detect("Переговоры продлились пять часов.");   // ru
 * }</pre>
 * An instance is immutable and thread-safe: build it once and share it. (Over 300 lines: it is the
 * one front door, and each way in — align, extract, detect, corpus, index, find, pairing — is
 * documented here.) The heavy parts (Tika,
 * Lingua's models, the default lexicon) are loaded once per process and shared by every instance.
 */
public final class Sverka {
    private static final Map<List<Object>, Pipeline> PIPELINES = new ConcurrentHashMap<>();
    private static volatile LanguageIdentifier sharedLanguages;

    private final Pipeline pipeline;
    private final Path lexicon;
    private volatile SimilarityModel model;
    private final AlignMode mode;
    private final boolean adapt;
    private final boolean presegmented;

    private Sverka(Builder b) {
        this.pipeline = pipeline(b.limits, b.keepBoilerplate);
        this.lexicon = b.lexicon;
        this.mode = b.mode;
        this.adapt = b.adapt;
        this.presegmented = b.presegmented;
    }

    /**
     * The similarity model, built on first use: {@code detect} and {@code extract} never load the
     * lexicon (about a second of start-up).
     */
    private SimilarityModel model() {
        SimilarityModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    SimilarityModel base = SimilarityModel.defaultModel();
                    m = lexicon == null ? base : base.withLexicon(base.lexicon().with(Lexicon.builder().addFile(lexicon).build()));
                    model = m;
                }
            }
        }
        return m;
    }

    /**
     * Starts building the default similarity model (the packed lexicon and the analyzers) on another
     * thread when this machine has a core to spare, so that a program about to align has it ready
     * sooner: the command line calls it before parsing its options. The first aligner built then waits
     * for it; if it fails, that aligner builds it again and reports the failure itself.
     * <pre>{@code
     * Sverka.prepareDefaultModel();   // returns at once
     * Sverka sverka = Sverka.aligner().build();
     * }</pre>
     */
    public static void prepareDefaultModel() {
        if (Runtime.getRuntime().availableProcessors() >= 2) {
            java.util.concurrent.CompletableFuture.runAsync(SimilarityModel::defaultModel);
        }
    }

    /**
     * Starts building the model on another thread when this machine has a core to spare, so that the
     * lexicon loads while the documents are read; {@link #model()} then waits for it or, if it failed,
     * builds it again and reports the failure itself.
     */
    private void loadModelMeanwhile() {
        if (model == null && Runtime.getRuntime().availableProcessors() >= 2) {
            java.util.concurrent.CompletableFuture.runAsync(this::model);
        }
    }

    /**
     * @return a builder with the defaults: auto mode, the default lexicon, the default limits
     */
    public static Builder aligner() {
        return new Builder();
    }

    /** @return the mode names, comma-separated ("auto, parallel, report, length") */
    public static String modes() {
        return AlignMode.labels();
    }

    /**
     * Reads two documents, tells which is English and which Russian, and aligns them, all within the
     * limits' time limit and the heap.
     *
     * @param first  one document (any supported format, or one sentence a line when built {@code presegmented})
     * @param second the other
     * @return the alignment, English first
     * @throws InputException when a document fails, the languages are wrong, or a limit is passed
     */
    public Alignment align(Path first, Path second) {
        Deadline deadline = Deadline.after(pipeline.limits().timeout());
        loadModelMeanwhile();
        Pipeline.Pair pair = pipeline.readPair(first, second, presegmented, deadline);
        return AlignmentStage.forHeap(1).align(newAligner(), pair, deadline);
    }

    /**
     * Aligns two texts, read as plain text (paragraphs at blank lines), in either order.
     * <pre>{@code
     * Alignment a = sverka.align("Talks lasted five hours.", "Переговоры продлились пять часов.");
     * }</pre>
     *
     * @param english the English text (or the Russian one)
     * @param russian the Russian text (or the English one)
     * @return the alignment, English first
     * @throws InputException when a language is wrong or a limit is passed
     */
    public Alignment align(String english, String russian) {
        Deadline deadline = Deadline.after(pipeline.limits().timeout());
        Pipeline.Pair pair = Pipeline.pair("first text", pipeline.read("first text", english),
                "second text", pipeline.read("second text", russian));
        return AlignmentStage.forHeap(1).align(newAligner(), pair, deadline);
    }

    /**
     * @param file any supported file
     * @return its blocks, sentences and the language of each
     * @throws InputException when the file cannot be read
     */
    public ExtractedDocument extract(Path file) {
        return ExtractedDocument.read(pipeline, file);
    }

    /**
     * @param text a text
     * @return its language by the one document-level decision ({@link DocumentLanguage})
     */
    public LanguageGuess detect(String text) {
        return pipeline.documentLanguage().of(text);
    }

    /** @return the ingest pipeline (file to sentences) this instance reads with */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** @return the mode's name ("auto") */
    public String mode() {
        return mode.label();
    }

    /**
     * @param threads alignments that run at once, sharing the heap
     * @return the per-pair function of a corpus run with this configuration
     */
    public PairAligner pairAligner(int threads) {
        return new PairAligner(pipeline, newAligner(), AlignmentStage.forHeap(threads));
    }

    /**
     * @param options the corpus run's settings
     * @return a corpus builder with this configuration (its {@code --learn} pass lays learned word pairs over this lexicon)
     */
    public CorpusBuilder corpusBuilder(CorpusBuilder.Options options) {
        return new CorpusBuilder(pipeline, model(), m -> mode.aligner(m, adapt), options);
    }

    /**
     * @return the recipe that turns sentences into index terms and queries, translating through this
     *         instance's lexicon
     */
    public IndexTerms indexTerms() {
        return new IndexTerms(model().lexicon());
    }

    /**
     * Fills an index of originals from files, reading them as {@link #align(Path, Path)} does.
     * <pre>{@code
     * try (OriginalsIndex index = OriginalsIndex.openForWriting(Path.of("archive.idx"))) {
     *     ArchiveIndexer.Summary s = sverka.indexer(2).add(index, List.of(Path.of("archive/")));
     * }
     * }</pre>
     *
     * @param threads documents read at once
     * @return the indexer
     */
    public ArchiveIndexer indexer(int threads) {
        return new ArchiveIndexer(pipeline, indexTerms(), threads);
    }

    /**
     * Finds the originals of reports in an index: BM25 over translated words, names and numbers,
     * then the first {@link OriginalsFinder#RERANKED} candidates aligned with the report by this
     * instance's aligner.
     *
     * @return the finder
     */
    public OriginalsFinder finder() {
        return new OriginalsFinder(indexTerms(), newAligner(), OriginalsFinder.RERANKED);
    }

    /**
     * Finds the originals of a report in an index of originals.
     * <pre>{@code
     * FindResult r = sverka.find(Path.of("report.html"), Path.of("archive.idx"), 10);
     * }</pre>
     *
     * @param report the report, any supported format
     * @param index  the index folder
     * @param top    how many candidates to return
     * @return the candidates, best first, with their evidence and alignments
     * @throws InputException when the report cannot be read, or the index is missing, unreadable or of another version
     * @throws java.io.IOException when the index cannot be read
     */
    public FindResult find(Path report, Path index, int top) throws java.io.IOException {
        try (OriginalsIndex originals = OriginalsIndex.open(index)) {
            return finder().find(pipeline.read(report), originals, top);
        }
    }

    /**
     * Pairs the documents of two folders one to one by content, with {@link #finder()}.
     *
     * @param threads documents read at once
     * @return the pairing
     */
    public ContentPairing contentPairing(int threads) {
        return new ContentPairing(indexer(threads), finder(), pipeline, threads);
    }

    private Aligner newAligner() {
        return mode.aligner(model(), adapt);
    }

    private static Pipeline pipeline(Limits limits, boolean keepBoilerplate) {
        return PIPELINES.computeIfAbsent(List.of(limits, keepBoilerplate), k -> new Pipeline(Extractor.builder()
                .maxFileBytes(limits.maxFileBytes()).maxTextChars(limits.maxTextChars()).timeout(limits.timeout())
                .keepBoilerplate(keepBoilerplate).build(), languages(), limits));
    }

    private static LanguageIdentifier languages() {
        LanguageIdentifier l = sharedLanguages;
        if (l == null) {
            synchronized (Sverka.class) {
                l = sharedLanguages;
                if (l == null) {
                    l = LanguageIdentifier.builder().build();
                    sharedLanguages = l;
                }
            }
        }
        return l;
    }

    /** Settings of a {@link Sverka}; not thread-safe, each {@link #build()} gives an independent instance. */
    public static final class Builder {
        private AlignMode mode = AlignMode.AUTO;
        private Path lexicon;
        private boolean adapt;
        private boolean presegmented;
        private boolean keepBoilerplate;
        private Limits limits = Limits.DEFAULT;

        private Builder() {
        }

        /**
         * @param alignMode the aligner: auto (chooses and says why), parallel, report or length
         * @return this builder
         */
        public Builder mode(AlignMode alignMode) {
            this.mode = Objects.requireNonNull(alignMode, "mode");
            return this;
        }

        /**
         * @param name a mode's name, as on the command line
         * @return this builder
         * @throws IllegalArgumentException naming the modes when the name is none of them
         */
        public Builder mode(String name) {
            this.mode = AlignMode.parse(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown --mode '" + name + "': use " + AlignMode.labels()));
            return this;
        }

        /**
         * @param file a lexicon of one's own (TSV), laid over the default one; null for none
         * @return this builder
         */
        public Builder lexicon(Path file) {
            this.lexicon = file;
            return this;
        }

        /**
         * @param on align twice, learning word pairs from the confident beads of the first pass
         * @return this builder
         */
        public Builder adapt(boolean on) {
            this.adapt = on;
            return this;
        }

        /**
         * @param on files given to {@link Sverka#align(Path, Path)} have one sentence a line (UTF-8)
         * @return this builder
         */
        public Builder presegmented(boolean on) {
            this.presegmented = on;
            return this;
        }

        /**
         * @param on keep what extraction drops from a web page as furniture
         * @return this builder
         */
        public Builder keepBoilerplate(boolean on) {
            this.keepBoilerplate = on;
            return this;
        }

        /**
         * @param documentLimits file, text, sentence and time limits
         * @return this builder
         */
        public Builder limits(Limits documentLimits) {
            this.limits = Objects.requireNonNull(documentLimits, "limits");
            return this;
        }

        /**
         * @return the configured instance
         * @throws InputException when the lexicon file cannot be read
         */
        public Sverka build() {
            return new Sverka(this);
        }
    }
}
