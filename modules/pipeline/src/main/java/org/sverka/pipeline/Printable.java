package org.sverka.pipeline;

/**
 * Text made safe to print on a terminal or write into a log: control characters (ESC, NUL, CR,
 * tab, DEL, the C1 controls, and the bidirectional overrides that can reorder what a line seems to
 * say) are shown as escapes such as {@code \u001b}, so a document or a pair id cannot move the
 * cursor, recolour or clear the screen, or hide part of a message.
 * <pre>{@code
 * Printable.escape("a\u001b[2Jb")   // "a\\u001b[2Jb"
 * }</pre>
 */
public final class Printable {
    private Printable() {
    }

    /**
     * @param s any text (null gives "null")
     * @return the text with every control character as a {@code \\uXXXX} escape, and backslashes as
     *         they are; line feeds are escaped too, so the result is one line
     */
    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * @param c a UTF-16 unit
     * @return true for C0 and C1 controls, DEL, and the bidirectional embedding, override and isolate marks
     */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
