package org.sverka.export;

/**
 * The C0 and C1 control characters (U+0000 to U+001F, U+007F, U+0080 to U+009F) that documents
 * sometimes carry (a raw ESC from a terminal capture, a NUL from a broken conversion): text outputs
 * either remove them or show them escaped, so that none reaches a file raw. Tab, line feed and
 * carriage return are not counted: each format handles those itself.
 * <pre>{@code
 * ControlCharacters.remove("a\u001B[31mb");   // "a[31mb"
 * ControlCharacters.contains("a\tb");          // false
 * }</pre>
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /**
     * @param c a character
     * @return true for a C0 or C1 control character other than tab, line feed and carriage return
     */
    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * @param text any text
     * @return true when it holds a control character
     */
    public static boolean contains(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param text any text
     * @return the text without its control characters (tab and line breaks kept)
     */
    public static String remove(String text) {
        if (!contains(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * @param c a control character
     * @return its code point as {@code U+001B}
     */
    public static String codePoint(char c) {
        return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
    }
}
