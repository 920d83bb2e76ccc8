package org.sverka.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sverka.core.Flag;
import org.sverka.core.ParallelTable;

/**
 * Writes the review workbook: the sheet "Alignment" (one row a bead in document order, the bead's
 * kind with a drop-down of the kinds, a Status drop-down and a Note column for the reviewer, scores
 * coloured, rows under the threshold highlighted), the sheet "Summary" (sources, mode, counts, a chart of the score distribution)
 * and a very hidden sheet with the sentences and beads that {@code sverka review apply} needs.
 * Rows are streamed (SXSSF), so large alignments use little memory. Every text is stored as text,
 * never as a formula; a text longer than a cell holds is refused, never cut (every cell is checked
 * before anything is written); {@code _xHHHH_} in a text is escaped so that it reads back as
 * written; control characters are removed. Rows are given the height their wrapped text needs, and
 * the sheet prints landscape, one page wide, with the header row on every page. The Summary sheet
 * says how much of each document the matched rows cover and, when the context knows, how much of
 * each document extraction read and dropped.
 *
 * <p>The class is longer than 300 lines because the three sheets are one layout, shared with
 * {@link ReviewWorkbookReader} through {@link ReviewWorkbook}, and are written in one pass over
 * the table; splitting the sheets apart would spread that layout over several files.
 */
public final class ReviewWorkbookWriter implements TableWriter {
    private static final int WINDOW = 200;
    private final double threshold;

    /** @param threshold rows of matched beads under this score are highlighted */
    public ReviewWorkbookWriter(double threshold) {
        this.threshold = threshold;
    }

    @Override
    public void write(ParallelTable table, OutputStream out) throws IOException {
        write(table, ExportContext.NONE, out);
    }

