package org.sverka.export;

/**
 * Keeps a text cell from being taken for a formula when a tab-separated file is opened in a
 * spreadsheet (CSV injection, as OWASP describes it): a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a single quote ({@code '}) in front, which
 * spreadsheets read as "this is text".
 *
 * <p>The rule keeps every text recoverable. A quote is added in front of a text that starts with
 * any number of quotes (zero included) followed by one of those six characters, and only then. So
 * {@code =1} is written {@code '=1}, {@code '=1} is written {@code ''=1}, and {@code 'abc} or
 * {@code 1-2} are written as they are; {@link #restore(String)} strips one leading quote from
 * exactly the texts the rule changed, giving the original back.
 * <pre>{@code
 * FormulaNeutraliser.neutralise("=SUM(A1:A9)");   // "'=SUM(A1:A9)"
 * FormulaNeutraliser.restore("'=SUM(A1:A9)");     // "=SUM(A1:A9)"
 * }</pre>
 */
public final class FormulaNeutraliser {
    /** The characters that make a spreadsheet read a cell as a formula (or split it) when they come first. */
    public static final String TRIGGERS = "=+-@\t\r";

    private FormulaNeutraliser() {
    }

    /**
     * @param text a cell's text
     * @return the text with a quote in front when it starts (after any quotes) with a trigger character
     */
    public static String neutralise(String text) {
        return guarded(text, 0) ? "'" + text : text;
    }

    /**
     * Undoes {@link #neutralise(String)}.
     *
     * @param cell a cell as written
     * @return the text before it was neutralised
     */
    public static String restore(String cell) {
        return cell.startsWith("'") && guarded(cell, 1) ? cell.substring(1) : cell;
    }

    /** True when the text, from {@code from}, is quotes followed by a trigger character. */
    private static boolean guarded(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && TRIGGERS.indexOf(text.charAt(i)) >= 0;
    }
}
