package org.sverka.align.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.text.AnalyzedSentence;

/** Spans are made from each sentence's ids, known once: the same for a copy of a sentence, joined for several. */
class PairVocabularyTest {
    private static final SimilarityModel MODEL = SimilarityModel.defaultModel();

    @Test
    void aSpanOfSeveralSentencesJoinsTheirWordsAndACopyOfASentenceGivesItsSpan() {
        List<AnalyzedSentence> ru = List.of(MODEL.russian().analyze("Лавров прибыл в Женеву 16 сентября."),
                MODEL.russian().analyze("Переговоры с Керри продлятся два дня."));
        List<AnalyzedSentence> en = List.of(MODEL.english().analyze("Lavrov arrived in Geneva on September 16."),
                MODEL.english().analyze("The talks with Kerry will last two days."));
        PairVocabulary v = MODEL.vocabulary(en, ru);
        Span first = v.russian(ru.subList(0, 1));
        Span second = v.russian(ru.subList(1, 2));
        Span both = v.russian(ru);
        assertEquals(first.tokens().length + second.tokens().length, both.tokens().length);
        assertArrayEquals(first.keys(), java.util.Arrays.copyOf(both.keys(), first.keys().length));
        assertEquals(List.of("16", "month:9", "2"), both.numbers());
        assertEquals(first.chars() + 1 + second.chars(), both.chars());
        Span copy = v.english(List.of(MODEL.english().analyze("Lavrov arrived in Geneva on September 16.")));
        assertEquals(v.english(en.subList(0, 1)), copy);
        assertArrayEquals(v.english(en.subList(0, 1)).keys(), copy.keys());
        assertNotEquals(v.english(en.subList(1, 2)), copy);
        assertThrows(IllegalArgumentException.class, () -> v.english(List.of(MODEL.english().analyze("Unrelated weather news."))));
    }

    /**
     * The distinct stems and keys of spans of one to three sentences, joined from their sentences'
     * sorted ids, are those of sorting the span's own ids, on both sides of the NTREX-128 book.
     */
    @Test
    void theJoinedDistinctIdsOfSpansAreTheSortedIds() throws IOException {
        Path ntrex = Path.of(System.getProperty("sverka.data", "../../../shared/data")).resolve("ntrex128");
        assumeTrue(Files.isRegularFile(ntrex.resolve("ntrex.en")), "the evaluation data is absent");
        SimilarityModel model = SimilarityModel.defaultModel();
        List<AnalyzedSentence> en = Files.readAllLines(ntrex.resolve("ntrex.en"), StandardCharsets.UTF_8).stream()
                .map(model.english()::analyze).toList();
        List<AnalyzedSentence> ru = Files.readAllLines(ntrex.resolve("ntrex.ru"), StandardCharsets.UTF_8).stream()
                .map(model.russian()::analyze).toList();
        PairVocabulary v = model.vocabulary(en, ru);
        int shared = 0;
        for (int length = 1; length <= 3; length++) {
            for (int i = 0; i + length <= en.size(); i++) {
                for (Span s : List.of(v.english(en.subList(i, i + length)), v.russian(ru.subList(i, i + length)))) {
                    assertArrayEquals(PairVocabulary.distinct(s.tokens()), s.stems(), "stems " + i + "+" + length);
                    assertArrayEquals(PairVocabulary.distinct(s.keys()), s.keySet(), "keys " + i + "+" + length);
                    shared += s.tokens().length - s.stems().length;
                }
            }
        }
        assertTrue(shared > 1000, "repeated stems within spans: " + shared);
    }
}
