package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review workbook opens in LibreOffice (headless, converted to CSV) with the same cell values
 * as POI reads. Runs where LibreOffice is installed (CI installs it); skipped elsewhere.
 */
class LibreOfficeCheckTest {
    @Test
    void libreOfficeReadsTheSameCells(@TempDir Path dir) throws Exception {
        assumeTrue(soffice(), "LibreOffice (soffice) is not installed");
        Path xlsx = dir.resolve("review.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new ReviewWorkbookWriter(0.5).write(TextFormatsTest.withTricky(), out);
        }
        Process p = new ProcessBuilder("soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + dir.resolve("lo"),
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1",
                "--outdir", dir.toString(), xlsx.toString()).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish in time");
        Path csv = dir.resolve("review-" + ReviewWorkbook.ALIGNMENT + ".csv");
        assertEquals(0, p.exitValue());
        List<List<String>> fromLibreOffice = org.apache.commons.csv.CSVParser.parse(Files.readString(csv, StandardCharsets.UTF_8),
                org.apache.commons.csv.CSVFormat.RFC4180).getRecords().stream().map(org.apache.commons.csv.CSVRecord::toList).toList();
        List<List<String>> fromPoi = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(ReviewWorkbook.ALIGNMENT);
            for (Row r : s) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < ReviewWorkbook.COLUMNS.size(); c++) {
                    cells.add(ReviewWorkbookReader.text(r, c));
                }
                fromPoi.add(cells);
            }
        }
        assertEquals(fromPoi.size(), fromLibreOffice.size());
        for (int i = 0; i < fromPoi.size(); i++) {
            List<String> lo = new ArrayList<>(fromLibreOffice.get(i));
            while (lo.size() < ReviewWorkbook.COLUMNS.size()) {
                lo.add("");
            }
            for (int c = 0; c < ReviewWorkbook.COLUMNS.size(); c++) {
                String expected = fromPoi.get(i).get(c).replace("\r\n", "\n").replace("\r", "\n");
                assertEquals(expected, lo.get(c).replace("\r\n", "\n").replace("\r", "\n"), "row " + (i + 1) + ", column " + (c + 1));
            }
        }
    }

    private static boolean soffice() {
        try {
            Process p = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
