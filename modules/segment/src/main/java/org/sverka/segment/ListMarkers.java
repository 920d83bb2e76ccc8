package org.sverka.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds list items run together in one paragraph: "1) … 2) …", "1. … 2. …", "a. … b. …",
 * "• … • …". A marker starts an item when the paragraph starts with the first marker of its style
 * (1, a or а) and the markers go on in sequence, or when it follows a semicolon or a colon
 * ("…; 2) утраты …", "…; 3. Разграничение"). A bullet after white space always starts an item, and
 * so does a hyphen set off by spaces after a semicolon ("…; - резервированием").
 */
final class ListMarkers {
    private ListMarkers() {
    }

    /**
     * @param s one line of text
     * @return the offsets where a list item starts, ascending, never 0
     */
    static List<Integer> starts(String s) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Punctuation.isBullet(c) && Character.isWhitespace(s.charAt(i - 1))) {
                out.add(i);
            } else if (c == '-' && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))
                    && Character.isWhitespace(s.charAt(i - 1)) && afterSemicolon(s, i)) {
                out.add(i);
            }
        }
        int firstText = 0;
        while (firstText < s.length() && (Character.isWhitespace(s.charAt(firstText))
                || Punctuation.isBullet(s.charAt(firstText)))) {
            firstText++;
        }
        String style = null;
        int expected = -1;
        for (int at = 0; at < s.length(); at++) {
            if (at > 0 && !Character.isWhitespace(s.charAt(at - 1)) && !Punctuation.isBullet(s.charAt(at - 1))) {
                continue;
            }
            int valueEnd = markerValueEnd(s, at);
            if (valueEnd < 0) {
                continue;
            }
            int suffixEnd = markerSuffixEnd(s, valueEnd);
            if (suffixEnd < 0) {
                continue;
            }
            String value = s.substring(at, valueEnd);
            String suffix = s.substring(valueEnd, suffixEnd);
            int ordinal = ordinal(value);
            String markerStyle = (Character.isDigit(value.charAt(0)) ? "digit" : "letter") + suffix;
            if (at == firstText && ordinal == 1) {
                style = markerStyle;
                expected = 2;
                continue;
            }
            if (markerStyle.equals(style) && ordinal == expected) {
                addStart(out, s, at);
                expected++;
            } else if (suffix.endsWith(")") ? afterListPunctuation(s, at)
                    : Character.isDigit(value.charAt(0)) && afterSemicolon(s, at)) {
                addStart(out, s, at);
            }
        }
        out.sort(null);
        return out;
    }

    /** The end of one or two digits or of one lower-case letter at {@code at}, or -1. */
    private static int markerValueEnd(String s, int at) {
        char c = s.charAt(at);
        if (Character.isDigit(c)) {
            int j = at + 1;
            if (j < s.length() && Character.isDigit(s.charAt(j))) {
                j++;
            }
            return j;
        }
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'а' && c <= 'я') || c == 'ё';
        return letter ? at + 1 : -1;
    }

    /** The end of ".)", ")" or "." followed by white space at {@code at}, or -1. */
    private static int markerSuffixEnd(String s, int at) {
        int j;
        if (s.startsWith(".)", at)) {
            j = at + 2;
        } else if (at < s.length() && (s.charAt(at) == ')' || s.charAt(at) == '.')) {
            j = at + 1;
        } else {
            return -1;
        }
        return j < s.length() && Character.isWhitespace(s.charAt(j)) ? j : -1;
    }

    private static void addStart(List<Integer> out, String s, int at) {
        int start = at;
        while (start > 0 && Punctuation.isBullet(s.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && !out.contains(start)) {
            out.add(start);
        }
    }

    private static boolean afterSemicolon(String s, int at) {
        int p = at - 1;
        while (p >= 0 && Character.isWhitespace(s.charAt(p))) {
            p--;
        }
        return p >= 0 && s.charAt(p) == ';';
    }

    private static boolean afterListPunctuation(String s, int at) {
        int p = at - 1;
        while (p >= 0 && Character.isWhitespace(s.charAt(p))) {
            p--;
        }
        return p >= 0 && (s.charAt(p) == ';' || s.charAt(p) == ':');
    }

    private static int ordinal(String value) {
        char c = value.charAt(0);
        if (Character.isDigit(c)) {
            return Integer.parseInt(value);
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 1;
        }
        return "абвгдежзиклмнопрстуфхцчшщэюя".indexOf(c) + 1;
    }
}
