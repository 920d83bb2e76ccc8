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

    /** Between 5 and 24 terms, the k-th given by {@code word}. */
    private static List<String> terms(Random r, java.util.function.IntFunction<String> word) {
        List<String> terms = new ArrayList<>();
        for (int k = 0; k < 5 + r.nextInt(20); k++) {
            terms.add(word.apply(k));
        }
        return terms;
    }

    @Test
    void slicedSearchFindsWhatOneThreadFinds() throws IOException {
        Path folder = tmp.resolve("idx");
        Random r = new Random(3);
        try (OriginalsIndex index = OriginalsIndex.openForWriting(folder)) {
            for (int i = 0; i < 600; i++) {
                List<String> terms = terms(r, k -> WORDS[r.nextInt(WORDS.length)]);
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

    @Test
    void aFewDocumentsOfAnotherLanguageAreLeftOutAsAFilterLeavesThemOut() throws IOException {
        Path folder = tmp.resolve("mixed");
        Random r = new Random(5);
        try (OriginalsIndex index = OriginalsIndex.openForWriting(folder)) {
            for (int i = 0; i < 400; i++) {
                // every 50th document is English and holds the query's words many times: it would be among the best hits
                boolean english = i % 50 == 7;
                List<String> terms = terms(r, k -> english ? List.of("переговор", "санкц", "суд").get(k % 3) : WORDS[r.nextInt(WORDS.length)]);
                index.add(new IndexedDocument("doc/" + i, "h" + i, english ? "en" : "ru", "", terms, List.of(),
                        List.of(String.valueOf(r.nextInt(50))), List.of("sentence " + i)));
                if (i % 100 == 99) {
                    index.commit();
                }
            }
        }
        FindQuery query = FindQuery.builder().documentLanguage("ru")
                .term(QueryTerm.same("переговор", 1)).term(QueryTerm.same("санкц", 2)).term(QueryTerm.same("суд", 1))
                .number("12").build();
        try (FSDirectory dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            FirstStageSearch search = new FirstStageSearch(searcher, SearchSettings.DEFAULT);
            List<Candidate> found = search.search(query, 30);
            org.apache.lucene.search.Query filtered = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(search.disjunction(query), org.apache.lucene.search.BooleanClause.Occur.MUST)
                    .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.LANGUAGE, "ru")),
                            org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
            List<String> expected = new ArrayList<>();
            for (org.apache.lucene.search.ScoreDoc d : searcher.search(filtered, 30).scoreDocs) {
                expected.add(searcher.storedFields().document(d.doc).get(IndexFields.PATH) + " " + d.score);
            }
            assertEquals(30, found.size());
            assertEquals(expected, found.stream().map(c -> c.path() + " " + (float) c.score()).toList(),
                    "the same hits, order and scores as the filtered query");
            assertTrue(found.stream().allMatch(c -> c.language().equals("ru")));
            FindQuery anyLanguage = FindQuery.builder().term(QueryTerm.same("переговор", 1)).term(QueryTerm.same("санкц", 2))
                    .term(QueryTerm.same("суд", 1)).number("12").build();
            assertTrue(search.search(anyLanguage, 30).stream().anyMatch(c -> c.language().equals("en")),
                    "without a language, English documents are among the hits");
        }
    }
}
