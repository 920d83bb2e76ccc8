package org.sverka.align.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link FlagEvaluation#everyPair} reads each line pair of the documents once as an untouched pair,
 * where the sampled benchmark may draw one pair twice and leave another out.
 */
class FlagEvaluationEveryPairTest {
    private static final List<ParallelDocument> DOCUMENTS = List.of(
            new ParallelDocument("a", List.of("Lavrov met Kerry in Geneva on 12 May.", "The talks did not end.", "They spoke for 3 hours."),
                    List.of("Лавров встретился с Керри в Женеве 12 мая.", "Переговоры не закончились.", "Они говорили 3 часа.")),
            new ParallelDocument("b", List.of("Moscow said 40 people left.", "Nobody was hurt in Tula."),
                    List.of("Москва сообщила, что уехали 40 человек.", "В Туле никто не пострадал.")));

    @Test
    void readsEveryUntouchedPairOnce() {
        Map<String, Integer> untouchedReads = new HashMap<>();
        FlagEvaluation.Result r = FlagEvaluation.everyPair(DOCUMENTS, 2026, (en, ru, line) -> {
            for (ParallelDocument d : DOCUMENTS) {
                if (d.english().equals(en) && d.russian().equals(ru)) {
                    untouchedReads.merge(d.id() + ":" + line, 1, Integer::sum);
                }
            }
            return List.of();
        });
        assertEquals(5, r.untouched());
        assertEquals(Map.of("a:0", 1, "a:1", 1, "a:2", 1, "b:0", 1, "b:1", 1), untouchedReads);
        assertEquals(0, r.falseFlags());
    }

    @Test
    void countsAFlagOnAnUntouchedPairAsFalseAndAChangedNumberFoundAsRecall() {
        // a flagger that flags a number when the two sides write different digits, and every pair of document b
        FlagEvaluation.Result r = FlagEvaluation.everyPair(DOCUMENTS, 2026, (en, ru, line) -> {
            List<String> flags = new ArrayList<>();
            if (!en.get(line).replaceAll("\\D", "").equals(ru.get(line).replaceAll("\\D", ""))) {
                flags.add("number-only-en:x");
            }
            if (en.get(0).startsWith("Moscow")) {
                flags.add("name-only-en:Moscow");
            }
            return flags;
        });
        assertEquals(2, r.falseFlags());
        assertEquals(1.0, r.recall("number-en"));
        assertEquals(3, r.perturbed().get("number-en"));
    }
}
