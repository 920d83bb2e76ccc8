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
    /**
     * A sentence the gold leaves on one side only (commentary, a stray, a sentence left out) must not
     * have its own translation on the other side: the aligner would be marked wrong for finding it.
     * Checked for every family over many seeds; few documents, so that strays and appended documents
     * often come from the same place.
     */
    @Test
    void noUnmatchedSentenceHasItsTranslationOnTheOtherSide() {
        int checked = 0;
        for (long seed = 1; seed <= 30; seed++) {
            TaskGenerator g = new TaskGenerator("test", storyDocuments(10), seed);
            List<AlignmentTask> tasks = new ArrayList<>(g.parallel(10));
            tasks.addAll(g.report(20));
            tasks.addAll(g.hard(20));
            checked += assertUnmatchedHaveNoTranslation(tasks, storyDocuments(10), true);
        }
        assertTrue(checked > 1000, "unmatched sentences checked: " + checked);
    }

    /**
     * The hard family's near-misses are never a line whose Russian text another line of the document
     * repeats (as NTREX-128's "It Is Very Bad." and "It is very bad." are both «Ситуация очень плохая.»).
     */
    @Test
    void nearMissesAreNotLinesWhoseRussianIsRepeated() {
        List<ParallelDocument> docs = new ArrayList<>();
        for (ParallelDocument d : storyDocuments(10)) {
            List<String> ru = new ArrayList<>(d.russian());
            ru.set(ru.size() - 1, ru.get(0));
            docs.add(new ParallelDocument(d.id(), d.english(), ru));
        }
        int checked = 0;
        for (long seed = 1; seed <= 30; seed++) {
            checked += assertUnmatchedHaveNoTranslation(new TaskGenerator("test", docs, seed).hard(20), docs, false);
        }
        assertTrue(checked > 500, "unmatched sentences checked: " + checked);
    }

    /** Asserts that no gold English-only (and, when asked, Russian-only) line has its translation on the other side; returns the lines checked. */
    private static int assertUnmatchedHaveNoTranslation(List<AlignmentTask> tasks, List<ParallelDocument> docs, boolean russianToo) {
        java.util.Map<String, String> russianOf = new java.util.HashMap<>();
        java.util.Map<String, String> englishOf = new java.util.HashMap<>();
        for (ParallelDocument d : docs) {
            for (int i = 0; i < d.size(); i++) {
                russianOf.put(d.english().get(i), d.russian().get(i));
                englishOf.put(d.russian().get(i), d.english().get(i));
            }
        }
        int checked = 0;
        for (AlignmentTask t : tasks) {
            java.util.Set<String> russian = new java.util.HashSet<>(t.russian());
            java.util.Set<String> english = new java.util.HashSet<>(t.english());
            for (Bead b : t.gold()) {
                if (b.ru().isEmpty()) {
                    String partner = russianOf.get(t.english().get(b.en().get(0)));
                    checked += partner == null ? 0 : 1;
                    assertTrue(partner == null || !russian.contains(partner), t.id() + ": the English sentence " + t.english().get(b.en().get(0))
                            + b.en() + " is commentary in the gold, but its translation stands on the Russian side");
                } else if (b.en().isEmpty() && russianToo) {
                    String partner = englishOf.get(t.russian().get(b.ru().get(0)));
                    checked += partner == null ? 0 : 1;
                    assertTrue(partner == null || !english.contains(partner), t.id() + ": the Russian sentence "
                            + b.ru() + " is unmatched in the gold, but its translation stands on the English side");
                }
            }
        }
        return checked;
    }
}
