package org.sverka.segment;

import java.util.regex.Pattern;
import org.sverka.core.SentenceKind;

/**
 * Recognises a line of news-page furniture that extraction kept: an author line ("By John Smith",
 * "By JOHN SMITH and Jane Doe, Reuters", «Автор: Иван Петров», «Текст: …»), a photo credit or
 * caption label ("Photo: Reuters", «Фото: Михаил Метцель/ТАСС», "© AP"; not "(c)", which numbers list items), or a link to another
 * story
 * ("Read also: …", "READ MORE: …", «Читайте также: …», «По теме: …»). The whole line must have the
 * shape: a label followed by a colon or a spaced dash, or an author line of capitalised words only, so
 * that a story sentence that merely starts with "By" ("By Tuesday the talks had ended.") or with
 * «Подробнее» stays a sentence. The segmenter keeps such a line as one unit of the kind returned.
 * <pre>{@code
 * NewsFurniture.kindOf("By John Smith, Reuters");            // BYLINE
 * NewsFurniture.kindOf("Фото: Михаил Метцель/ТАСС");          // CAPTION
 * NewsFurniture.kindOf("Читайте также: Лавров прибыл в Женеву"); // RELATED
 * NewsFurniture.kindOf("By Tuesday the talks had ended.");    // null
 * }</pre>
 */
final class NewsFurniture {
    /**
     * What ends a label: a colon, or a dash with a space before it ("Photo — AP"), so that a word
     * joined by a hyphen ("Image-based", "Related-party") is not a label.
     */
    private static final String LABEL_END = "(?:\\s*:|\\s+[—–-])\\s*";
    /** One capitalised name word: "John", "O'Brien", "Jean-Pierre", "J.", "SMITH", "McAllister". */
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
    /** A name of one to four words, or a name with a lower-case particle inside: "Ursula von der Leyen". */
    private static final String PERSON = NAME + "(?:\\s+(?:(?:von|van|der|de|da|di|del|la|le|bin|al)\\s+)*" + NAME + "){0,3}";
    private static final Pattern BYLINE = Pattern.compile(
            "(?:By|BY)\\s+" + PERSON + "(?:\\s*(?:,|and|AND|&)\\s*" + PERSON + "){0,3}\\.?"
                    + "|(?:Автор|Авторы|Текст|Author|Written by|Reporting by)" + LABEL_END + "\\S.{0,100}",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CAPTION = Pattern.compile(
            "(?:Photo|Photos|Photograph|Image|Picture|Video|Фото|Фотография|Видео|Иллюстрация|Кадр)"
                    + "(?:\\s+(?:credit|courtesy))?" + LABEL_END + "\\S.{0,150}"
                    + "|©\\s*\\S.{0,80}",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RELATED = Pattern.compile(
            "(?:Read|READ|See|SEE|Also read|ALSO READ)\\s+(?:also|more|ALSO|MORE)"
                    + "|Related|RELATED|Related stories|Related articles"
                    + "|(?:Читайте|ЧИТАЙТЕ|Смотрите|СМОТРИТЕ)\\s+(?:также|ещё|еще|ТАКЖЕ)|См\\. также|По теме|ПО ТЕМЕ",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RELATED_LINE = Pattern.compile(
            "(?:" + RELATED.pattern() + ")(?:" + LABEL_END + "\\S.{0,200}|\\s*:?)", Pattern.UNICODE_CHARACTER_CLASS);
    /** Author lines longer than this are sentences. */
    private static final int MAX_BYLINE = 120;

    private NewsFurniture() {
    }

    /**
     * @param line one line of a block, stripped
     * @return the furniture kind of the whole line, or null when it is story text
     */
    static SentenceKind kindOf(String line) {
        if (line.isEmpty() || line.length() > 260) {
            return null;
        }
        if (line.length() <= MAX_BYLINE && BYLINE.matcher(line).matches()) {
            return SentenceKind.BYLINE;
        }
        if (RELATED_LINE.matcher(line).matches()) {
            return SentenceKind.RELATED;
        }
        if (CAPTION.matcher(line).matches()) {
            return SentenceKind.CAPTION;
        }
        return null;
    }
}
