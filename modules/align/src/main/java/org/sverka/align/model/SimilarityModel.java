package org.sverka.align.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.sverka.align.lexicon.Lexicon;
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
 * Immutable and thread-safe.
 */
public final class SimilarityModel {
    /** Where the default weights lie on the class path. */
    public static final String DEFAULT_WEIGHTS = "/org/sverka/lexicon/enru/model.properties";

    private static volatile SimilarityModel defaultModel;

    private final Lexicon lexicon;
    private final List<Signal> signals;
    private final double[] weights;
    private final TextAnalyzer english = TextAnalyzer.english();
    private final TextAnalyzer russian = TextAnalyzer.russian();

    /**
     * @param lexicon the lexicon the coverage signals look words up in
     * @param weights bias first, then one weight per signal of {@link #signals(Lexicon)}
     */
    public SimilarityModel(Lexicon lexicon, double[] weights) {
        this.lexicon = lexicon;
        this.signals = signals(lexicon);
        if (weights.length != signals.size() + 1) {
            throw new IllegalArgumentException("expected " + (signals.size() + 1) + " weights, got " + weights.length);
        }
        this.weights = weights.clone();
    }

    /**
     * The signals in their fixed order: English coverage, Russian coverage, the smaller of the
     * two, length, numbers agreeing, numbers differing.
     *
     * @param lexicon the lexicon
     * @return the signals
     */
    public static List<Signal> signals(Lexicon lexicon) {
        LexicalCoverage en = new LexicalCoverage(lexicon, true);
        LexicalCoverage ru = new LexicalCoverage(lexicon, false);
        Signal min = new Signal() {
            @Override
            public String name() {
                return "coverage_min";
            }

            @Override
            public double value(Span e, Span r) {
                return Math.min(en.value(e, r), ru.value(e, r));
            }
        };
        return List.of(en, ru, min, new LengthAgreement(LengthAgreement.DEFAULT_RATIO), NumberAgreement.overlap(),
                NumberAgreement.mismatch());
    }

    /** @return the model with the default lexicon and weights, loaded once per process */
    public static SimilarityModel defaultModel() {
        SimilarityModel m = defaultModel;
        if (m == null) {
            synchronized (SimilarityModel.class) {
                m = defaultModel;
                if (m == null) {
                    m = withLexicon(Lexicon.defaultLexicon());
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
    public static SimilarityModel withLexicon(Lexicon lexicon) {
        return new SimilarityModel(lexicon, loadWeights());
    }

    private static double[] loadWeights() {
        try (InputStream in = SimilarityModel.class.getResourceAsStream(DEFAULT_WEIGHTS)) {
            if (in == null) {
                return new double[] {-6, 4, 4, 4, 0.3, 1, -1};
            }
            Properties p = new Properties();
            p.load(in);
            return Arrays.stream(p.getProperty("weights").split(",")).mapToDouble(s -> Double.parseDouble(s.strip())).toArray();
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
        Properties p = new Properties();
        StringBuilder sb = new StringBuilder();
        for (double w : weights) {
            sb.append(sb.length() > 0 ? "," : "").append(String.format(Locale.ROOT, "%.4f", w));
        }
        p.setProperty("weights", sb.toString());
        p.store(out, comment);
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
     * @return the signal values in the order of {@link #signals(Lexicon)}
     */
    public double[] features(Span en, Span ru) {
        double[] f = new double[signals.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = signals.get(i).value(en, ru);
        }
        return f;
    }

    /**
     * @param en an English span
     * @param ru a Russian span
     * @return the log-odds that they translate each other
     */
    public double logit(Span en, Span ru) {
        if (en.isEmpty() || ru.isEmpty()) {
            return weights[0] + weights[4] * new LengthAgreement(LengthAgreement.DEFAULT_RATIO).value(en, ru);
        }
        double[] f = features(en, ru);
        double z = weights[0];
        for (int i = 0; i < f.length; i++) {
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
