package org.sverka.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first stage on a handful of documents: the language filter, the evidence, renderings, reranking. */
class FirstStageSearchTest {
    @TempDir
    Path tmp;
    private Path folder;

    private static IndexedDocument doc(String path, String language, List<String> terms, List<String> names,
                                       List<String> numbers) {
        return new IndexedDocument(path, "h-" + path, language, "title of " + path, terms, names, numbers,
                List.of("first sentence of " + path, "second sentence of " + path));
    }

    @BeforeEach
    void build() throws IOException {
        folder = tmp.resolve("idx");
        try (OriginalsIndex index = OriginalsIndex.openForWriting(folder)) {
            index.add(doc("ru/talks", "ru", List.of("переговор", "министр", "женев", "переговор"),
                    List.of("lavrov", "kerri", "zheneva"), List.of("2015-09-16", "5")));
            index.add(doc("ru/weather", "ru", List.of("погод", "москв", "дожд"), List.of("moskva"), List.of("12")));
            index.add(doc("ru/visit", "ru", List.of("визит", "министр", "дамаск"), List.of("lavrov", "damask"),
                    List.of("2")));
            index.add(doc("en/talks", "en", List.of("talk", "minist", "geneva"), List.of("lavrov", "kerri", "zheneva"),
                    List.of("2015-09-16", "5")));
        }
    }

    @Test
    void onlyDocumentsInTheAskedLanguageAreFound() throws IOException {
        FindQuery.Builder q = FindQuery.builder().name("lavrov").name("kerri").number("2015-09-16");
        try (OriginalsIndex index = OriginalsIndex.open(folder)) {
            List<Candidate> ru = index.search(q.documentLanguage("ru").build(), 10);
            assertEquals(List.of("ru/talks", "ru/visit"), ru.stream().map(Candidate::path).toList());
            assertTrue(ru.stream().allMatch(c -> c.language().equals("ru")));
            List<Candidate> en = index.search(q.documentLanguage("en").build(), 10);
            assertEquals(List.of("en/talks"), en.stream().map(Candidate::path).toList());
            List<Candidate> any = index.search(q.documentLanguage(null).build(), 10);
            assertEquals(3, any.size());
        }
    }

    @Test
    void eachCandidateSaysWhichNamesNumbersAndWordsItHolds() throws IOException {
        FindQuery query = FindQuery.builder().documentLanguage("ru")
                .term(new QueryTerm("talks", Map.of("переговор", 1.0, "беседа", 0.4), 1))
                .term(new QueryTerm("minister", Map.of("министр", 1.0), 1))
                .term(new QueryTerm("rain", Map.of("дожд", 1.0), 1))
                .term(new QueryTerm("unknown", Map.of("нечто", 1.0), 1))
                .name("lavrov").name("kerri").name("putin")
                .number("5").number("2015-09-16").number("7")
                .build();
        try (OriginalsIndex index = OriginalsIndex.open(folder)) {
            List<Candidate> found = index.search(query, 10);
            assertEquals(List.of("ru/talks", "ru/visit", "ru/weather"), found.stream().map(Candidate::path).toList());
            Candidate top = found.get(0);
            assertEquals("title of ru/talks", top.title());
            assertEquals(List.of("lavrov", "kerri"), top.evidence().matchedNames());
            assertEquals(List.of("5", "2015-09-16"), top.evidence().matchedNumbers());
            assertEquals(List.of("talks", "minister"), top.evidence().matchedTerms());
            assertEquals(4, top.evidence().queryTerms());
            assertEquals(0.5, top.evidence().termCoverage(), 1e-9);
            Evidence visit = found.get(1).evidence();
            assertEquals(List.of("lavrov"), visit.matchedNames());
            assertEquals(List.of(), visit.matchedNumbers());
            assertEquals(List.of("minister"), visit.matchedTerms());
            assertTrue(found.get(0).score() > found.get(1).score() && found.get(1).score() > found.get(2).score());
        }
    }

    @Test
    void namesAndNumbersOutweighAContentWord() throws IOException {
        // "визит" alone (ru/visit) against a shared name and number (ru/talks)
        FindQuery query = FindQuery.builder().documentLanguage("ru")
                .term(QueryTerm.same("визит", 1)).name("kerri").number("5").build();
        try (OriginalsIndex index = OriginalsIndex.open(folder)) {
            assertEquals("ru/talks", index.search(query, 10).get(0).path());
            FieldWeights contentOnly = new FieldWeights(1, 0, 0);
            assertEquals(List.of("ru/visit"), index.search(query, 10, SearchSettings.DEFAULT.withWeights(contentOnly)).stream().map(Candidate::path).toList());
        }
    }

    @Test
    void manyRenderingsOfOneWordCountAsOneWord() throws IOException {
        // one report word with renderings in both documents, against one word found only in ru/weather
        FindQuery query = FindQuery.builder().documentLanguage("ru")
                .term(new QueryTerm("official", Map.of("министр", 1.0, "визит", 1.0, "дамаск", 1.0), 1))
                .term(QueryTerm.same("погод", 1))
                .build();
        try (OriginalsIndex index = OriginalsIndex.open(folder)) {
            List<Candidate> found = index.search(query, 10);
            assertEquals("ru/weather", found.get(0).path(),
                    "three renderings of one word must not outweigh a rarer word: " + found);
            Candidate visit = found.stream().filter(c -> c.path().equals("ru/visit")).findFirst().orElseThrow();
            assertEquals(List.of("official"), visit.evidence().matchedTerms());
        }
    }

