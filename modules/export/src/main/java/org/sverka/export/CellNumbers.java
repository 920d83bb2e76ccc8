package org.sverka.export;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.sverka.core.InputException;

/**
 * The numbers a reviewer types into a review workbook: lists and ranges of sentence numbers
 * ({@code 3}, {@code 5,6}, {@code 5-7}) and single counts, read with the checks that keep a typed
 * number from costing time or memory, each refusal naming the sheet and row.
 * <pre>{@code
 * CellNumbers.list("reviewed.xlsx", sheet, 4, "5-7", "English", 40);   // [5, 6, 7]
 * }</pre>
 */
final class CellNumbers {
    private CellNumbers() {
    }

    /** One number or range of a list: digits, optionally a trailing ".0" as a spreadsheet may show it. */
    private static final Pattern PART = Pattern.compile("(\\d+)(?:\\.0+)?(?:-(\\d+)(?:\\.0+)?)?");

    /**
     * Parses a list of sentence numbers and ranges ({@code 3}, {@code 5,6}, {@code 5-7}). Every
     * number and both ends of every range are checked against the document's size before anything is
     * expanded, so {@code 1-3000000} in a 40-sentence document is an error at once, not a long loop.
     */
    static List<Integer> list(String source, Sheet sheet, int r, String cell, String side, int max) {
        List<int[]> ranges = new ArrayList<>();
        for (String part : cell.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = PART.matcher(part);
            if (!m.matches()) {
                throw new InputException(source, ReviewWorkbookReader.where(sheet, r) + "'" + cell + "' is not a list of " + side + " sentence numbers");
            }
            long from = bounded(m.group(1));
            long to = m.group(2) == null ? from : bounded(m.group(2));
            for (long end : new long[] {from, to}) {
                if (end < 1 || end > max) {
                    throw new InputException(source, ReviewWorkbookReader.where(sheet, r) + side + " sentence "
                            + (end == Long.MAX_VALUE ? (end == from ? m.group(1) : m.group(2)) : Long.toString(end))
                            + " is out of range 1.." + max);
                }
            }
            if (to < from) {
                throw new InputException(source, ReviewWorkbookReader.where(sheet, r) + "the range " + part + " of " + side + " sentences runs backwards");
            }
            ranges.add(new int[] {(int) from, (int) to});
        }
        BitSet seen = new BitSet();
        for (int[] range : ranges) {
            int twice = seen.get(range[0], range[1] + 1).nextSetBit(0);
            if (twice >= 0) {
                throw new InputException(source, ReviewWorkbookReader.where(sheet, r) + side + " sentence " + (range[0] + twice) + " is given twice");
            }
            seen.set(range[0], range[1] + 1);
        }
        return seen.stream().boxed().toList();
    }

    /** The digits as a number; {@code Long.MAX_VALUE} for more digits than a sentence number has. */
    private static long bounded(String digits) {
        return digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    static int integer(String source, Sheet sheet, int r, String cell, String what) {
        Matcher m = PART.matcher(cell.strip());
        if (!m.matches() || m.group(2) != null || m.group(1).length() > 9) {
            throw new InputException(source, ReviewWorkbookReader.where(sheet, r) + "'" + cell + "' is not a " + what);
        }
        return Integer.parseInt(m.group(1));
    }

}
