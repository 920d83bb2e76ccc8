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

    @Test
    void tsvEscapesTabsAndLineBreaks() throws IOException {
        List<String> lines = write(new TsvWriter(), withTricky()).lines().toList();
        assertEquals("en\tru\tscore", lines.get(0));
        assertEquals("a\\tb\\nc\\\\d\tе\\r\\nё\t0.900", lines.get(1));
        assertEquals(11, lines.size());
        assertEquals("\tтолько по-русски\t0.000", lines.get(10));
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
        assertEquals("name-only-en:Deir", fourth.get("flags").get(0).asText());
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
