package org.sverka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** align to a workbook, review it, apply it: the translator's path through the command line. */
class ReviewCommandTest {
    static SverkaTest.Run run(String... args) {
        return SverkaTest.run(args);
    }

    static void edit(Path xlsx, java.util.function.Consumer<Sheet> edits) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = new XSSFWorkbook(in);
        }
        edits.accept(wb.getSheet("Alignment"));
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            wb.write(out);
        }
        wb.close();
    }

    /** The index of a column of the alignment sheet by its heading in the first row. */
    static int column(Sheet s, String heading) {
        for (org.apache.poi.ss.usermodel.Cell c : s.getRow(0)) {
            if (heading.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + heading);
    }

    @Test
    void reviewedWorkbookBecomesATranslationMemory(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("review.xlsx");
        assertEquals(0, run("align", SverkaTest.story("page.en.html"), SverkaTest.story("story.ru.docx"), "-o", xlsx.toString()).code());
        edit(xlsx, s -> {
            s.getRow(2).getCell(column(s, "Status")).setCellValue("reject");
            s.getRow(3).getCell(column(s, "Status")).setCellValue("accept");
        });
        Path tmx = dir.resolve("corpus.tmx");
        SverkaTest.Run r = run("review", "apply", xlsx.toString(), "-o", tmx.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(tmx);
        assertEquals(8, text.split("<tu ", -1).length - 1);
        assertFalse(text.contains("Geneva, September 16."), "the rejected bead is gone");
        Path accepted = dir.resolve("accepted.tsv");
        assertEquals(0, run("review", "apply", xlsx.toString(), "--only-accepted", "-o", accepted.toString()).code());
        List<String> lines = Files.readAllLines(accepted);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("Russian Foreign Minister Sergei Lavrov"), lines.get(1));
        Path moses = dir.resolve("corpus");
        assertEquals(0, run("review", "apply", xlsx.toString(), "--format", "moses", "-o", moses.toString()).code());
        assertEquals(8, Files.readAllLines(dir.resolve("corpus.en")).size());
        assertEquals(8, Files.readAllLines(dir.resolve("corpus.ru")).size());
    }

    @Test
    void anInconsistentWorkbookWritesNothing(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("review.xlsx");
        run("align", SverkaTest.story("story.en.txt"), SverkaTest.story("story.ru.txt"), "-o", xlsx.toString());
        edit(xlsx, s -> {
            Row r = s.getRow(5);
            r.getCell(1).setCellValue("4");
        });
        Path tmx = dir.resolve("corpus.tmx");
        SverkaTest.Run r = run("review", "apply", xlsx.toString(), "-o", tmx.toString());
        assertEquals(1, r.code());
        assertEquals("sverka: " + xlsx + ": sheet Alignment, rows 5 and 6: English sentence 4 is in both", r.err().strip());
        assertFalse(Files.exists(tmx));
    }

    @Test
    void aWorkbookSverkaDidNotWriteIsRefused(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("other.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            wb.createSheet("Sheet1");
            wb.write(out);
        }
        SverkaTest.Run r = run("review", "apply", xlsx.toString(), "-o", dir.resolve("x.tmx").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("not a review workbook written by sverka"), r.err());
    }
}
