package org.sverka.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a news agency dateline at the start of a paragraph: a place in capitals, a date, and
 * the agency, "МОСКВА, 24 мая. /ТАСС/.", "MOSCOW, May 24. /TASS/.", "WASHINGTON, May 24 (Reuters) -",
 * "МОСКВА, 24 мая - РИА Новости.".
 * Without an agency, a place and a date closed by a period or a dash count too ("ЖЕНЕВА, 3 июня.").
 */
final class Datelines {
    private static final String RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября"
            + "|ноября|декабря";
    private static final String EN_MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.";
    private static final String PLACE = "\\p{Lu}[\\p{Lu}'’.\\-]+(?:[ \\-]\\p{Lu}[\\p{Lu}'’.\\-]*){0,3}";
    private static final String DATE = "(?:\\d{1,2}\\s+(?:" + RU_MONTHS + ")(?:\\s+\\d{4}(?:\\s+(?:года|г\\.))?)?"
            + "|(?:" + EN_MONTHS + ")\\s+\\d{1,2}(?:,\\s+\\d{4})?"
            + "|\\d{1,2}\\s+(?:" + EN_MONTHS + ")(?:\\s+\\d{4})?)";
    private static final String WIRE = "(?:РИА Новости|Интерфакс|ПРАЙМ|Прайм|RIA Novosti|Interfax|Sputnik|Спутник)";
    private static final String AGENCY = "(?:/[^/\\n]{1,80}/|\\([^()\\n]{1,40}\\))";
    private static final Pattern DATELINE = Pattern.compile(
            "(" + PLACE + ",\\s+" + DATE + ")(\\.?\\s*" + AGENCY + ")?(\\s*\\.)?(\\s+[-—–](?:\\s+" + WIRE + "\\.?)?)?",
            Pattern.UNICODE_CHARACTER_CLASS);

    private Datelines() {
    }

    /**
     * @param s    a line of text
     * @param from the offset of its first visible character
     * @return the offset just after the dateline, or -1 when the line does not start with one
     */
    static int end(String s, int from) {
        if (from >= s.length() || !Character.isUpperCase(s.charAt(from))) {
            return -1;
        }
        Matcher m = DATELINE.matcher(s);
        m.region(from, Math.min(s.length(), from + 200));
        m.useTransparentBounds(true);
        if (!m.lookingAt()) {
            return -1;
        }
        boolean closed = m.group(2) != null || m.group(3) != null || m.group(4) != null;
        if (!closed) {
            return -1;
        }
        int end = m.end();
        if (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            return -1;
        }
        return end;
    }
}
