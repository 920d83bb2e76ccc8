package org.sverka.core;

/**
 * A range of characters in a text, from {@code start} (inclusive) to {@code end} (exclusive). A
 * partial bead uses it to say which part of its longer side the shorter side renders.
 * <pre>{@code
 * TextSpan s = new TextSpan(0, 42);
 * s.of("...");   // the text's first 42 characters
 * }</pre>
 *
 * @param start the first character
 * @param end   one past the last character
 */
public record TextSpan(int start, int end) {
    /** Checks that the range is not negative. */
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /**
     * @param text the text the span was taken from
     * @return the characters of the span
     * @throws IndexOutOfBoundsException when the text is shorter than the span
     */
    public String of(String text) {
        return text.substring(start, end);
    }

    /** @return {@code start..end}, the written form read by {@link #parse(String)} */
    @Override
    public String toString() {
        return start + ".." + end;
    }

    /**
     * @param text a span as {@link #toString()} writes it
     * @return the span
     * @throws IllegalArgumentException when the text is not a span
     */
    public static TextSpan parse(String text) {
        String t = text.strip();
        int dots = t.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("not a span (start..end): " + t);
        }
        try {
            return new TextSpan(Integer.parseInt(t.substring(0, dots)), Integer.parseInt(t.substring(dots + 2)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a span (start..end): " + t, e);
        }
    }
}
