package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.BlockKind;
import org.sverka.core.Document;
import org.sverka.core.DocumentInfo;
import org.sverka.core.LanguageGuess;
import org.sverka.core.SegmentedDocument;
import org.sverka.core.Sentence;
import org.sverka.core.SentenceKind;

/** No silent loss: JSON and HTML say how much of each document was read and dropped, and what kind each sentence is. */
class DocumentFactsTest {
    /** A two-sentence English report with a dateline against a two-sentence Russian story, with page furniture dropped. */
    static Alignment alignment() {
        Document en = Document.builder("report.en.html")
                .add(BlockKind.PARAGRAPH, "MOSCOW, May 24. /TASS/. Lavrov met Kerry.")
                .drop(BlockKind.PARAGRAPH, "Accept all cookies", "phrase")
                .drop(BlockKind.LIST_ITEM, "Home News World Sport", "link-list")
                .info(new DocumentInfo("Lavrov meets Kerry", "TASS", "2016-09-09")).build();
        Document ru = Document.builder("story.ru.docx").add(BlockKind.PARAGRAPH, "Лавров встретился с Керри. Они говорили долго.").build();
        SegmentedDocument enDoc = new SegmentedDocument(en, new LanguageGuess("en", 1.0), List.of(
                new Sentence(0, 0, 0, "MOSCOW, May 24. /TASS/.", SentenceKind.DATELINE),
                new Sentence(1, 0, 24, "Lavrov met Kerry.")));
        SegmentedDocument ruDoc = new SegmentedDocument(ru, new LanguageGuess("ru", 1.0), List.of(
                new Sentence(0, 0, 0, "Лавров встретился с Керри."), new Sentence(1, 0, 27, "Они говорили долго.")));
        return new Alignment(enDoc, ruDoc, List.of(Bead.of(List.of(0), List.of(), 0), Bead.of(List.of(1), List.of(0), 0.9),
                Bead.of(List.of(), List.of(1), 0)), "report", "test");
    }

