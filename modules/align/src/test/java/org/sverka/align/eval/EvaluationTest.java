package org.sverka.align.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.SegmentedDocument;

class EvaluationTest {
    @Test
    void linksAndBeadsAreCounted() {
        List<Bead> gold = List.of(Bead.of(List.of(0), List.of(0), 0), Bead.of(List.of(1, 2), List.of(1), 0),
                Bead.of(List.of(3), List.of(), 0));
        List<Bead> predicted = List.of(Bead.of(List.of(0), List.of(0), 1), Bead.of(List.of(1), List.of(1), 1),
                Bead.of(List.of(2), List.of(), 0), Bead.of(List.of(3), List.of(2), 0.2));
        AlignmentScore s = AlignmentScore.of(predicted, gold);
        assertEquals(new AlignmentScore(3, 3, 2, 3, 2, 1), s);
        assertEquals(2.0 / 3, s.precision(), 1e-9);
        assertEquals(2.0 / 3, s.recall(), 1e-9);
        assertEquals(0.4, s.beadF1(), 1e-9);
    }

    /** Synthetic documents: the generator only needs line-aligned text. */
    static List<ParallelDocument> documents(int count) {
        List<ParallelDocument> docs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            List<String> en = new ArrayList<>();
            List<String> ru = new ArrayList<>();
            for (int i = 0; i < 3 + d % 5; i++) {
                en.add("English sentence " + i + " of document " + d + ".");
                ru.add("Русское предложение " + i + " документа " + d + ".");
            }
            docs.add(new ParallelDocument("doc" + d, en, ru));
        }
        return docs;
    }

    @Test
    void generatedTasksAreConsistentAndReproducible() {
        TaskGenerator g = new TaskGenerator("test", documents(20), 5);
        List<AlignmentTask> tasks = new ArrayList<>(g.parallel(15));
        tasks.addAll(g.report(30));
        for (AlignmentTask t : tasks) {
            // the Alignment record checks that the gold covers every sentence of both sides exactly once
            new Alignment(SegmentedDocument.ofLines("en", "en", t.english()), SegmentedDocument.ofLines("ru", "ru", t.russian()),
                    t.gold(), "gold", "");
        }
        assertEquals(tasks.get(3).english(), new TaskGenerator("test", documents(20), 5).parallel(15).get(3).english());
        assertNotEquals(tasks.get(3).english(), new TaskGenerator("test", documents(20), 6).parallel(15).get(3).english());
    }

    @Test
    void reportTasksQuoteAPartOfTheirSource() {
        for (AlignmentTask t : new TaskGenerator("test", documents(20), 9).report(40)) {
            long quoted = t.gold().stream().filter(Bead::isMatch).mapToLong(b -> b.ru().size()).sum();
            long source = t.gold().stream().flatMap(b -> b.ru().stream()).count();
            assertTrue(quoted >= 1 && quoted <= source, t.id());
            assertTrue(t.gold().stream().filter(Bead::isMatch).allMatch(b -> b.en().size() == 1 && b.ru().size() <= 2), t.id());
        }
    }
}
