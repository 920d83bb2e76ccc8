package org.sverka.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sverka.align.model.PairVocabulary;
import org.sverka.align.model.SimilarityModel;
import org.sverka.align.model.Span;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.core.SegmentedDocument;

/**
 * Both sides of a document pair analysed once, with spans of up to {@link #MAX_SPAN} adjacent
 * sentences built on demand and scored by the similarity model; 1-1 scores are kept. Not
 * thread-safe: one per alignment. A long pair splits its own bulk work (analysis, scoring many
 * one-to-one cells, flags and kinds of beads) over {@link #threads} threads, each item computed
 * alone, with the same result as on one thread. Over 300 lines because its caches (spans, the
 * one-to-one scores of single cells and of a band) and the rules that read them belong together.
 */
final class ScoredPair {
    /** The longest span a bead may hold on one side. */
    static final int MAX_SPAN = 3;
    /** Log-odds of a bead that would pair a dateline or other furniture with story text: never worth taking. */
    static final double DATELINE_APART = -40;
    /** Log-odds given at least to an English dateline against a Russian one: they pair with each other. */
    static final double DATELINES_TOGETHER = 2.0;

    final SegmentedDocument english;
    final SegmentedDocument russian;
    final SimilarityModel model;
    final List<AnalyzedSentence> en;
    final List<AnalyzedSentence> ru;
    final PairVocabulary vocabulary;
    /** What each sentence of each side is to the aligners ({@link Furniture}: story, dateline, byline, related). */
    final byte[] enFurniture;
    final byte[] ruFurniture;
    private final boolean anyFurniture;
    private final Span[][] enSpans;
    private final Span[][] ruSpans;
    /** One-to-one cells scored one by one; concurrent, as merges scored on two threads may ask for a cell outside the band. */
    private final Map<Long, double[]> single = new java.util.concurrent.ConcurrentHashMap<>();
    /** The band's one-to-one cells ({@link #scoreBand}): for English sentence i, Russian from bandLo[i], three values a cell. */
    private int[] bandLo;
    private double[][] bandRows;

    /** Threads a long pair's work may be split over ({@link SplitWork}): 1 or 2. */
    final int threads;

    ScoredPair(SegmentedDocument english, SegmentedDocument russian, SimilarityModel model) {
        this(english, russian, model, SplitWork.defaultThreads());
    }

    /** A pair whose long stretches of work use {@code threads} threads (1 or 2); the result does not depend on it. */
    ScoredPair(SegmentedDocument english, SegmentedDocument russian, SimilarityModel model, int threads) {
        this(english, russian, model, bothAnalysed(english, russian, model, threads), threads);
    }

    private ScoredPair(SegmentedDocument english, SegmentedDocument russian, SimilarityModel model, List<List<AnalyzedSentence>> both,
                       int threads) {
        this(english, russian, model, both.get(0), both.get(1), threads);
    }

    /** Sentences a pair must have before its two sides are analysed on two threads. */
    static final int PARALLEL_ANALYSIS = 400;

    /**
     * Both sides analysed; a long pair on a machine of several cores shares the sentences of both
     * sides between two threads ({@link SplitWork}; analysis is deterministic, so the result is the
     * same as on one thread).
     */
    static List<List<AnalyzedSentence>> bothAnalysed(SegmentedDocument english, SegmentedDocument russian, SimilarityModel model,
                                                     int threads) {
        if (english.size() + russian.size() < PARALLEL_ANALYSIS || threads < 2) {
            return List.of(analyze(english, model, true), analyze(russian, model, false));
        }
        int n = english.size();
        List<String> enTexts = english.texts();
        List<String> ruTexts = russian.texts();
        AnalyzedSentence[] out = new AnalyzedSentence[n + russian.size()];
        SplitWork.run(out.length, threads, (from, to) -> {
            for (int k = from; k < to; k++) {
                out[k] = k < n ? model.english().analyze(enTexts.get(k)) : model.russian().analyze(ruTexts.get(k - n));
            }
        });
        List<AnalyzedSentence> all = Arrays.asList(out);
        return List.of(List.copyOf(all.subList(0, n)), List.copyOf(all.subList(n, out.length)));
    }