    @Test
    void aCappedQueryKeepsItsRarestWords() throws IOException {
        FindQuery query = FindQuery.builder().documentLanguage("ru")
                .term(QueryTerm.same("министр", 1)).term(QueryTerm.same("погод", 1)).build();
        try (OriginalsIndex index = OriginalsIndex.open(folder)) {
            assertEquals(3, index.search(query, 10).size());
            assertEquals(100, SearchSettings.DEFAULT.maxWords());
            List<Candidate> capped = index.search(query, 10, SearchSettings.DEFAULT.withMaxWords(1));
            assertEquals(List.of("ru/weather"), capped.stream().map(Candidate::path).toList());
            assertEquals(2, capped.get(0).evidence().queryTerms(), "the evidence still counts every word");
        }
    }

    @Test
    void aQueryOfMoreWordsThanLuceneTakesIsCutNotRefused() throws IOException {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            many.add("слово" + i);
        }
        FindQuery.Builder q = FindQuery.builder().name("lavrov");
        many.forEach(w -> q.term(new QueryTerm(w, Map.of(w, 1.0, w + "x", 0.5), 1)));
        try (OriginalsIndex index = OriginalsIndex.openForWriting(folder)) {
            index.add(doc("ru/long", "ru", many, List.of(), List.of()));
            index.add(doc("ru/longx", "ru", many.stream().map(w -> w + "x").toList(), List.of(), List.of()));
            List<Candidate> found = index.search(q.build(), 10, SearchSettings.DEFAULT.withMaxWords(5000));
            assertEquals("ru/long", found.get(0).path());
            assertEquals(1500, found.get(0).evidence().matchedTerms().size());
        }
    }

    @Test
    void lengthNormalisationDecidesBetweenAShortMatchAndALongerRicherOne() throws IOException {
        List<String> longer = new ArrayList<>(List.of("икс", "икс"));
        for (int i = 0; i < 18; i++) {
            longer.add("игрек" + i);
        }
        try (OriginalsIndex index = OriginalsIndex.openForWriting(tmp.resolve("lengths"))) {
            index.add(doc("short", "ru", List.of("икс"), List.of(), List.of()));
            index.add(doc("long", "ru", longer, List.of(), List.of()));
            FindQuery query = FindQuery.builder().term(QueryTerm.same("икс", 1)).build();
            assertEquals("short", index.search(query, 2).get(0).path(), "b = 0.75 favours the short document");
            assertEquals("long", index.search(query, 2, SearchSettings.DEFAULT.withLengthNormalization(0)).get(0).path(),
                    "b = 0 counts only the matches");
        }
    }

    @Test
    void aCapOnTheDocumentsWordsFindsAHeadingThatLongerDocumentsOutrank() throws IOException {
        try (OriginalsIndex index = OriginalsIndex.openForWriting(tmp.resolve("heading"))) {
            // "Рекомендации:" alone, against documents that say recommend and recommendation again and again
            index.add(doc("heading", "ru", List.of("рекомендац"), List.of(), List.of()));
            index.add(doc("three", "ru", List.of("рекомендац", "совет", "принят"), List.of(), List.of()));
            for (int d = 0; d < 6; d++) {
                List<String> words = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    words.add(i % 2 == 0 ? "рекоменд" : "рекомендац");
                    words.add("слово" + d + "_" + i);
                }
                index.add(doc("long" + d, "ru", words, List.of(), List.of()));
            }
            FindQuery query = FindQuery.builder().documentLanguage("ru")
                    .term(new QueryTerm("recommend", Map.of("рекоменд", 1.0, "рекомендац", 1.0), 1)).build();
            List<String> all = index.search(query, 3).stream().map(Candidate::path).toList();
            assertTrue(all.stream().allMatch(p -> p.startsWith("long")), "all documents: " + all);
            assertEquals(List.of("heading", "three"),
                    index.search(query, 3, SearchSettings.DEFAULT.withMaxDocumentWords(3)).stream().map(Candidate::path).toList(),
                    "documents of at most 3 words: the heading first, the document of exactly 3 words kept");
            assertEquals(List.of("heading"),
                    index.search(query, 3, SearchSettings.DEFAULT.withMaxDocumentWords(2)).stream().map(Candidate::path).toList());
        }
    }

    @Test
    void nothingIsFoundForAQueryOfUnknownTerms() throws IOException {
        try (OriginalsIndex index = OriginalsIndex.open(folder)) {
            assertTrue(index.search(FindQuery.builder().term(QueryTerm.same("нечто", 1)).build(), 5).isEmpty());
            assertTrue(index.search(FindQuery.builder().build(), 5).isEmpty());
        }
    }

    @Test
    void rerankingReordersTheAssessedAndKeepsTheFirstStage() throws IOException {
        FindQuery query = FindQuery.builder().documentLanguage("ru").name("lavrov").name("kerri").name("moskva").build();
        try (OriginalsIndex index = OriginalsIndex.open(folder)) {
            List<Candidate> first = index.search(query, 10);
            assertEquals(3, first.size());
            String second = first.get(1).path();
            // the reranker prefers the document whose stored sentences name the first stage's second
            CandidateReranker<String> bySecond = (c, original) -> new Assessment<>(
                    original.sentences().get(0).endsWith(second) ? 1 : 0, original.sentences().get(0));
            List<RerankedCandidate<String>> ranked = index.rerank(first, 2, bySecond);
            assertEquals(List.of(second, first.get(0).path(), first.get(2).path()),
                    ranked.stream().map(r -> r.candidate().path()).toList());
            assertEquals("first sentence of " + second, ranked.get(0).assessment().orElseThrow().detail());
            assertEquals(first.get(1), ranked.get(0).candidate(), "the first stage's score and evidence are kept");
            assertEquals(Optional.empty(), ranked.get(2).assessment(), "past the assessed ones, not assessed");
        }
    }
}
