package org.sverka.align.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.text.AnalyzedSentence;

/**
 * Spans are made from each sentence's ids, known once: the same for a copy of a sentence, joined for
 * several, and the same whether the two sides were numbered on one thread or two.
 */
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

    @Test
    void twoThreadsNumberThePairAsOneDoes() {
        List<String> russianTexts = List.of("Лавров прибыл в Женеву 16 сентября.", "Переговоры с Керри продлятся два дня.",
                "Керри и Лавров встретились в Женеве.", "Министр Лавров сказал, что Россия готова.");
        List<String> englishTexts = List.of("Lavrov arrived in Geneva on September 16.", "The talks with Kerry will last two days.",
                "Obama said Kerry and Lavrov met in Geneva.", "Minister Lavrov said Russia was ready, Merkel agreed.");
        List<AnalyzedSentence> ru = russianTexts.stream().map(MODEL.russian()::analyze).toList();
        List<AnalyzedSentence> en = englishTexts.stream().map(MODEL.english()::analyze).toList();
        org.sverka.align.lexicon.Lexicon lexicon = org.sverka.align.lexicon.Lexicon.defaultLexicon();
        PairVocabulary one = new PairVocabulary(lexicon, en, ru, 1);
        PairVocabulary two = new PairVocabulary(lexicon, en, ru, 2);
        assertEquals(one.englishSize(), two.englishSize());
        assertEquals(one.russianSize(), two.russianSize());
        assertEquals(one.keyCount(), two.keyCount());
        assertNotEquals(0, one.keyCount(), "the sentences have names, whose keys are numbered");
        for (int k = 0; k < en.size(); k++) {
            for (int length = 1; k + length <= en.size(); length++) {
                assertArrayEquals(one.english(en.subList(k, k + length)).tokens(), two.english(en.subList(k, k + length)).tokens());
                assertArrayEquals(one.english(en.subList(k, k + length)).keys(), two.english(en.subList(k, k + length)).keys());
                assertArrayEquals(one.russian(ru.subList(k, k + length)).tokens(), two.russian(ru.subList(k, k + length)).tokens());
                assertArrayEquals(one.russian(ru.subList(k, k + length)).keys(), two.russian(ru.subList(k, k + length)).keys());
            }
        }
        for (int e = 0; e < one.englishSize(); e++) {
            assertArrayEquals(one.russianTargetsOf(e), two.russianTargetsOf(e));
            assertArrayEquals(one.russianWeightsOf(e), two.russianWeightsOf(e));
        }
        for (int r = 0; r < one.russianSize(); r++) {
            assertArrayEquals(one.englishTargetsOf(r), two.englishTargetsOf(r));
            assertArrayEquals(one.englishWeightsOf(r), two.englishWeightsOf(r));
        }
    }
}
