package org.sverka.align.text;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The days of the week and the months a sentence names, in English or in Russian: "on Tuesday",
 * "May 24", "Sept. 11", «во вторник», «24 мая», «в июньском номере», «по средам».
 * <pre>{@code
 * CalendarWords.english("Lavrov met Kerry on Tuesday, May 24.");
 * // [Tuesday (TUESDAY) at 20, May (MAY) at 29]
 * CalendarWords.russian("Лавров встретился с Керри во вторник, 24 мая.");
 * // [вторник (TUESDAY) at 29, мая (MAY) at 41]
 * }</pre>
 *
 * <p>The English names are those of {@link Month} and {@link DayOfWeek}; Russian words are read by
 * their stems and case endings, and the adjectives made from them («субботний», «майские») count.
 * Words that look like a date and are none are left alone: a Russian word written with a capital
 * inside a sentence is a name («Марта», «Мая», «Пятница»); "May" and "March" are months
 * only beside a number or after a word of time ("in May", "May 24", "mid-March"; not "Theresa May",
 * not "Protesters March"); «среда» is a day only where a day stands («в среду», «со среды», «по
 * средам»; not «окружающая среда»); an English abbreviation only beside a number ("Jan. 23", "23
 * Jan"); the weekday abbreviations are left out ("Sun." is also a newspaper).
 */
public final class CalendarWords {
    /**
     * A day of the week or a month as a sentence writes it.
     *
     * @param written the word as written («мая», "Tuesday")
     * @param start   its offset in the sentence
     * @param value   a {@link DayOfWeek} or a {@link Month}
     */
    public record Mention(String written, int start, TemporalAccessor value) {
        /** Checks that the value is a day of the week or a month. */
        public Mention {
            if (!(value instanceof DayOfWeek) && !(value instanceof Month)) {
                throw new IllegalArgumentException("a day of the week or a month, not " + value);
            }
        }

        /** @return true for a day of the week, false for a month */
        public boolean isDay() {
            return value instanceof DayOfWeek;
        }

        @Override
        public String toString() {
            return written + " (" + value + ") at " + start;
        }
    }

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** The English names, in lower case: monday, january. */
    private static final Map<String, TemporalAccessor> ENGLISH_NAMES = new HashMap<>();
    /** The English abbreviations of months that stand beside a number: jan, sept. */
    private static final Map<String, Month> ENGLISH_ABBREVIATIONS = new HashMap<>();
    /** The Russian nouns' forms, in lower case with е for ё, and their values: «мая», «субботу» («среда» aside). */
    private static final Map<String, TemporalAccessor> RUSSIAN_FORMS = new HashMap<>();
    /** The Russian stems whose adjectives count («субботн-ий», «июньск-ий»), with their values. */
    private static final Map<String, TemporalAccessor> RUSSIAN_ADJECTIVE_STEMS = new HashMap<>();

    /** The Russian months in the nominative, in calendar order. */
    private static final String[] RUSSIAN_MONTHS = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
        "сентябрь", "октябрь", "ноябрь", "декабрь"};

    static {
        for (Month m : Month.values()) {
            // the English names from the enum's own ("JANUARY"); the JDK's locale data would cost a process some 50 ms to load
            String english = m.name().toLowerCase(Locale.ROOT);
            ENGLISH_NAMES.put(english, m);
            ENGLISH_ABBREVIATIONS.put(english.substring(0, 3), m);
            // январь, май, март: a soft stem declines январь/января/январю/январе/январём, a hard one март/марта/марту/марте/мартом
            String name = RUSSIAN_MONTHS[m.ordinal()];
            boolean soft = name.endsWith("ь") || name.endsWith("й");
            String stem = soft ? name.substring(0, name.length() - 1) : name;
            for (String ending : soft ? new String[] {name.substring(name.length() - 1), "я", "ю", "е", "ем"}
                    : new String[] {"", "а", "у", "е", "ом"}) {
                RUSSIAN_FORMS.put(stem + ending, m);
            }
            // февральский, майский, мартовский, августовский; январский alone drops its soft sign
            String adjective = !soft ? stem + "овск" : m == Month.JANUARY ? stem + "ск" : name + "ск";
            RUSSIAN_ADJECTIVE_STEMS.put(adjective, m);
        }
        ENGLISH_ABBREVIATIONS.put("sept", Month.SEPTEMBER);
        for (DayOfWeek d : DayOfWeek.values()) {
            ENGLISH_NAMES.put(d.name().toLowerCase(Locale.ROOT), d);
        }
        // the days as nouns: понедельник declines as a masculine noun, пятница and суббота as feminine ones,
        // воскресенье as a neuter one; среда is read in context (it is also "environment")
        String[][] days = {{"понедельник", "", "а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах"},
            {"вторник", "", "а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах"},
            {"четверг", "", "а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах"},
            {"пятниц", "а", "у", "ы", "е", "ей", "ам", "ами", "ах"},
            {"суббот", "а", "у", "ы", "е", "ой", "ам", "ами", "ах"},
            {"воскресень", "е", "я", "ю", "ем", "я", "ям", "ями", "ях"}};
        DayOfWeek[] values = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY,
            DayOfWeek.SUNDAY};
        for (int i = 0; i < days.length; i++) {
            for (int k = 1; k < days[i].length; k++) {
                RUSSIAN_FORMS.put(days[i][0] + days[i][k], values[i]);
            }
        }
        // понедельничный, вторничный, четверговый, пятничный, субботний, воскресный
        String[][] adjectives = {{"понедельничн", "MONDAY"}, {"вторничн", "TUESDAY"}, {"четвергов", "THURSDAY"},
            {"пятничн", "FRIDAY"}, {"субботн", "SATURDAY"}, {"воскресн", "SUNDAY"}};
        for (String[] a : adjectives) {
            RUSSIAN_ADJECTIVE_STEMS.put(a[0], DayOfWeek.valueOf(a[1]));
        }
    }

    /** The first letters of every Russian form and stem read: most words start otherwise and are passed over unread. */
    private static final Set<Character> RUSSIAN_STARTS = new java.util.HashSet<>();

    static {
        java.util.stream.Stream.of(RUSSIAN_FORMS.keySet(), RUSSIAN_ADJECTIVE_STEMS.keySet(), Set.of("среда"))
                .flatMap(Set::stream).forEach(f -> RUSSIAN_STARTS.add(f.charAt(0)));
    }

    /**
     * The words of time after which "May" and "March" are months: in May, since March, mid-May, on
     * May; March also after "for" and "to" ("figures for March", "postponed to March"), where May
     * is too often the name ("a blow for May").
     */
    private static final Set<String> BEFORE_MONTH = Set.of("in", "of", "since", "until", "till", "by", "from", "early", "late",
            "mid", "last", "next", "this", "through", "before", "after", "during", "between", "on");

    /** The Russian forms of «среда» with the words before them that make it a day: в среду, со среды, к среде, по средам. */
    private static final Map<String, Set<String>> WEDNESDAY = Map.of(
            "среду", Set.of("в", "во", "на", "через", "за", "эту", "прошлую", "следующую", "ближайшую", "каждую", "минувшую"),
            "среды", Set.of("со", "с", "до", "от", "после", "среды"),
            "среде", Set.of("к", "ко"),
            "средам", Set.of("по"));

    /** Adjective endings after a stem of {@link #RUSSIAN_ADJECTIVE_STEMS}. */
    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile(
            "ий|ый|ой|ая|яя|ое|ее|ие|ые|его|ого|ему|ому|им|ым|ем|ом|ей|ую|юю|их|ых|ими|ыми");

    private CalendarWords() {
    }

    /**
     * @param text an English sentence
     * @return the days of the week and months it names, in order
     */
    public static List<Mention> english(String text) {
        return mentions(text, CalendarWords::englishWord);
    }

    /**
     * @param text a Russian sentence
     * @return the days of the week and months it names, in order
     */
    public static List<Mention> russian(String text) {
        return mentions(text, CalendarWords::russianWord);
    }

    /** What a run of letters of a sentence names: a day of the week, a month, or nothing (null). */
    @FunctionalInterface
    private interface WordReader {
        TemporalAccessor read(String text, int start, int end);
    }

    /** The mentions of a sentence: each run of letters read by the reader. */
    private static List<Mention> mentions(String text, WordReader reader) {
        List<Mention> out = new ArrayList<>();
        for (int start = 0, n = text.length(); start < n; ) {
            if (!Character.isLetter(text.charAt(start))) {
                start++;
                continue;
            }
            int end = wordEnd(text, start);
            TemporalAccessor value = reader.read(text, start, end);
            if (value != null) {
                out.add(new Mention(text.substring(start, end), start, value));
            }
            start = end;
        }
        return out;
    }

    /** The day or month an English word names: written with a capital, May and March in a date's company. */
    private static TemporalAccessor englishWord(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start)) || end - start < 3) {
            return null;
        }
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        TemporalAccessor value = ENGLISH_NAMES.get(lower);
        if (value == null && lower.endsWith("days")) {
            value = ENGLISH_NAMES.get(lower.substring(0, lower.length() - 1));   // on Sundays
        }
        if (value == Month.MAY || value == Month.MARCH) {
            String before = wordBefore(text, start);
            return besideNumber(text, start, end) || BEFORE_MONTH.contains(before)
                    || value == Month.MARCH && (before.equals("for") || before.equals("to")) ? value : null;
        }
        if (value == null && ENGLISH_ABBREVIATIONS.containsKey(lower)) {
            // Jan. 23, 23 Jan, "on Oct." where a sentence was cut after it
            boolean dot = end < text.length() && text.charAt(end) == '.';
            return besideNumber(text, start, dot ? end + 1 : end) || dot && BEFORE_MONTH.contains(wordBefore(text, start))
                    ? ENGLISH_ABBREVIATIONS.get(lower) : null;
        }
        return value;
    }

    /** The day or month a Russian word names: a noun's form, «среда» where a day stands, an adjective; no name. */
    private static TemporalAccessor russianWord(String text, int start, int end) {
        if (end - start < 3 || !RUSSIAN_STARTS.contains(Character.toLowerCase(text.charAt(start)))
                || Character.isUpperCase(text.charAt(start)) && !opensSentence(text, start)) {
            return null;   // no day or month starts so, or a name: «Марта», «Мая»
        }
        String lower = text.substring(start, end).toLowerCase(RUSSIAN).replace('ё', 'е');
        TemporalAccessor value = RUSSIAN_FORMS.get(lower);
        if (value == null && WEDNESDAY.containsKey(lower)) {
            value = WEDNESDAY.get(lower).contains(wordBefore(text, start).toLowerCase(RUSSIAN)) ? DayOfWeek.WEDNESDAY : null;
        }
        return value != null ? value : adjective(lower);
    }

    /** The day or month of a Russian adjective made from its name («субботний», «майские»), or null. */
    private static TemporalAccessor adjective(String lower) {
        for (int cut = Math.min(lower.length() - 2, 14); cut >= 4; cut--) {
            TemporalAccessor value = RUSSIAN_ADJECTIVE_STEMS.get(lower.substring(0, cut));
            if (value != null) {
                return ADJECTIVE_ENDING.matcher(lower.substring(cut)).matches() ? value : null;
            }
        }
        return null;
    }

    /** The end of the run of letters starting at {@code start}. */
    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The word just before a position (letters only, lower case), or "" when none is there. */
    private static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '-' || text.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end).toLowerCase(Locale.ROOT);
    }

    /** Whether a digit stands right before or after the word, with at most a space between ("May 24", "24 May", "Jan. 23"). */
    private static boolean besideNumber(String text, int start, int end) {
        int after = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        int before = start > 0 && text.charAt(start - 1) == ' ' ? start - 2 : start - 1;
        return after < text.length() && Character.isDigit(text.charAt(after)) || before >= 0 && Character.isDigit(text.charAt(before));
    }

    /**
     * Whether a word opens a sentence or a quotation, where a capital marks no name: it stands first,
     * or after a sentence's end, an opening quote or bracket, or a dash.
     */
    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?…«\"„“(—–:".indexOf(text.charAt(i)) >= 0;
    }
}
