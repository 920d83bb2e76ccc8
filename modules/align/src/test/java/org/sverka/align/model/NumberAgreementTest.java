package org.sverka.align.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.NtrexBook;
import org.sverka.align.text.AnalyzedSentence;

class NumberAgreementTest {
    private final SimilarityModel model = SimilarityModel.defaultModel();

    /**
     * Values shared by the scan over marked positions are those counted through a map, on the
     * numbers of the NTREX-128 book's spans against their neighbours' (repeats included) and on
     * lists longer than the marks hold.
     */
    @Test
    void theMarkedCountIsTheMapCount() throws IOException {
        List<AnalyzedSentence> en = NtrexBook.lines("en").stream()
                .map(model.english()::analyze).toList();
        List<AnalyzedSentence> ru = NtrexBook.lines("ru").stream()
                .map(model.russian()::analyze).toList();
        PairVocabulary v = model.vocabulary(en, ru);
        int shared = 0;
        int compared = 0;
        for (int i = 0; i + 3 <= en.size(); i++) {
            for (int j = Math.max(0, i - 3); j + 3 <= ru.size() && j <= i + 3; j++) {
                for (int a = 1; a <= 3; a++) {
                    List<String> e = v.english(en.subList(i, i + a)).numbers();
                    List<String> r = v.russian(ru.subList(j, j + 4 - a)).numbers();
                    if (e.isEmpty() || r.isEmpty()) {
                        continue;
                    }
                    int expected = NumberAgreement.commonByMap(e, r);
                    assertEquals(expected, NumberAgreement.common(e, r), e + " ~ " + r);
                    assertEquals(NumberAgreement.commonByMap(r, e), NumberAgreement.common(r, e), r + " ~ " + e);
                    shared += expected;
                    compared++;
                }
            }
        }
        assertTrue(compared > 1000 && shared > 1000, "pairs compared " + compared + ", values shared " + shared);
        List<String> many = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            many.add(Integer.toString(k % 30));
        }
        assertEquals(NumberAgreement.commonByMap(many, many.subList(0, 70)), NumberAgreement.common(many, many.subList(0, 70)));
        assertEquals(List.of("1", "1", "2").size() - 1, NumberAgreement.common(List.of("1", "1", "2"), List.of("1", "2", "2")));
    }
}
