package org.sverka.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.sverka.core.BeadKind;
import org.sverka.core.InputException;

/**
 * The Kind column of a reviewed row, read by these rules:
 * <ul>
 *   <li>an empty cell (or a workbook without the column) gives the kind the row's shape implies:
 *       {@code translation} when both sides have sentences, otherwise {@code english-only} or
 *       {@code russian-only};</li>
 *   <li>a label names the kind, case and surrounding spaces ignored; anything else is refused with
 *       the sheet, the row and the value;</li>
 *   <li>a kind that does not fit the row's shape (a match kind on a row with one side empty, or a
 *       one-side kind on a row with both) is refused when the reviewer typed it, and replaced by the
 *       shape's kind when it is still the one sverka wrote (the reviewer changed the sentence
 *       numbers and left the kind alone).</li>
 * </ul>
 * <pre>{@code
 * KindCell.read("r.xlsx", sheet, 4, "Partial-EN", BeadKind.TRANSLATION, List.of(5), List.of(5, 6));   // PARTIAL_EN
 * }</pre>
 */
final class KindCell {
    private KindCell() {
    }

    /**
     * @param source   the file's name, for messages
     * @param sheet    the alignment sheet
     * @param r        the row, from 0
     * @param cell     the Kind cell's text; empty when the column is missing
     * @param written  the kind sverka wrote for the row's bead, or null for a row the reviewer added
     * @param en       the row's English sentence numbers
     * @param ru       the row's Russian sentence numbers
     * @return the row's kind
     * @throws InputException for an unknown label or a typed kind that contradicts the row's shape
     */
    static BeadKind read(String source, Sheet sheet, int r, String cell, BeadKind written, List<Integer> en, List<Integer> ru) {
        BeadKind byShape = BeadKind.byShape(en.size(), ru.size());
        if (cell.isBlank()) {
            return byShape;
        }
        BeadKind kind;
        try {
            kind = BeadKind.parse(cell);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, ReviewWorkbookReader.where(sheet, r) + "kind '" + cell.strip() + "' is not one of "
                    + String.join(", ", ReviewWorkbook.KINDS));
        }
        boolean bothSides = !en.isEmpty() && !ru.isEmpty();
        if (kind.isMatch() == bothSides && (bothSides || kind == byShape)) {
            return kind;
        }
        if (kind == written) {
            return byShape;
        }
        String shape = bothSides ? "sentences on both sides" : en.isEmpty() && ru.isEmpty() ? "no sentence numbers"
                : en.isEmpty() ? "Russian sentences only" : "English sentences only";
        throw new InputException(source, ReviewWorkbookReader.where(sheet, r) + "kind '" + cell.strip() + "' does not fit a row with "
                + shape + "; use " + (bothSides ? "a kind of match (translation, partial-en, partial-ru, paraphrase, dateline)"
                : byShape.label()) + " or leave the cell empty");
    }
}
