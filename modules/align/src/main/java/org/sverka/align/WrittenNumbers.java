package org.sverka.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text writes, as digit strings with their counts, for deciding whether a number of
 * the other side is there at all: runs of digits with their separators taken out ({@code 1 000},
 * {@code 1,000} and {@code 4:40} give {@code 1000}, {@code 1000} and {@code 440}), and Roman
 * numerals of two letters or more, or of one letter in Russian text where Latin capitals standing
 * alone are numerals ({@code XV} gives {@code 15}: «в XV веке» ~ "in the 15th century"). A run of
 * groups whose first group has three digits or more is a telephone number: each group counts too.
 * Apart, the words that say how many times ({@link #multipliers}: twice, «втрое») and the ordinals
 * ({@link #ordinals}: third, «пятом», «впервые»).
 * <pre>{@code
 * WrittenNumbers.of("в XV веке, в 4:40");   // {15=1, 440=1}
 * }</pre>
 */
final class WrittenNumbers {
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+(?:[ \u00a0\u202f]\\d{3}|[.,:]\\d+)*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    /** The values of Roman numerals' letters and subtractive pairs, largest first, for writing a value. */
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_LETTERS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private WrittenNumbers() {
    }

    /**
     * A word that holds a number the analyser does not read: one that says how many times (twice, tripled,
     * «трижды», «вдвое») or an ordinal (third, «пятого»), with the number it holds.
     *
     * @param written as the text writes it
     * @param value   the number it holds, in digits
     */
    record NumberWord(String written, String value) {
    }

    /** The multiplying words and the numbers they hold, in the order of {@link #MULTIPLIER}'s groups. */
    private static final Pattern MULTIPLIER = Pattern.compile("(?<![\\p{L}-])(?:(twice|doubl(?:e|ed|es|ing)|дважды|вдвое|вдвойне|удво\\p{L}*)"
            + "|(thrice|tripl(?:e|ed|es|ing)|трижды|втрое|втройне|утро(?:и|ен)\\p{L}*)"
            + "|(quadrupl(?:e|ed|es|ing)|четырежды|вчетверо|учетвер\\p{L}*))(?![\\p{L}-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The words of a text that say how many times, as written, with the number each holds: "doubled" and
     * «вдвое» hold 2, "tripled" and «трижды» 3 (the analyser reads no number in them).
     * <pre>{@code
     * WrittenNumbers.multipliers("visited Pyongyang three times and twice Seoul");   // [twice=2]
     * }</pre>
     */
    static List<NumberWord> multipliers(String text) {
        List<NumberWord> out = new ArrayList<>();
        Matcher m = MULTIPLIER.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    out.add(new NumberWord(m.group(g), String.valueOf(g + 1)));
                }
            }
        }
        return out;
    }

    /** English ordinals, first to twentieth, with their numbers. */
    private static final Map<String, Integer> ENGLISH_ORDINALS = englishOrdinals();
    /**
     * Russian ordinals, «первый» to «девятнадцатый» in every case and gender, with the adverbs that say
     * "first": «впервые» (for the first time), «сначала», «вначале», «сперва» (at first).
     */
    private static final Map<String, Integer> RUSSIAN_ORDINALS = russianOrdinals();
    /** Cardinals before an ordinal that make a fraction of it ("a third of", «две пятых»). */
    private static final java.util.Set<String> FRACTION_COUNTS = java.util.Set.of("a", "one", "two", "three", "four", "five",
            "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять");

    private static Map<String, Integer> englishOrdinals() {
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            out.put(words[i], i + 1);
        }
        return Map.copyOf(out);
    }

    private static Map<String, Integer> russianOrdinals() {
        // stems by number; the endings of «первый» (stem ending unstressed), «второй» (stressed) and «третий»
        String[] stems = {"перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят", "одиннадцат",
            "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат"};
        String[] plain = {"ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ом", "ую", "ых", "ыми"};
        String[] third = {"ий", "ья", "ье", "ьи", "ьего", "ьей", "ьему", "ьим", "ьем", "ью", "ьих", "ьими"};
        Map<String, Integer> out = new HashMap<>();
        java.util.Set<String> stressed = java.util.Set.of("втор", "шест", "седьм", "восьм");   // второй, not вторый
        for (int i = 0; i < stems.length; i++) {
            for (String ending : i == 2 ? third : plain) {
                if (!(stressed.contains(stems[i]) && ending.equals("ый"))) {
                    out.put(stems[i] + ending, i + 1);
                    out.put(stems[i].replace('е', 'ё') + ending, i + 1);   // четвёртый
                }
            }
        }
        for (String first : new String[] {"впервые", "сначала", "вначале", "сперва"}) {
            out.put(first, 1);   // for the first time; first, at first
        }
        return Map.copyOf(out);
    }

    /**
     * The ordinals a text writes in words, with the numbers they hold: "the third round" holds 3,
     * «в пятом раунде» 5, «впервые» and «сначала» 1; an English one that begins a compound counts
     * ("a fifth-floor room"), but for first-hand, second-rate and second-guess. A word in a fraction is
     * none ("a third of", «две пятых»), nor are "first of all" and a second of time ("per second", "a
     * split second", "30 second").
     * <pre>{@code
     * WrittenNumbers.ordinals("the third round, a third of the votes", true);   // [third=3]
     * }</pre>
     *
     * @param text    a sentence or passage
     * @param english true for English, false for Russian
     * @return the ordinals, in the order of the text
     */
    static List<NumberWord> ordinals(String text, boolean english) {
        Map<String, Integer> forms = english ? ENGLISH_ORDINALS : RUSSIAN_ORDINALS;
        String initials = english ? ENGLISH_INITIALS : RUSSIAN_INITIALS;
        List<NumberWord> out = new ArrayList<>();
        int beforeStart = 0;
        int beforeEnd = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-') {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(c = text.codePointAt(i)) || c == '-')) {
                i += Character.charCount(c);
            }
            // a word is cut out of the text only where it may be an ordinal: most words are read without a copy
            if (initials.indexOf(Character.toLowerCase(text.charAt(start))) >= 0) {
                String word = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                int hyphen = word.indexOf('-');
                if (english && hyphen > 0 && !HYPHENED_IDIOM.matcher(word).matches()) {
                    word = word.substring(0, hyphen);   // an ordinal that begins a compound counts: "a fifth-floor room", "first-time buyers"
                }
                Integer value = forms.get(word);
                if (value != null && !fractionOrIdiom(word, value, text.substring(beforeStart, beforeEnd).toLowerCase(java.util.Locale.ROOT),
                        text, i, english)) {
                    out.add(new NumberWord(text.substring(start, start + word.length()), value.toString()));
                }
            }
            beforeStart = start;
            beforeEnd = i;
        }
        return out;
    }

    /** The first letters of the ordinals of each language. */
    private static final String ENGLISH_INITIALS = initials(ENGLISH_ORDINALS);
    private static final String RUSSIAN_INITIALS = initials(RUSSIAN_ORDINALS);

    private static String initials(Map<String, Integer> forms) {
        StringBuilder out = new StringBuilder();
        forms.keySet().forEach(w -> {
            if (out.indexOf(w.substring(0, 1)) < 0) {
                out.append(w.charAt(0));
            }
        });
        return out.toString();
    }

    /** Compounds made with an ordinal that count nothing: first-hand, second-rate, second-guess. */
    private static final Pattern HYPHENED_IDIOM = Pattern.compile("(?:first|second)-(?:hand|rate|guess\\p{L}*)");

    /**
     * Whether a word is an ordinal that says "first" ("first", «первым», «впервые»).
     *
     * @param word    a word as written
     * @param english true for English
     */
    static boolean saysFirst(String word, boolean english) {
        return Integer.valueOf(1).equals((english ? ENGLISH_ORDINALS : RUSSIAN_ORDINALS).get(word.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Whether a word is an ordinal of either language ("third", «пятом»), not a word that says how many times.
     *
     * @param word a word
     * @return whether it is an ordinal
     */
    static boolean isOrdinal(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return ENGLISH_ORDINALS.containsKey(lower) || RUSSIAN_ORDINALS.containsKey(lower);
    }

    private static final Pattern AFTER_FIRST = Pattern.compile("\\s+of\\s+all\\b", Pattern.CASE_INSENSITIVE);

    /** Whether an ordinal is part of a fraction or of a phrase that counts nothing (see {@link #ordinals}). */
    private static boolean fractionOrIdiom(String word, int value, String before, String text, int end, boolean english) {
        // a fraction's denominator is three or more: «три первых» are the first three
        if (value > 2 && FRACTION_COUNTS.contains(before) && (english ? text.startsWith(" of", end) : word.endsWith("ых") || word.endsWith("ая"))) {
            return true;
        }
        if (!english) {
            return false;
        }
        return word.equals("first") && AFTER_FIRST.matcher(text).region(end, text.length()).lookingAt()
                || word.equals("second") && (before.equals("per") || before.equals("split") || !before.isEmpty() && Character.isDigit(before.charAt(0)));
    }

    /**
     * @param text a sentence or passage
     * @return each number written in it, as a digit string, with how often it is written
     */
    static Map<String, Integer> of(String text) {
        Map<String, Integer> out = new HashMap<>();
        if (FlagScans.hasDigit(text)) {
            Matcher m = DIGIT_RUN.matcher(text);
            while (m.find()) {
                String run = m.group();
                out.merge(NumberFlags.digits(run), 1, Integer::sum);
                List<String> groups = groups(run);
                if (groups.size() > 1 && groups.get(0).length() >= 3) {
                    for (String g : groups) {
                        out.merge(NumberFlags.digits(g), 1, Integer::sum);   // a telephone number: 116 123 ~ 116, 123
                    }
                }
            }
        }
        romans(text).forEach((v, k) -> out.merge(v, k, Integer::sum));
        return out;
    }

    /**
     * @param text a sentence or passage
     * @return the values of the Roman numerals written in it, as digit strings, with how often each is written
     */
    static Map<String, Integer> romans(String text) {
        Map<String, Integer> out = new HashMap<>();
        Boolean russian = null;
        // a Roman numeral is a whole run of letters and numbers ([\p{L}\p{N}]) written with I, V, X, L, C, D and M only
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!letterOrNumber(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean roman = true;
            while (i < n && letterOrNumber(c = text.codePointAt(i))) {
                roman &= c < 128 && letterValue((char) c) > 0;
                i += Character.charCount(c);
            }
            if (!roman) {
                continue;
            }
            if (i - start < 2 && russian == null) {
                russian = CYRILLIC.matcher(text).find();
            }
            if (i - start >= 2 || russian) {
                long value = roman(text.substring(start, i));
                if (value > 0) {
                    out.merge(Long.toString(value), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** Whether a code point is a letter or a number ({@code [\p{L}\p{N}]}). */
    private static boolean letterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** A run of digits split at the spaces between its groups (what {@code split("[ \u00a0\u202f]")} gave). */
    private static List<String> groups(String run) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == ' ' || c == '\u00a0' || c == '\u202f') {
                out.add(run.substring(start, i));
                start = i + 1;
            }
        }
        out.add(run.substring(start));
        return out;
    }

    /**
     * The value of a well-formed Roman numeral, or 0: the letters are read with subtraction, and the
     * numeral counts only when writing that value back gives it letter for letter (so IIII, IM and
     * VX are not numerals). Values run from 1 to 3,999, as ICU's {@code %roman-upper} writes them in
     * ASCII letters; a test compares every value with ICU's. Written here because making ICU's
     * formatter loaded some 300 classes, a tenth of a second of a run's start-up.
     */
    static long roman(String numeral) {
        if (numeral.isEmpty() || numeral.length() > 15) {
            return 0;
        }
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = letterValue(numeral.charAt(i));
            int next = i + 1 < numeral.length() ? letterValue(numeral.charAt(i + 1)) : 0;
            if (v == 0) {
                return 0;
            }
            total += v < next ? -v : v;
        }
        return total > 0 && total < 4000 && romanOf(total).equals(numeral) ? total : 0;
    }

    /** A value from 1 to 3,999 as a Roman numeral. */
    static String romanOf(int value) {
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN_LETTERS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    private static int letterValue(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> 0;
        };
    }
}
