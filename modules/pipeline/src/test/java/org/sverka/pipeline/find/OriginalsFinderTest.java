package org.sverka.pipeline.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.Alignment;
import org.sverka.core.InputException;
import org.sverka.pipeline.Sverka;

/**
 * Finding the original of each agency report among the Russian originals (and the story of the
 * demo), and of each Russian original among the English reports: the right one first, with the
 * evidence, and its alignment.
 */
class OriginalsFinderTest {
    private static final Sverka SVERKA = Sverka.aligner().build();
    @TempDir
    static Path dir;
    static Path russianIndex;
    static Path englishIndex;

    @BeforeAll
    static void index() throws IOException {
        Path ru = AgencyPairs.copy(dir.resolve("ru"), "ru", "original-");
        java.nio.file.Files.copy(AgencyPairs.AGENCY.resolveSibling("story/story.ru.txt"), ru.resolve("story.txt"));
        russianIndex = dir.resolve("ru.idx");
        assertTrue(SVERKA.indexer(2).build(russianIndex, List.of(ru)).failed().isEmpty());
        englishIndex = dir.resolve("en.idx");
        assertTrue(SVERKA.indexer(2).build(englishIndex, List.of(AgencyPairs.copy(dir.resolve("en"), "en", "report-")))
                .failed().isEmpty());
    }

    @Test
    void everyEnglishReportFindsItsRussianOriginalFirstWithTheEvidence() throws IOException {
        for (String story : AgencyPairs.STORIES) {
            FindResult r = SVERKA.find(AgencyPairs.file(story, "en"), russianIndex, 3);
            assertEquals("en", r.reportLanguage());
            assertEquals("ru", r.documentLanguage());
            assertEquals(6, r.searched());
            FoundOriginal best = r.best().orElseThrow();
            assertTrue(best.path().endsWith("original-" + story + ".txt"), story + ": " + best.path());
            assertTrue(best.assessed());
            assertTrue(best.matchedShare() >= 0.5, story + ": " + best.matchedShare());
            assertTrue(best.score() > r.ranked().get(1).score(), story + ": " + r.ranked());
            assertFalse(best.matches().isEmpty());
            assertFalse(best.sharedNames().isEmpty(), story);
            Alignment a = best.alignment().orElseThrow();
            assertEquals("en", a.english().language().language());
            assertTrue(a.russian().document().source().endsWith("original-" + story + ".txt"));
        }
        FindResult talks = SVERKA.find(AgencyPairs.file("talks", "en"), russianIndex, 3);
        assertTrue(talks.best().orElseThrow().sharedNames().contains("Lavrov"), talks.best().orElseThrow().sharedNames().toString());
        MatchedSentence first = talks.best().orElseThrow().matches().get(0);
        assertTrue(first.originalText().contains("ТАСС"), first.toString());
    }

    @Test
    void aShortReportSearchesEachSentenceAndALongOneOnlyThoseItsBestCandidateDoesNotExplain() throws IOException {
        FindResult talks = SVERKA.find(AgencyPairs.file("talks", "en"), russianIndex, 3);
        assertTrue(talks.reportSentences() <= OriginalsFinder.SENTENCE_SEARCHES);
        assertEquals(1 + talks.reportSentences(), talks.timings().searches(), "the whole report, then every sentence alone");
        assertTrue(talks.considered().containsAll(talks.ranked().stream().map(FoundOriginal::path).toList()));
        assertTrue(talks.timings().alignMillis() > 0 && talks.timings().searchMillis() > 0, talks.timings().toString());

        // the talks report three times over: 15 sentences, each explained by the original
        org.sverka.core.SegmentedDocument once = SVERKA.pipeline().read(AgencyPairs.file("talks", "en"));
        List<String> thrice = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            once.sentences().forEach(s -> thrice.add(s.text()));
        }
        assertTrue(thrice.size() > OriginalsFinder.SENTENCE_SEARCHES, "a long report: " + thrice.size());
        try (org.sverka.index.OriginalsIndex index = org.sverka.index.OriginalsIndex.open(russianIndex)) {
            FindResult r = SVERKA.finder().find(org.sverka.core.SegmentedDocument.ofLines("thrice", "en", thrice), index, 3);
            FoundOriginal best = r.best().orElseThrow();
            assertTrue(best.path().endsWith("original-talks.txt"), best.path());
            int unexplained = thrice.size() - best.matches().stream().mapToInt(m -> m.report().size()).sum();
            assertEquals(1 + unexplained, r.timings().searches(), "the whole report, then the sentences the original does not explain: "
                    + best.matches());
        }
    }

    @Test
    void aRussianOriginalFindsItsEnglishReport() throws IOException {
        for (String story : AgencyPairs.STORIES) {
            FindResult r = SVERKA.find(AgencyPairs.file(story, "ru"), englishIndex, 2);
            assertEquals("en", r.documentLanguage());
            FoundOriginal best = r.best().orElseThrow();
            assertTrue(best.path().endsWith("report-" + story + ".txt"), story + ": " + best.path());
            assertEquals("en", best.alignment().orElseThrow().english().language().language());
            assertTrue(best.alignment().orElseThrow().english().document().source().endsWith("report-" + story + ".txt"));
        }
    }

    @Test
    void anIndexWithoutDocumentsOfTheOtherLanguageGivesNoCandidates() throws IOException {
        FindResult r = SVERKA.find(AgencyPairs.file("talks", "ru"), russianIndex, 5);
        assertEquals(0, r.searched());
        assertTrue(r.ranked().isEmpty());
        StringWriter text = new StringWriter();
        FindReport.text(r, new PrintWriter(text));
        assertTrue(text.toString().contains("no candidates"), text.toString());
    }

    @Test
    void aMissingIndexIsOneClearLine() {
        InputException e = assertThrows(InputException.class,
                () -> SVERKA.find(AgencyPairs.file("talks", "en"), dir.resolve("nowhere.idx"), 5));
        assertTrue(e.getMessage().startsWith(dir.resolve("nowhere.idx") + ": no index here"), e.getMessage());
    }
}
