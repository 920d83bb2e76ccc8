package org.sverka.align.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.sverka.align.lexicon.Lexicon;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.align.text.TextAnalyzer;

/**
 * The English–Russian similarity model: signals combined by logistic weights into the
 * probability that two spans translate each other.
 * <pre>{@code
 * SimilarityModel model = SimilarityModel.defaultModel();
 * double p = model.score(englishSpan, russianSpan);   // in [0, 1]
 * }</pre>
 * The default weights were fitted on 300 held-out TICO-19 pairs against mismatched pairs (see
 * {@link LogisticFit}), so a score means the same in every document: 0.5 is even odds.
 * The scores aligners put on their beads are then calibrated on hard report tasks
 * ({@link ScoreCalibration}). Immutable and thread-safe. Over 300 lines because it also reads and
 * writes its weights, which belong with it.
 */
public final class SimilarityModel {
    /** Where the default weights lie on the class path. */
    public static final String DEFAULT_WEIGHTS = "/org/sverka/lexicon/enru/model.properties";

    private static volatile SimilarityModel defaultModel;
    /** Features: coverage_en, coverage_ru, coverage_min, length, numbers_agree, numbers_differ. */
    public static final int FEATURES = 6;
    /** Refinement features: base log-odds, dice, lexical dice, crossing, unlinked English, unlinked Russian. */
    public static final int REFINEMENT_FEATURES = 4;
    /** Matches whose base log-odds are at most this stay as they are; only plausible ones are refined. */
    public static final double REFINE_ABOVE = -4.0;

    private final Lexicon lexicon;
    private final List<Signal> signals;
    private final double[] weights;
    private final double[] refinement;
    private final ScoreCalibration calibration;
    private final TextAnalyzer english = TextAnalyzer.english();
    private final TextAnalyzer russian = TextAnalyzer.russian();

    /**
     * @param lexicon the lexicon the coverage signals look words up in
     * @param weights bias first, then one weight per feature of {@link #features(Span, Span)}
     */
    public SimilarityModel(Lexicon lexicon, double[] weights) {
        this(lexicon, weights, null);
    }

    /**
     * A model whose plausible matches (log-odds over {@link #REFINE_ABOVE}) are scored again from
     * their word alignment: see {@link #refinementFeatures(double, Span, Span)}.
     *
     * @param lexicon    the lexicon the coverage signals look words up in
     * @param weights    bias first, then one weight per feature of {@link #features(Span, Span)}
     * @param refinement bias first, then one weight per refinement feature; null for none
     */
    public SimilarityModel(Lexicon lexicon, double[] weights, double[] refinement) {
        this(lexicon, weights, refinement, ScoreCalibration.IDENTITY);
    }

    /**
     * A model with refinement whose matches' scores are calibrated for reviewers.
     *
     * @param lexicon     the lexicon the coverage signals look words up in
     * @param weights     bias first, then one weight per feature of {@link #features(Span, Span)}
     * @param refinement  bias first, then one weight per refinement feature; null for none
     * @param calibration how log-odds become the scores of an aligner's output
     */
    public SimilarityModel(Lexicon lexicon, double[] weights, double[] refinement, ScoreCalibration calibration) {
        this.calibration = java.util.Objects.requireNonNull(calibration, "calibration");
        if (refinement != null && refinement.length != REFINEMENT_FEATURES + 1) {
            throw new IllegalArgumentException("expected " + (REFINEMENT_FEATURES + 1) + " refinement weights, got "
                    + refinement.length);
        }
        this.refinement = refinement == null ? null : refinement.clone();
        this.lexicon = lexicon;
        this.signals = signals();
        if (weights.length != FEATURES + 1) {
            throw new IllegalArgumentException("expected " + (FEATURES + 1) + " weights, got " + weights.length);
        }
        this.weights = weights.clone();
    }

    /**
     * The signals in their fixed order: English coverage, Russian coverage, length, numbers
     * agreeing, numbers differing. The model adds the smaller of the two coverages as a feature
     * of its own (third), computed from the first two.
     *
     * @return the signals
     */
    public static List<Signal> signals() {
        return List.of(new LexicalCoverage(true), new LexicalCoverage(false),
                new LengthAgreement(LengthAgreement.DEFAULT_RATIO), NumberAgreement.overlap(), NumberAgreement.mismatch());
    }

    /** @return the model with the default lexicon and weights, loaded once per process */
    public static SimilarityModel defaultModel() {
        SimilarityModel m = defaultModel;
        if (m == null) {
            synchronized (SimilarityModel.class) {
                m = defaultModel;
                if (m == null) {
                    m = ofLexicon(Lexicon.defaultLexicon());
                    defaultModel = m;
                }
            }
        }
        return m;
    }

