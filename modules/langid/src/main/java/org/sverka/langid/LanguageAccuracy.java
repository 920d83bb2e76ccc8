package org.sverka.langid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Evaluator: the share of lines of a file whose language is told right.
 * <pre>{@code
 * LanguageAccuracy.Result r = LanguageAccuracy.measure(id, Path.of("flores200.devtest.ru"), "ru");
 * System.out.println(r);   // ru: 1012 sentences, 1010 right, 99.80%
 * }</pre>
 */
public final class LanguageAccuracy {
    private LanguageAccuracy() {
    }

    /**
     * The outcome of one measurement.
     *
     * @param language the expected language
     * @param total    lines judged
     * @param right    lines detected as the expected language
     * @param confusions up to ten wrongly detected lines, with what was detected
     */
    public record Result(String language, int total, int right, List<String> confusions) {
        /** @return right / total */
        public double accuracy() {
            return total == 0 ? 0 : (double) right / total;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s: %d sentences, %d right, %.2f%%", language, total, right,
                    100 * accuracy());
        }
    }

    /**
     * @param identifier the identifier to measure
     * @param lines      a UTF-8 file, one sentence a line, all in one language
     * @param expected   ISO 639-1 code of that language
     * @return the accuracy over non-blank lines
     * @throws IOException when the file cannot be read
     */
    public static Result measure(LanguageIdentifier identifier, Path lines, String expected) throws IOException {
        int total = 0;
        int right = 0;
        List<String> confusions = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(lines)) {
            if (line.isBlank()) {
                continue;
            }
            total++;
            String got = identifier.detect(line).language();
            if (got.equals(expected)) {
                right++;
            } else if (confusions.size() < 10) {
                confusions.add(got + "\t" + line);
            }
        }
        return new Result(expected, total, right, confusions);
    }
}
