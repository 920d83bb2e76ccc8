package org.sverka.export;

import java.util.List;

/**
 * The layout of sverka's review workbook, shared by its writer and its reader: sheet names,
 * column headings and the marker that tells a workbook sverka wrote.
 */
public final class ReviewWorkbook {
    /** The sheet with one row a bead. */
    public static final String ALIGNMENT = "Alignment";
    /** The sheet with sources, counts and the score chart. */
    public static final String SUMMARY = "Summary";
    /** The very hidden sheet that carries what the round trip needs. */
    public static final String DATA = "_sverka";
    /** First cell of the data sheet. */
    public static final String MARKER = "sverka review workbook";
    /** Version of the layout, second cell of the data sheet. */
    public static final String LAYOUT = "1";
    /** Column headings of the alignment sheet, in order. */
    public static final List<String> COLUMNS = List.of("Bead", "EN #", "English", "RU #", "Russian", "Score", "Type",
            "Flags", "Status", "Note");
    /** The values of the Status column. */
    public static final List<String> STATUSES = List.of("accept", "reject", "unsure");
    /** Most characters a spreadsheet cell holds. */
    public static final int CELL_LIMIT = 32_767;

    static final int BEAD = 0;
    static final int EN_NUMBERS = 1;
    static final int ENGLISH = 2;
    static final int RU_NUMBERS = 3;
    static final int RUSSIAN = 4;
    static final int SCORE = 5;
    static final int TYPE = 6;
    static final int FLAGS = 7;
    static final int STATUS = 8;
    static final int NOTE = 9;

    private ReviewWorkbook() {
    }

    static String numbers(List<Integer> ids) {
        return ids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
    }
}
