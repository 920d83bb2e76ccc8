package org.sverka.segment.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one line of the Golden Rules file: a JSON object with a string {@code text} and a string
 * array {@code sentences}. Only what that shape needs: strings (with all JSON escapes), arrays of
 * strings, other values skipped.
 */
final class JsonRuleLine {
    private final String s;
    private int pos;

    private JsonRuleLine(String s) {
        this.s = s;
    }

    static GoldenRule parse(String line) {
        JsonRuleLine p = new JsonRuleLine(line);
        String text = null;
        List<String> sentences = null;
        p.expect('{');
        while (true) {
            p.skipSpace();
            if (p.peek() == '}') {
                break;
            }
            String key = p.string();
            p.expect(':');
            p.skipSpace();
            if (key.equals("text")) {
                text = p.string();
            } else if (key.equals("sentences")) {
                sentences = p.stringArray();
            } else {
                p.skipValue();
            }
            p.skipSpace();
            if (p.peek() == ',') {
                p.pos++;
            }
        }
        if (text == null || sentences == null) {
            throw new IllegalArgumentException("a rule needs \"text\" and \"sentences\": " + line);
        }
        return new GoldenRule(text, sentences);
    }

    private char peek() {
        if (pos >= s.length()) {
            throw new IllegalArgumentException("unexpected end of JSON line");
        }
        return s.charAt(pos);
    }

    private void skipSpace() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private void expect(char c) {
        skipSpace();
        if (peek() != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + pos + " in " + s);
        }
        pos++;
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = peek();
            pos++;
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = peek();
            pos++;
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> sb.append(e);
            }
        }
    }

    private List<String> stringArray() {
        expect('[');
        List<String> out = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return out;
        }
        while (true) {
            out.add(string());
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') {
                return out;
            }
            if (c != ',') {
                throw new IllegalArgumentException("expected ',' or ']' at " + (pos - 1));
            }
        }
    }

    private void skipValue() {
        skipSpace();
        char c = peek();
        if (c == '"') {
            string();
            return;
        }
        int depth = 0;
        while (pos < s.length()) {
            c = s.charAt(pos);
            if (c == '"') {
                string();
                continue;
            }
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return;
            }
            pos++;
        }
    }
}
