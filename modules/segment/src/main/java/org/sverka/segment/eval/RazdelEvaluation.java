package org.sverka.segment.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores a sentence splitter on OpenCorpora by razdel's protocol: windows of ten sentences joined
 * by one space, 10,000 of them drawn with Python's {@code random.seed(1); random.sample(...)}, each
 * segmented; errors are false plus missed splits, reported per 1000 etalon boundaries.
 * <pre>{@code
 * RazdelResult r = RazdelEvaluation.evaluate(dir.resolve("opencorpora-sents.txt.gz"),
 *         Segmenter.forLanguage("ru")::split);
 * r.errorsPer1000();   // razdel publishes 52
 * }</pre>
 * A split is identified by where the next sentence starts (the sentences are trimmed), so two
 * splitters that differ only in white space agree.
 */
public final class RazdelEvaluation {
    /** The sample size of the protocol. */
    public static final int SAMPLE = 10_000;
    /** The Python seed of the protocol. */
    public static final long SEED = 1;
    private static final int KEPT_EXAMPLES = 200;

    private RazdelEvaluation() {
    }

    /**
     * @param file     the partition file ({@code opencorpora-sents.txt.gz})
     * @param splitter the component under test: a text to its sentences, each a substring of it
     * @return the figures
     */
    public static RazdelResult evaluate(Path file, Function<String, List<String>> splitter) {
        List<List<String>> windows = RazdelCorpus.sample(RazdelCorpus.windows(RazdelCorpus.sentences(file)), SAMPLE, SEED);
        return evaluate(windows, splitter);
    }

    /**
     * @param windows  the etalon windows, each a list of sentences
     * @param splitter the component under test
     * @return the figures
     * @throws IllegalArgumentException when a returned sentence is not found in order in the text
     */
    public static RazdelResult evaluate(List<List<String>> windows, Function<String, List<String>> splitter) {
        int splits = 0;
        int falseSplits = 0;
        int missed = 0;
        List<RazdelWindowError> wrong = new ArrayList<>();
        for (List<String> window : windows) {
            String text = String.join(" ", window);
            Set<Integer> etalon = starts(text, window);
            List<String> guessed = splitter.apply(text);
            Set<Integer> guess = starts(text, guessed);
            int f = 0;
            for (int g : guess) {
                if (!etalon.contains(g)) {
                    f++;
                }
            }
            int m = 0;
            for (int e : etalon) {
                if (!guess.contains(e)) {
                    m++;
                }
            }
            splits += etalon.size();
            falseSplits += f;
            missed += m;
            if (f + m > 0 && wrong.size() < KEPT_EXAMPLES) {
                wrong.add(new RazdelWindowError(window, guessed, f, m));
            }
        }
        return new RazdelResult(windows.size(), splits, splits + windows.size(), falseSplits, missed, wrong);
    }

    /** The offsets where the second and later sentences start, found in order in the text. */
    static Set<Integer> starts(String text, List<String> sentences) {
        Set<Integer> out = new HashSet<>();
        int cursor = 0;
        boolean first = true;
        for (String sentence : sentences) {
            String s = sentence.strip();
            if (s.isEmpty()) {
                continue;
            }
            int at = text.indexOf(s, cursor);
            if (at < 0) {
                throw new IllegalArgumentException("sentence not found in its text: " + s);
            }
            if (!first) {
                out.add(at);
            }
            first = false;
            cursor = at + s.length();
        }
        return out;
    }
}