    /**
     * @param lexicon a lexicon
     * @return a model over that lexicon with the default weights
     */
    public static SimilarityModel ofLexicon(Lexicon lexicon) {
        Properties p = loadWeights();
        double[] weights = p == null ? new double[] {-6, 4, 4, 4, 0.3, 1, -1} : parse(p.getProperty("weights"));
        double[] refinement = p == null || p.getProperty("refinement") == null ? null : parse(p.getProperty("refinement"));
        ScoreCalibration calibration = p == null || p.getProperty("calibration") == null ? ScoreCalibration.IDENTITY
                : ScoreCalibration.parse(p.getProperty("calibration"));
        return new SimilarityModel(lexicon, weights, refinement, calibration);
    }

    private static double[] parse(String list) {
        return Arrays.stream(list.split(",")).mapToDouble(s -> Double.parseDouble(s.strip())).toArray();
    }

    private static Properties loadWeights() {
        try (InputStream in = SimilarityModel.class.getResourceAsStream(DEFAULT_WEIGHTS)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_WEIGHTS, e);
        }
    }

    /**
     * Writes weights in the format the default model reads.
     *
     * @param weights bias first, then one per signal
     * @param comment what they were fitted on
     * @param out     where to write
     * @throws IOException when writing fails
     */
    public static void writeWeights(double[] weights, String comment, OutputStream out) throws IOException {
        writeWeights(weights, null, comment, out);
    }

    /**
     * Writes base and refinement weights in the format the default model reads.
     *
     * @param weights    bias first, then one per signal
     * @param refinement bias first, then one per refinement feature; null for none
     * @param comment    what they were fitted on
     * @param out        where to write
     * @throws IOException when writing fails
     */
    public static void writeWeights(double[] weights, double[] refinement, String comment, OutputStream out) throws IOException {
        writeWeights(weights, refinement, null, comment, out);
    }

    /**
     * Writes base and refinement weights and the score calibration in the format the default model reads.
     *
     * @param weights     bias first, then one per signal
     * @param refinement  bias first, then one per refinement feature; null for none
     * @param calibration the score calibration; null for none
     * @param comment     what they were fitted on
     * @param out         where to write
     * @throws IOException when writing fails
     */
    public static void writeWeights(double[] weights, double[] refinement, ScoreCalibration calibration, String comment,
                                    OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("weights", join(weights));
        if (refinement != null) {
            p.setProperty("refinement", join(refinement));
        }
        if (calibration != null) {
            p.setProperty("calibration", calibration.toString());
        }
        p.store(out, comment);
    }

    private static String join(double[] weights) {
        StringBuilder sb = new StringBuilder();
        for (double w : weights) {
            sb.append(sb.length() > 0 ? "," : "").append(String.format(Locale.ROOT, "%.4f", w));
        }
        return sb.toString();
    }

    /**
     * @param other a lexicon
     * @return this model's weights over that lexicon
     */
    public SimilarityModel withLexicon(Lexicon other) {
        return new SimilarityModel(other, weights, refinement, calibration);
    }

    /**
     * @param refinementWeights bias first, then one per refinement feature; null for none
     * @return this model with those refinement weights
     */
    public SimilarityModel withRefinement(double[] refinementWeights) {
        return new SimilarityModel(lexicon, weights, refinementWeights, calibration);
    }

    /**
     * @param scoreCalibration how log-odds become the scores of an aligner's output
     * @return this model with that calibration
     */
    public SimilarityModel withCalibration(ScoreCalibration scoreCalibration) {
        return new SimilarityModel(lexicon, weights, refinement, scoreCalibration);
    }

    /** @return the refinement weights (bias first), or null when the model has none */
    public double[] refinement() {
        return refinement == null ? null : refinement.clone();
    }

    /** @return how log-odds become the scores of an aligner's output ({@link ScoreCalibration#IDENTITY} when none) */
    public ScoreCalibration calibration() {
        return calibration;
    }

    /** @return the base weights: bias first, then one per feature of {@link #features(Span, Span)} */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The words of two documents as numbers, for fast scoring of their spans.
     *
     * @param english the English sentences, analysed by {@link #english()}
     * @param russian the Russian sentences, analysed by {@link #russian()}
     * @return their vocabulary, which makes the spans this model scores
     */
    public PairVocabulary vocabulary(List<AnalyzedSentence> english, List<AnalyzedSentence> russian) {
        return vocabulary(english, russian, Runtime.getRuntime().availableProcessors() >= 2 ? 2 : 1);
    }

    /**
     * {@link #vocabulary(List, List)} on at most {@code threads} threads: with 2, documents of 400
     * sentences or more are numbered side by side; the vocabulary is the same.
     * <pre>{@code
     * PairVocabulary v = model.vocabulary(englishSentences, russianSentences, 1);   // this thread only
     * }</pre>
     *
     * @param english the English sentences, analysed by {@link #english()}
     * @param russian the Russian sentences, analysed by {@link #russian()}
     * @param threads 1 or 2
     * @return their vocabulary
     */
    public PairVocabulary vocabulary(List<AnalyzedSentence> english, List<AnalyzedSentence> russian, int threads) {
        if (threads < 1 || threads > 2) {
            throw new IllegalArgumentException("threads must be 1 or 2: " + threads);
        }
        boolean split = threads == 2 && english.size() + russian.size() >= PairVocabulary.PARALLEL_SENTENCES;
        return new PairVocabulary(lexicon, english, russian, split ? 2 : 1);
    }

    /**
     * Scores one English text against one Russian text; for many, use {@link #vocabulary}.
     *
     * @param english an English sentence or passage
     * @param russian a Russian one
     * @return the probability that they translate each other
     */
    public double score(String english, String russian) {
        AnalyzedSentence e = this.english.analyze(english);
        AnalyzedSentence r = this.russian.analyze(russian);
        PairVocabulary v = vocabulary(List.of(e), List.of(r));
        return score(v.english(List.of(e)), v.russian(List.of(r)));
    }

    /** @return the lexicon */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** @return the English analyzer */
    public TextAnalyzer english() {
        return english;
    }

    /** @return the Russian analyzer */
    public TextAnalyzer russian() {
        return russian;
    }

    /**
     * @param en an English span
     * @param ru a Russian span
     * @return coverage_en, coverage_ru, their minimum, length, numbers_agree, numbers_differ
     */
    public double[] features(Span en, Span ru) {
        double[] f = new double[FEATURES];
        features(en, ru, f);
        return f;
    }

    /**
     * {@link #features(Span, Span)} written into an array the caller keeps, for scoring many pairs
     * without an array each.
     *
     * @param en  an English span
     * @param ru  a Russian span
     * @param out at least {@value #FEATURES} long: its first values become the features
     */
    public void features(Span en, Span ru, double[] out) {
        double covEn = signals.get(0).value(en, ru);
        double covRu = signals.get(1).value(en, ru);
        out[0] = covEn;
        out[1] = covRu;
        out[2] = Math.min(covEn, covRu);
        out[3] = signals.get(2).value(en, ru);
        out[4] = signals.get(3).value(en, ru);
        out[5] = signals.get(4).value(en, ru);
    }

    /**
     * @param english true for the share of the English span's words translated in the Russian one
     * @param en      an English span
     * @param ru      a Russian span
     * @return that share, in [0, 1]
     */
    public double coverage(boolean english, Span en, Span ru) {
        return signals.get(english ? 0 : 1).value(en, ru);
    }

    /**
     * @param en an English span
     * @param ru a Russian span
     * @return the log-odds that they translate each other
     */
    public double logit(Span en, Span ru) {
        if (en.isEmpty() || ru.isEmpty()) {
            return weights[0] + weights[4] * signals.get(2).value(en, ru);
        }
        return refine(logit(features(en, ru)), en, ru);
    }

    /**
     * The final log-odds of a pair from its base log-odds ({@link #logit(double[])}): unchanged when
     * implausible or when the model has no refinement, else rescored from the word alignment.
     *
     * @param base the base log-odds of the pair
     * @param en   the English span
     * @param ru   the Russian span
     * @return the log-odds that they translate each other
     */
    public double refine(double base, Span en, Span ru) {
        if (refinement == null || base <= REFINE_ABOVE || en.isEmpty() || ru.isEmpty()) {
            return base;
        }
        // the features of refinementFeatures, in its order and summed as logit sums, without an array a pair
        WordAlignment a = WordAlignment.of(en, ru);
        double z = refinement[0];
        z += refinement[1] * base;
        z += refinement[2] * a.dice();
        z += refinement[3] * a.lexicalDice();
        z += refinement[4] * a.crossing();
        return Math.max(z, REFINE_ABOVE - 1);
    }

    /**
     * What a plausible match is scored again from: how much of both sides a one-to-one word
     * alignment explains, how much of it without name keys, how crossed it is, and how many words
     * of each side it leaves unexplained ({@link WordAlignment}).
     *
     * @param base the base log-odds of the pair
     * @param en   the English span
     * @param ru   the Russian span
     * @return base, dice, lexical dice, crossing, log(1 + unlinked English), log(1 + unlinked Russian)
     */
    public double[] refinementFeatures(double base, Span en, Span ru) {
        WordAlignment a = WordAlignment.of(en, ru);
        return new double[] {base, a.dice(), a.lexicalDice(), a.crossing()};
    }

    /**
     * @param f features as {@link #features(Span, Span)} gives them
     * @return the log-odds they add up to
     */
    public double logit(double[] f) {
        return logit(f, f.length);
    }

    /**
     * @param f     features as {@link #features(Span, Span, double[])} writes them
     * @param count how many of them to add up
     * @return the log-odds the first {@code count} add up to
     */
    public double logit(double[] f, int count) {
        double z = weights[0];
        for (int i = 0; i < count; i++) {
            z += weights[i + 1] * f[i];
        }
        return z;
    }

    /**
     * @param en an English span
     * @param ru a Russian span
     * @return the probability in [0, 1] that they translate each other
     */
    public double score(Span en, Span ru) {
        return 1 / (1 + Math.exp(-logit(en, ru)));
    }
}
