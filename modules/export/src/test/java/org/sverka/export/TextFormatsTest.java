package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sverka.core.ParallelTable;

class TextFormatsTest {
    static String write(TableWriter w, ParallelTable t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(t, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static ParallelTable withTricky() throws IOException {
        ParallelTable t = Tables.story();
        List<ParallelTable.Row> rows = new ArrayList<>(t.rows());
        rows.set(0, new ParallelTable.Row(1, List.of(1), "a\tb\nc\\d", List.of(1), "е\r\nё", 0.9, List.of(), ""));
        rows.add(new ParallelTable.Row(10, List.of(), "", List.of(9), "только по-русски", 0, List.of(), ""));
        return t.withRows(rows);
    }

    static List<TsvRow> readTsv(String tsv) {
        return TsvReader.read(new java.io.ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "t.tsv");
    }

    @Test
    void tsvQuotesCellsWithTabsLineBreaksAndQuotesAndReadsThemBack() throws IOException {
        String tsv = write(new TsvWriter(), withTricky());
        List<String> lines = tsv.lines().toList();
        assertEquals("en\tru\tscore\tkind\tflags", lines.get(0));
        assertEquals("\"a\tb", lines.get(1), "a cell with a tab or a line break is quoted, as RFC 4180 quotes");
        assertEquals("c\\d\"\t\"е", lines.get(2), "String.lines() ends this line at the quoted CR LF");
        assertEquals("ё\"\t0.900\ttranslation\t", lines.get(3));
        assertEquals("\"\"\tтолько по-русски\t0.000\trussian-only\t", lines.get(lines.size() - 1),
                "an empty first cell is written as \"\" (Commons CSV), so that the line is not taken for an empty one");
        List<TsvRow> rows = readTsv(tsv);
        assertEquals(10, rows.size());
        assertEquals("a\tb\nc\\d", rows.get(0).english());
        assertEquals("е\r\nё", rows.get(0).russian());
        assertEquals(0.9, rows.get(0).score());
        assertEquals(List.of(new org.sverka.core.Flag(org.sverka.core.Flag.Kind.NAME, org.sverka.core.Flag.Side.ENGLISH, "Deir")),
                rows.get(3).flags());
        assertEquals("", rows.get(9).english());
        assertEquals(org.sverka.core.BeadKind.RUSSIAN_ONLY, rows.get(9).kind());
    }

    @Test
    void jsonLinesHaveEveryField() throws IOException {
        List<String> lines = write(JsonWriter.lines(), withTricky()).lines().toList();
        assertEquals(10, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("a\tb\nc\\d", first.get("en_text").asText());
        assertEquals(1, first.get("bead").asInt());
        assertEquals("1-1", first.get("type").asText());
        assertEquals(0.9, first.get("score").asDouble());
        JsonNode fourth = new ObjectMapper().readTree(lines.get(3));
        JsonNode flag = fourth.get("flags").get(0);
        assertEquals("name", flag.get("kind").asText());
        assertEquals("en", flag.get("side").asText());
        assertEquals("Deir", flag.get("value").asText());
        assertEquals("flag", flag.get("grade").asText());
        assertEquals("translation", fourth.get("kind").asText());
        assertEquals("russian-only", new ObjectMapper().readTree(lines.get(9)).get("kind").asText());
        assertEquals("0-1", new ObjectMapper().readTree(lines.get(9)).get("type").asText());
    }

    @Test
    void mosesFilesAreLineAlignedMatchesOnly() throws IOException {
        List<String> en = write(new MosesWriter(true), withTricky()).lines().toList();
        List<String> ru = write(new MosesWriter(false), withTricky()).lines().toList();
        assertEquals(9, en.size());
        assertEquals(9, ru.size());
        assertEquals("a\tb c\\d", en.get(0));
        assertEquals("е ё", ru.get(0));
    }

    @Test
    void linksNumberFromOne() throws IOException {
        List<String> lines = write(new LinksWriter(), withTricky()).lines().toList();
        assertEquals("1\t1\t0.900", lines.get(0));
        assertEquals("\t9\t0.000", lines.get(9));
    }

    @Test
    void htmlIsSelfContainedWithPlotMarksAndFlags() throws IOException {
        Highlighter numbers = (en, ru) -> new Highlighter.Marks(find(en), find(ru));
        String html = write(new HtmlWriter(numbers), withTricky());
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(Pattern.compile("(src|href)=\"https?:").matcher(html).find(), "no external resources");
        assertFalse(html.contains("@import") || html.contains("url("), "no external fonts or styles");
        assertEquals(9, count(html, "<circle"), "one dot per link");
        assertTrue(html.contains("<mark>2027</mark>-<mark>2036</mark>"), "shared numbers marked");
        assertTrue(html.contains("name only here: Deir"));
        assertTrue(html.contains("a\tb\nc\\d"));
        assertTrue(html.contains("no counterpart"));
    }

    @Test
    void htmlEscapesMarkup() throws IOException {
        ParallelTable t = Tables.story();
        List<ParallelTable.Row> rows = new ArrayList<>(t.rows());
        rows.set(0, new ParallelTable.Row(1, List.of(1), "<img src=x onerror=alert(1)>", List.of(1), "\"&\"", 0.9, List.of(), ""));
        String html = write(new HtmlWriter(Highlighter.NONE), t.withRows(rows));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("&quot;&amp;&quot;"));
    }

    private static List<int[]> find(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\d{4}").matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
