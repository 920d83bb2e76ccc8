package org.sverka.core;

import java.util.Objects;

/**
 * A block of a source that extraction read but did not keep, and why: nothing is dropped in
 * silence. A web page's navigation, a cookie notice or a repeated e-mail alternative ends up here,
 * so that a user can see what was left out and ask for it back.
 * <pre>{@code
 * DroppedBlock d = new DroppedBlock(BlockKind.PARAGRAPH, "Accept all cookies", "phrase");
 * d.words();   // 3
 * }</pre>
 *
 * @param kind   what the block was in the source
 * @param text   its text, trimmed
 * @param reason the filter that dropped it, a short stable name ({@code "phrase"},
 *               {@code "link-list"}, {@code "outside-main-content"}, {@code "duplicate"}, ...)
 */
public record DroppedBlock(BlockKind kind, String text, String reason) {
    /** Checks the invariants. */
    public DroppedBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        text = text.strip();
    }

    /** @return the number of words (runs of letters or digits) in the text */
    public int words() {
        return countWords(text);
    }

    /**
     * Counts words as runs of letters and digits in any script.
     *
     * @param text any text
     * @return the number of words in it
     */
    public static int countWords(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = Character.isLetterOrDigit(cp);
            if (word && !in) {
                n++;
            }
            in = word;
            i += Character.charCount(cp);
        }
        return n;
    }
}