    private ScoredPair(SegmentedDocument english, SegmentedDocument russian, SimilarityModel model, List<AnalyzedSentence> en,
                       List<AnalyzedSentence> ru, int threads) {
        if (threads < 1 || threads > 2) {
            throw new IllegalArgumentException("threads must be 1 or 2: " + threads);
        }
        this.threads = threads;
        this.english = english;
        this.russian = russian;
        this.model = model;
        this.en = en;
        this.ru = ru;
        this.vocabulary = model.vocabulary(en, ru, threads);
        this.enFurniture = Furniture.of(english);
        this.ruFurniture = Furniture.of(russian);
        boolean any = false;
        for (byte c : enFurniture) {
            any |= c != Furniture.STORY;
        }
        for (byte c : ruFurniture) {
            any |= c != Furniture.STORY;
        }
        this.anyFurniture = any;
        this.enSpans = new Span[MAX_SPAN][en.size()];
        this.ruSpans = new Span[MAX_SPAN][ru.size()];
    }

    /**
     * The same pair under another model (a richer lexicon): the sentences are not analysed again,
     * as analysis does not depend on the lexicon; spans and scores start afresh.
     */
    ScoredPair withModel(SimilarityModel other) {
        return new ScoredPair(english, russian, other, en, ru, threads);
    }

    static List<AnalyzedSentence> analyze(SegmentedDocument d, SimilarityModel model, boolean english) {
        List<AnalyzedSentence> out = new ArrayList<>(d.size());
        for (String s : d.texts()) {
            out.add(english ? model.english().analyze(s) : model.russian().analyze(s));
        }
        return out;
    }

    int n() {
        return en.size();
    }

    int m() {
        return ru.size();
    }

    /** Each side's {@link DocumentNames}, English first, made when first asked for. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<DocumentNames> documentNames =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(2);
    /** One lock a side, so that the two sides can be made at once. */
    private final Object[] documentNamesLocks = {new Object(), new Object()};

    /**
     * Thread-safe; once made, a side is read without a lock (the name rules ask for it for every
     * name they check, from both threads of a long pair).
     *
     * @param english true for the English document
     * @return what that document says, for asking whether it ever mentions a name
     */
    DocumentNames documentNames(boolean english) {
        int k = english ? 0 : 1;
        DocumentNames made = documentNames.get(k);
        if (made != null) {
            return made;
        }
        synchronized (documentNamesLocks[k]) {
            made = documentNames.get(k);
            if (made == null) {
                made = english ? DocumentNames.of(en, this.english) : DocumentNames.of(ru, russian);
                documentNames.set(k, made);
            }
            return made;
        }
    }

    Span enSpan(int start, int length) {
        Span s = enSpans[length - 1][start];
        if (s == null) {
            s = vocabulary.english(en.subList(start, start + length));
            enSpans[length - 1][start] = s;
        }
        return s;
    }

    Span ruSpan(int start, int length) {
        Span s = ruSpans[length - 1][start];
        if (s == null) {
            s = vocabulary.russian(ru.subList(start, start + length));
            ruSpans[length - 1][start] = s;
        }
        return s;
    }

    /**
     * Log-odds that English sentences [i, i+a) translate Russian [j, j+b). A dateline, an author line
     * or a link to another story pairs only with one of the same class on the other side, one to one
     * ({@link Furniture}); two datelines at least at {@value #DATELINES_TOGETHER}.
     */
    double logit(int i, int a, int j, int b) {
        if (anyFurniture && hasFurniture(i, a, j, b)) {
            if (!Furniture.keptApart(enFurniture, i, i + a, ruFurniture, j, j + b)) {
                return DATELINE_APART;
            }
            return enFurniture[i] == Furniture.DATELINE ? Math.max(DATELINES_TOGETHER, single(i, j, 2)) : single(i, j, 2);
        }
        return a == 1 && b == 1 ? single(i, j, 2) : model.logit(enSpan(i, a), ruSpan(j, b));
    }

    private boolean hasFurniture(int i, int a, int j, int b) {
        for (int x = i; x < i + a; x++) {
            if (enFurniture[x] != Furniture.STORY) {
                return true;
            }
        }
        for (int y = j; y < j + b; y++) {
            if (ruFurniture[y] != Furniture.STORY) {
                return true;
            }
        }
        return false;
    }

