package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sverka.core.InputException;
import org.sverka.core.ParallelTable;

/** Round trips through the review workbook, edited with POI as a reviewer would. */
class ReviewWorkbookTest {
    static byte[] workbook(ParallelTable t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewWorkbookWriter(0.6).write(t, out);
        return out.toByteArray();
    }

    static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> edits) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            edits.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static ParallelTable apply(byte[] xlsx) {
        return ReviewWorkbookReader.read(new ByteArrayInputStream(xlsx), "reviewed.xlsx", false);
    }

    /** The sheet row holding a bead number, found by value, so that tests survive moved rows. */
    static Row rowOf(Sheet s, int bead) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.NUMERIC && (int) c.getNumericCellValue() == bead) {
                return r;
            }
        }
        throw new AssertionError("no row for bead " + bead);
    }

    @Test
    void untouchedWorkbookGivesTheTableBack() throws IOException {
        ParallelTable story = Tables.story();
        ParallelTable back = apply(workbook(story));
        assertEquals(story.rows(), back.rows());
        assertEquals(story.englishSentences(), back.englishSentences());
        assertEquals("story.en.html", back.englishSource());
    }

    @Test
    void reviewersDecisionsAreApplied() throws Exception {
        ParallelTable story = Tables.story();
        byte[] reviewed = edit(workbook(story), wb -> {
            Sheet s = wb.getSheet("Alignment");
            rowOf(s, 2).getCell(ReviewWorkbook.STATUS).setCellValue("reject");                          // reject bead 2
            rowOf(s, 4).getCell(2).setCellValue("The talks focused on a truce in Syria.");   // edit a text
            rowOf(s, 5).getCell(1).setCellValue("5,6");                              // merge beads 5 and 6
            rowOf(s, 5).getCell(3).setCellValue("5-6");
            s.removeRow(rowOf(s, 6));
            s.removeRow(rowOf(s, 8));                                                // delete bead 8
            Row nine = rowOf(s, 9);                                                  // move bead 9 to the top
            Row moved = s.createRow(s.getLastRowNum() + 2);
            for (Cell c : nine) {
                Cell d = moved.createCell(c.getColumnIndex());
                if (c.getCellType() == CellType.NUMERIC) {
                    d.setCellValue(c.getNumericCellValue());
                } else {
                    d.setCellValue(c.getStringCellValue());
                }
            }
            s.removeRow(nine);
            rowOf(s, 1).getCell(ReviewWorkbook.NOTE).setCellValue("checked against the wire copy");
        });
        ParallelTable back = apply(reviewed);
        List<String> en = story.englishSentences();
        List<String> ru = story.russianSentences();
        List<String[]> expected = List.of(
                new String[] {en.get(0), ru.get(0)}, new String[] {en.get(2), ru.get(2)},
                new String[] {"The talks focused on a truce in Syria.", ru.get(3)},
                new String[] {en.get(4) + " " + en.get(5), ru.get(4) + " " + ru.get(5)},
                new String[] {en.get(6), ru.get(6)}, new String[] {en.get(8), ru.get(8)});
        assertEquals(expected.size(), back.rows().size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i)[0], back.rows().get(i).english());
            assertEquals(expected.get(i)[1], back.rows().get(i).russian());
        }
        assertEquals(List.of(5, 6), back.rows().get(3).en());
        assertEquals("checked against the wire copy", back.rows().get(0).note());
        // and the corpus as TMX, read back by an independent reader
        ByteArrayOutputStream tmx = new ByteArrayOutputStream();
        new TmxWriter().write(back, tmx);
        List<String[]> units = TmxWriterTest.units(TmxWriterTest.parseValid(tmx.toByteArray()));
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(List.of(expected.get(i)), List.of(units.get(i)));
        }
    }

    @Test
    void aSentenceInTwoRowsIsReportedWithItsRows() throws IOException {
        byte[] bad = edit(workbook(Tables.story()), wb -> rowOf(wb.getSheet("Alignment"), 3).getCell(1).setCellValue("3,4"));
        InputException e = assertThrows(InputException.class, () -> apply(bad));
        assertEquals("reviewed.xlsx: sheet Alignment, rows 4 and 5: English sentence 4 is in both", e.getMessage());
    }

    @Test
    void aNumberOutOfRangeIsReported() throws IOException {
        byte[] bad = edit(workbook(Tables.story()), wb -> rowOf(wb.getSheet("Alignment"), 7).getCell(3).setCellValue("12"));
        InputException e = assertThrows(InputException.class, () -> apply(bad));
        assertEquals("reviewed.xlsx: sheet Alignment, row 8: Russian sentence 12 is out of range 1..9", e.getMessage());
    }

    @Test
    void missingSheetsAndForeignWorkbooksAreRefused() throws IOException {
        byte[] noSheet = edit(workbook(Tables.story()), wb -> wb.removeSheetAt(wb.getSheetIndex("Alignment")));
        assertEquals("reviewed.xlsx: the sheet Alignment is missing", assertThrows(InputException.class, () -> apply(noSheet)).getMessage());
        ByteArrayOutputStream foreign = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Alignment").createRow(0).createCell(0).setCellValue("Bead");
            wb.write(foreign);
        }
        InputException e = assertThrows(InputException.class, () -> apply(foreign.toByteArray()));
        assertTrue(e.getMessage().contains("not a review workbook written by sverka"), e.getMessage());
        assertTrue(assertThrows(InputException.class, () -> apply("not a zip".getBytes()))
                .getMessage().startsWith("reviewed.xlsx: cannot be read as a workbook"));
    }

    @Test
    void aHiddenSheetAddedByOthersIsRefused() throws IOException {
        byte[] bad = edit(workbook(Tables.story()), wb -> {
            wb.createSheet("macros");
            wb.setSheetVisibility(wb.getSheetIndex("macros"), SheetVisibility.HIDDEN);
        });
        InputException e = assertThrows(InputException.class, () -> apply(bad));
        assertTrue(e.getMessage().contains("the hidden sheet macros was not written by sverka"), e.getMessage());
    }

    @Test
    void formulasAreReadAsTheirValuesNeverEvaluated() throws IOException {
        byte[] withFormula = edit(workbook(Tables.story()), wb -> {
            Cell note = rowOf(wb.getSheet("Alignment"), 1).getCell(ReviewWorkbook.NOTE);
            note.setCellFormula("\"fine\"&\"\"");
        });
        ParallelTable back = apply(withFormula);
        assertEquals("", back.rows().get(0).note(), "a formula without a cached value reads as empty, not evaluated");
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredAsText() throws IOException {
        ParallelTable t = Tables.story();
        List<ParallelTable.Row> rows = new ArrayList<>(t.rows());
        rows.set(0, new ParallelTable.Row(1, List.of(1), "=HYPERLINK(\"http://example.org\",\"click\")", List.of(1), "+7 495", 0.9,
                List.of(), "@note"));
        byte[] xlsx = workbook(t.withRows(rows));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row r = rowOf(wb.getSheet("Alignment"), 1);
            for (int c : new int[] {ReviewWorkbook.ENGLISH, ReviewWorkbook.RUSSIAN, ReviewWorkbook.NOTE}) {
                assertEquals(CellType.STRING, r.getCell(c).getCellType());
                assertTrue(r.getCell(c).getCellStyle().getQuotePrefixed());
            }
            assertEquals("=HYPERLINK(\"http://example.org\",\"click\")", r.getCell(2).getStringCellValue());
        }
    }

    @Test
    void textOverTheCellLimitIsRefusedNotCut() throws IOException {
        ParallelTable t = Tables.story();
        List<ParallelTable.Row> rows = new ArrayList<>(t.rows());
        rows.set(2, new ParallelTable.Row(3, List.of(3), "x".repeat(40_000), List.of(3), "y", 0.9, List.of(), ""));
        IOException e = assertThrows(IOException.class, () -> workbook(t.withRows(rows)));
        assertTrue(e.getMessage().startsWith("bead 3: the English text has 40,000 characters"), e.getMessage());
    }

    @Test
    void theWorkbookHasWhatAReviewerNeeds() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(Tables.story())))) {
            assertEquals("Alignment", wb.getSheetName(0));
            assertEquals("Summary", wb.getSheetName(1));
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(wb.getSheetIndex("_sverka")));
            org.apache.poi.xssf.usermodel.XSSFSheet s = wb.getSheet("Alignment");
            assertEquals(ReviewWorkbook.COLUMNS,
                    java.util.stream.StreamSupport.stream(s.getRow(0).spliterator(), false).map(Cell::getStringCellValue).toList());
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(2, s.getDataValidations().size(), "Status and Kind drop-downs");
            assertEquals(2, s.getSheetConditionalFormatting().getNumConditionalFormattings());
            assertTrue(s.getCTWorksheet().isSetAutoFilter());
            assertEquals("name-only-en:Deir", rowOf(s, 4).getCell(ReviewWorkbook.FLAGS).getStringCellValue());
            assertEquals(1, wb.getSheet("Summary").getDrawingPatriarch().getCharts().size());
        }
    }
}
