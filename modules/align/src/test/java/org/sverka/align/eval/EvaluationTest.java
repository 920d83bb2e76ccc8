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

    /** Documents whose sentences have commas in the middle, so that halves, swaps and splits happen. */
    static List<ParallelDocument> storyDocuments(int count) {
        List<ParallelDocument> docs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            List<String> en = new ArrayList<>();
            List<String> ru = new ArrayList<>();
            for (int i = 0; i < 4 + d % 6; i++) {
                en.add("The minister of document " + d + " spoke today, and Moscow said " + i + " talks went well.");
                ru.add("Министр документа " + d + " выступил сегодня, и Москва заявила о " + i + " переговорах.");
            }
            docs.add(new ParallelDocument("doc" + d, en, ru));
        }
        return docs;
    }

    @Test
    void hardTasksHaveExactGoldAndRestructuredQuotes() {
        List<AlignmentTask> tasks = new TaskGenerator("test", storyDocuments(30), 11).hard(60);
        int merged = 0;
        int split = 0;
        int commentary = 0;
        for (AlignmentTask t : tasks) {
            new Alignment(SegmentedDocument.ofLines("en", "en", t.english()), SegmentedDocument.ofLines("ru", "ru", t.russian()),
                    t.gold(), "gold", "");
            assertEquals("hard", t.family());
            merged += (int) t.gold().stream().filter(b -> b.en().size() == 1 && b.ru().size() == 2).count();
            split += (int) t.gold().stream().filter(b -> b.en().size() == 2 && b.ru().size() == 1).count();
            commentary += (int) t.gold().stream().filter(b -> b.ru().isEmpty()).count();
        }
        assertTrue(merged > 10 && split > 3 && commentary > 60, merged + " " + split + " " + commentary);
        assertEquals(tasks.get(7).english(), new TaskGenerator("test", storyDocuments(30), 11).hard(60).get(7).english());
        // near-misses: an English sentence of the source document stands unmatched, its Russian left out
        long nearMisses = 0;
        for (AlignmentTask t : tasks) {
            String source = t.russian().get(0).replaceAll(" выступил.*", "").replace("Министр документа ", "");
            nearMisses += t.gold().stream().filter(b -> b.ru().isEmpty()
                    && t.english().get(b.en().get(0)).startsWith("The minister of document " + source + " ")).count();
        }
        assertTrue(nearMisses > 20, "near-misses: " + nearMisses);
    }

    @Test
    void halvesSplitAtTheCommaNearestTheMiddle() {
        String[] h = HardReportGenerator.halves("The minister arrived in Geneva today, where he met his counterpart for talks.");
        assertEquals("The minister arrived in Geneva today", h[0]);
        assertEquals("where he met his counterpart for talks.", h[1]);
        assertEquals(null, HardReportGenerator.halves("Short, clause."));
    }
}
