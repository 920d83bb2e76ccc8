package org.sverka.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sverka.core.BeadKind;
import org.sverka.core.DocumentInfo;
import org.sverka.core.Flag;
import org.sverka.core.InputException;
import org.sverka.core.ParallelTable;
import org.sverka.core.SentenceKind;
import org.sverka.core.TextSpan;

/**
 * Reads a review workbook back and applies the reviewer's decisions: rows marked {@code reject}
 * are dropped; edited texts are kept as edited; edited sentence numbers (two beads merged into one
 * row, a bead split into two rows) are honoured, and an unedited text follows its new numbers;
 * rows moved keep their new place, rows deleted are gone, rows added are taken. Formulas are read
 * as their cached values, never evaluated.
 *
 * <p>Anything inconsistent is reported with its sheet and row, and nothing is returned: a
 * sentence in two rows, a number out of range (every number and both ends of every range are
 * checked against the document's size before a range is expanded), a missing sheet or column, a
 * workbook that sverka did not write, cells merged across the columns that define a pairing (see
 * {@link MergedCells}), a workbook with macros or a read cell linked to another workbook (see
 * {@link ForeignContent}), a Kind that is no bead kind or does not fit its row (see
 * {@link KindCell}). A password-protected workbook, an Excel 97-2003 workbook and an
 * OpenDocument spreadsheet are named as such, with what to do.
 *
 * <p>The class is longer than 300 lines because applying a review is one sequence (data sheet,
 * columns, rows, ownership of sentences, changes) whose steps share the sheet's state; the parts
 * that stand alone (numbers, kinds, merged cells, foreign content, file types) are classes of their
 * own.
 * <pre>{@code
 * ParallelTable reviewed = ReviewWorkbookReader.read(in, "reviewed.xlsx", false);
 * }</pre>
 */
public final class ReviewWorkbookReader {
    private ReviewWorkbookReader() {
    }

    /** A bead as the workbook first had it; its kind and span are null and empty in older workbooks. */
    private record Original(List<Integer> en, List<Integer> ru, double score, BeadKind kind, Optional<TextSpan> span) {
    }

    /**
     * @param in           the workbook; not closed
     * @param source       its name, for messages
     * @param onlyAccepted keep only rows marked {@code accept} (otherwise every row not rejected)
     * @return the reviewed table, rows in the sheet's order
     * @throws InputException naming the sheet and row of the first inconsistency
     */
    public static ParallelTable read(InputStream in, String source, boolean onlyAccepted) {
        return readReviewed(in, source, onlyAccepted).table();
    }

