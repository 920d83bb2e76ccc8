package org.sverka.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordOverlapTest {
    @Test
    void tokensAreLowerCasedUnicodeWordsCountedAsABag() {
        WordOverlap s = WordOverlap.score("The talks, the TALKS ended.", "the talks ended on Friday");
        // extracted: the×2 talks×2 ended (5); truth: the talks ended on friday (5); common: the talks ended (3)
        assertEquals(0.6, s.precision(), 1e-9);
        assertEquals(0.6, s.recall(), 1e-9);
        assertEquals(0.6, s.f1(), 1e-9);
    }

    @Test
    void cyrillicAndDigitsAreWordCharacters() {
        WordOverlap s = WordOverlap.score("Путин подписал закон № 123-ФЗ.", "путин подписал закон 123 фз");
        assertEquals(1.0, s.f1(), 1e-9);
    }

    @Test
    void emptySidesScoreAsWcxbDoes() {
        assertEquals(0.0, WordOverlap.score("", "some truth").f1());
        assertEquals(0.0, WordOverlap.score("some output", "").f1());
        assertEquals(1.0, WordOverlap.score("", "").f1());
    }
}
