package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sverka.core.BlockKind;
import org.sverka.core.Document;
import org.sverka.core.DocumentInfo;
import org.sverka.core.ParallelTable;

/** What the workbook stores in its cells, how its rows and pages are laid out, what its Summary says. */
class WorkbookCellsTest {
    static ParallelTable withFirst(String english, String russian, String note) throws IOException {
        ParallelTable t = Tables.story();
        List<String> en = new ArrayList<>(t.englishSentences());
        List<String> ru = new ArrayList<>(t.russianSentences());
        en.set(0, english);
        ru.set(0, russian);
        List<ParallelTable.Row> rows = new ArrayList<>(t.rows());
        rows.set(0, new ParallelTable.Row(1, List.of(1), english, List.of(1), russian, 0.9, List.of(), note));
        return new ParallelTable(t.englishSource(), t.russianSource(), t.mode(), t.reason(), en, ru, rows);
    }

    @Test
    void ooxmlEscapeLookalikesRoundTripExactly() throws IOException {
        String english = "_x0041_ stays; so does _x0041_x0042_, _X00e9_ and _x005F_";
        String russian = "текст _xD83D_ и _x000D_";
        ParallelTable t = withFirst(english, russian, "note _x0020_");
        byte[] xlsx = ReviewWorkbookTest.workbook(t);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row r = ReviewWorkbookTest.rowOf(wb.getSheet("Alignment"), 1);
            assertEquals(english, r.getCell(ReviewWorkbook.ENGLISH).getStringCellValue());
            assertEquals(russian, r.getCell(ReviewWorkbook.RUSSIAN).getStringCellValue());
        }
        ParallelTable back = ReviewWorkbookTest.apply(xlsx);
        assertEquals(t.rows(), back.rows(), "read back unedited, with the same texts");
        assertEquals(t.englishSentences(), back.englishSentences());
    }

    @Test
    void aTextOverTheCellLimitInAnyCellIsRefusedAndNothingWritten() throws IOException {
        ParallelTable longNote = withFirst("a", "б", "n".repeat(39_999));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IOException e = assertThrows(IOException.class, () -> new ReviewWorkbookWriter(0.5).write(longNote, out));
        assertEquals("bead 1: the note has 39,999 characters, more than the 32,767 a spreadsheet cell holds; write TSV, "
                + "JSON or TMX instead", e.getMessage());
        assertEquals(0, out.size(), "nothing written");
        String escapesGrow = "_x0041_".repeat(32_767 / 7);   // 32,767 characters, 60,853 once escaped
        IOException grown = assertThrows(IOException.class, () -> ReviewWorkbookTest.workbook(withFirst(escapesGrow, "б", "")));
        assertTrue(grown.getMessage().startsWith("bead 1: the English text has 32,767 characters (60,853 as stored), more than "
                + "the 32,767"), grown.getMessage());
    }

    @Test
    void controlCharactersAreRemovedNotTurnedIntoQuestionMarks() throws IOException {
        ParallelTable t = withFirst("red\u001B[31m alert\u0000", "тест\u0085", "");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ReviewWorkbookTest.workbook(t)))) {
            Row r = ReviewWorkbookTest.rowOf(wb.getSheet("Alignment"), 1);
            assertEquals("red[31m alert", r.getCell(ReviewWorkbook.ENGLISH).getStringCellValue());
            assertEquals("тест", r.getCell(ReviewWorkbook.RUSSIAN).getStringCellValue());
        }
    }

    @Test
    void rowsAreTallEnoughForTheirTextAndPagesPrintOneWide() throws IOException {
        ParallelTable t = withFirst("word ".repeat(120), "б", "");   // 600 characters in a 60-character column: 10 lines
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ReviewWorkbookTest.workbook(t)))) {
            XSSFSheet s = wb.getSheet("Alignment");
            assertEquals(150f, ReviewWorkbookTest.rowOf(s, 1).getHeightInPoints(), 0.01);
            assertEquals(15f, ReviewWorkbookTest.rowOf(s, 2).getHeightInPoints(), 0.01);
            assertTrue(((org.apache.poi.xssf.usermodel.XSSFRow) ReviewWorkbookTest.rowOf(s, 2)).getCTRow().getCustomHeight(), "an explicit height");
            assertTrue(s.getPrintSetup().getLandscape());
            assertTrue(s.getFitToPage());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals(0, s.getPrintSetup().getFitHeight());
            assertEquals("1:1", s.getRepeatingRows().formatAsString());
        }
    }

    static Map<String, String> summary(byte[] xlsx) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : wb.getSheet("Summary")) {
                out.put(ReviewWorkbookReader.text(r, 0), ReviewWorkbookReader.text(r, 1));
            }
        }
        return out;
    }

    @Test
    void theSummarySaysWhatIsCoveredReadAndDropped() throws IOException {
        ParallelTable t = Tables.story();
        List<ParallelTable.Row> rows = new ArrayList<>(t.rows().subList(0, 6));
        rows.add(new ParallelTable.Row(7, List.of(7, 8, 9), "commentary", List.of(), "", 0, List.of(), ""));
        rows.add(new ParallelTable.Row(8, List.of(), "", List.of(7, 8, 9), "не процитировано", 0, List.of(), ""));
        ParallelTable report = t.withRows(rows);
        int matched = 0;
        int all = 0;
        for (int i = 0; i < 9; i++) {
            int w = org.sverka.core.DroppedBlock.countWords(t.russianSentences().get(i));
            all += w;
            matched += i < 6 ? w : 0;
        }
        Document en = Document.builder("story.en.html").add(BlockKind.PARAGRAPH, "One two three four.")
                .drop(BlockKind.PARAGRAPH, "Accept all cookies", "phrase").drop(BlockKind.LIST_ITEM, "Home News World", "link-list")
                .drop(BlockKind.PARAGRAPH, "Subscribe now", "phrase")
                .info(new DocumentInfo("Lavrov meets Kerry", "TASS", "2016-09-09")).build();
        Document ru = Document.builder("story.ru.docx").add(BlockKind.PARAGRAPH, "Раз два три.").build();
        ExportContext context = new ExportContext(SourceSummary.of(en), SourceSummary.of(ru), List.of(), List.of(), Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewWorkbookWriter(0.5).write(report, context, out);
        Map<String, String> s = summary(out.toByteArray());
        assertEquals(String.format(java.util.Locale.ROOT, "the English text renders %.0f%% of the Russian original (by words); "
                + "6 of 9 English sentences matched, 6 of 9 Russian", 100.0 * matched / all), s.get("Coverage"));
        assertEquals("Read 4 words; dropped 3 blocks, 8 words (phrase: 2 blocks, 5 words; link-list: 1 block, 3 words)",
                s.get("English document"));
        assertEquals("Read 3 words; nothing dropped", s.get("Russian document"));
        assertEquals("Lavrov meets Kerry", s.get("English title"));
        assertEquals("TASS", s.get("English author"));
        assertEquals("2016-09-09", s.get("English published"));
    }
}
