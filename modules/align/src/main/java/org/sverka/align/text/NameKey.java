package org.sverka.align.text;

import java.util.Locale;

/**
 * A key under which a name or a cognate is the same in English and in Russian transliteration:
 * Лавров/Lavrov, Ракку/Raqqa, Керри/Kerry, Дейр/Deir, гуманитарный/humanitarian.
 *
 * <p>Russian is romanized as ICU's {@code Russian-Latin/BGN; Latin-ASCII} does it
 * ({@link RussianRomanization}); both sides are
 * then folded: dzh, zh and j to g (Джон, Женева: John, Geneva); kh to g; ph to f; th to t; ts to s
 * and c before e, i, y to s (Ципрас: Tsipras, Энсинитас: Encinitas, Франциско: Francisco); ch kept
 * apart; ck, other c and q to k; w to v; x to ks; h to g at the start of a word or after a vowel (Russian renders
 * English h as г or х) and dropped after a consonant (sh, gh); every vowel and y to a; doubled
 * letters to one. The key is the first four letters of the folded word, so inflection (Лаврову)
 * does not matter; a word that folds to three letters (Дейр: dar) is its own key, and shorter
 * words have none.
 */
public final class NameKey {
    private static final int KEY_LENGTH = 4;
    private static final int MIN_LENGTH = 3;

    private NameKey() {
    }

    /**
     * @param englishWord a lower-case English word
     * @return its key, or null when the word is too short
     */
    public static String ofEnglish(String englishWord) {
        return key(englishWord);
    }

    /**
     * @param russianWord a lower-case Russian word
     * @return its key, or null when the word is too short
     */
    public static String ofRussian(String russianWord) {
        return key(RussianRomanization.of(russianWord));
    }

    /**
     * The whole folded form of a word, not cut to the key's length: for looser name matching.
     * <pre>{@code
     * NameKey.folded("уиллоуби", true);   // "alaba"
     * }</pre>
     *
     * @param lowerCaseWord a lower-case word
     * @param russian       true when the word is Russian (transliterated first)
     * @return its folded form, possibly empty
     */
    public static String folded(String lowerCaseWord, boolean russian) {
        if (!russian) {
            return fold(lowerCaseWord);
        }
        return fold(RussianRomanization.of(lowerCaseWord));
    }

    static String fold(String latin) {
        String s = latin.toLowerCase(Locale.ROOT)
                .replace("dzh", "j").replace("zh", "j").replace("kh", "g").replace("ph", "f").replace("th", "t")
                .replace("ck", "k").replace("ch", "\u0001").replace("ts", "s");
        s = softCToS(s)
                .replace("x", "ks").replace('q', 'k').replace('c', 'k').replace('w', 'v').replace('j', 'g')
                .replace('\u0001', 'c');
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                continue;
            }
            if (c == 'h') {
                boolean afterConsonant = i > 0 && s.charAt(i - 1) >= 'a' && s.charAt(i - 1) <= 'z'
                        && "aeiouy".indexOf(s.charAt(i - 1)) < 0;
                if (afterConsonant) {
                    continue;
                }
                c = 'g';
            }
            if ("aeiouy".indexOf(c) >= 0) {
                c = 'a';
            }
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Every c before e, i or y written s: what {@code c(?=[eiy])} replaced by "s" gives, by a scan
     * (a matcher and a builder for every word folded cost more than the folding).
     */
    static String softCToS(String s) {
        int at = s.indexOf('c');
        while (at >= 0 && !softAt(s, at)) {
            at = s.indexOf('c', at + 1);
        }
        if (at < 0) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = at; i < chars.length; i++) {
            if (chars[i] == 'c' && softAt(s, i)) {
                chars[i] = 's';
            }
        }
        return new String(chars);
    }

    private static boolean softAt(String s, int c) {
        if (c + 1 >= s.length()) {
            return false;
        }
        char next = s.charAt(c + 1);
        return next == 'e' || next == 'i' || next == 'y';
    }

    private static String key(String latin) {
        String f = fold(latin);
        return f.length() < MIN_LENGTH ? null : f.substring(0, Math.min(KEY_LENGTH, f.length()));
    }
}
