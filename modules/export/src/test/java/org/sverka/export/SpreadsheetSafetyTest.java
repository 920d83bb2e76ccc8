package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.core.ParallelTable;

/** Text outputs opened in a spreadsheet carry no live formula, and no raw control character. */
class SpreadsheetSafetyTest {
    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+7 495 123", "-2+3", "@SUM(A1)",
            "'=1+1", "''+x", "'abc", "\tstarts with a tab", "\rcarriage", "plain", "1-2", "", "'", "''", "=", "'@");

    static ParallelTable hostile() throws IOException {
        ParallelTable t = Tables.story();
        List<ParallelTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            rows.add(new ParallelTable.Row(i + 1, List.of(1), HOSTILE.get(i), List.of(1), HOSTILE.get(HOSTILE.size() - 1 - i),
                    0.5, List.of(), ""));
        }
        return t.withRows(rows);
    }

    @Test
    void tsvCellsNeverStartLikeAFormulaAndReadBackExactly() throws IOException {
        String tsv = TextFormatsTest.write(new TsvWriter(), hostile());
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVParser.parse(tsv, TsvWriter.FORMAT).getRecords();
        for (int i = 0; i < HOSTILE.size(); i++) {
            org.apache.commons.csv.CSVRecord cells = records.get(i + 1);
            for (String cell : List.of(cells.get(0), cells.get(1))) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "live cell: " + cell);
            }
        }
        List<TsvRow> rows = TextFormatsTest.readTsv(tsv);
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertEquals(HOSTILE.get(i), rows.get(i).english(), "row " + (i + 1));
            assertEquals(HOSTILE.get(HOSTILE.size() - 1 - i), rows.get(i).russian());
        }
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")", records.get(1).get(0));
        assertTrue(tsv.lines().toList().get(1).startsWith("\"'=HYPERLINK(\"\"http:"), "double quotes doubled inside a quoted cell");
        assertEquals("''=1+1", records.get(5).get(0), "a quote before a trigger gets one more");
        assertEquals("'abc", records.get(7).get(0), "a quote before anything else is left alone");
        assertEquals("'\tstarts with a tab", records.get(8).get(0), "a tab first is quoted against the formula rule");
        assertTrue(tsv.contains("\t\"'\tstarts with a tab\"\t"), "and the cell is in double quotes because it holds a tab");
        assertEquals("1-2", records.get(11).get(0));
    }

    private static ParallelTable one(String english) throws IOException {
        return Tables.story().withRows(List.of(new ParallelTable.Row(1, List.of(1), english, List.of(1), "x", 0.5, List.of(), "")));
    }

    @Test
    void linksCarryNoTextSoNoCellCanBeAFormula() throws IOException {
        for (String line : TextFormatsTest.write(new LinksWriter(), hostile()).lines().toList()) {
            assertTrue(line.matches("[0-9,]*\t[0-9,]*\t[0-9.]+"), line);
        }
    }

    @Test
    void mosesKeepsTheTextAsItIsForTraining() throws IOException {
        List<String> en = TextFormatsTest.write(new MosesWriter(true), hostile()).lines().toList();
        assertEquals("=HYPERLINK(\"http://evil.example\",\"x\")", en.get(0), "a training corpus is not quoted (see MosesWriter)");
        assertEquals("-2+3", en.get(2));
        assertEquals("'=1+1", en.get(4));
    }

    static ParallelTable withControls() throws IOException {
        ParallelTable t = Tables.story();
        List<ParallelTable.Row> rows = new ArrayList<>(t.rows());
        rows.set(0, new ParallelTable.Row(1, List.of(1), "red\u001B[31m alert\u0000 end\u0085\u009B2J\u007F", List.of(1),
                "тест\u0007\tтаб", 0.9, List.of(), ""));
        return t.withRows(rows);
    }

    static boolean hasRawControl(String s) {
        return s.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F));
    }

    @Test
    void controlCharactersAreRemovedFromTsvAndMoses() throws IOException {
        String tsv = TextFormatsTest.write(new TsvWriter(), withControls());
        assertFalse(hasRawControl(tsv));
        assertEquals("red[31m alert end2J\t\"тест\tтаб\"\t0.900\ttranslation\t", tsv.lines().toList().get(1));
        String moses = TextFormatsTest.write(new MosesWriter(true), withControls());
        assertFalse(hasRawControl(moses));
        assertEquals("red[31m alert end2J", moses.lines().toList().get(0));
        assertFalse(hasRawControl(TextFormatsTest.write(new MosesWriter(false), withControls())));
    }

    @Test
    void controlCharactersAreShownEscapedInHtml() throws IOException {
        String html = TextFormatsTest.write(new HtmlWriter(Highlighter.NONE), withControls());
        assertFalse(hasRawControl(html));
        assertTrue(html.contains("red[U+001B][31m alert[U+0000] end[U+0085][U+009B]2J[U+007F]"), "shown, not lost");
        assertTrue(html.contains("тест[U+0007]\tтаб"));
    }

    @Test
    void tmxLeavesControlCharactersOut() throws IOException {
        String tmx = TextFormatsTest.write(new TmxWriter(), withControls());
        assertFalse(hasRawControl(tmx));
        assertTrue(tmx.contains("<seg>red[31m alert end2J</seg>"), tmx);
    }

    @Test
    void jsonEscapesControlCharacters() throws IOException {
        String json = TextFormatsTest.write(JsonWriter.document(), withControls());
        assertFalse(hasRawControl(json));
        assertTrue(json.contains("red\\u001B[31m alert\\u0000"), "escaped by the JSON generator");
    }
}
