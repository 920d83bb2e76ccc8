package org.sverka.langid;

import java.util.Set;

/**
 * The Cyrillic languages a text rules out by the letters it lacks. Ukrainian writes і, ї and є
 * (about one letter in fifteen: і is among its most frequent letters), Belarusian і and ў, Serbian
 * and Macedonian ј (and љ, њ, ћ, ђ, ѓ, ќ, ѕ, џ); Russian and Bulgarian write none of these. A text of
 * at least {@link #ENOUGH_LETTERS} Cyrillic letters, every one of the Russian alphabet, is then
 * Russian or Bulgarian: a Ukrainian text that long without і, ї or є turns up about once in
 * sixteen ({@code (1 - 1/15)^40}), the others' less often. The statistical detector can prefer
 * Ukrainian for a text of names and numbers that no word of which tells ("19. Ваиль Дабул 12.
 * Абдулла Сарважи 115 снарядов Алеппо", a list in a UN document), and is then asked between the
 * rest only.
 * <pre>{@code
 * MissingLetters.ruledOut("19. Ваиль Дабул 12. Абдулла Сарважи 115 снарядов Алеппо 14. Салих Салих");
 *         // [uk, be, sr, mk]
 * MissingLetters.ruledOut("Ваиль Дабул");   // []: too short to tell
 * }</pre>
 */
final class MissingLetters {
    /** Cyrillic letters from which a text that lacks the others' letters rules them out. */
    static final int ENOUGH_LETTERS = 40;
    /** The Cyrillic languages whose frequent letters are not in the Russian alphabet. */
    static final Set<String> WRITE_OTHER_LETTERS = Set.of("uk", "be", "sr", "mk");

    private MissingLetters() {
    }

    /**
     * @param text any text
     * @return the languages of {@link #WRITE_OTHER_LETTERS} when the text has at least
     *         {@link #ENOUGH_LETTERS} Cyrillic letters, all of the Russian alphabet (а–я, ё); else none
     */
    static Set<String> ruledOut(CharSequence text) {
        int cyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0400 && c <= 0x052F) {
                char lower = Character.toLowerCase(c);
                if ((lower < 'а' || lower > 'я') && lower != 'ё') {
                    return Set.of();
                }
                cyrillic++;
            }
        }
        return cyrillic >= ENOUGH_LETTERS ? WRITE_OTHER_LETTERS : Set.of();
    }
}
