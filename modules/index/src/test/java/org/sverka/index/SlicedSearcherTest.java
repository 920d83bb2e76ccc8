package org.sverka.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One search split across cores finds what a search on one thread finds: the same documents, in the
 * same order, with the same scores and evidence, on an index of several segments; and a query whose
 * language every document has is searched without the filter and finds the same.
 */
class SlicedSearcherTest {
    @TempDir
    Path tmp;

    private static final String[] WORDS = {"переговор", "министр", "женев", "москв", "погод", "дожд", "визит",
        "дамаск", "договор", "санкц", "нефт", "газ", "выбор", "парламент", "суд"};

    @Test
    void slicedSearchFindsWhatOneThreadFinds() throws IOException {
        Path folder = tmp.resolve("idx");
        Random r = new Random(3);
        try (OriginalsIndex index = OriginalsIndex.openForWriting(folder)) {
            for (int i = 0; i < 600; i++) {
                List<String> terms = new ArrayList<>();
                for (int k = 0; k < 5 + r.nextInt(20); k++) {
                    terms.add(WORDS[r.nextInt(WORDS.length)]);
                }
                index.add(new IndexedDocument("doc/" + i, "h" + i, "ru", "", terms, List.of("n" + r.nextInt(30)),
                        List.of(String.valueOf(r.nextInt(50))), List.of("sentence " + i)));
                if (i % 100 == 99) {
                    index.commit();   // a segment each
                }
            }
        }
        FindQuery query = FindQuery.builder().documentLanguage("ru")
                .term(QueryTerm.same("переговор", 1)).term(QueryTerm.same("санкц", 2)).term(QueryTerm.same("суд", 1))
                .name("n7").number("12").build();
        try (FSDirectory dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertTrue(reader.leaves().size() >= 2, "several segments: " + reader.leaves().size());
            assertTrue(SlicedSearcher.of(reader).getSlices().length >= Math.min(2, Runtime.getRuntime().availableProcessors()));
            List<Candidate> one = new FirstStageSearch(new IndexSearcher(reader), SearchSettings.DEFAULT).search(query, 50);
            List<Candidate> sliced = new FirstStageSearch(SlicedSearcher.of(reader), SearchSettings.DEFAULT).search(query, 50);
            assertEquals(50, one.size());
            assertEquals(one, sliced);
            FindQuery anyLanguage = FindQuery.builder().term(QueryTerm.same("переговор", 1)).term(QueryTerm.same("санкц", 2))
                    .term(QueryTerm.same("суд", 1)).name("n7").number("12").build();
            assertEquals(one, new FirstStageSearch(new IndexSearcher(reader), SearchSettings.DEFAULT).search(anyLanguage, 50),
                    "all documents are Russian: the language filter changes nothing");
        }
    }
}
