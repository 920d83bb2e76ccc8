package org.sverka.pipeline.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.SegmentedDocument;
import org.sverka.index.Candidate;
import org.sverka.index.OriginalsIndex;
import org.sverka.pipeline.Sverka;

/**
 * One-line headings of the UN development set searched among the 1,136 Russian documents of
 * {@code eval find}'s pool (NTREX-128, FLORES-200, the UN development set): BM25 over all
 * documents ranks longer documents that say the heading's words more often before the heading's own
 * document, beyond the candidates the whole report's query hands to the aligner; the search among
 * documents of about the report's length finds it.
 */
class ShortReportSearchTest {
    private static final Sverka SVERKA = Sverka.aligner().build();
    @TempDir
    static Path dir;
    static OriginalsIndex index;

    @BeforeAll
    static void index() throws IOException {
        index = OriginalsIndex.openForWriting(dir.resolve("pool.idx"));
        FindPool.index(SVERKA, index);
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void aOneWordHeadingFindsItsOwnDocument() throws IOException {
        assertFound("Recommendations:", "un-devset/2015/e/cn_6/2015/ngo/250");
    }

    @Test
    void aHeadingWhoseWordsTheLexiconRendersInPartFindsItsOwnDocument() throws IOException {
        assertFound("C. Policy issues", "un-devset/2015/e/icef/2015/l_6");
    }

    private static void assertFound(String heading, String original) throws IOException {
        SegmentedDocument report = SegmentedDocument.ofLines("report", "en", List.of(heading));
        List<String> all = index.search(SVERKA.indexTerms().query("en", List.of(heading), "ru").query(),
                OriginalsFinder.RERANKED).stream().map(Candidate::path).toList();
        assertFalse(all.contains(original), "among all documents, BM25 ranks longer ones first: " + all);
        FindResult r = SVERKA.finder().find(report, index, 3);
        assertEquals(original, r.best().orElseThrow().path(), r.ranked().stream().map(FoundOriginal::path).toList().toString());
        assertEquals(1.0, r.best().get().originalShare(), 1e-9, "the heading is the whole document");
    }
}
