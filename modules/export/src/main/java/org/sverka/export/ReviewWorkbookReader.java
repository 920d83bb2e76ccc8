package org.sverka.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sverka.core.Flag;
import org.sverka.core.InputException;
import org.sverka.core.ParallelTable;

/**
 * Reads a review workbook back and applies the reviewer's decisions: rows marked {@code reject}
 * are dropped; edited texts are kept as edited; edited sentence numbers (two beads merged into one
 * row, a bead split into two rows) are honoured, and an unedited text follows its new numbers;
 * rows moved keep their new place, rows deleted are gone, rows added are taken. Formulas are read
 * as their cached values, never evaluated.
 *
 * <p>Anything inconsistent is reported with its sheet and row, and nothing is returned: a
 * sentence in two rows, a number out of range, a missing sheet or column, a workbook that sverka
 * did not write.
 * <pre>{@code
 * ParallelTable reviewed = ReviewWorkbookReader.read(in, "reviewed.xlsx", false);
 * }</pre>
 */
public final class ReviewWorkbookReader {
    private ReviewWorkbookReader() {
    }

    /** A bead as the workbook first had it. */
    private record Original(List<Integer> en, List<Integer> ru, double score) {
    }

    /**
     * @param in           the workbook; not closed
     * @param source       its name, for messages
     * @param onlyAccepted keep only rows marked {@code accept} (otherwise every row not rejected)
     * @return the reviewed table, rows in the sheet's order
     * @throws InputException naming the sheet and row of the first inconsistency
     */
    public static ParallelTable read(InputStream in, String source, boolean onlyAccepted) {
        try (Workbook wb = new XSSFWorkbook(in)) {
            Sheet data = wb.getSheet(ReviewWorkbook.DATA);
            if (data == null || !ReviewWorkbook.MARKER.equals(text(data.getRow(0), 0))) {
                throw new InputException(source, "not a review workbook written by sverka (its sheet "
                        + ReviewWorkbook.DATA + " is missing)");
            }
            if (!ReviewWorkbook.LAYOUT.equals(text(data.getRow(0), 1))) {
                throw new InputException(source, "written by another version of sverka (layout "
                        + text(data.getRow(0), 1) + ", this one reads " + ReviewWorkbook.LAYOUT + ")");
            }
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                String name = wb.getSheetName(s);
                if (wb.getSheetVisibility(s) != SheetVisibility.VISIBLE && !name.equals(ReviewWorkbook.DATA)) {
                    throw new InputException(source, "the hidden sheet " + name + " was not written by sverka; "
                            + "remove it or make it visible and review it first");
                }
            }
            Map<String, String> meta = new HashMap<>();
            List<String> en = new ArrayList<>();
            List<String> ru = new ArrayList<>();
            Map<Integer, Original> beads = new LinkedHashMap<>();
            for (int r = 1; r <= data.getLastRowNum(); r++) {
                Row row = data.getRow(r);
                String kind = text(row, 0);
                switch (kind) {
                    case "en" -> en.add(text(row, 2));
                    case "ru" -> ru.add(text(row, 2));
                    case "bead" -> beads.put(Integer.parseInt(text(row, 1)), new Original(
                            numbers(source, data, r, text(row, 2), "English", Integer.MAX_VALUE),
                            numbers(source, data, r, text(row, 3), "Russian", Integer.MAX_VALUE),
                            Double.parseDouble(text(row, 4))));
                    default -> meta.put(kind, text(row, 1));
                }
            }
            Sheet sheet = wb.getSheet(ReviewWorkbook.ALIGNMENT);
            if (sheet == null) {
                throw new InputException(source, "the sheet " + ReviewWorkbook.ALIGNMENT + " is missing");
            }
            int[] col = columns(source, sheet);
            List<ParallelTable.Row> rows = new ArrayList<>();
            Map<Integer, Integer> enOwner = new HashMap<>();
            Map<Integer, Integer> ruOwner = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, col)) {
                    continue;
                }
                String status = text(row, col[ReviewWorkbook.STATUS]).strip().toLowerCase(Locale.ROOT);
                if (!status.isEmpty() && !ReviewWorkbook.STATUSES.contains(status)) {
                    throw new InputException(source, where(sheet, r) + "status '" + status + "' is not one of "
                            + ReviewWorkbook.STATUSES);
                }
                if (status.equals("reject") || (onlyAccepted && !status.equals("accept"))) {
                    continue;
                }
                List<Integer> enIds = numbers(source, sheet, r, text(row, col[ReviewWorkbook.EN_NUMBERS]), "English", en.size());
                List<Integer> ruIds = numbers(source, sheet, r, text(row, col[ReviewWorkbook.RU_NUMBERS]), "Russian", ru.size());
                claim(source, sheet, r, enIds, enOwner, "English");
                claim(source, sheet, r, ruIds, ruOwner, "Russian");
                String beadCell = text(row, col[ReviewWorkbook.BEAD]).strip();
                int bead = beadCell.isEmpty() ? 0 : (int) Double.parseDouble(beadCell);
                Original original = beads.get(bead);
                String english = side(text(row, col[ReviewWorkbook.ENGLISH]), original == null ? null : original.en(), enIds, en);
                String russian = side(text(row, col[ReviewWorkbook.RUSSIAN]), original == null ? null : original.ru(), ruIds, ru);
                if (enIds.isEmpty() && ruIds.isEmpty() && english.isEmpty() && russian.isEmpty()) {
                    continue;
                }
                double score = original != null && original.en().equals(enIds) && original.ru().equals(ruIds)
                        ? original.score() : 1.0;
                rows.add(new ParallelTable.Row(bead, enIds, english, ruIds, russian, score, flags(text(row, col[ReviewWorkbook.FLAGS])),
                        text(row, col[ReviewWorkbook.NOTE]).strip()));
            }
            return new ParallelTable(meta.getOrDefault("english_source", ""), meta.getOrDefault("russian_source", ""),
                    meta.getOrDefault("mode", "") + ", reviewed", meta.getOrDefault("reason", ""), en, ru, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(source, "cannot be read as a workbook: " + message(e), e);
        }
    }

    /**
     * The text of one side of a row: the reviewer's text when edited; otherwise the sentences of
     * the row's (possibly new) numbers.
     */
    private static String side(String cell, List<Integer> originalIds, List<Integer> ids, List<String> sentences) {
        String written = originalIds == null ? null : join(originalIds, sentences);
        boolean edited = written == null ? !cell.isBlank() : !cell.equals(written);
        return edited ? cell.strip() : join(ids, sentences);
    }

    private static String join(List<Integer> ids, List<String> sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i : ids) {
            if (i >= 1 && i <= sentences.size()) {
                sb.append(sb.length() > 0 ? " " : "").append(sentences.get(i - 1));
            }
        }
        return sb.toString();
    }

    private static void claim(String source, Sheet sheet, int r, List<Integer> ids, Map<Integer, Integer> owner, String side) {
        for (int id : ids) {
            Integer other = owner.putIfAbsent(id, r);
            if (other != null) {
                throw new InputException(source, "sheet " + sheet.getSheetName() + ", rows " + (other + 1) + " and " + (r + 1)
                        + ": " + side + " sentence " + id + " is in both");
            }
        }
    }

    private static List<Integer> numbers(String source, Sheet sheet, int r, String cell, String side, int max) {
        List<Integer> out = new ArrayList<>();
        for (String part : cell.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                String[] range = part.split("-", 2);
                int from = (int) Double.parseDouble(range[0]);
                int to = range.length == 2 ? Integer.parseInt(range[1]) : from;
                for (int i = from; i <= to; i++) {
                    if (i < 1 || i > max) {
                        throw new InputException(source, where(sheet, r) + side + " sentence " + i + " is out of range 1.." + max);
                    }
                    if (out.contains(i)) {
                        throw new InputException(source, where(sheet, r) + side + " sentence " + i + " is given twice");
                    }
                    out.add(i);
                }
            } catch (NumberFormatException e) {
                throw new InputException(source, where(sheet, r) + "'" + cell + "' is not a list of " + side + " sentence numbers");
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    private static int[] columns(String source, Sheet sheet) {
        Row head = sheet.getRow(0);
        int[] col = new int[ReviewWorkbook.COLUMNS.size()];
        for (int k = 0; k < col.length; k++) {
            col[k] = -1;
            for (int c = 0; head != null && c < head.getLastCellNum(); c++) {
                if (ReviewWorkbook.COLUMNS.get(k).equalsIgnoreCase(text(head, c).strip())) {
                    col[k] = c;
                }
            }
            if (col[k] < 0) {
                throw new InputException(source, "sheet " + sheet.getSheetName() + ", row 1: the column "
                        + ReviewWorkbook.COLUMNS.get(k) + " is missing");
            }
        }
        return col;
    }

    private static boolean isBlank(Row row, int[] col) {
        for (int c : new int[] {col[ReviewWorkbook.BEAD], col[ReviewWorkbook.EN_NUMBERS], col[ReviewWorkbook.ENGLISH],
            col[ReviewWorkbook.RU_NUMBERS], col[ReviewWorkbook.RUSSIAN]}) {
            if (!text(row, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<Flag> flags(String cell) {
        List<Flag> out = new ArrayList<>();
        for (String f : cell.split("\\s+")) {
            int colon = f.indexOf(':');
            if (colon > 0) {
                try {
                    out.add(new Flag(Flag.Kind.valueOf(f.substring(0, colon).replace('-', '_').toUpperCase(Locale.ROOT)),
                            f.substring(colon + 1)));
                } catch (IllegalArgumentException ignored) {
                    // a flag the reviewer typed in another form is dropped; flags are hints, not data
                }
            }
        }
        return out;
    }

    /** The value of a cell as text; a formula gives its cached value and is never evaluated. */
    static String text(Row row, int c) {
        if (row == null || c < 0) {
            return "";
        }
        Cell cell = row.getCell(c);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                double v = cell.getNumericCellValue();
                yield v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
            }
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String where(Sheet sheet, int r) {
        return "sheet " + sheet.getSheetName() + ", row " + (r + 1) + ": ";
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
