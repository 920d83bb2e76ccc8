package org.sverka.pipeline.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sverka.align.lexicon.Lexicon;
import org.sverka.core.SegmentedDocument;

class TermSetPairingTest {
    static final TermSetPairing PAIRING = new TermSetPairing(new IndexTerms(Lexicon.defaultLexicon()));

    @Test
    void aTranslationSharesTermsWithItsOriginalInTheRussianVocabulary() {
        TreeSet<String> en = PAIRING.terms(SegmentedDocument.ofLines("en", "en",
                List.of("On 16 September Foreign Minister Sergei Lavrov held talks in Moscow.")));
        TreeSet<String> ru = PAIRING.terms(SegmentedDocument.ofLines("ru", "ru",
                List.of("16 сентября министр иностранных дел Сергей Лавров провёл переговоры в Москве.")));
        assertTrue(en.stream().filter(t -> t.startsWith(TermSetPairing.NAME)).anyMatch(ru::contains), "a name key shared: " + en + " / " + ru);
        assertTrue(en.contains("number:16") && ru.contains("number:16"), en + " / " + ru);
        Set<String> shared = new TreeSet<>(en);
        shared.retainAll(ru);
        shared.removeIf(t -> t.startsWith(TermSetPairing.NAME) || t.startsWith(TermSetPairing.NUMBER));
        assertTrue(shared.size() >= 2, "translated content words shared: " + shared + " of " + en + " / " + ru);
        assertFalse(en.contains("talk"), "English words are translated, not kept: " + en);
        TreeSet<String> other = PAIRING.terms(SegmentedDocument.ofLines("ru2", "ru",
                List.of("Урожай пшеницы в этом году оказался рекордным.")));
        assertTrue(jaccard(en, ru) > 3 * jaccard(en, other), jaccard(en, ru) + " vs " + jaccard(en, other));
    }

    @Test
    void assignmentTakesTheBestOneToOneAndListsTheRestWithTheirBestCandidate() {
        List<String> en = List.of("/en/a.txt", "/en/b.txt", "/en/c.txt");
        List<String> ru = List.of("/ru/x.txt", "/ru/y.txt");
        ContentPairing.Result r = TermSetPairing.assign(en, ru, List.of(
                new TermSetPairing.Candidate("/en/a.txt", "/ru/x.txt", 0.9),
                new TermSetPairing.Candidate("/en/a.txt", "/ru/y.txt", 0.8),
                new TermSetPairing.Candidate("/en/b.txt", "/ru/x.txt", 0.85),
                new TermSetPairing.Candidate("/en/c.txt", "/ru/x.txt", 0.1),
                new TermSetPairing.Candidate("/en/z.txt", "/ru/x.txt", 0.99)), List.of(new ArchiveIndexer.Failure("/en/d.txt", "empty")), 1.5);
        // 0.8 + 0.85 beats 0.9 + nothing
        assertEquals(List.of(new ContentPairing.Pair("a", "/en/a.txt", "/ru/y.txt", 0.8, 0.9, 0),
                new ContentPairing.Pair("b", "/en/b.txt", "/ru/x.txt", 0.85, 0.9, 0)), r.pairs());
        assertEquals(List.of(new ContentPairing.Unpaired("en", "/en/c.txt", "/ru/x.txt", 0.1)), r.unpaired());
        assertEquals(1, r.failed().size());
    }

    @Test
    void threeHundredAndOneDocumentsAreAssignedOptimallyAndIdsStayUnique() {
        List<String> en = new java.util.ArrayList<>();
        List<String> ru = new java.util.ArrayList<>();
        List<TermSetPairing.Candidate> c = new java.util.ArrayList<>();
        for (int i = 0; i < 301; i++) {
            en.add("/en/" + i + "/doc.txt");
            ru.add("/ru/" + i + ".txt");
            c.add(new TermSetPairing.Candidate(en.get(i), ru.get(i), 0.5));
            if (i > 0) {
                c.add(new TermSetPairing.Candidate(en.get(i), ru.get(i - 1), 0.2));
            }
        }
        ContentPairing.Result r = TermSetPairing.assign(en, ru, c, List.of(), 0);
        assertEquals(301, r.pairs().size());
        assertEquals("doc", r.pairs().get(0).id());
        assertEquals("doc-2", r.pairs().get(1).id());
        assertEquals(new ContentPairing.Pair("doc-2", "/en/1/doc.txt", "/ru/1.txt", 0.5, 0.2, 0.3), r.pairs().get(1));
        assertThrows(IllegalArgumentException.class, () -> new TermSetPairing.Candidate("a", "b", 0));
        assertThrows(IllegalArgumentException.class, () -> TermSetPairing.assign(List.of("a", "a"), List.of(), List.of(), List.of(), 0));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> i = new TreeSet<>(a);
        i.retainAll(b);
        return (double) i.size() / (a.size() + b.size() - i.size());
    }
}
