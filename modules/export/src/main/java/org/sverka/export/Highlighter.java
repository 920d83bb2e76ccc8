package org.sverka.export;

import java.util.List;

/**
 * Finds what two texts of a row share (numbers, names), so that a view can mark it. The export
 * stage knows no language; the command line supplies one built on the align stage's analysis.
 */
@FunctionalInterface
public interface Highlighter {
    /** Marks nothing. */
    Highlighter NONE = (english, russian) -> new Marks(List.of(), List.of());

    /**
     * Character ranges to mark in each text, as {start, end} pairs, ascending and not overlapping.
     *
     * @param english ranges in the English text
     * @param russian ranges in the Russian text
     */
    record Marks(List<int[]> english, List<int[]> russian) {
    }

    /**
     * @param english the English text of a row
     * @param russian the Russian text of the row
     * @return what to mark in each
     */
    Marks shared(String english, String russian);
}
