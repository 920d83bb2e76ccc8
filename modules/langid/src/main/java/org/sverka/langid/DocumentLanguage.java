package org.sverka.langid;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sverka.core.Document;
import org.sverka.core.LanguageGuess;

/**
 * The one language decision for a whole document, used by every command ({@code align},
 * {@code extract}, {@code detect}, {@code corpus build}) and by the Spark job, so that they can
 * never disagree about a file.
 *
 * <p>A text of up to {@value #WHOLE_TEXT_CHARS} characters is judged whole. A longer one is judged
 * by {@value #SAMPLES} samples of {@value #SAMPLE_CHARS} characters spread evenly over it, each
 * detected on its own; the language of the most sampled characters wins. A document that opens
 * with 22,000 characters of English and goes on with 74,000 of Russian is therefore Russian: judging
 * its first 20,000 characters called it English, and judging the mixture at once called it
 * Belarusian. The confidence is the winner's mean confidence over its samples times the share of
 * the sampled characters it won, so a mixed document is reported with a lower confidence.
 * The work is bounded: at most {@value #WHOLE_TEXT_CHARS} characters are detected, however long the document.
 * <pre>{@code
 * DocumentLanguage decide = new DocumentLanguage(LanguageIdentifier.builder().build());
 * LanguageGuess g = decide.of(document);    // ru 0.71 for the mixed document above
 * }</pre>
 * Thread-safe when the identifier is (Lingua's detector is).
 */
public final class DocumentLanguage {
    /** Texts up to this length are detected whole. */
    public static final int WHOLE_TEXT_CHARS = 20_000;
    /** Samples taken of a longer text. */
    public static final int SAMPLES = 10;
    /** Characters in each sample. */
    public static final int SAMPLE_CHARS = WHOLE_TEXT_CHARS / SAMPLES;

    private final LanguageIdentifier identifier;

    /**
     * @param identifier the detector
     */
    public DocumentLanguage(LanguageIdentifier identifier) {
        this.identifier = identifier;
    }

    /**
     * @param document an extracted document
     * @return the language of its text
     */
    public LanguageGuess of(Document document) {
        return of(document.text());
    }

    /**
     * @param text a document's text
     * @return its language, {@link LanguageGuess#UNKNOWN} when none can be told
     */
    public LanguageGuess of(String text) {
        if (text.length() <= WHOLE_TEXT_CHARS) {
            return identifier.detect(text);
        }
        Map<String, double[]> votes = new LinkedHashMap<>();
        double sampled = 0;
        int step = (text.length() - SAMPLE_CHARS) / (SAMPLES - 1);
        for (int i = 0; i < SAMPLES; i++) {
            String sample = sample(text, i * step);
            LanguageGuess g = identifier.detect(sample);
            sampled += sample.length();
            if (g.isKnown()) {
                double[] v = votes.computeIfAbsent(g.language(), k -> new double[2]);
                v[0] += sample.length();
                v[1] += g.confidence() * sample.length();
            }
        }
        String best = null;
        double[] bestVote = null;
        for (Map.Entry<String, double[]> e : votes.entrySet()) {
            if (bestVote == null || e.getValue()[0] > bestVote[0]) {
                best = e.getKey();
                bestVote = e.getValue();
            }
        }
        if (best == null) {
            return LanguageGuess.UNKNOWN;
        }
        double meanConfidence = bestVote[1] / bestVote[0];
        return new LanguageGuess(best, Math.min(1.0, meanConfidence * bestVote[0] / sampled));
    }

    /** About {@value #SAMPLE_CHARS} characters from a start, both ends moved to a white space so that no word is cut. */
    private static String sample(String text, int start) {
        int from = start == 0 ? 0 : nextSpace(text, start);
        int to = nextSpace(text, Math.min(text.length(), from + SAMPLE_CHARS));
        return text.substring(from, Math.max(from, to));
    }

    private static int nextSpace(String text, int i) {
        int limit = Math.min(text.length(), i + 100);
        for (int j = i; j < limit; j++) {
            if (Character.isWhitespace(text.charAt(j))) {
                return j;
            }
        }
        return Math.min(text.length(), i);
    }
}
