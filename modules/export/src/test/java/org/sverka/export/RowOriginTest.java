package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sverka.core.ParallelTable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The origin of each row (pair id and the two documents) in TSV and TMX, escaped like any other text. */
class RowOriginTest {
    /** A distinct origin a row of the story, some of them hostile: a formula, a tab, markup, control characters. */
    private static Map<Integer, RowOrigin> origins(ParallelTable t) {
        Map<Integer, RowOrigin> m = new HashMap<>();
        for (ParallelTable.Row r : t.rows()) {
            int b = r.bead();
            m.put(b, switch (b % 3) {
                case 0 -> new RowOrigin("=pair" + b, "en/" + b + "\t<a>&.html", "ru/" + b + ".html");
                case 1 -> new RowOrigin("pair-" + b + "\u001b[31m", "en/\u0000" + b + ".txt", "@ru/" + b + "\u0085.txt");
                default -> new RowOrigin("пара " + b, "en/" + b + "\n.txt", "ru/" + b + "\\.txt");
            });
        }
        return m;
    }

    @Test
    void tsvAddsOriginColumnsAfterTheOthersEscaped() throws Exception {
        ParallelTable story = Tables.story();
        Map<Integer, RowOrigin> origins = origins(story);
        String tsv = TextFormatsTest.write(new TsvWriter(r -> origins.get(r.bead())), story);
        assertEquals("en\tru\tscore\tkind\tflags\tpair_id\ten_source\tru_source", tsv.lines().findFirst().orElseThrow());
        String plain = TextFormatsTest.write(new TsvWriter(), story);
        assertEquals("en\tru\tscore\tkind\tflags", plain.lines().findFirst().orElseThrow());
        assertFalse(SpreadsheetSafetyTest.hasRawControl(tsv));
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVParser.parse(tsv, TsvWriter.FORMAT).getRecords();
        List<org.apache.commons.csv.CSVRecord> plainRecords = org.apache.commons.csv.CSVParser.parse(plain, TsvWriter.FORMAT).getRecords();
        assertEquals(story.rows().size() + 1, records.size());
        List<TsvRow> rows = TextFormatsTest.readTsv(tsv);
        for (int i = 0; i < story.rows().size(); i++) {
            org.apache.commons.csv.CSVRecord cells = records.get(i + 1);
            assertEquals(8, cells.size(), cells.toString());
            assertEquals(plainRecords.get(i + 1).toList(), cells.toList().subList(0, 5), "the old columns come first, unchanged");
            RowOrigin o = origins.get(story.rows().get(i).bead());
            assertEquals(TsvWriter.escape(o.pairId()), cells.get(5));
            RowOrigin back = rows.get(i).origin().orElseThrow();
            assertEquals(ControlCharacters.remove(o.pairId()), back.pairId());
            assertEquals(ControlCharacters.remove(o.englishSource()), back.englishSource());
            assertEquals(ControlCharacters.remove(o.russianSource()), back.russianSource());
            for (int c = 5; c < 8; c++) {
                assertFalse(cells.get(c).matches("(?s)[=+\\-@].*"), "a formula must be neutralised: " + cells.get(c));
            }
        }
    }

    @Test
    void tsvLeavesCellsEmptyWhenTheOriginIsUnknown() throws Exception {
        ParallelTable story = Tables.story();
        String tsv = TextFormatsTest.write(new TsvWriter(r -> null), story);
        assertTrue(tsv.lines().toList().get(1).endsWith("\t\t\t"), tsv.lines().toList().get(1));
        assertTrue(TextFormatsTest.readTsv(tsv).get(0).origin().isEmpty());
    }

    @Test
    void tmxCarriesTheOriginOfEachUnitAsPropsAndStaysValid() throws Exception {
        ParallelTable story = Tables.story();
        Map<Integer, RowOrigin> origins = origins(story);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TmxWriter(r -> origins.get(r.bead())).write(story, out);
        Document d = TmxWriterTest.parseValid(out.toByteArray());
        NodeList tus = d.getElementsByTagName("tu");
        List<ParallelTable.Row> matches = new ArrayList<>(story.matches());
        assertEquals(matches.size(), tus.getLength());
        for (int i = 0; i < tus.getLength(); i++) {
            Element tu = (Element) tus.item(i);
            RowOrigin o = origins.get(matches.get(i).bead());
            assertEquals(ControlCharacters.remove(o.pairId()), prop(tu, "x-pair-id"));
            assertEquals(ControlCharacters.remove(o.englishSource()), prop(tu, "x-en-source"));
            assertEquals(ControlCharacters.remove(o.russianSource()), prop(tu, "x-ru-source"));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\u001b") || text.contains("\u0000") || text.contains("\u0085"));
    }

    @Test
    void tmxWithoutOriginsHasNoOriginProps() throws Exception {
        String tmx = new String(TmxWriterTest.write(Tables.story()), StandardCharsets.UTF_8);
        assertFalse(tmx.contains("x-pair-id"));
    }

    private static String prop(Element tu, String type) {
        NodeList props = tu.getElementsByTagName("prop");
        String found = null;
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if (p.getAttribute("type").equals(type)) {
                assertEquals(null, found, "one " + type + " a unit");
                found = p.getTextContent();
            }
        }
        return found;
    }
}
