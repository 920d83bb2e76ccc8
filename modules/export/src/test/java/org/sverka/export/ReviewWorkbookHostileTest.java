package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sverka.core.InputException;

/** Workbooks that come back from other people: bombs, entities, garbage. A clear refusal or a table. */
class ReviewWorkbookHostileTest {
    static final Path CASES = Path.of(System.getProperty("sverka.testdata", "../../test-data"), "fuzz", "review");

    /** The workbook with one of its parts replaced. */
    static byte[] replacePart(byte[] xlsx, String part, byte[] content) throws IOException {
        Path tmp = Files.createTempFile("sverka", ".xlsx");
        try {
            Files.write(tmp, xlsx);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipFile in = new ZipFile(tmp.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(e.getName().equals(part) ? content : in.getInputStream(e).readAllBytes());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } finally {
            Files.delete(tmp);
        }
    }

    static byte[] story() throws IOException {
        return ReviewWorkbookTest.workbook(Tables.story());
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        byte[] huge = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>" + "a".repeat(60_000_000) + "</t></si></sst>").getBytes(StandardCharsets.UTF_8);
        byte[] bomb = replacePart(story(), "xl/sharedStrings.xml", huge);
        InputException e = assertThrows(InputException.class, () -> ReviewWorkbookTest.apply(bomb));
        assertTrue(e.getMessage().startsWith("reviewed.xlsx: cannot be read as a workbook"), e.getMessage());
    }

    /**
     * An external entity declared in the shared strings and used as the note of bead 1: were it
     * resolved, the file's text would come back as that note, so the test fails on a reader that
     * resolves it, whether the workbook is then refused or read. (The protection is POI's XML
     * parser, which refuses the DOCTYPE.)
     */
    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        byte[] xlsx = ReviewWorkbookTest.edit(story(), wb -> ReviewWorkbookTest.rowOf(wb.getSheet(ReviewWorkbook.ALIGNMENT), 1)
                .getCell(ReviewWorkbook.NOTE).setCellValue("NOTE-MARKER"));
        String strings;
        try (ZipFile zip = new ZipFile(Files.write(dir.resolve("w.xlsx"), xlsx).toFile())) {
            strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(strings.contains(">NOTE-MARKER<"), "the note is a shared string");
        String hostile = strings.replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>")
                .replace(">NOTE-MARKER<", ">&e;<");
        try {
            javax.xml.parsers.DocumentBuilderFactory plain = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance();
            assertTrue(plain.newDocumentBuilder().parse(new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement().getTextContent().contains("TOP SECRET"), "a parser that resolves entities reads the file");
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError(e);
        }
        byte[] xxe = replacePart(xlsx, "xl/sharedStrings.xml", hostile.getBytes(StandardCharsets.UTF_8));
        try {
            org.sverka.core.ParallelTable t = ReviewWorkbookTest.apply(xxe);
            assertFalse(t.rows().get(0).note().contains("TOP SECRET"), "the entity was resolved");
            assertFalse(t.toString().contains("TOP SECRET"));
        } catch (InputException refused) {
            assertFalse(refused.getMessage().contains("TOP SECRET"), refused.getMessage());
        }
    }

    /** The workbook with a part added, and its content type declared. */
    static byte[] addPart(byte[] xlsx, String part, byte[] content, String contentType) throws IOException {
        Path tmp = Files.createTempFile("sverka", ".xlsx");
        try {
            Files.write(tmp, xlsx);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipFile in = new ZipFile(tmp.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    byte[] data = in.getInputStream(e).readAllBytes();
                    if (e.getName().equals("[Content_Types].xml")) {
                        data = new String(data, StandardCharsets.UTF_8).replace("</Types>", "<Override PartName=\"/" + part
                                + "\" ContentType=\"" + contentType + "\"/></Types>").getBytes(StandardCharsets.UTF_8);
                    }
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(data);
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry(part));
                zip.write(content);
                zip.closeEntry();
            }
            return out.toByteArray();
        } finally {
            Files.delete(tmp);
        }
    }

    /**
     * A VBA project added to the workbook: refused, because a macro can change what the reviewer saw
     * without saving it. A plain reader would read the nine rows; this test fails unless the
     * workbook is refused and the macro part is named.
     */
    @Test
    void aWorkbookWithMacrosIsRefused() throws IOException {
        byte[] macro = "Attribute VB_Name = \"Module1\"\nSub Auto_Open()\nShell \"calc\"\nEnd Sub\n".getBytes(StandardCharsets.UTF_8);
        byte[] xlsm = addPart(story(), "xl/vbaProject.bin", macro, "application/vnd.ms-office.vbaProject");
        InputException e = assertThrows(InputException.class, () -> ReviewWorkbookTest.apply(xlsm));
        assertEquals("reviewed.xlsx: the workbook carries macros (xl/vbaProject.bin), which sverka never writes; a macro can "
                + "change what a spreadsheet shows without saving it, so sverka reads no workbook with macros: save it as "
                + ".xlsx without macros and check it again", e.getMessage());
        byte[] macroSheet = addPart(story(), "xl/macrosheets/sheet1.xml", "<xm:macrosheet xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\"/>"
                .getBytes(StandardCharsets.UTF_8), "application/vnd.ms-excel.macrosheet+xml");
        assertTrue(assertThrows(InputException.class, () -> ReviewWorkbookTest.apply(macroSheet)).getMessage()
                .contains("carries macros (xl/macrosheets/sheet1.xml)"), "Excel 4 macro sheets too");
    }

    /** The story's workbook with a link to another workbook, and the cell of the given bead and column set to a formula into it. */
    static byte[] linked(int bead, int column, String cachedValue) throws IOException {
        return ReviewWorkbookTest.edit(story(), wb -> {
            wb.linkExternalWorkbook("decisions.xlsx", new org.apache.poi.xssf.usermodel.XSSFWorkbook());
            Cell c = ReviewWorkbookTest.rowOf(wb.getSheet(ReviewWorkbook.ALIGNMENT), bead).getCell(column);
            c.setCellFormula("[decisions.xlsx]Sheet1!A1");
            c.setCellValue(cachedValue);   // the value a spreadsheet stored with the formula the last time it refreshed the link
        });
    }

    /**
     * A Status cell taking its value from another workbook: refused with its sheet, row and cell,
     * because the value stored is a copy from a file sverka cannot see. A plain reader would read the
     * stored "reject" and drop bead 2; this test fails unless the cell is refused. A link that no
     * read cell uses (in a column of the reviewer's own) is harmless, and the values are read.
     */
    @Test
    void aCellLinkedToAnotherWorkbookIsRefused() throws IOException {
        byte[] status = linked(2, ReviewWorkbook.STATUS, "reject");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(status))) {
            Cell c = ReviewWorkbookTest.rowOf(wb.getSheet(ReviewWorkbook.ALIGNMENT), 2).getCell(ReviewWorkbook.STATUS);
            assertEquals("[decisions.xlsx]Sheet1!A1", c.getCellFormula(), "the workbook really links the cell to another file");
            assertEquals("reject", c.getStringCellValue(), "with a stored value a plain reader would take");
            assertEquals(1, wb.getExternalLinksTable().size());
        }
        InputException e = assertThrows(InputException.class, () -> ReviewWorkbookTest.apply(status));
        assertEquals("reviewed.xlsx: sheet Alignment, row 3: the cell J3 takes its value from another workbook (=[decisions.xlsx]Sheet1!A1); "
                + "sverka does not follow links and the value stored may not be the one shown: type the value instead", e.getMessage());
        byte[] hidden = ReviewWorkbookTest.edit(story(), wb -> {
            wb.linkExternalWorkbook("decisions.xlsx", new org.apache.poi.xssf.usermodel.XSSFWorkbook());
            ReviewWorkbookRefusalsTest.dataRowOf(wb.getSheet(ReviewWorkbook.DATA), 3).getCell(4).setCellFormula("[decisions.xlsx]Sheet1!A1");
        });
        assertTrue(assertThrows(InputException.class, () -> ReviewWorkbookTest.apply(hidden)).getMessage()
                .startsWith("reviewed.xlsx: sheet _sverka, row 28: the cell E28 takes its value from another workbook"));
        byte[] aside = ReviewWorkbookTest.edit(story(), wb -> {
            wb.linkExternalWorkbook("decisions.xlsx", new org.apache.poi.xssf.usermodel.XSSFWorkbook());
            ReviewWorkbookTest.rowOf(wb.getSheet(ReviewWorkbook.ALIGNMENT), 2).createCell(ReviewWorkbook.COLUMNS.size() + 1)
                    .setCellFormula("[decisions.xlsx]Sheet1!A1");
        });
        assertEquals(9, ReviewWorkbookTest.apply(aside).rows().size(), "a link in the reviewer's own column is not read, so not refused");
    }

    @Test
    void formulasWithBracketsThatAreNotLinksAreNotTakenForLinks() {
        assertTrue(ForeignContent.refersToAnotherWorkbook("[1]Sheet1!A1"));
        assertTrue(ForeignContent.refersToAnotherWorkbook("SUM('[2]My sheet'!A1:A3)"));
        assertTrue(ForeignContent.refersToAnotherWorkbook("[3]!Total"));
        assertTrue(ForeignContent.refersToAnotherWorkbook("'C:\\\\share\\\\[decisions.xlsx]Sheet 1'!A1&\"x\""));
        assertFalse(ForeignContent.refersToAnotherWorkbook("Table1[[#This Row],[Kind]]"));
        assertFalse(ForeignContent.refersToAnotherWorkbook("Table1[2019]"), "a structured reference to a table column");
        assertFalse(ForeignContent.refersToAnotherWorkbook("\"[1]\"&A1"), "a string literal");
        assertFalse(ForeignContent.refersToAnotherWorkbook("A1+1"));
    }

    /** Any bytes: a table or an InputException, nothing else. */
    static void applyAnything(byte[] bytes) {
        try {
            ReviewWorkbookReader.read(new ByteArrayInputStream(bytes), "fuzz.xlsx", false);
        } catch (InputException expected) {
            // a clear refusal is a right answer
        }
    }

    @FuzzTest(maxDuration = "60s")
    void fuzz(FuzzedDataProvider data) {
        applyAnything(data.consumeRemainingAsBytes());
    }

    /** A reviewer typing anything into any cell: the reader answers with a table or a clear error. */
    @Test
    void mutatedInputs() throws IOException {
        Random rnd = new Random(3);
        String[] values = {"", "0", "-1", "3-", "-", "2-1", "1,1", "99999999999", "1e9", "NaN", "reject", "ACCEPT", "=1+1",
            "x", "5;6", " 7 ", "\u0000", "4,,5", "1-100000000"};
        byte[] base = story();
        for (int i = 0; i < 60; i++) {
            byte[] edited = ReviewWorkbookTest.edit(base, wb -> {
                Sheet s = wb.getSheet("Alignment");
                for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
                    Row r = s.getRow(1 + rnd.nextInt(s.getLastRowNum()));
                    if (r == null) {
                        continue;
                    }
                    int c = rnd.nextInt(ReviewWorkbook.COLUMNS.size());
                    Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
                    if (rnd.nextInt(5) == 0) {
                        cell.setCellValue(rnd.nextDouble() * 20);
                    } else {
                        cell.setCellValue(values[rnd.nextInt(values.length)]);
                    }
                }
            });
            applyAnything(edited);
            byte[] broken = edited.clone();
            broken[rnd.nextInt(broken.length)] ^= (byte) (1 + rnd.nextInt(255));
            applyAnything(broken);
        }
    }

    static Stream<Path> regressionCases() throws IOException {
        return Files.isDirectory(CASES) ? Files.list(CASES).filter(Files::isRegularFile).sorted() : Stream.empty();
    }

    @ParameterizedTest
    @MethodSource("regressionCases")
    void regressionCase(Path input) throws IOException {
        applyAnything(Files.readAllBytes(input));
    }
}
