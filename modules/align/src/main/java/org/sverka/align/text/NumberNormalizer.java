package org.sverka.align.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers and dates of a sentence and writes them the same way in both languages, so
 * that "16 сентября" and "September 16", "1,5 млн" and "1.5 million", "23:00" and "11 p.m.",
 * "пяти" and "five" compare equal.
 *
 * <p>Each value becomes a token: a plain decimal ({@code 1.5}, {@code 2027}), a clock time
 * ({@code 23:00}) or a month ({@code month:9}). Number words from one to twelve count as numbers.
 * The surface form is kept for flags shown to reviewers.
 */
public final class NumberNormalizer {
    /**
     * A normalized value and how the text wrote it.
     *
     * @param token   the normalized value ({@code 1.5}, {@code 23:00}, {@code month:9})
     * @param surface the text as written
     * @param start   offset of the surface in the text
     */
    public record Value(String token, String surface, int start) {
        /** @return offset one past the surface */
        public int end() {
            return start + surface.length();
        }
    }

    private static final Pattern EN_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2}(?::\\d{2})?\\s?[ap]\\.m\\.|\\d{1,2}(?:[:.]\\d{2})?\\s?[ap]m(?!\\p{L})|\\d{1,2}:\\d{2}|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)");
    private static final Pattern RU_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2}:\\d{2}|\\d{1,3}(?:[\\u00A0\\u202F ]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)");
    private static final Map<String, Integer> EN_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100),
            Map.entry("january", -1), Map.entry("jan", -1), Map.entry("february", -2), Map.entry("feb", -2),
            Map.entry("march", -3), Map.entry("april", -4), Map.entry("apr", -4), Map.entry("may", -5),
            Map.entry("june", -6), Map.entry("july", -7), Map.entry("august", -8), Map.entry("aug", -8),
            Map.entry("september", -9), Map.entry("sept", -9), Map.entry("sep", -9), Map.entry("october", -10),
            Map.entry("oct", -10), Map.entry("november", -11), Map.entry("nov", -11), Map.entry("december", -12),
            Map.entry("dec", -12));
    private static final Map<String, Integer> RU_WORDS = russianWords();

    private static Map<String, Integer> russianWords() {
        String[][] numbers = {
            {"один", "одна", "одно", "одного", "одной", "одному", "одним", "одном"}, {"два", "две", "двух", "двум", "двумя"},
            {"три", "трех", "трёх", "трем", "трём", "тремя"}, {"четыре", "четырех", "четырёх", "четырем", "четырьмя"},
            {"пять", "пяти", "пятью"}, {"шесть", "шести", "шестью"}, {"семь", "семи", "семью"},
            {"восемь", "восьми", "восемью"}, {"девять", "девяти", "девятью"}, {"десять", "десяти", "десятью"},
            {"одиннадцать", "одиннадцати"}, {"двенадцать", "двенадцати"}, {"тринадцать", "тринадцати"},
            {"четырнадцать", "четырнадцати"}, {"пятнадцать", "пятнадцати"}, {"шестнадцать", "шестнадцати"},
            {"семнадцать", "семнадцати"}, {"восемнадцать", "восемнадцати"}, {"девятнадцать", "девятнадцати"}};
        // tens, and the collective numerals (шестеро заложников ~ six hostages)
        String[][] more = {{"20", "двадцать", "двадцати"}, {"30", "тридцать", "тридцати"}, {"40", "сорок", "сорока"},
            {"50", "пятьдесят", "пятидесяти"}, {"60", "шестьдесят", "шестидесяти"}, {"70", "семьдесят", "семидесяти"},
            {"80", "восемьдесят", "восьмидесяти"}, {"90", "девяносто"}, {"100", "сто"}, {"2", "двое", "двоих"},
            {"3", "трое", "троих"}, {"4", "четверо", "четверых"}, {"5", "пятеро", "пятерых"}, {"6", "шестеро", "шестерых"},
            {"7", "семеро", "семерых"}, {"8", "восьмеро", "восьмерых"}, {"9", "девятеро", "девятерых"}, {"10", "десятеро", "десятерых"}};
        String[] months = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
            "ноябр", "декабр"};
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < numbers.length; i++) {
            for (String w : numbers[i]) {
                m.put(w, i + 1);
            }
        }
        for (String[] forms : more) {
            for (int i = 1; i < forms.length; i++) {
                m.put(forms[i], Integer.parseInt(forms[0]));
            }
        }
        for (int i = 0; i < months.length; i++) {
            String stem = months[i];
            boolean soft = stem.endsWith("р") || stem.endsWith("л") || stem.endsWith("н");
            for (String end : soft ? new String[] {"ь", "я", "ю", "е"} : stem.equals("ма") ? new String[] {"й", "я", "ю", "е"}
                    : new String[] {"", "а", "у", "е"}) {
                m.put(stem + end, -(i + 1));
            }
        }
        return Map.copyOf(m);
    }

    /** The length of the longest number word or month name of either language. */
    private static final int LONGEST_WORD = java.util.stream.Stream.concat(EN_WORDS.keySet().stream(), RU_WORDS.keySet().stream())
            .mapToInt(String::length).max().orElse(0);
    /**
     * The length of the shortest. Lower case keeps a word's length but for the dotted capital I, which
     * gains a combining dot that no number word or month holds: a shorter word is none of them.
     */
    private static final int SHORTEST_WORD = java.util.stream.Stream.concat(EN_WORDS.keySet().stream(), RU_WORDS.keySet().stream())
            .mapToInt(String::length).min().orElse(0);

    private NumberNormalizer() {
    }

    /**
     * @param text     a sentence
     * @param language {@code en} or {@code ru}
     * @return its values in order
     */
    public static List<Value> values(String text, String language) {
        boolean ru = language.equals("ru");
        List<Value> out = new ArrayList<>();
        // every number starts with an ASCII digit: the search starts at the next one instead of trying
        // the pattern at every character, and a sentence without digits needs no matcher
        int first = nextDigit(text, 0);
        if (first >= 0) {
            Matcher m = (ru ? RU_NUMBER : EN_NUMBER).matcher(text);
            for (int from = first; from >= 0 && m.find(from); from = nextDigit(text, m.end())) {
                String token = ru ? russian(m.group(1)) : english(m.group(1));
                if (token != null && token.indexOf(':') < 0) {
                    token = scaled(token, text.substring(m.end(1)), ru);
                    if (ru) {
                        token = partOfDay(token, text, m.end(1));
                    }
                }
                if (token != null && !ru && token.indexOf(':') < 0 && leadingPoint(text, m.start(1))) {
                    // ".08%": a decimal written without its leading zero
                    out.add(new Value(decimal("0." + m.group(1)), "." + m.group(1), m.start(1) - 1));
                } else if (token != null) {
                    out.add(new Value(shortenedYear(token, m.group(1), text, m.start(1), out), m.group(1), m.start(1)));
                }
            }
        }
        // the runs of letters (what \p{L}+ finds), by a scan: only a run as long as some number word or
        // month becomes a string (most words of a sentence are shorter or longer than any of them)
        for (int start = 0, n = text.length(); start < n; ) {
            int c = text.codePointAt(start);
            if (!Character.isLetter(c)) {
                start += Character.charCount(c);
                continue;
            }
            int end = start + Character.charCount(c);
            while (end < n && Character.isLetter(c = text.codePointAt(end))) {
                end += Character.charCount(c);
            }
            if (end - start >= SHORTEST_WORD && end - start <= LONGEST_WORD) {
                String surface = text.substring(start, end);
                String word = surface.toLowerCase(Locale.ROOT);
                Integer v = ru ? russianWord(word) : EN_WORDS.get(word);
                if (v != null && !(v == -5 && !ru && !Character.isUpperCase(surface.charAt(0)))) {
                    out.add(new Value(v < 0 ? "month:" + (-v) : Integer.toString(v), surface, start));
                }
            }
            start = end;
        }
        return compounds(out, text);
    }

    /**
     * The values with each tens word and the unit word right after it (a space or a hyphen between)
     * read as one number: «сорока восьми» is 48, "twenty-one" 21, not 40 and 8 or 20 and 1. The word
     * values come after the digit values, in the order of the text.
     */
    private static List<Value> compounds(List<Value> values, String text) {
        List<Value> out = null;
        for (int i = 0; i < values.size(); i++) {
            Value tens = values.get(i);
            Value unit = i + 1 < values.size() ? values.get(i + 1) : null;
            if (unit != null && isWord(tens) && isWord(unit) && isTens(tens.token()) && isUnit(unit.token())
                    && joins(text, tens.end(), unit.start())) {
                if (out == null) {
                    out = new ArrayList<>(values.subList(0, i));
                }
                out.add(new Value(Integer.toString(Integer.parseInt(tens.token()) + Integer.parseInt(unit.token())),
                        text.substring(tens.start(), unit.end()), tens.start()));
                i++;
            } else if (out != null) {
                out.add(tens);
            }
        }
        return out == null ? values : out;
    }

    private static boolean isWord(Value v) {
        return Character.isLetter(v.surface().charAt(0));
    }

    private static boolean isTens(String token) {
        return token.length() == 2 && token.charAt(1) == '0' && token.charAt(0) >= '2';
    }

    private static boolean isUnit(String token) {
        return token.length() == 1 && token.charAt(0) >= '1';
    }

    /** Whether only one hyphen or a run of spaces stands between two words. */
    private static boolean joins(String text, int from, int to) {
        if (to - from == 1 && text.charAt(from) == '-') {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return to > from;
    }

    /** @return the position of the first ASCII digit at or after {@code from}, or -1 */
    private static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern EN_SCALE = Pattern.compile("^\\s*(thousand|million|billion|trillion|mln|bn)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RU_SCALE = Pattern.compile("^\\s*(тыс|тысяч\\p{L}*|млн|миллион\\p{L}*|млрд|миллиард\\p{L}*|трлн"
            + "|триллион\\p{L}*)(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** A number followed by a scale word is its full value: 40 тыс. ~ 40,000, $38 billion ~ 38 млрд. */
    private static String scaled(String token, String after, boolean ru) {
        Matcher m = (ru ? RU_SCALE : EN_SCALE).matcher(after);
        if (!m.find()) {
            return token;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        int zeros = w.startsWith("тыс") || w.startsWith("thousand") ? 3
                : w.startsWith("млн") || w.startsWith("миллион") || w.startsWith("million") || w.equals("mln") ? 6
                : w.startsWith("млрд") || w.startsWith("миллиард") || w.startsWith("billion") || w.equals("bn") ? 9 : 12;
        try {
            return new BigDecimal(token).movePointRight(zeros).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return token;
        }
    }

    /**
     * A number as written in digits with its group separators taken out and a decimal comma made a
     * point, as {@link java.math.BigDecimal} reads it: "1,200" → 1200, «1 930» → 1930, «2,5» → 2.5,
     * "1.234,5" → 1234.5.
     *
     * @param written a number as written in digits
     * @return the number in plain decimal notation
     */
    public static String plainDecimal(String written) {
        String s = written.replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        if (s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            return s.replace(",", "");
        } else if (s.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            return s.replace(".", "").replace(',', '.');
        }
        return s.replace(',', '.');
    }

    private static Integer russianWord(String word) {
        return RU_WORDS.get(word);
    }

    /** Whether a number stands right after a point that opens a word: " .08" (not "1.08", "No.1" or "(Fig.2).2"). */
    private static boolean leadingPoint(String text, int start) {
        return start >= 1 && text.charAt(start - 1) == '.' && (start < 2 || Character.isWhitespace(text.charAt(start - 2)));
    }

    /**
     * The second year of a range written with its last two digits ("2010–11", "2007-08") as the whole
     * year (2011, 2008), as a translation writes it («2010–2011 годах»); any other number keeps its token.
     */
    private static String shortenedYear(String token, String surface, String text, int start, List<Value> before) {
        if (surface.length() != 2 || before.isEmpty() || start < 1 || "-–—".indexOf(text.charAt(start - 1)) < 0) {
            return token;
        }
        Value year = before.get(before.size() - 1);
        if (year.end() != start - 1 || !year.surface().matches("[12]\\d{3}")) {
            return token;
        }
        int first = Integer.parseInt(year.surface());
        int second = first / 100 * 100 + Integer.parseInt(surface);
        return Integer.toString(second > first ? second : second + 100);
    }

    /**
     * A part of the day after an hour: «в 6 утра», «в 11 вечера», and with «часа» or «часов» between
     * them also «дня» and «ночи», which after a bare number are days and nights («2 дня спустя»).
     */
    private static final Pattern RU_PART_OF_DAY = Pattern.compile("\\s+(?:(?:час(?:а|ов)?\\s+)?(утра|вечера)|час(?:а|ов)?\\s+(дня|ночи))(?!\\p{L})");

    /**
     * An hour followed by its part of the day read as a clock time, as an English "2pm" or "6 a.m."
     * is: «2 часа дня» is 14:00, «6 часов утра» 06:00, «12 ночи» 00:00. Any other number keeps its token.
     */
    private static String partOfDay(String token, String text, int end) {
        Matcher m = RU_PART_OF_DAY.matcher(text).region(end, text.length());
        if (!token.matches("\\d{1,2}") || !m.lookingAt()) {
            return token;
        }
        int hour = Integer.parseInt(token);
        String part = m.group(1) != null ? m.group(1) : m.group(2);
        if (hour < 1 || hour > 12) {
            return token;
        }
        if ((part.equals("дня") || part.equals("вечера")) && hour < 12 || part.equals("ночи") && hour >= 6 && hour < 12) {
            hour += 12;   // «2 часа дня» 14:00, «11 вечера» 23:00, «10 ночи» 22:00
        } else if (part.equals("ночи") && hour == 12) {
            hour = 0;
        }
        return String.format(Locale.ROOT, "%02d:00", hour);
    }

    private static String english(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace(" ", "");
        if (lower.endsWith("am") || lower.endsWith("pm")) {
            lower = lower.substring(0, lower.length() - 2).replace('.', ':') + lower.charAt(lower.length() - 2) + ".m.";
        }
        if (lower.endsWith("a.m.") || lower.endsWith("p.m.")) {
            String clock = lower.substring(0, lower.length() - 4);
            int colon = clock.indexOf(':');
            int hour = Integer.parseInt(colon < 0 ? clock : clock.substring(0, colon));
            String minutes = colon < 0 ? "00" : clock.substring(colon + 1);
            if (lower.endsWith("p.m.") && hour < 12) {
                hour += 12;
            } else if (lower.endsWith("a.m.") && hour == 12) {
                hour = 0;
            }
            return String.format(Locale.ROOT, "%02d:%s", hour, minutes);
        }
        if (s.indexOf(':') >= 0) {
            return clock(s);
        }
        return decimal(s.replace(",", ""));
    }

    private static String russian(String s) {
        if (s.indexOf(':') >= 0) {
            return clock(s);
        }
        return decimal(s.replace("\u00A0", "").replace("\u202F", "").replace(" ", "").replace(',', '.'));
    }

    private static String clock(String s) {
        String[] hm = s.split(":");
        return String.format(Locale.ROOT, "%02d:%s", Integer.parseInt(hm[0]), hm[1]);
    }

    private static String decimal(String s) {
        try {
            return new BigDecimal(s).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
