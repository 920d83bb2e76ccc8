package org.sverka.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the label that opens a turn of a transcript: a role ("Вопрос:", "Question:", "Q:",
 * "Ведущий:") or a name with initials ("С.В.Лавров:", "С. В. Лавров:", "Лавров С.В.:",
 * "S. Lavrov:"), or a full name of two or three capitalised words before a colon and a capital
 * ("Sergey Lavrov: Good afternoon."). The segmenter makes such a label a unit of its own, of kind
 * {@link org.sverka.core.SentenceKind#SPEAKER}, and starts the turn after it as a new sentence.
 */
final class SpeakerLabels {
    private static final Pattern LABEL = Pattern.compile(
            "(?:(?:Вопрос|Ответ|Реплика|Question|Answer|Q|A|Журналист|Корреспондент|Ведущий|Ведущая|Модератор"
                    + "|Председательствующий|Moderator|Reporter|Journalist|Interviewer|Chair|Chairman)"
                    + "(?:\\s*\\([^()]{1,60}\\))?"
                    + "|(?:\\p{Lu}\\.\\s?){1,2}\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?"
                    + "|\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s(?:\\p{Lu}\\.\\s?){1,2})"
                    + "\\s?:(?=\\s|$)"
                    + "|\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){1,2}:(?=\\s+[\\p{Lu}«\"“—–-])",
            Pattern.UNICODE_CHARACTER_CLASS);

    private SpeakerLabels() {
    }

    /**
     * @param s    a line of text
     * @param from where a sentence would start
     * @return the offset just after the label's colon, or -1 when no label starts there
     */
    static int end(String s, int from) {
        if (from >= s.length() || !Character.isUpperCase(s.charAt(from))) {
            return -1;
        }
        Matcher m = LABEL.matcher(s);
        m.region(from, Math.min(s.length(), from + 80));
        m.useTransparentBounds(true);
        return m.lookingAt() ? m.end() : -1;
    }
}
