package org.sverka.extract.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WCXB's word-level score of an extraction against the ground truth: both texts lower-cased and
 * cut into {@code \w+} tokens (Unicode word characters, as Python's {@code re} reads them), taken
 * as bags (multisets); precision is the share of extracted tokens found in the truth, recall the
 * share of truth tokens found in the extraction.
 * <pre>{@code
 * WordOverlap s = WordOverlap.score("The talks ended.", "The talks ended on Friday.");
 * s.precision();   // 1.0
 * s.recall();      // 0.6
 * }</pre>
 *
 * @param precision share of extracted tokens that are in the truth
 * @param recall    share of truth tokens that were extracted
 * @param f1        harmonic mean of the two
 */
public record WordOverlap(double precision, double recall, double f1) {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * @param extracted the extracted text
     * @param truth     the ground truth
     * @return the scores; both empty scores 1, one empty scores 0
     */
    public static WordOverlap score(String extracted, String truth) {
        Map<String, Integer> got = bag(extracted);
        Map<String, Integer> want = bag(truth);
        int gotN = got.values().stream().mapToInt(Integer::intValue).sum();
        int wantN = want.values().stream().mapToInt(Integer::intValue).sum();
        if (gotN == 0 && wantN == 0) {
            return new WordOverlap(1, 1, 1);
        }
        if (gotN == 0 || wantN == 0) {
            return new WordOverlap(0, 0, 0);
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        double p = (double) common / gotN;
        double r = (double) common / wantN;
        return new WordOverlap(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /**
     * @param text any text
     * @return its lower-cased {@code \w+} tokens with their counts
     */
    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }
}
