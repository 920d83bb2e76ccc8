package org.sverka.align.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.NtrexBook;
import org.sverka.align.text.AnalyzedSentence;

class LexicalCoverageTest {
    private final SimilarityModel model = SimilarityModel.defaultModel();

    /**
     * The coverage found with marked stems and keys, and by searching long rows, is the coverage by
     * its definition (each word's best translation among the other span's stems, else its name key),
     * to the last bit, on the NTREX-128 book's sentences against their neighbours and pairs of them;
     * both ways of reading a row are taken many times.
     */
    @Test
    void theMarkedAndSearchedCoverageIsTheDefinition() throws IOException {
        List<AnalyzedSentence> en = NtrexBook.lines("en").stream()
                .limit(600).map(model.english()::analyze).toList();
        List<AnalyzedSentence> ru = NtrexBook.lines("ru").stream()
                .limit(600).map(model.russian()::analyze).toList();
        PairVocabulary v = model.vocabulary(en, ru);
        LexicalCoverage english = new LexicalCoverage(true);
        LexicalCoverage russian = new LexicalCoverage(false);
        int compared = 0;
        int searched = 0;
        int walked = 0;
        int byKey = 0;
        for (int i = 0; i + 2 < en.size(); i++) {
            for (int j = Math.max(0, i - 3); j <= Math.min(ru.size() - 3, i + 3); j++) {
                for (int a = 1; a <= 2; a++) {
                    Span e = v.english(en.subList(i, i + a));
                    Span r = v.russian(ru.subList(j, j + 3 - a));
                    String where = "English " + i + "+" + a + ", Russian " + j;
                    assertEquals(byDefinition(true, e, r), english.value(e, r), 0.0, where);
                    assertEquals(byDefinition(false, e, r), russian.value(e, r), 0.0, where);
                    for (int t : e.tokens()) {
                        if (v.russianTargetsOf(t).length > LexicalCoverage.SEARCH_FACTOR * r.stems().length) {
                            searched++;
                        } else {
                            walked++;
                        }
                    }
                    for (int w = 0; w < e.keys().length; w++) {
                        byKey += e.keys()[w] >= 0 && r.hasKey(e.keys()[w]) ? 1 : 0;
                    }
                    compared++;
                }
            }
        }
        assertTrue(compared > 5000, "pairs compared: " + compared);
        assertTrue(searched > 1000 && walked > 1000, "rows searched " + searched + ", walked " + walked);
        assertTrue(byKey > 100, "words matched by a name key: " + byKey);
    }

    /** The share of covered words by its definition: each word's best weight, summed in word order. */
    private static double byDefinition(boolean fromEnglish, Span en, Span ru) {
        Span from = fromEnglish ? en : ru;
        Span to = fromEnglish ? ru : en;
        if (from.tokens().length == 0) {
            return 0.0;
        }
        PairVocabulary v = from.vocabulary();
        double sum = 0;
        for (int i = 0; i < from.tokens().length; i++) {
            int token = from.tokens()[i];
            int[] targets = fromEnglish ? v.russianTargetsOf(token) : v.englishTargetsOf(token);
            float[] weights = fromEnglish ? v.russianWeightsOf(token) : v.englishWeightsOf(token);
            double best = from.keys()[i] >= 0 && to.hasKey(from.keys()[i]) ? LexicalCoverage.NAME_KEY_WEIGHT : 0.0;
            for (int k = 0; k < targets.length; k++) {
                if (to.hasStem(targets[k])) {
                    best = Math.max(best, weights[k]);
                }
            }
            sum += best;
        }
        return sum / from.tokens().length;
    }
}