    /**
     * Reads the workbook as {@link #read} does, and tells for each row what the reviewer did: its
     * status, and whether it is the aligner's bead unchanged, edited or added. The context also
     * carries what the writer recorded of the documents (words read and dropped, title, author,
     * date, sentence kinds), when it was given them. An edited or added
     * row loses the aligner's flags (they described other texts; the export stage cannot run the
     * aligner to compute them again); its score is 1.0, the reviewer's word, and the context says
     * it is not the aligner's.
     *
     * @param in           the workbook; not closed
     * @param source       its name, for messages
     * @param onlyAccepted keep only rows marked {@code accept}
     * @return the reviewed table and the review of each row
     * @throws InputException naming the sheet and row of the first inconsistency
     */
    public static ReviewedTable readReviewed(InputStream in, String source, boolean onlyAccepted) {
        try (XSSFWorkbook wb = new XSSFWorkbook(WorkbookFileType.requireXlsx(in, source))) {
            ForeignContent.refuseMacros(source, wb);
            Sheet data = wb.getSheet(ReviewWorkbook.DATA);
            if (data == null || !ReviewWorkbook.MARKER.equals(text(data.getRow(0), 0))) {
                throw new InputException(source, "not a review workbook written by sverka (its sheet "
                        + ReviewWorkbook.DATA + " is missing)");
            }
            if (!ReviewWorkbook.LAYOUT.equals(text(data.getRow(0), 1))) {
                throw new InputException(source, "written by another version of sverka (layout "
                        + text(data.getRow(0), 1) + ", this one reads " + ReviewWorkbook.LAYOUT + ")");
            }
            ForeignContent.refuseLinkedCells(source, data, null);
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
            List<Integer> beadRows = new ArrayList<>();
            List<Integer> factRows = new ArrayList<>();
            for (int r = 1; r <= data.getLastRowNum(); r++) {
                Row row = data.getRow(r);
                String kind = text(row, 0);
                switch (kind) {
                    case "en" -> en.add(text(row, 2));
                    case "ru" -> ru.add(text(row, 2));
                    case "bead" -> beadRows.add(r);
                    case "document_en", "document_ru", "dropped_en", "dropped_ru", "kind_en", "kind_ru" -> factRows.add(r);
                    default -> meta.put(kind, text(row, 1));
                }
            }
            ExportContext documents = documents(source, data, factRows, en.size(), ru.size());
            Map<Integer, Original> beads = new LinkedHashMap<>();
            for (int r : beadRows) {
                Row row = data.getRow(r);
                beads.put(CellNumbers.integer(source, data, r, text(row, 1), "bead number"), original(source, data, r,
                        CellNumbers.list(source, data, r, text(row, 2), "English", en.size()),
                        CellNumbers.list(source, data, r, text(row, 3), "Russian", ru.size())));
            }
            Sheet sheet = wb.getSheet(ReviewWorkbook.ALIGNMENT);
            if (sheet == null) {
                throw new InputException(source, "the sheet " + ReviewWorkbook.ALIGNMENT + " is missing");
            }
            int[] col = columns(source, sheet);
            Set<Integer> readable = new HashSet<>(Set.of(col[ReviewWorkbook.SCORE], col[ReviewWorkbook.TYPE],
                    col[ReviewWorkbook.FLAGS], col[ReviewWorkbook.STATUS], col[ReviewWorkbook.NOTE]));
            if (col[ReviewWorkbook.KIND] >= 0) {
                readable.add(col[ReviewWorkbook.KIND]);
            }
            Set<Integer> read = new HashSet<>(readable);
            read.addAll(List.of(col[ReviewWorkbook.BEAD], col[ReviewWorkbook.EN_NUMBERS], col[ReviewWorkbook.ENGLISH],
                    col[ReviewWorkbook.RU_NUMBERS], col[ReviewWorkbook.RUSSIAN]));
            ForeignContent.refuseLinkedCells(source, sheet, read);
            MergedCells merged = MergedCells.of(source, sheet,
                    Set.of(col[ReviewWorkbook.BEAD], col[ReviewWorkbook.EN_NUMBERS], col[ReviewWorkbook.ENGLISH],
                            col[ReviewWorkbook.RU_NUMBERS], col[ReviewWorkbook.RUSSIAN]), readable);
            Map<Integer, TextSpan> spans = new HashMap<>();
            List<ParallelTable.Row> rows = new ArrayList<>();
            Map<ParallelTable.Row, RowReview> reviews = new HashMap<>();
            Map<Integer, Integer> enOwner = new HashMap<>();
            Map<Integer, Integer> ruOwner = new HashMap<>();
            Set<Integer> beadsSeen = new HashSet<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, col)) {
                    continue;
                }
                String status = merged.text(sheet, row, col[ReviewWorkbook.STATUS]).strip().toLowerCase(Locale.ROOT);
                if (!status.isEmpty() && !ReviewWorkbook.STATUSES.contains(status)) {
                    throw new InputException(source, where(sheet, r) + "status '" + status + "' is not one of "
                            + ReviewWorkbook.STATUSES);
                }
                if (status.equals("reject") || (onlyAccepted && !status.equals("accept"))) {
                    continue;
                }
                List<Integer> enIds = CellNumbers.list(source, sheet, r, text(row, col[ReviewWorkbook.EN_NUMBERS]), "English", en.size());
                List<Integer> ruIds = CellNumbers.list(source, sheet, r, text(row, col[ReviewWorkbook.RU_NUMBERS]), "Russian", ru.size());
                claim(source, sheet, r, enIds, enOwner, "English");
                claim(source, sheet, r, ruIds, ruOwner, "Russian");
                String beadCell = text(row, col[ReviewWorkbook.BEAD]).strip();
                int bead = beadCell.isEmpty() ? 0 : CellNumbers.integer(source, sheet, r, beadCell, "bead number");
                Original original = beadsSeen.add(bead) ? beads.get(bead) : null;   // a copied row is an added one
                String enCell = text(row, col[ReviewWorkbook.ENGLISH]);
                String ruCell = text(row, col[ReviewWorkbook.RUSSIAN]);
                String english = side(enCell, original == null ? null : original.en(), enIds, en);
                String russian = side(ruCell, original == null ? null : original.ru(), ruIds, ru);
                if (enIds.isEmpty() && ruIds.isEmpty() && english.isEmpty() && russian.isEmpty()) {
                    continue;
                }
                RowReview.Change change = original == null ? RowReview.Change.ADDED
                        : original.en().equals(enIds) && original.ru().equals(ruIds)
                                && !edited(enCell, original.en(), en) && !edited(ruCell, original.ru(), ru)
                                ? RowReview.Change.UNCHANGED : RowReview.Change.EDITED;
                boolean unchanged = change.scoreStillApplies();
                BeadKind written = original == null ? null
                        : original.kind() != null ? original.kind() : BeadKind.byShape(original.en().size(), original.ru().size());
                BeadKind kind = KindCell.read(source, sheet, r, merged.text(sheet, row, col[ReviewWorkbook.KIND]), written, enIds, ruIds);
                if (unchanged && kind == written && original.span().isPresent()) {
                    spans.put(bead, original.span().get());
                }
                ParallelTable.Row out = new ParallelTable.Row(bead, enIds, english, ruIds, russian,
                        unchanged ? original.score() : 1.0,
                        unchanged ? flags(merged.text(sheet, row, col[ReviewWorkbook.FLAGS])) : List.of(),
                        merged.text(sheet, row, col[ReviewWorkbook.NOTE]).strip(), kind);
                rows.add(out);
                reviews.putIfAbsent(out, new RowReview(status, change));
            }
            ParallelTable table = new ParallelTable(meta.getOrDefault("english_source", ""),
                    meta.getOrDefault("russian_source", ""), meta.getOrDefault("mode", "") + ", reviewed",
                    meta.getOrDefault("reason", ""), en, ru, rows);
            return new ReviewedTable(table, documents.withReviews(reviews).withSpans(spans));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(source, "cannot be read as a workbook: " + message(e), e);
        }
    }

    /**
     * What the writer recorded about the two documents (words read, blocks dropped, title, author,
     * date, sentence kinds), so that outputs written after the review still say it; nothing for a
     * workbook written without it.
     */
    private static ExportContext documents(String source, Sheet data, List<Integer> rows, int enSize, int ruSize) {
        Map<String, SourceSummary> sides = new HashMap<>();
        Map<String, List<SourceSummary.Drop>> drops = new HashMap<>(Map.of("en", new ArrayList<>(), "ru", new ArrayList<>()));
        Map<String, List<SentenceKind>> kinds = new HashMap<>();
        kinds.put("en", new ArrayList<>(java.util.Collections.nCopies(enSize, SentenceKind.SENTENCE)));
        kinds.put("ru", new ArrayList<>(java.util.Collections.nCopies(ruSize, SentenceKind.SENTENCE)));
        for (int r : rows) {
            Row row = data.getRow(r);
            String[] what = text(row, 0).split("_", 2);
            String side = what[1];
            switch (what[0]) {
                case "document" -> sides.put(side, new SourceSummary(CellNumbers.integer(source, data, r, text(row, 1), "word count"),
                        List.of(), new DocumentInfo(text(row, 2), text(row, 3), text(row, 4))));
                case "dropped" -> drops.get(side).add(new SourceSummary.Drop(text(row, 1),
                        CellNumbers.integer(source, data, r, text(row, 2), "block count"), CellNumbers.integer(source, data, r, text(row, 3), "word count")));
                default -> {
                    int number = CellNumbers.integer(source, data, r, text(row, 1), "sentence number");
                    List<SentenceKind> list = kinds.get(side);
                    if (number < 1 || number > list.size()) {
                        throw new InputException(source, where(data, r) + "sentence " + number + " is out of range 1.." + list.size());
                    }
                    try {
                        list.set(number - 1, SentenceKind.valueOf(text(row, 2).toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new InputException(source, where(data, r) + "'" + text(row, 2) + "' is not a kind of sentence");
                    }
                }
            }
        }
        SourceSummary english = sides.get("en");
        SourceSummary russian = sides.get("ru");
        return new ExportContext(english == null ? null : new SourceSummary(english.wordsRead(), drops.get("en"), english.info()),
                russian == null ? null : new SourceSummary(russian.wordsRead(), drops.get("ru"), russian.info()),
                kinds.get("en"), kinds.get("ru"), Map.of());
    }

    /**
     * A bead row of the data sheet: its score, and the kind and span sverka wrote (columns a
     * workbook written before bead kinds lacks).
     */
    private static Original original(String source, Sheet data, int r, List<Integer> en, List<Integer> ru) {
        Row row = data.getRow(r);
        try {
            double score = Double.parseDouble(text(row, 4));
            BeadKind kind = text(row, 5).isBlank() ? null : BeadKind.parse(text(row, 5));
            Optional<TextSpan> span = text(row, 6).isBlank() ? Optional.empty() : Optional.of(TextSpan.parse(text(row, 6)));
            return new Original(en, ru, score, kind, span);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, where(data, r) + "the bead cannot be read: " + e.getMessage());
        }
    }

    private static boolean edited(String cell, List<Integer> originalIds, List<String> sentences) {
        return !cell.equals(join(originalIds, sentences));
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
            if (col[k] < 0 && !ReviewWorkbook.OPTIONAL_COLUMNS.contains(ReviewWorkbook.COLUMNS.get(k))) {
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
        try {
            return Flag.parseList(cell);
        } catch (IllegalArgumentException e) {
            return List.of();   // a flag the reviewer typed in another form: flags are hints, not data
        }
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

    static String where(Sheet sheet, int r) {
        return "sheet " + sheet.getSheetName() + ", row " + (r + 1) + ": ";
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
