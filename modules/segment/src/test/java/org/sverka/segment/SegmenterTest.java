package org.sverka.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sverka.core.BlockKind;
import org.sverka.core.Document;
import org.sverka.core.Sentence;

class SegmenterTest {
    static final Path CASES = Path.of(System.getProperty("sverka.testdata", "../../test-data"), "segmentation", "cases.tsv");

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(CASES).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", 2))
                .map(f -> Arguments.of(f[0], Arrays.stream(f[1].split(" \\|\\| ")).toList()));
    }

    @Test
    void thereAreAtLeastSixtyCases() throws IOException {
        assertTrue(cases().count() >= 60);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void splitsAsExpected(String language, List<String> expected) {
        String input = String.join(" ", expected);
        assertEquals(expected, Segmenter.forLanguage(language).split(input));
    }

    @Test
    void blockEndIsASentenceEndAndOffsetsPointIntoTheText() {
        Document doc = Document.builder("t")
                .add(BlockKind.HEADING, "Lavrov meets Kerry")
                .add(BlockKind.PARAGRAPH, "The ministers met in Geneva.  They talked for five hours.")
                .build();
        List<Sentence> sentences = Segmenter.forLanguage("en").segment(doc);
        assertEquals(List.of("Lavrov meets Kerry", "The ministers met in Geneva.", "They talked for five hours."),
                sentences.stream().map(Sentence::text).toList());
        for (Sentence s : sentences) {
            assertEquals(s.text(), doc.text().substring(s.start(), s.end()));
        }
        assertEquals(List.of(0, 1, 1), sentences.stream().map(Sentence::block).toList());
    }

    @Test
    void languageWithoutListStillSplits() {
        assertEquals(List.of("Der Minister kam an.", "Die Gespräche begannen."),
                Segmenter.forLanguage("de").split("Der Minister kam an. Die Gespräche begannen."));
    }
}
