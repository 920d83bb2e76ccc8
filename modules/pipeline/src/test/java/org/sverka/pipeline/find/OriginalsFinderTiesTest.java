package org.sverka.pipeline.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.pipeline.Sverka;

/**
 * Candidates that explain the same share of a report: notices of three meetings of one day, which
 * differ only in their time, and a one-line heading that a longer document also holds. The right
 * one comes first by the tie-breakers (numbers that agree; less of the original unexplained).
 */
class OriginalsFinderTiesTest {
    private static final Sverka SVERKA = Sverka.aligner().build();
    private static final String[][] MEETINGS = {
        {"10.30 a.m.", "10 ч. 30 м."}, {"11.15 a.m.", "11 ч. 15 м."}, {"3 p.m.", "15 ч. 00 м."}};
    @TempDir
    static Path dir;
    static Path index;

    @BeforeAll
    static void index() throws IOException {
        Path ru = Files.createDirectories(dir.resolve("ru"));
        for (int i = 0; i < MEETINGS.length; i++) {
            Files.writeString(ru.resolve("meeting-" + i + ".txt"), "Заседание Совета состоится в понедельник, 9 марта 2026 года, в "
                    + MEETINGS[i][1] + "\n");
        }
        Files.writeString(ru.resolve("heading.txt"), "Доклад Генерального секретаря о положении в области сельского хозяйства\n");
        Files.writeString(ru.resolve("long.txt"), "Доклад Генерального секретаря о положении в области сельского хозяйства\n\n"
                + "Генеральный секретарь представил доклад о положении в области сельского хозяйства в марте.\n\n"
                + "Доклад Генерального секретаря о положении сельского хозяйства обсудят в апреле.\n");
        index = dir.resolve("ru.idx");
        assertTrue(SVERKA.indexer(1).build(index, List.of(ru)).failed().isEmpty());
    }

    @Test
    void theMeetingWhoseTimeAgreesComesFirst() throws IOException {
        for (int i = 0; i < MEETINGS.length; i++) {
            Path report = Files.writeString(dir.resolve("report-" + i + ".txt"),
                    "The meeting of the Council will be held on Monday, 9 March 2026, at " + MEETINGS[i][0] + "\n");
            FindResult r = SVERKA.find(report, index, 3);
            FoundOriginal best = r.best().orElseThrow();
            assertTrue(best.path().endsWith("meeting-" + i + ".txt"), MEETINGS[i][0] + ": " + r.ranked());
            assertEquals(0, best.numberConflicts(), best.toString());
            FoundOriginal second = r.ranked().get(1);
            assertEquals(best.score(), second.score(), 1e-9, "the aligner alone does not tell them apart: " + r.ranked());
            assertTrue(second.numberConflicts() > 0, second.toString());
        }
    }

    @Test
    void aHeadingsOwnDocumentComesBeforeALongerOneThatAlsoHoldsIt() throws IOException {
        Path report = Files.writeString(dir.resolve("heading-report.txt"),
                "Report of the Secretary-General on the state of agriculture\n");
        FindResult r = SVERKA.find(report, index, 2);
        FoundOriginal best = r.best().orElseThrow();
        assertTrue(best.path().endsWith("heading.txt"), r.ranked().toString());
        assertTrue(best.firstStageScore() < r.ranked().get(1).firstStageScore(), "BM25 alone prefers the longer one: " + r.ranked());
        assertEquals(1.0, best.originalShare(), 1e-9);
        FoundOriginal other = r.ranked().get(1);
        assertTrue(other.path().endsWith("long.txt"), r.ranked().toString());
        assertEquals(best.score(), other.score(), 1e-9, r.ranked().toString());
        assertTrue(other.originalShare() < 1, other.toString());
    }
}