    /** @return whether every sentence of the bead, on both sides, is a dateline */
    boolean isDatelineBead(List<Integer> enIds, List<Integer> ruIds) {
        for (int i : enIds) {
            if (enFurniture[i] != Furniture.DATELINE) {
                return false;
            }
        }
        for (int j : ruIds) {
            if (ruFurniture[j] != Furniture.DATELINE) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param ids     sentence numbers of one side of a bead
     * @param english true for the English side
     * @return those sentences analysed, in order
     */
    List<AnalyzedSentence> analysed(List<Integer> ids, boolean english) {
        List<AnalyzedSentence> side = english ? en : ru;
        AnalyzedSentence[] out = new AnalyzedSentence[ids.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = side.get(ids.get(k));
        }
        return List.of(out);
    }

    /**
     * @param ids     sentence numbers of one side of a bead
     * @param english true for the English side
     * @return those sentences' texts, in order
     */
    List<String> texts(List<Integer> ids, boolean english) {
        SegmentedDocument document = english ? this.english : russian;
        String[] out = new String[ids.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = document.text(ids.get(k));
        }
        return List.of(out);
    }

    /**
     * English coverage (k = 0), Russian coverage (1) or log-odds (2) of English sentence i against
     * Russian j, computed once: from the band when it holds the cell ({@link #scoreBand}), else from
     * the map of cells scored one by one.
     */
    private double single(int i, int j, int k) {
        if (bandRows != null && i < bandRows.length) {
            int c = j - bandLo[i];
            if (c >= 0 && 3 * c < bandRows[i].length) {
                return bandRows[i][3 * c + k];
            }
        }
        return single(i, j)[k];
    }

    /**
     * Scores every one-to-one cell of a band, English sentence i against Russian sentences
     * {@code lo[i]..hi[i]}, on this pair's threads, row by row into arrays of primitives (three
     * values a cell); cells already scored are copied, not scored again. Later lookups of those cells
     * read the arrays.
     *
     * @param lo for each English sentence (and one more), the first Russian sentence of its row
     * @param hi for each English sentence (and one more), the last Russian sentence of its row (may be {@link #m()})
     */
    void scoreBand(int[] lo, int[] hi) {
        int n = n();
        int m = m();
        if (lo.length < n || hi.length < n) {
            throw new IllegalArgumentException("a band needs a row for each of the " + n + " English sentences");
        }
        singleSpans();
        int[] rowLo = new int[n];
        double[][] rows = new double[n][];
        SplitWork.run(n, threads, (from, to) -> {
            double[] features = new double[SimilarityModel.FEATURES];
            for (int i = from; i < to; i++) {
                int first = Math.max(0, lo[i]);
                int last = Math.min(hi[i], m - 1);
                double[] row = new double[3 * Math.max(0, last - first + 1)];
                for (int j = first; j <= last; j++) {
                    double[] v = single.get(cell(i, j));
                    if (v == null) {
                        computeSingle(i, j, row, 3 * (j - first), features);
                    } else {
                        System.arraycopy(v, 0, row, 3 * (j - first), 3);
                    }
                }
                rowLo[i] = first;
                rows[i] = row;
            }
        });
        this.bandLo = rowLo;
        this.bandRows = rows;
    }

    /**
     * The key of cell (i, j) in the map of single cells: its index in the n x m table, whose hash
     * spreads the cells. The key {@code i << 32 | j} hashed to {@code i ^ j}, small for every cell near
     * the diagonal, so that those cells crowded into a few buckets and lookups walked trees of them.
     */
    private long cell(int i, int j) {
        return (long) i * ru.size() + j;
    }

    /** English coverage, Russian coverage and log-odds of English sentence i against Russian j, computed once. */
    private double[] single(int i, int j) {
        long key = cell(i, j);
        double[] v = single.get(key);
        if (v == null) {
            v = computeSingle(i, j);
            double[] before = single.putIfAbsent(key, v);
            v = before != null ? before : v;
        }
        return v;
    }

    /** What {@link #single} keeps, computed afresh; reads only, once the one-sentence spans exist ({@link #singleSpans()}). */
    private double[] computeSingle(int i, int j) {
        double[] v = new double[3];
        computeSingle(i, j, v, 0, new double[SimilarityModel.FEATURES]);
        return v;
    }

    /**
     * {@link #computeSingle(int, int)} written into {@code out} from {@code at}, with the caller's
     * array for the features: a band of many cells is scored without two arrays a cell.
     */
    private void computeSingle(int i, int j, double[] out, int at, double[] features) {
        Span e = enSpan(i, 1);
        Span r = ruSpan(j, 1);
        if (e.isEmpty() || r.isEmpty()) {
            out[at] = 0;
            out[at + 1] = 0;
            out[at + 2] = model.logit(e, r);
            return;
        }
        model.features(e, r, features);
        out[at] = features[0];
        out[at + 1] = features[1];
        out[at + 2] = model.refine(model.logit(features, SimilarityModel.FEATURES), e, r);
    }

    /** Whether every one-sentence span exists ({@link #singleSpans()}). */
    private boolean singleSpansMade;

    /**
     * Makes every one-sentence span, on this pair's threads (the Russian sentences, then the English,
     * shared out by {@link SplitWork}; a span depends only on its sentences, whose words the
     * vocabulary numbered when it was made, so the spans are the same whoever makes them);
     * afterwards spans of one sentence are only read, so several threads may score them.
     */
    void singleSpans() {
        if (singleSpansMade) {
            return;
        }
        int m = ru.size();
        SplitWork.run(m + en.size(), threads, (from, to) -> {
            for (int k = from; k < to; k++) {
                if (k < m) {
                    ruSpan(k, 1);
                } else {
                    enSpan(k - m, 1);
                }
            }
        });
        singleSpansMade = true;
    }

    /**
     * Makes every span of up to {@code length} sentences on both sides (one-sentence spans first, as
     * {@link #singleSpans()} does), on this pair's threads, each start of a span on one thread;
     * afterwards spans are only read, so several threads may score them.
     *
     * @param length the longest span to make, at most {@link #MAX_SPAN}
     */
    void spansUpTo(int length) {
        singleSpans();
        int longest = Math.min(length, MAX_SPAN);
        int m = ru.size();
        int n = en.size();
        SplitWork.run(m + n, threads, (from, to) -> {
            for (int x = from; x < to; x++) {
                for (int k = 2; k <= longest; k++) {
                    if (x < m && x + k <= m) {
                        ruSpan(x, k);
                    } else if (x >= m && x - m + k <= n) {
                        enSpan(x - m, k);
                    }
                }
            }
        });
    }

    /**
     * Scores the one-to-one cells {@code (is[c], js[c])} for {@code c < count} that are not known yet,
     * split over this pair's threads, and keeps them, in cell order, as {@link #logit} would have.
     *
     * @param is    English sentences
     * @param js    Russian sentences, parallel to {@code is}
     * @param count the cells to score
     */
    void scoreSingles(int[] is, int[] js, int count) {
        singleSpans();
        double[][] out = new double[count][];
        SplitWork.run(count, threads, (from, to) -> {
            for (int c = from; c < to; c++) {
                if (!single.containsKey(cell(is[c], js[c]))) {
                    out[c] = computeSingle(is[c], js[c]);
                }
            }
        });
        for (int c = 0; c < count; c++) {
            if (out[c] != null) {
                single.putIfAbsent(cell(is[c], js[c]), out[c]);
            }
        }
    }

    /**
     * Share of the words of English sentence {@code x} (when {@code english}) or Russian sentence
     * {@code x} that have a translation in the other side's span.
     */
    double coverage(boolean english, int x, int otherStart, int otherLength) {
        if (otherLength == 1) {
            return english ? single(x, otherStart, 0) : single(otherStart, x, 1);
        }
        return english ? model.coverage(true, enSpan(x, 1), ruSpan(otherStart, otherLength))
                : model.coverage(false, enSpan(otherStart, otherLength), ruSpan(x, 1));
    }

    /**
     * Whether every sentence of a bead with several sentences on a side has its words translated on
     * the other side: what tells a true merge from a match with an unrelated sentence attached.
     */
    boolean everyPartCovered(int i, int a, int j, int b, double minimum) {
        if (minimum <= 0) {
            return true;   // every share is at least 0: nothing to compute
        }
        for (int x = i; a > 1 && x < i + a; x++) {
            if (!covered(true, x, j, b, minimum)) {
                return false;
            }
        }
        for (int y = j; b > 1 && y < j + b; y++) {
            if (!covered(false, y, i, a, minimum)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether sentence x has at least {@code minimum} of its words translated in the other side's
     * span. The coverages against single sentences, known from the 1-1 scores, add up to a bound
     * that settles most cases without scoring the span.
     */
    private boolean covered(boolean english, int x, int otherStart, int otherLength, double minimum) {
        double bound = 0;
        for (int o = otherStart; o < otherStart + otherLength; o++) {
            bound += english ? single(x, o, 0) : single(o, x, 1);
        }
        if (bound < minimum) {
            return false;
        }
        return otherLength == 1 || coverage(english, x, otherStart, otherLength) >= minimum;
    }

    static double probability(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }
}
