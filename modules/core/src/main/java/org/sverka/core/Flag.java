package org.sverka.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something a reviewer should look at in a matched bead: a number, a date's day or month, a name or
 * a negation present on one side only. A flag is a closed type of four parts, each typed: what differs ({@link Kind}),
 * on which side ({@link Side}), the value as written in the text, and its {@link Grade}: a
 * <em>flag</em> stands on evidence that the other side says something different, a <em>note</em>
 * only observes that something stands on one side (a free translation renders a name by a pronoun,
 * leaves a number out); a note's written form starts with {@code note:}. It has one written form, made
 * by {@link #toString()} and read back by {@link #parse(String)}; lists of flags are written by
 * {@link #format(List)} and read by {@link #parseList(String)}, and every output format uses these
 * two, so a value with spaces, tabs, quotes or non-breaking spaces comes back as it went out.
 * <pre>{@code
 * Flag f = new Flag(Flag.Kind.NUMBER, Flag.Side.RUSSIAN, "1 000");
 * f.toString();                    // "number-only-ru:1 000"
 * Flag.parse("number-only-ru:1 000").equals(f);   // true
 * Flag.format(List.of(f, f));      // "number-only-ru:1 000; number-only-ru:1 000"
 * f.asNote().toString();           // "note:number-only-ru:1 000"
 * }</pre>
 *
 * <p>A record with two enums rather than a sealed hierarchy: the kinds carry no data of their own
 * and Java 17, which sverka supports, has no pattern matching in {@code switch}, so an enum is the
 * closed set that callers can switch on.
 *
 * @param kind  what differs
 * @param side  the side on which the value stands alone
 * @param value the value concerned, as written in the text (for example {@code "62%"}); never blank
 * @param grade a flag or a note
 */
public record Flag(Kind kind, Side side, String value, Grade grade) {
    /** The separator between flags in {@link #format(List)}. */
    public static final String SEPARATOR = "; ";
    /** What a note's written form starts with. */
    public static final String NOTE_PREFIX = "note:";

    /** What a flag is about. */
    public enum Kind {
        /** A number (with its unit) that the other side lacks or writes differently. */
        NUMBER,
        /** A day of the week or a month ("Tuesday", «мая») that the other side lacks or names differently. */
        DATE,
        /** A name (person, place, organisation) not found on the other side. */
        NAME,
        /** A negation ("not", «не») on one side of a match whose other side has none. */
        NEGATION;

        /** @return the word used in labels: {@code number}, {@code date}, {@code name}, {@code negation} */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @return what a reviewer reads beside the flagged text: "number only here" */
        public String description() {
            return word() + " only here";
        }
    }

    /** How strong a finding is. */
    public enum Grade {
        /** Evidence of a difference: the other side has a differing number, name or rendered word. */
        FLAG,
        /** Something stands on one side only, without evidence that the other side differs. */
        NOTE
    }

    /** The side of a bead. */
    public enum Side {
        /** The English side. */
        ENGLISH("en"),
        /** The Russian side. */
        RUSSIAN("ru");

        private final String code;

        Side(String code) {
            this.code = code;
        }

        /** @return {@code en} or {@code ru} */
        public String code() {
            return code;
        }
    }

    /** Checks the invariants. */
    public Flag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(grade, "grade");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a flag needs a value");
        }
    }

    /**
     * A flag of grade {@link Grade#FLAG}.
     *
     * @param kind  what differs
     * @param side  the side on which the value stands alone
     * @param value the value concerned, as written in the text
     */
    public Flag(Kind kind, Side side, String value) {
        this(kind, side, value, Grade.FLAG);
    }

    /** @return this finding as a note */
    public Flag asNote() {
        return new Flag(kind, side, value, Grade.NOTE);
    }

    /** @return true for a note, false for a flag */
    public boolean isNote() {
        return grade == Grade.NOTE;
    }

    /** @return true when the flag marks something on the English side */
    public boolean english() {
        return side == Side.ENGLISH;
    }

    /** @return the label without the value: {@code number-only-ru} */
    public String label() {
        return kind.word() + "-only-" + side.code();
    }

    /**
     * @return the written form, label and value: {@code number-only-en:62%}, after {@code note:} for
     *         a note; a {@code ;} or {@code \} in the value is escaped by a backslash so that lists
     *         read back exactly
     */
    @Override
    public String toString() {
        return (isNote() ? NOTE_PREFIX : "") + label() + ":" + value.replace("\\", "\\\\").replace(";", "\\;");
    }

    /**
     * Reads one flag in its written form.
     * <pre>{@code
     * Flag.parse("name-only-en:Kerry");        // NAME, ENGLISH, "Kerry", FLAG
     * Flag.parse("note:name-only-en:Kerry");   // the same as a NOTE
     * }</pre>
     *
     * @param text a flag as {@link #toString()} writes it; surrounding white space is ignored
     * @return the flag
     * @throws IllegalArgumentException when the text is not a flag, naming what is wrong
     */
    public static Flag parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        Grade grade = Grade.FLAG;
        if (t.regionMatches(true, 0, NOTE_PREFIX, 0, NOTE_PREFIX.length())) {
            grade = Grade.NOTE;
            t = t.substring(NOTE_PREFIX.length()).strip();
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a flag (no ':'): " + t);
        }
        String label = t.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = unescape(t.substring(colon + 1));
        for (Kind k : Kind.values()) {
            for (Side s : Side.values()) {
                if (label.equals(k.word() + "-only-" + s.code())) {
                    return new Flag(k, s, value, grade);
                }
            }
        }
        throw new IllegalArgumentException("unknown flag '" + label + "' (expected number|date|name|negation-only-en|ru)");
    }

    /**
     * Writes flags as one line, separated by {@value #SEPARATOR}.
     *
     * @param flags flags, in order
     * @return their written form; empty for no flags
     */
    public static String format(List<Flag> flags) {
        StringBuilder sb = new StringBuilder();
        for (Flag f : flags) {
            if (sb.length() > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(f);
        }
        return sb.toString();
    }

    /**
     * Reads flags written by {@link #format(List)}; blank text gives no flags.
     *
     * @param text the written flags
     * @return the flags, in order
     * @throws IllegalArgumentException when a part is not a flag
     */
    public static List<Flag> parseList(String text) {
        List<Flag> out = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
            } else if (c == ';') {
                addPart(part, out);
            } else {
                part.append(c);
            }
        }
        addPart(part, out);
        return List.copyOf(out);
    }

    private static void addPart(StringBuilder part, List<Flag> out) {
        if (!part.toString().isBlank()) {
            out.add(parse(part.toString()));
        }
        part.setLength(0);
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                sb.append(s.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