    /** Writes the workbook; the Summary sheet also says how much of each document was read and dropped, when known. */
    @Override
    public void write(ParallelTable table, ExportContext context, OutputStream out) throws IOException {
        checkCells(table);
        XSSFWorkbook base = new XSSFWorkbook();
        summary(base, table, context);
        // shared strings, not inline ones: POI (and so a reviewer's script) cannot overwrite an inline string cell
        SXSSFWorkbook wb = new SXSSFWorkbook(base, WINDOW, true, true);
        try {
            alignment(wb, table);
            data(wb, table, context);
            wb.setSheetOrder(ReviewWorkbook.ALIGNMENT, 0);
            wb.setSheetOrder(ReviewWorkbook.SUMMARY, 1);
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            wb.setSheetVisibility(wb.getSheetIndex(ReviewWorkbook.DATA), SheetVisibility.VERY_HIDDEN);
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    /**
     * Refuses, before anything is written, a table with a text longer than a cell holds: every text
     * cell of the three sheets is checked, as it will be stored.
     */
    private static void checkCells(ParallelTable table) throws IOException {
        for (ParallelTable.Row r : table.rows()) {
            String bead = String.format(Locale.ROOT, "bead %d: ", r.bead());
            checkCell(bead + "the English text", r.english());
            checkCell(bead + "the Russian text", r.russian());
            checkCell(bead + "the note", r.note());
            checkCell(bead + "the flags", Flag.format(r.flags()));
        }
        for (int i = 0; i < table.englishSentences().size(); i++) {
            checkCell("English sentence " + (i + 1), table.englishSentences().get(i));
        }
        for (int i = 0; i < table.russianSentences().size(); i++) {
            checkCell("Russian sentence " + (i + 1), table.russianSentences().get(i));
        }
        checkCell("the English source's name", table.englishSource());
        checkCell("the Russian source's name", table.russianSource());
        checkCell("the reason for the mode", table.reason());
    }

    private static void checkCell(String what, String value) throws IOException {
        String stored = cellText(value);
        if (stored.length() > ReviewWorkbook.CELL_LIMIT) {
            throw new IOException(String.format(Locale.ROOT, "%s has %,d characters%s, more than the %,d a spreadsheet "
                    + "cell holds; write TSV, JSON or TMX instead", what, value.length(),
                    stored.length() == value.length() ? "" : String.format(Locale.ROOT, " (%,d as stored)", stored.length()),
                    ReviewWorkbook.CELL_LIMIT));
        }
    }

    /** A {@code _} that starts what OOXML reads as an escaped character, {@code _xHHHH_}. */
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");

    /**
     * A text as stored in a cell: control characters other than tab and line breaks removed (XML
     * cannot hold most of them, and POI would write a {@code ?} instead), and every {@code _} that
     * starts a sequence {@code _xHHHH_} written {@code _x005F_}, as the OOXML specification
     * (ECMA-376, ST_Xstring) escapes it, so that the text reads back exactly instead of as the
     * character the sequence names ({@code _x0041_} would read as {@code A}).
     *
     * @param value any text
     * @return the text to give POI
     */
    static String cellText(String value) {
        String s = ControlCharacters.remove(value);
        return s.indexOf("_x") < 0 && s.indexOf("_X") < 0 ? s : OOXML_ESCAPE.matcher(s).replaceAll("_x005F_");
    }

    private void alignment(SXSSFWorkbook wb, ParallelTable table) {
        SXSSFSheet sheet = wb.createSheet(ReviewWorkbook.ALIGNMENT);
        CellStyle header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle wrapQuoted = wb.createCellStyle();
        wrapQuoted.cloneStyleFrom(wrap);
        wrapQuoted.setQuotePrefixed(true);
        CellStyle top = wb.createCellStyle();
        top.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle score = wb.createCellStyle();
        score.cloneStyleFrom(top);
        score.setDataFormat(wb.createDataFormat().getFormat("0.000"));
        int[] widths = {6, 8, 60, 8, 60, 7, 6, 13, 24, 10, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Row head = sheet.createRow(0);
        for (int c = 0; c < ReviewWorkbook.COLUMNS.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(ReviewWorkbook.COLUMNS.get(c));
            cell.setCellStyle(header);
        }
        int r = 1;
        for (ParallelTable.Row row : table.rows()) {
            Row x = sheet.createRow(r++);
            x.createCell(ReviewWorkbook.BEAD).setCellValue(row.bead());
            text(x, ReviewWorkbook.EN_NUMBERS, ReviewWorkbook.numbers(row.en()), top, wrapQuoted);
            text(x, ReviewWorkbook.ENGLISH, row.english(), wrap, wrapQuoted);
            text(x, ReviewWorkbook.RU_NUMBERS, ReviewWorkbook.numbers(row.ru()), top, wrapQuoted);
            text(x, ReviewWorkbook.RUSSIAN, row.russian(), wrap, wrapQuoted);
            if (row.isMatch()) {
                Cell s = x.createCell(ReviewWorkbook.SCORE);
                s.setCellValue(Math.round(row.score() * 1000) / 1000.0);
                s.setCellStyle(score);
            }
            text(x, ReviewWorkbook.TYPE, row.type(), top, wrapQuoted);
            text(x, ReviewWorkbook.KIND, row.kind().label(), top, wrapQuoted);
            text(x, ReviewWorkbook.FLAGS, Flag.format(row.flags()),
                    wrap, wrapQuoted);
            text(x, ReviewWorkbook.STATUS, "", top, wrapQuoted);
            text(x, ReviewWorkbook.NOTE, row.note(), wrap, wrapQuoted);
            String[] wrapped = new String[widths.length];
            wrapped[ReviewWorkbook.ENGLISH] = row.english();
            wrapped[ReviewWorkbook.RUSSIAN] = row.russian();
            wrapped[ReviewWorkbook.FLAGS] = x.getCell(ReviewWorkbook.FLAGS).getStringCellValue();
            wrapped[ReviewWorkbook.NOTE] = row.note();
            x.setHeightInPoints(rowHeight(widths, wrapped));
            for (int c : new int[] {ReviewWorkbook.BEAD}) {
                x.getCell(c).setCellStyle(top);
            }
        }
        int last = Math.max(1, r - 1);
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, ReviewWorkbook.COLUMNS.size() - 1));
        DataValidationHelper dv = sheet.getDataValidationHelper();
        DataValidation list = dv.createValidation(dv.createExplicitListConstraint(ReviewWorkbook.STATUSES.toArray(new String[0])),
                new CellRangeAddressList(1, last, ReviewWorkbook.STATUS, ReviewWorkbook.STATUS));
        list.setShowErrorBox(true);
        list.setSuppressDropDownArrow(true);
        sheet.addValidationData(list);
        DataValidation kinds = dv.createValidation(dv.createExplicitListConstraint(ReviewWorkbook.KINDS.toArray(new String[0])),
                new CellRangeAddressList(1, last, ReviewWorkbook.KIND, ReviewWorkbook.KIND));
        kinds.setShowErrorBox(true);
        kinds.createErrorBox("Kind", "One of " + String.join(", ", ReviewWorkbook.KINDS));
        kinds.setSuppressDropDownArrow(true);
        sheet.addValidationData(kinds);
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule scale = cf.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting cs = scale.getColorScaleFormatting();
        cs.getThresholds()[0].setRangeType(ConditionalFormattingThreshold.RangeType.NUMBER);
        cs.getThresholds()[0].setValue(0d);
        cs.getThresholds()[1].setRangeType(ConditionalFormattingThreshold.RangeType.NUMBER);
        cs.getThresholds()[1].setValue(0.5);
        cs.getThresholds()[2].setRangeType(ConditionalFormattingThreshold.RangeType.NUMBER);
        cs.getThresholds()[2].setValue(1d);
        ((org.apache.poi.xssf.usermodel.XSSFColor) cs.getColors()[0]).setARGBHex("FFF8696B");
        ((org.apache.poi.xssf.usermodel.XSSFColor) cs.getColors()[1]).setARGBHex("FFFFEB84");
        ((org.apache.poi.xssf.usermodel.XSSFColor) cs.getColors()[2]).setARGBHex("FF63BE7B");
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, last, ReviewWorkbook.SCORE, ReviewWorkbook.SCORE)}, scale);
        ConditionalFormattingRule low = cf.createConditionalFormattingRule(
                String.format(Locale.ROOT, "AND(ISNUMBER($F2),$F2<%s)", threshold));
        PatternFormatting fill = low.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, last, 0, ReviewWorkbook.EN_NUMBERS),
            new CellRangeAddress(1, last, ReviewWorkbook.RU_NUMBERS, ReviewWorkbook.RU_NUMBERS),
            new CellRangeAddress(1, last, ReviewWorkbook.TYPE, ReviewWorkbook.NOTE)}, low);
    }

    /** A text cell; a value a spreadsheet would take for a formula is marked as text (quote prefix). */
    private static void text(Row row, int column, String value, CellStyle plain, CellStyle quoted) {
        Cell c = row.createCell(column);
        String stored = cellText(value);
        c.setCellValue(stored);
        c.setCellStyle(!stored.isEmpty() && FormulaNeutraliser.TRIGGERS.indexOf(stored.charAt(0)) >= 0 ? quoted : plain);
    }

    /** Line height in points of the default font (11 pt Calibri) with wrapped text. */
    private static final float LINE = 15f;
    /** The tallest row a spreadsheet allows, in points. */
    private static final float TALLEST = 409f;

    /**
     * The height a row needs to show its wrapped texts: for each wrapped cell, the lines its text
     * takes at the column's width (a column of width w holds about w characters a line), and the
     * tallest cell decides. Set explicitly, because LibreOffice does not grow a row written with
     * no height to fit its text.
     */
    static float rowHeight(int[] widths, String... texts) {
        int lines = 1;
        for (int c = 0; c < texts.length && c < widths.length; c++) {
            if (texts[c] == null || widths[c] <= 0) {
                continue;
            }
            int n = 0;
            for (String line : texts[c].split("\\R", -1)) {
                n += Math.max(1, (line.length() + widths[c] - 1) / widths[c]);
            }
            lines = Math.max(lines, n);
        }
        return Math.min(TALLEST, lines * LINE);
    }

    private static void summary(XSSFWorkbook wb, ParallelTable table, ExportContext context) {
        XSSFSheet sheet = wb.createSheet(ReviewWorkbook.SUMMARY);
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        int r = 0;
        r = pair(sheet, r, "English source", table.englishSource());
        r = pair(sheet, r, "Russian source", table.russianSource());
        r = pair(sheet, r, "Languages", "English (en) and Russian (ru), detected");
        r = pair(sheet, r, "English sentences", table.englishSentences().size());
        r = pair(sheet, r, "Russian sentences", table.russianSentences().size());
        r = pair(sheet, r, "Mode", table.mode());
        r = pair(sheet, r, "Why", table.reason());
        sheet.getRow(r - 1).getCell(1).setCellStyle(wrap);
        r = pair(sheet, r, "Coverage", Coverage.of(table).line());
        sheet.getRow(r - 1).getCell(1).setCellStyle(wrap);
        for (boolean english : new boolean[] {true, false}) {
            String side = english ? "English" : "Russian";
            java.util.Optional<SourceSummary> source = context.source(english);
            if (source.isEmpty()) {
                continue;
            }
            r = pair(sheet, r, side + " document", source.get().line());
            sheet.getRow(r - 1).getCell(1).setCellStyle(wrap);
            org.sverka.core.DocumentInfo info = source.get().info();
            if (!info.title().isEmpty()) {
                r = pair(sheet, r, side + " title", info.title());
            }
            if (!info.author().isEmpty()) {
                r = pair(sheet, r, side + " author", info.author());
            }
            if (!info.published().isEmpty()) {
                r = pair(sheet, r, side + " published", info.published());
            }
        }
        r = pair(sheet, r, "Beads", table.rows().size());
        Map<String, Integer> types = new TreeMap<>();
        table.rows().forEach(x -> types.merge(x.type(), 1, Integer::sum));
        for (Map.Entry<String, Integer> t : types.entrySet()) {
            r = pair(sheet, r, "Beads " + t.getKey(), t.getValue());
        }
        Map<org.sverka.core.BeadKind, Integer> kinds = new java.util.EnumMap<>(org.sverka.core.BeadKind.class);
        table.rows().forEach(x -> kinds.merge(x.kind(), 1, Integer::sum));
        for (Map.Entry<org.sverka.core.BeadKind, Integer> k : kinds.entrySet()) {
            r = pair(sheet, r, "Beads " + k.getKey().label(), k.getValue());
        }
        double mean = table.matches().stream().mapToDouble(ParallelTable.Row::score).average().orElse(0);
        r = pair(sheet, r, "Mean score of matches", Math.round(mean * 1000) / 1000.0);
        r++;
        Row head = sheet.createRow(r++);
        head.createCell(0).setCellValue("Score");
        head.createCell(1).setCellValue("Matched beads");
        int first = r;
        int[] bins = new int[10];
        table.matches().forEach(x -> bins[Math.min(9, (int) Math.floor(x.score() * 10))]++);
        for (int b = 0; b < 10; b++) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(String.format(Locale.ROOT, "%.1f-%.1f", b / 10.0, (b + 1) / 10.0));
            row.createCell(1).setCellValue(bins[b]);
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, r + 1, 2, r + 21);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Score distribution of matched beads");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle("score");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle("beads");
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, first + 9, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, first + 9, 1, 1)));
        series.setTitle("matched beads", null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) 0x4A, (byte) 0x7E, (byte) 0xBB})));
        chart.plot(data);
    }

    private static int pair(XSSFSheet sheet, int r, String name, Object value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(name);
        Cell c = row.createCell(1);
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else {
            c.setCellValue(cellText(String.valueOf(value)));
        }
        return r + 1;
    }

    /** The hidden sheet; a bead row holds its number, sentence numbers, score, kind and span (when known). */
    private static void data(SXSSFWorkbook wb, ParallelTable table, ExportContext context) {
        Sheet sheet = wb.createSheet(ReviewWorkbook.DATA);
        int r = 0;
        r = put(sheet, r, ReviewWorkbook.MARKER, ReviewWorkbook.LAYOUT);
        r = put(sheet, r, "english_source", table.englishSource());
        r = put(sheet, r, "russian_source", table.russianSource());
        r = put(sheet, r, "mode", table.mode());
        r = put(sheet, r, "reason", table.reason());
        r = put(sheet, r, "english_sentences", Integer.toString(table.englishSentences().size()));
        r = put(sheet, r, "russian_sentences", Integer.toString(table.russianSentences().size()));
        for (boolean english : new boolean[] {true, false}) {
            String side = english ? "en" : "ru";
            if (context.source(english).isPresent()) {
                SourceSummary source = context.source(english).get();
                r = put(sheet, r, "document_" + side, Integer.toString(source.wordsRead()), source.info().title(),
                        source.info().author(), source.info().published());
                for (SourceSummary.Drop d : source.dropped()) {
                    r = put(sheet, r, "dropped_" + side, d.reason(), Integer.toString(d.blocks()), Integer.toString(d.words()));
                }
            }
            List<org.sverka.core.SentenceKind> kinds = english ? context.englishKinds() : context.russianKinds();
            for (int i = 0; i < kinds.size(); i++) {
                if (kinds.get(i) != org.sverka.core.SentenceKind.SENTENCE) {
                    r = put(sheet, r, "kind_" + side, Integer.toString(i + 1), kinds.get(i).label());
                }
            }
        }
        for (int i = 0; i < table.englishSentences().size(); i++) {
            r = put(sheet, r, "en", Integer.toString(i + 1), table.englishSentences().get(i));
        }
        for (int i = 0; i < table.russianSentences().size(); i++) {
            r = put(sheet, r, "ru", Integer.toString(i + 1), table.russianSentences().get(i));
        }
        for (ParallelTable.Row row : table.rows()) {
            r = put(sheet, r, "bead", Integer.toString(row.bead()), ReviewWorkbook.numbers(row.en()),
                    ReviewWorkbook.numbers(row.ru()), String.format(Locale.ROOT, "%.6f", row.score()), row.kind().label(),
                    context.span(row).map(Object::toString).orElse(""));
        }
    }

    private static int put(Sheet sheet, int r, String... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(cellText(values[c]));
        }
        return r + 1;
    }
}
