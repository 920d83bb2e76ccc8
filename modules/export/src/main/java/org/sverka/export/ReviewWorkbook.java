package org.sverka.export;

import java.util.List;
import org.sverka.core.BeadKind;

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
    /**
     * Column headings of the alignment sheet, in order. {@code Kind} holds the bead's
     * {@link BeadKind#label() kind}, which the reviewer may change; a workbook written before it
     * existed has no such column and is read with each row's kind given by its shape.
     */
    public static final List<String> COLUMNS = List.of("Bead", "EN #", "English", "RU #", "Russian", "Score", "Type",
            "Kind", "Flags", "Status", "Note");
    /** The headings a workbook may lack (older layouts). */
    public static final List<String> OPTIONAL_COLUMNS = List.of("Kind");
    /** The values of the Kind column, offered as a drop-down. */
    public static final List<String> KINDS = java.util.Arrays.stream(BeadKind.values()).map(BeadKind::label).toList();
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
    static final int KIND = 7;
    static final int FLAGS = 8;
    static final int STATUS = 9;
    static final int NOTE = 10;

    private ReviewWorkbook() {
    }

    static String numbers(List<Integer> ids) {
        return ids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
    }
}
