package org.sverka.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.sverka.core.InputException;

/**
 * The merged regions of a reviewed sheet, resolved. A reviewer may merge cells; what a merge means
 * depends on the column:
 * <ul>
 *   <li>in the columns that define a pairing (bead, sentence numbers, texts), or over a heading of
 *       sverka's columns, a
 *       merge has no clear meaning (two English texts merged: one bead or two?), so it is refused
 *       with the region named, and the reviewer is told how to join two beads instead;</li>
 *   <li>in the other columns (score, type, flags, status, note), every cell of the region reads the
 *       value of its top-left cell, as the spreadsheet shows it: "reject" merged over three rows
 *       rejects the three.</li>
 * </ul>
 * Merges in columns a reviewer added beside sverka's are left alone.
 */
final class MergedCells {
    private final Map<Long, long[]> topLeft = new HashMap<>();

    private MergedCells() {
    }

    /**
     * @param source   the file's name, for messages
     * @param sheet    the alignment sheet
     * @param pairing  the columns in which a merge is refused
     * @param readable the columns read through a merge
     * @return the resolved regions
     * @throws InputException naming the first region that touches a pairing column or a heading
     */
    static MergedCells of(String source, Sheet sheet, Set<Integer> pairing, Set<Integer> readable) {
        MergedCells m = new MergedCells();
        List<CellRangeAddress> regions = sheet.getMergedRegions();
        int lastRow = sheet.getLastRowNum();
        for (CellRangeAddress region : regions) {
            boolean refused = false;
            for (int c : pairing) {
                refused |= region.getFirstColumn() <= c && c <= region.getLastColumn();
            }
            for (int c : readable) {
                refused |= region.getFirstRow() == 0 && region.getFirstColumn() <= c && c <= region.getLastColumn();
            }
            if (refused) {
                throw new InputException(source, "sheet " + sheet.getSheetName() + ", cells " + region.formatAsString()
                        + " are merged; unmerge them (to join two beads, give one row the sentence numbers of both)");
            }
            for (int c : readable) {
                if (region.getFirstColumn() <= c && c <= region.getLastColumn()) {
                    for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), lastRow); r++) {
                        m.topLeft.put(key(r, c), new long[] {region.getFirstRow(), region.getFirstColumn()});
                    }
                }
            }
        }
        return m;
    }

    /**
     * @param sheet the sheet
     * @param row   a row of it
     * @param c     a column
     * @return the cell's text, or its region's top-left cell's text when merged
     */
    String text(Sheet sheet, Row row, int c) {
        if (row == null) {
            return "";
        }
        long[] origin = topLeft.get(key(row.getRowNum(), c));
        if (origin == null) {
            return ReviewWorkbookReader.text(row, c);
        }
        return ReviewWorkbookReader.text(sheet.getRow((int) origin[0]), (int) origin[1]);
    }

    private static long key(int r, int c) {
        return ((long) r << 16) | (c & 0xFFFF);
    }
}
