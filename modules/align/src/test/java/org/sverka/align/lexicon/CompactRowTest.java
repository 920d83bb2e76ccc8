package org.sverka.align.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The packed lexicon's rows, kept as arrays, answer as the hash maps they replace did, in the same
 * order, on every row of the committed lexicon that a sample of its stems asks for.
 */
class CompactRowTest {
    @Test
    void rowsAnswerAsTheirHashMapsInTheSameOrder() {
        PackedLexicon lexicon = PackedLexicon.read(PackedDefault.loadIfCurrent());
        Set<String> english = new LinkedHashSet<>();
        Set<String> russian = new LinkedHashSet<>();
        lexicon.forEachPair((en, ru, w) -> {
            if (english.size() < 3000) {
                english.add(en);
            }
            if (russian.size() < 3000) {
                russian.add(ru);
            }
        });
        int rows = 0;
        for (boolean fromEnglish : new boolean[] {true, false}) {
            for (String stem : fromEnglish ? english : russian) {
                Map<String, Float> row = fromEnglish ? lexicon.russianFor(stem) : lexicon.englishFor(stem);
                // the map the row was made from, built as the packed lexicon built it before
                Map<String, Float> expected = new HashMap<>(2 * row.size());
                row.forEach(expected::put);
                assertEquals(expected, row, stem);
                assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(row.keySet()), stem);
                assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(row.entrySet()), stem);
                for (String t : expected.keySet()) {
                    assertEquals(expected.get(t), row.get(t), stem + " " + t);
                    assertTrue(row.containsKey(t) && row.keySet().contains(t), stem + " " + t);
                }
                assertNull(row.get(stem + "-no-such-stem"));
                assertFalse(row.keySet().contains(stem + "-no-such-stem"));
                assertEquals(-1f, row.getOrDefault(stem + "-no-such-stem", -1f));
                rows++;
            }
        }
        assertTrue(rows > 5000, "rows read: " + rows);
    }

    @Test
    void aRowCannotBeChangedAndIsEmptyWhenItsMapWas() {
        Map<String, Float> row = new CompactRow(Map.of("министр", 1.0f, "министерств", 0.5f));
        assertEquals(2, row.size());
        assertEquals(0.5f, row.get("министерств"));
        assertThrows(UnsupportedOperationException.class, () -> row.put("посол", 1.0f));
        Map<String, Float> empty = new CompactRow(Map.of());
        assertTrue(empty.isEmpty());
        assertNull(empty.get("министр"));
        assertEquals(List.of(), new ArrayList<>(empty.keySet()));
    }
}
