package org.sverka.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sverka.core.BlockKind;
import org.sverka.core.Document;
import org.sverka.core.Sentence;

/**
 * Fuzzing the segmenter: for any text, sentences are non-empty, in order, inside their block and
 * equal to the text at their offsets. {@link #fuzz} is a Jazzer target ({@code JAZZER_FUZZ=1} fuzzes
 * it); {@link #mutatedInputs} runs a seeded burst of mutations in every test run; the files in
 * test-data/fuzz/segment are inputs that once failed, kept as regression cases.
 */
class SegmenterFuzzTest {
    static final Path CASES = Path.of(System.getProperty("sverka.testdata", "../../test-data"), "fuzz", "segment");

    static void check(String text, String language) {
        Document doc = Document.builder("fuzz").add(BlockKind.PARAGRAPH, text).build();
        List<Sentence> sentences = Segmenter.forLanguage(language).segment(doc);
        int previousEnd = 0;
        for (Sentence s : sentences) {
            assertFalse(s.text().isBlank(), "empty sentence");
            assertTrue(s.start() >= previousEnd, "sentences overlap");
            assertEquals(s.text(), doc.text().substring(s.start(), s.end()));
            previousEnd = s.end();
        }
        String joined = visible(String.join("", sentences.stream().map(Sentence::text).toList()));
        assertEquals(visible(doc.text()), joined, "no text lost or added");
    }

    /** The text without the characters Java calls white space (the segmenter trims those). */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    @FuzzTest(maxDuration = "30s")
    void fuzz(FuzzedDataProvider data) {
        String language = data.pickValue(new String[] {"en", "ru", "de"});
        String text = data.consumeRemainingAsString();
        if (!text.isBlank()) {
            check(text, language);
        }
    }

    @Test
    void mutatedInputs() throws IOException {
        Random rnd = new Random(20261122);
        String seed = Files.readString(CASES.resolveSibling("../segmentation/cases.tsv").normalize());
        String alphabet = ".!?…«»\"“”'() \n\t-—:;,0123456789U.S.т.е.Mr.Д-рС.В.аяAZ\u00A0\u2028\uFEFF";
        for (int i = 0; i < 1500; i++) {
            int start = rnd.nextInt(seed.length() - 200);
            StringBuilder sb = new StringBuilder(seed.substring(start, start + 20 + rnd.nextInt(180)));
            for (int k = rnd.nextInt(8); k > 0; k--) {
                int at = rnd.nextInt(sb.length() + 1);
                sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            if (!sb.toString().isBlank()) {
                check(sb.toString(), i % 2 == 0 ? "en" : "ru");
            }
        }
    }

    static Stream<Path> regressionCases() throws IOException {
        return Files.isDirectory(CASES) ? Files.list(CASES).filter(Files::isRegularFile).sorted() : Stream.empty();
    }

    @ParameterizedTest
    @MethodSource("regressionCases")
    void regressionCase(Path input) throws IOException {
        String text = new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
        if (!text.isBlank()) {
            check(text, "en");
            check(text, "ru");
        }
    }
}
