package org.sverka.langid;

import org.sverka.core.LanguageGuess;

/**
 * A stretch of a sentence written in one script, with its language.
 *
 * @param start    offset of the first character in the sentence
 * @param text     the run, trimmed
 * @param script   the Unicode script of its letters (LATIN, CYRILLIC, ...)
 * @param language the language of the run, among the identifier's languages of that script
 */
public record ScriptRun(int start, String text, Character.UnicodeScript script, LanguageGuess language) {
    /** @return offset one past the last character in the sentence */
    public int end() {
        return start + text.length();
    }
}