    static String write(TableWriter w, Alignment a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(a, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonSaysWhatWasReadAndDroppedPerDocument() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(write(JsonWriter.document(), alignment()));
        JsonNode en = doc.get("english_document");
        assertEquals(7, en.get("words_read").asInt());
        assertEquals(2, en.get("dropped_blocks").asInt());
        assertEquals(7, en.get("dropped_words").asInt());
        assertEquals("phrase", en.get("dropped").get(0).get("reason").asText());
        assertEquals(3, en.get("dropped").get(0).get("words").asInt());
        assertEquals("link-list", en.get("dropped").get(1).get("reason").asText());
        assertEquals(1, en.get("dropped").get(1).get("blocks").asInt());
        assertEquals("Lavrov meets Kerry", en.get("title").asText());
        assertEquals("TASS", en.get("author").asText());
        assertEquals("2016-09-09", en.get("published").asText());
        JsonNode ru = doc.get("russian_document");
        assertEquals(7, ru.get("words_read").asInt());
        assertEquals(0, ru.get("dropped").size());
        assertNull(ru.get("title"), "unknown fields are left out");
        assertEquals(1, doc.get("coverage").get("russian_sentences_matched").asInt());
        assertEquals(4, doc.get("coverage").get("russian_words_matched").asInt());
    }

    @Test
    void jsonNamesSentencesThatAreNotOrdinaryOnes() throws IOException {
        JsonNode beads = new ObjectMapper().readTree(write(JsonWriter.document(), alignment())).get("beads");
        JsonNode kinds = beads.get(0).get("sentence_kinds");
        assertEquals(1, kinds.size());
        assertEquals("en", kinds.get(0).get("side").asText());
        assertEquals(1, kinds.get(0).get("sentence").asInt());
        assertEquals("dateline", kinds.get(0).get("kind").asText());
        assertNull(beads.get(1).get("sentence_kinds"), "ordinary sentences add nothing");
        List<String> lines = write(JsonWriter.lines(), alignment()).lines().toList();
        assertEquals("dateline", new ObjectMapper().readTree(lines.get(0)).get("sentence_kinds").get(0).get("kind").asText());
    }

    @Test
    void htmlShowsOneLinePerDocument() throws IOException {
        String html = write(new HtmlWriter(Highlighter.NONE), alignment());
        assertTrue(html.contains("English document: Read 7 words; dropped 2 blocks, 7 words (phrase: 1 block, 3 words; "
                + "link-list: 1 block, 4 words). Title: Lavrov meets Kerry. Author: TASS. Published: 2016-09-09."), html);
        assertTrue(html.contains("Russian document: Read 7 words; nothing dropped."));
        assertTrue(html.contains("the English text renders 57% of the Russian original (by words); 1 of 2 English sentences "
                + "matched, 1 of 2 Russian"));
    }

    /** An English page with an author line, a caption and a "Read also" line against a Russian story with a credit. */
    static Alignment furniture() {
        Document en = Document.builder("page.en.html").add(BlockKind.BYLINE, "By John Smith")
                .add(BlockKind.CAPTION, "Lavrov and Kerry in Geneva.").add(BlockKind.PARAGRAPH, "Lavrov met Kerry.")
                .add(BlockKind.PARAGRAPH, "Read also: Talks resume").build();
        Document ru = Document.builder("page.ru.html").add(BlockKind.PARAGRAPH, "Лавров встретился с Керри.")
                .add(BlockKind.CAPTION, "Фото: ТАСС").build();
        SegmentedDocument enDoc = new SegmentedDocument(en, new LanguageGuess("en", 1.0), List.of(
                new Sentence(0, 0, 0, "By John Smith", SentenceKind.BYLINE),
                new Sentence(1, 1, 15, "Lavrov and Kerry in Geneva.", SentenceKind.CAPTION),
                new Sentence(2, 2, 44, "Lavrov met Kerry."),
                new Sentence(3, 3, 63, "Read also: Talks resume", SentenceKind.RELATED)));
        SegmentedDocument ruDoc = new SegmentedDocument(ru, new LanguageGuess("ru", 1.0), List.of(
                new Sentence(0, 0, 0, "Лавров встретился с Керри."), new Sentence(1, 1, 28, "Фото: ТАСС", SentenceKind.CAPTION)));
        return new Alignment(enDoc, ruDoc, List.of(Bead.of(List.of(0), List.of(), 0), Bead.of(List.of(1), List.of(), 0),
                Bead.of(List.of(2), List.of(0), 0.9), Bead.of(List.of(3), List.of(), 0), Bead.of(List.of(), List.of(1), 0)),
                "report", "test");
    }

    @Test
    void htmlBadgesSentencesThatAreNotOrdinaryOnes() throws IOException {
        String html = write(new HtmlWriter(Highlighter.NONE), alignment());
        assertTrue(html.contains("MOSCOW, May 24. /TASS/.<br><span class=\"kind sentence-kind\" title=\"a dateline: metadata, "
                + "not story text\">dateline</span>"), html);
        String page = write(new HtmlWriter(Highlighter.NONE), furniture());
        for (String badge : List.of(">byline</span>", ">caption</span>", ">related</span>")) {
            assertTrue(page.contains(badge), badge + " in " + page);
        }
        assertEquals(2, page.split(">caption</span>", -1).length - 1, "the English caption and the Russian credit");
        assertTrue(page.contains("Lavrov met Kerry.</td>"), "an ordinary sentence gets no badge: " + page);
    }

    @Test
    void theFurnitureKindsGoThroughJsonAndTheReviewWorkbook() throws IOException {
        JsonNode beads = new ObjectMapper().readTree(write(JsonWriter.document(), furniture())).get("beads");
        assertEquals("byline", beads.get(0).get("sentence_kinds").get(0).get("kind").asText());
        assertEquals("related", beads.get(3).get("sentence_kinds").get(0).get("kind").asText());
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new ReviewWorkbookWriter(0.5).write(furniture(), xlsx);
        ReviewedTable back = ReviewWorkbookReader.readReviewed(new java.io.ByteArrayInputStream(xlsx.toByteArray()), "r.xlsx", false);
        assertEquals(List.of(SentenceKind.BYLINE, SentenceKind.CAPTION, SentenceKind.SENTENCE, SentenceKind.RELATED),
                back.context().englishKinds());
        assertEquals(List.of(SentenceKind.SENTENCE, SentenceKind.CAPTION), back.context().russianKinds());
    }

    @Test
    void theSummaryLineReadsAsTheIssueAsks() {
        Document d = Document.builder("x").add(BlockKind.PARAGRAPH, "word ".repeat(1240))
                .drop(BlockKind.PARAGRAPH, "a b c", "page furniture").drop(BlockKind.PARAGRAPH, "d e", "page furniture").build();
        assertEquals("Read 1,240 words; dropped 2 blocks, 5 words, as page furniture", SourceSummary.of(d).line());
    }

    @Test
    void theReviewWorkbookCarriesTheFactsThroughTheReview() throws IOException {
        Alignment a = alignment();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new ReviewWorkbookWriter(0.5).write(a, xlsx);
        ReviewedTable back = ReviewWorkbookReader.readReviewed(new java.io.ByteArrayInputStream(xlsx.toByteArray()), "r.xlsx", false);
        ExportContext original = ExportContext.of(a);
        assertEquals(original.english(), back.context().english());
        assertEquals(original.russian(), back.context().russian());
        assertEquals(original.englishKinds(), back.context().englishKinds());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        JsonWriter.document().write(back.table(), back.context(), json);
        JsonNode doc = new ObjectMapper().readTree(json.toByteArray());
        assertEquals(7, doc.get("english_document").get("dropped_words").asInt(), "review apply keeps what extraction dropped");
        assertEquals("dateline", doc.get("beads").get(0).get("sentence_kinds").get(0).get("kind").asText());
        assertEquals("none", doc.get("beads").get(0).get("review").get("status").asText());
        assertEquals("unchanged", doc.get("beads").get(0).get("review").get("change").asText());
    }

    @Test
    void withoutContextNothingIsInvented() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonWriter.document().write(org.sverka.core.ParallelTable.of(alignment()), out);
        JsonNode doc = new ObjectMapper().readTree(out.toByteArray());
        assertNull(doc.get("english_document"));
        assertFalse(doc.get("beads").get(0).has("sentence_kinds"));
    }
}
