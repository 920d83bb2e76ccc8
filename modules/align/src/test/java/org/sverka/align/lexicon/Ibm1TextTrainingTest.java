package org.sverka.align.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sverka.align.text.TextAnalyzer;

class Ibm1TextTrainingTest {
    @Test
    void wordsThatCoOccurLearnEachOther() {
        List<String[]> pairs = List.of(
                new String[] {"The talks ended in Geneva.", "Переговоры завершились в Женеве."},
                new String[] {"The talks resumed on Monday.", "Переговоры возобновились в понедельник."},
                new String[] {"Talks on grain continue.", "Переговоры о зерне продолжаются."},
                new String[] {"The ministers met in Geneva.", "Министры встретились в Женеве."});
        Ibm1TextTraining.Result r = Ibm1TextTraining.train(pairs, 5);
        assertEquals(4, r.pairs());
        String talk = TextAnalyzer.english().stem("talks");
        String peregovor = TextAnalyzer.russian().stem("переговоры");
        assertTrue(r.englishContent().contains(talk) && r.russianContent().contains(peregovor));
        Map<String, Double> forward = r.table().forward().get(talk);
        String best = forward.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals(peregovor, best, forward.toString());
        assertThrows(IllegalArgumentException.class, () -> Ibm1TextTraining.train(List.of(), 5));
    }
}
