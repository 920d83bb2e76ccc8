package org.sverka.align.text;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Lower-case Russian words in the BGN/PCGN romanization, written in ASCII, exactly as ICU's
 * {@code Russian-Latin/BGN; Latin-ASCII} writes them, without ICU's start-up cost.
 * <pre>{@code
 * RussianRomanization.of("лавров");   // "lavrov"
 * RussianRomanization.of("съезд");    // "s\"yezd"
 * RussianRomanization.of("мэр");      // "m·er"
 * }</pre>
 *
 * <p>Why: making ICU's transliterator registers every transliterator ICU knows and compiles the
 * rules, which took about a tenth of a second of every run's start-up (a JFR profile of a 1x1 pair,
 * 2026-11-30) for a table of 33 letters. Words of the Russian lower-case letters alone are written
 * here, by the same two passes ICU's rules make (one char of context either side: е after a vowel
 * or a sign is {@code ye}, э after a consonant {@code ·e}, ы after a vowel {@code ·y}; then the
 * letter table, with {@code y·} before а, у, ы, э and the separated {@code t·s} and
 * {@code sh·ch}); ASCII characters among them (digits, hyphens, Latin letters) stay as they are and
 * count as ICU counts them for the context; a word with any other character goes to ICU itself, made
 * on first use. A test checks every word of one to three letters and every Russian word of the
 * evaluation and learning data against ICU.
 */
public final class RussianRomanization {
    private static final String VOWELS = "аеиоуыэюяё";
    private static final String[] LETTERS = {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "\"", "y", "'", "e", "yu", "ya"};

    private RussianRomanization() {
    }

    /**
     * @param lowerCaseWord a lower-case word
     * @return its romanization in lower case
     */
    public static String of(String lowerCaseWord) {
        boolean russian = false;
        for (int i = 0; i < lowerCaseWord.length(); i++) {
            char c = lowerCaseWord.charAt(i);
            if (isRussianLetter(c)) {
                russian = true;
            } else if (c >= 128) {
                return Icu.romanize(lowerCaseWord);
            }
        }
        return (russian ? letters(signs(lowerCaseWord)) : lowerCaseWord).toLowerCase(Locale.ROOT);
    }

    static boolean isRussianLetter(char c) {
        return (c >= 'а' && c <= 'я') || c == 'ё';
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    /** The first pass: the vowels whose reading depends on the letter before them. */
    private static String signs(String word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char before = out.length() == 0 ? 0 : out.charAt(out.length() - 1);
            boolean afterVowel = isVowel(before);
            boolean afterSoft = afterVowel || before == 'й' || before == 'ъ' || before == 'ь';
            if (c == 'ы' && afterVowel) {
                out.append("·y");
            } else if (c == 'э' && before != 0 && Character.isLetter(before) && !afterVowel && before != 'й') {
                out.append("·e");
            } else if (c == 'е' && afterSoft) {
                out.append("ye");
            } else if (c == 'ё' && afterSoft) {
                out.append("ye");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The second pass: the letter table, with the separators that keep a reading unambiguous. */
    private static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (!isRussianLetter(c)) {
                out.append(c);
            } else if (c == 'е' || c == 'ё') {
                out.append(i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) ? "ye" : "e");
            } else if ((c == 'й' || c == 'ы') && (next == 'а' || next == 'у' || next == 'ы' || next == 'э')) {
                out.append("y·");
            } else if (c == 'т' && next == 'с') {
                out.append("t·");
            } else if (c == 'ш' && next == 'ч') {
                out.append("sh·");
            } else {
                out.append(LETTERS[c - 'а']);
            }
        }
        return out.toString();
    }

    /** ICU's own transliterator, for words that are neither Russian letters alone nor ASCII. */
    private static final class Icu {
        private static final Transliterator RU_LATIN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");

        static synchronized String romanize(String word) {
            return RU_LATIN.transliterate(word).toLowerCase(Locale.ROOT);
        }
    }
}
