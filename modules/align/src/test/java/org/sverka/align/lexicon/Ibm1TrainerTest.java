package org.sverka.align.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Ibm1TrainerTest {
    static Ibm1Trainer.SentencePair pair(String en, String ru) {
        return new Ibm1Trainer.SentencePair(Arrays.asList(en.split(" ")), Arrays.asList(ru.split(" ")));
    }

    static String best(Map<String, Double> row) {
        return row.entrySet().stream().max(Comparator.comparingDouble(Map.Entry::getValue)).orElseThrow().getKey();
    }

    @Test
    void cooccurrenceIsExplainedWordByWord() {
        List<Ibm1Trainer.SentencePair> corpus = List.of(
                pair("the house", "дом"), pair("the big house", "большой дом"), pair("big", "большой"),
                pair("the book", "книга"), pair("the big book", "большая книга"), pair("a book", "книга"));
        Ibm1Trainer.Table t = Ibm1Trainer.train(corpus, 10);
        assertEquals("дом", best(t.forward().get("house")));
        assertEquals("книга", best(t.forward().get("book")));
        assertEquals("house", best(t.backward().get("дом")));
        double sum = t.forward().get("house").values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1.0, sum, 1e-9, "t(. | house) is a distribution");
        assertTrue(t.forward().get("house").get("дом") > 0.5);
    }
}
