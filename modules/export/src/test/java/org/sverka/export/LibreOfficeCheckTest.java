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
        List<List<String>> fromLibreOffice = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
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

    /** RFC 4180 CSV, enough for LibreOffice's output: quoted fields may hold commas, quotes and line breaks. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
