package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.sverka.core.InputException;
import org.sverka.core.ParallelTable;

/** Reviewed workbooks that must be refused with a clear message, or read as the reviewer meant. */
class ReviewWorkbookRefusalsTest {
    static String refusal(byte[] xlsx) {
        return assertThrows(InputException.class, () -> ReviewWorkbookTest.apply(xlsx)).getMessage();
    }

    /** The row of the hidden data sheet that records a bead. */
    static Row dataRowOf(Sheet data, int bead) {
        for (Row r : data) {
            if ("bead".equals(ReviewWorkbookReader.text(r, 0)) && Integer.toString(bead).equals(ReviewWorkbookReader.text(r, 1))) {
                return r;
            }
        }
        throw new AssertionError("no data row for bead " + bead);
    }

    @Test
    void aHugeRangeInTheDataSheetIsRefusedBeforeItIsExpanded() throws IOException {
        byte[] bad = ReviewWorkbookTest.edit(ReviewWorkbookTest.workbook(Tables.story()),
                wb -> dataRowOf(wb.getSheet(ReviewWorkbook.DATA), 3).getCell(2).setCellValue("1-3000000"));
        String message = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(bad), "the range was expanded");
        assertEquals("reviewed.xlsx: sheet _sverka, row 28: English sentence 3000000 is out of range 1..9", message);
    }

    @Test
    void aHugeRangeInTheAlignmentSheetNamesItsRow() throws IOException {
        byte[] bad = ReviewWorkbookTest.edit(ReviewWorkbookTest.workbook(Tables.story()),
                wb -> ReviewWorkbookTest.rowOf(wb.getSheet("Alignment"), 3).getCell(3).setCellValue("3-99999999999999999999"));
        assertEquals("reviewed.xlsx: sheet Alignment, row 4: Russian sentence 99999999999999999999 is out of range 1..9",
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(bad)));
    }

    @Test
    void backwardRangesAndRepeatsAreErrors() throws IOException {
        byte[] backwards = ReviewWorkbookTest.edit(ReviewWorkbookTest.workbook(Tables.story()),
                wb -> ReviewWorkbookTest.rowOf(wb.getSheet("Alignment"), 3).getCell(1).setCellValue("3-2"));
        assertEquals("reviewed.xlsx: sheet Alignment, row 4: the range 3-2 of English sentences runs backwards", refusal(backwards));
        byte[] twice = ReviewWorkbookTest.edit(ReviewWorkbookTest.workbook(Tables.story()),
                wb -> ReviewWorkbookTest.rowOf(wb.getSheet("Alignment"), 3).getCell(1).setCellValue("3,3"));
        assertEquals("reviewed.xlsx: sheet Alignment, row 4: English sentence 3 is given twice", refusal(twice));
    }

    @Test
    void aStatusMergedOverRowsAppliesToEachRow() throws IOException {
        byte[] reviewed = ReviewWorkbookTest.edit(ReviewWorkbookTest.workbook(Tables.story()), wb -> {
            Sheet s = wb.getSheet("Alignment");
            ReviewWorkbookTest.rowOf(s, 2).getCell(ReviewWorkbook.STATUS).setCellValue("reject");
            s.addMergedRegion(new CellRangeAddress(2, 4, ReviewWorkbook.STATUS, ReviewWorkbook.STATUS));   // beads 2-4
            ReviewWorkbookTest.rowOf(s, 6).getCell(ReviewWorkbook.NOTE).setCellValue("one note for two rows");
            s.addMergedRegion(new CellRangeAddress(6, 7, ReviewWorkbook.NOTE, ReviewWorkbook.NOTE));         // beads 6-7
            s.addMergedRegion(new CellRangeAddress(0, 0, 12, 13));                    // the reviewer's own heading beside
            s.getRow(0).createCell(12).setCellValue("my remarks");
        });
        ParallelTable back = ReviewWorkbookTest.apply(reviewed);
        assertEquals(List.of(1, 5, 6, 7, 8, 9), back.rows().stream().map(ParallelTable.Row::bead).toList());
        assertEquals(RowReview.Change.UNCHANGED, ReviewWorkbookReader.readReviewed(new java.io.ByteArrayInputStream(reviewed),
                "reviewed.xlsx", false).context().reviews().values().iterator().next().change());
        assertEquals("one note for two rows", back.rows().get(2).note());
        assertEquals("one note for two rows", back.rows().get(3).note(), "the merged region's value for every cell in it");
    }

    @Test
    void aMergeOfTextsOrNumbersIsRefusedWithItsRegion() throws IOException {
        byte[] texts = ReviewWorkbookTest.edit(ReviewWorkbookTest.workbook(Tables.story()),
                wb -> wb.getSheet("Alignment").addMergedRegion(new CellRangeAddress(3, 4, ReviewWorkbook.ENGLISH, ReviewWorkbook.ENGLISH)));
        assertEquals("reviewed.xlsx: sheet Alignment, cells C4:C5 are merged; unmerge them (to join two beads, give one row "
                + "the sentence numbers of both)", refusal(texts));
        byte[] across = ReviewWorkbookTest.edit(ReviewWorkbookTest.workbook(Tables.story()),
                wb -> wb.getSheet("Alignment").addMergedRegion(new CellRangeAddress(5, 5, ReviewWorkbook.RU_NUMBERS, ReviewWorkbook.SCORE)));
        assertEquals("reviewed.xlsx: sheet Alignment, cells D6:F6 are merged; unmerge them (to join two beads, give one row "
                + "the sentence numbers of both)", refusal(across));
    }

    @Test
    void aPasswordProtectedWorkbookIsNamedAsSuch() throws Exception {
        byte[] plain = ReviewWorkbookTest.workbook(Tables.story());
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(encrypted);
        }
        assertEquals("reviewed.xlsx: the workbook is password-protected; save it without a password", refusal(encrypted.toByteArray()));
    }

    @Test
    void anOldExcelWorkbookIsNamedAsSuch() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Alignment").createRow(0).createCell(0).setCellValue("Bead");
            wb.write(xls);
        }
        assertEquals("reviewed.xlsx: an Excel 97-2003 workbook; save it as .xlsx", refusal(xls.toByteArray()));
    }

    @Test
    void anOpenDocumentSpreadsheetIsNamedAsSuch() throws IOException {
        ByteArrayOutputStream ods = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(ods)) {
            byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");           // stored, first, as the OpenDocument format requires
            first.setMethod(ZipEntry.STORED);
            first.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals("reviewed.xlsx: an OpenDocument spreadsheet; save it as .xlsx", refusal(ods.toByteArray()));
    }
}
