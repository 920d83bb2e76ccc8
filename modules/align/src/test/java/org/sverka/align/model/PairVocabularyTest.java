package org.sverka.align.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
