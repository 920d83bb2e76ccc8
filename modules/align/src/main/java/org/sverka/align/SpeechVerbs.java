package org.sverka.align;

import java.util.regex.Pattern;

/**
 * The verbs that attribute speech in news ("said", "added", "told", "noted"; «заявил», «добавил»,
 * «отметил», «сообщил»): a report and its translation exchange them freely (Wade said ~ «добавил
 * тренер», "he told reporters" ~ «заявил он»), so that the flags take any one of them on one side
 * as the rendering of any one on the other, which the lexicon, listing each verb's own senses,
 * does not say.
 * <pre>{@code
 * SpeechVerbs.is("добавил", false);                       // true
 * SpeechVerbs.speaks("\"It's tense,\" he said.", true);   // true
 * SpeechVerbs.is("sailed", true);                         // false
 * }</pre>
 */
final class SpeechVerbs {
    private SpeechVerbs() {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** English forms, whole words; nouns that share a form ("a note", "the state", "a report") are left out. */
    private static final String ENGLISH = "say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|noted|noting"
            + "|stated|stating|explain(?:s|ed|ing)?|comment(?:s|ed|ing)|declar(?:es|ed|ing)|announc(?:es|ed|ing)|stress(?:es|ed|ing)"
            + "|emphasi[sz](?:es|ed|ing)|claim(?:s|ed|ing)|insist(?:s|ed|ing)?|remark(?:s|ed|ing)|argu(?:es|ed|ing)|wrote|writes"
            + "|reported";

    /** Russian stems, perfective and imperfective, any ending. */
    private static final String RUSSIAN = "(?:сказа|говор|заяв|добав|отмет|отмеча|сообщ|рассказ|подчерк|поясн|объясн|утвержда"
            + "|настаива|прокомментир|комментир|указа|указыва|замет|написа|пиш|уточн|призна)\\p{L}*";

    private static final Pattern ENGLISH_WORD = Pattern.compile(ENGLISH, FLAGS);
    private static final Pattern RUSSIAN_WORD = Pattern.compile(RUSSIAN, FLAGS);
    private static final Pattern ENGLISH_IN = Pattern.compile("(?<!\\w)(?:" + ENGLISH + ")(?!\\w)", FLAGS);
    private static final Pattern RUSSIAN_IN = Pattern.compile("(?<![\\p{L}-])" + RUSSIAN, FLAGS);

    /**
     * @param word    one word
     * @param english whether it is English
     * @return whether it is a verb of speech
     */
    static boolean is(String word, boolean english) {
        return (english ? ENGLISH_WORD : RUSSIAN_WORD).matcher(word).matches();
    }

    /**
     * @param text    a sentence or passage
     * @param english whether it is English
     * @return whether it holds a verb of speech
     */
    static boolean speaks(String text, boolean english) {
        return (english ? ENGLISH_IN : RUSSIAN_IN).matcher(text).find();
    }
}
