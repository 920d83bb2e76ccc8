package org.sverka.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranking on real text: 50 Russian news documents of NTREX-128 among the 281 Russian documents of
 * FLORES-200, each searched by two of its own sentences (from its middle, not its title): the
 * right document must come first every time. Skipped without the shared data.
 */
class RealSampleRankingTest {
    @TempDir
    Path tmp;

    @Test
    void aDocumentIsFoundFirstByTwoOfItsOwnSentences() throws IOException {
        Path data = DataDocuments.data();
        List<DataDocuments.Doc> news = DataDocuments.ntrexRussian(data).subList(0, 50);
        List<DataDocuments.Doc> distractors = DataDocuments.read(data.resolve("flores200/flores200.devtest.ru"),
                data.resolve("flores200/flores200.devtest.docids"));
        List<String> misses = new ArrayList<>();
        try (OriginalsIndex index = OriginalsIndex.openForWriting(tmp.resolve("idx"))) {
            for (DataDocuments.Doc d : news) {
                assertEquals(AddOutcome.ADDED, index.add(SampleTerms.document(d.id(), "ru", d.sentences())));
            }
            for (DataDocuments.Doc d : distractors) {
                index.add(SampleTerms.document(d.id(), "ru", d.sentences()));
            }
            assertEquals(news.size() + distractors.size(), index.size());
            for (DataDocuments.Doc d : news) {
                int mid = d.sentences().size() / 2;
                List<String> quoted = d.sentences().subList(mid, Math.min(mid + 2, d.sentences().size()));
                List<Candidate> found = index.search(SampleTerms.query(quoted, "ru"), 5);
                assertTrue(!found.isEmpty(), d.id());
                if (!found.get(0).path().equals(d.id())) {
                    misses.add(d.id() + " -> " + found.get(0).path());
                }
                assertTrue(found.get(0).evidence().matchedTerms().size() > 0);
            }
        }
        assertEquals(List.of(), misses, "documents not found first by their own sentences");
    }
}
