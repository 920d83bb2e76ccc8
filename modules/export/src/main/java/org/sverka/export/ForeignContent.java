package org.sverka.export;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sverka.core.InputException;

/**
 * What a reviewed workbook may carry that sverka never writes and that could make the values it
 * reads differ from those the reviewer saw, refused before any row is read:
 * <ul>
 *   <li><b>macros</b> (a VBA project, {@code xl/vbaProject.bin}, or Excel 4 macro sheets): sverka
 *       never runs them, but a macro can change what a spreadsheet shows each time the file is
 *       opened, without saving it, so the stored values may not be the reviewed ones;</li>
 *   <li><b>a cell linked to another workbook</b> (a formula such as {@code [1]Sheet1!A1} in a
 *       column sverka reads): sverka never follows the link, and the value stored with the formula
 *       is a copy from a file it cannot see, which a spreadsheet refreshes when the file is opened.
 *       A link part that no read cell uses is harmless and left alone.</li>
 * </ul>
 * <pre>{@code
 * ForeignContent.refuseMacros("reviewed.xlsx", workbook);
 * ForeignContent.refuseLinkedCells("reviewed.xlsx", sheet, Set.of(8, 9));
 * }</pre>
 */
final class ForeignContent {
    /** Content types of macro parts: a VBA project, an Excel 4 macro sheet, a macro-enabled workbook. */
    private static final Set<String> MACRO_TYPES = Set.of("application/vnd.ms-office.vbaproject",
            "application/vnd.ms-excel.macrosheet+xml", "application/vnd.ms-excel.intlmacrosheet+xml",
            "application/vnd.ms-excel.sheet.macroenabled.main+xml", "application/vnd.ms-excel.template.macroenabled.main+xml");
    /**
     * A reference to another workbook in a formula: {@code [1]Sheet1!A1} as Excel stores it (the
     * index of an external link part), or a workbook named in brackets before a sheet,
     * {@code [book.xlsx]Sheet1!A1} or {@code '[book.xlsx]My sheet'!A1}. The bracket must not follow
     * a name character or another bracket, so that a table's structured reference
     * ({@code Table1[2019]}, {@code Table1[[#This Row],[Kind]]}) is not taken for one. String
     * literals are removed first.
     */
    private static final Pattern EXTERNAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.\\]\\[])\\[(?:\\d+\\]|[^\\[\\]]+\\][^!\\[\\]()\"]*!)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"]|\"\")*\"");

    private ForeignContent() {
    }

    /**
     * @param source the file's name, for messages
     * @param wb     the workbook
     * @throws InputException naming the first macro part found
     */
    static void refuseMacros(String source, XSSFWorkbook wb) {
        java.util.List<PackagePart> parts;
        try {
            parts = wb.getPackage().getParts();
        } catch (InvalidFormatException e) {
            throw new InputException(source, "cannot be read as a workbook: " + e.getMessage(), e);
        }
        for (PackagePart part : parts) {
            String name = part.getPartName().getName();
            if (MACRO_TYPES.contains(part.getContentType().toLowerCase(Locale.ROOT))
                    || name.toLowerCase(Locale.ROOT).endsWith("/vbaproject.bin")) {
                throw new InputException(source, "the workbook carries macros (" + name.substring(1) + "), which sverka "
                        + "never writes; a macro can change what a spreadsheet shows without saving it, so sverka reads "
                        + "no workbook with macros: save it as .xlsx without macros and check it again");
            }
        }
    }

    /**
     * @param source  the file's name, for messages
     * @param sheet   a sheet
     * @param columns the columns read; null for every column
     * @throws InputException naming the sheet, row and cell of the first formula that refers to another workbook
     */
    static void refuseLinkedCells(String source, Sheet sheet, Set<Integer> columns) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA && (columns == null || columns.contains(cell.getColumnIndex()))
                        && refersToAnotherWorkbook(cell.getCellFormula())) {
                    throw new InputException(source, ReviewWorkbookReader.where(sheet, row.getRowNum()) + "the cell "
                            + cell.getAddress().formatAsString() + " takes its value from another workbook (="
                            + cell.getCellFormula() + "); sverka does not follow links and the value stored may not be "
                            + "the one shown: type the value instead");
                }
            }
        }
    }

    /**
     * @param formula a formula as stored
     * @return true when it refers to a cell or name of another workbook
     */
    static boolean refersToAnotherWorkbook(String formula) {
        return EXTERNAL.matcher(STRING_LITERAL.matcher(formula).replaceAll("\"\"")).find();
    }
}
