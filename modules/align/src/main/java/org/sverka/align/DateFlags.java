package org.sverka.align;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sverka.align.text.CalendarWords;
import org.sverka.core.Flag;

/**
 * The date flags of a matched bead: a day of the week or a month named on one side that the other
 * side does not name as often ({@link CalendarWords}). It is flagged when the other side names a day
 * (a month) that this side does not match: "on Tuesday" ~ «в среду», "May 24" ~ «24 июня», where the
 * number flags see the same 24 on both sides, "21 July and 28 February" ~ «21 февраля и 28 февраля».
 * Mentions are matched one for one, first a day or month with the same number beside it (21 July ~
 * «21 июля»), then by the day or month alone. One the other side names nowhere, its date left out or
 * given another way ("on Friday" ~ «накануне»), is a note; one the other side names fewer times,
 * with nothing of its own left, is neither (two dates of one month merged: "21 February to 28
 * February" ~ «с 21 по 28 февраля»). An English name the Russian side writes as it is, in Latin
 * letters, is a title, not a date ("Saturday Night Live").
 * <pre>{@code
 * DateFlags.of("Lavrov met Kerry on Tuesday.", "Лавров встретился с Керри в среду.");
 * // flags date-only-en:Tuesday, date-only-ru:среду
 * }</pre>
 */
final class DateFlags {
    private DateFlags() {
    }

    /**
     * @param enText the English side of a bead
     * @param ruText the Russian side
     * @return the flags and notes of days and months
     */
    static Findings of(String enText, String ruText) {
        List<CalendarWords.Mention> en = new ArrayList<>(CalendarWords.english(enText));
        List<CalendarWords.Mention> ru = new ArrayList<>(CalendarWords.russian(ruText));
        if (en.isEmpty() && ru.isEmpty()) {
            return Findings.none();
        }
        en.removeIf(m -> writtenAsIs(m.written(), ruText));
        Set<TemporalAccessor> enNamed = values(en);
        Set<TemporalAccessor> ruNamed = values(ru);
        // one for one: first with the same number beside them, then by the day or month alone
        List<CalendarWords.Mention> enLeft = new ArrayList<>(en);
        List<CalendarWords.Mention> ruLeft = new ArrayList<>(ru);
        match(enLeft, ruLeft, enText, ruText, true);
        match(enLeft, ruLeft, enText, ruText, false);
        List<Flag> flags = new ArrayList<>();
        List<Flag> notes = new ArrayList<>();
        add(enLeft, ruLeft, ruNamed, Flag.Side.ENGLISH, flags, notes);
        add(ruLeft, enLeft, enNamed, Flag.Side.RUSSIAN, flags, notes);
        return new Findings(flags, notes);
    }

    private static Set<TemporalAccessor> values(List<CalendarWords.Mention> mentions) {
        Set<TemporalAccessor> out = new java.util.HashSet<>();
        mentions.forEach(m -> out.add(m.value()));
        return out;
    }

    /** Takes out of both lists the pairs of mentions of one day or month (with the same number beside them when asked). */
    private static void match(List<CalendarWords.Mention> en, List<CalendarWords.Mention> ru, String enText, String ruText,
                              boolean byNumber) {
        for (java.util.Iterator<CalendarWords.Mention> i = en.iterator(); i.hasNext(); ) {
            CalendarWords.Mention e = i.next();
            String number = byNumber ? numberBeside(enText, e) : "";
            if (byNumber && number.isEmpty()) {
                continue;
            }
            for (java.util.Iterator<CalendarWords.Mention> j = ru.iterator(); j.hasNext(); ) {
                CalendarWords.Mention r = j.next();
                if (r.value().equals(e.value()) && (!byNumber || number.equals(numberBeside(ruText, r)))) {
                    i.remove();
                    j.remove();
                    break;
                }
            }
        }
    }

    /**
     * A flag for each unmatched mention when the other side has an unmatched day (month) too; a note
     * when the other side names it nowhere; nothing when the other side names it fewer times.
     */
    private static void add(List<CalendarWords.Mention> left, List<CalendarWords.Mention> otherLeft, Set<TemporalAccessor> otherNamed,
                            Flag.Side side, List<Flag> flags, List<Flag> notes) {
        Set<String> written = new LinkedHashSet<>();
        for (CalendarWords.Mention m : left) {
            boolean differs = otherLeft.stream().anyMatch(o -> o.isDay() == m.isDay());
            if ((differs || !otherNamed.contains(m.value())) && written.add(m.written())) {
                (differs ? flags : notes).add(new Flag(Flag.Kind.DATE, side, m.written()));
            }
        }
    }

    /** The digits written just before or after a mention, a space or a dot between ("21 July", "July 21", "Jan. 23"), or "". */
    private static String numberBeside(String text, CalendarWords.Mention m) {
        int end = m.start() + m.written().length();
        int after = end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
        after = after < text.length() && Character.isSpaceChar(text.charAt(after)) ? after + 1 : after;
        int a = after;
        while (a < text.length() && Character.isDigit(text.charAt(a))) {
            a++;
        }
        if (a > after && a - after <= 2) {
            return text.substring(after, a);
        }
        int before = m.start() > 0 && Character.isSpaceChar(text.charAt(m.start() - 1)) ? m.start() - 1 : m.start();
        int b = before;
        while (b > 0 && Character.isDigit(text.charAt(b - 1))) {
            b--;
        }
        return before - b > 0 && before - b <= 2 ? text.substring(b, before) : "";
    }

    /** Whether the other side writes the word itself, as a whole word in any case ("Saturday Night Live" in a Russian text). */
    private static boolean writtenAsIs(String word, String otherText) {
        String lower = otherText.toLowerCase(Locale.ROOT);
        String w = word.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
            int end = at + w.length();
            if ((at == 0 || !Character.isLetter(lower.charAt(at - 1))) && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
