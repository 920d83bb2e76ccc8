package org.sverka.align.text;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A key under which a name or a cognate is the same in English and in Russian transliteration:
 * Лавров/Lavrov, Ракку/Raqqa, Керри/Kerry, Дейр/Deir, гуманитарный/humanitarian.
 *
 * <p>Russian is transliterated with ICU's {@code Russian-Latin/BGN; Latin-ASCII}; both sides are
 * then folded: q, c, ck to k; w to v; x to ks; ph to f; th to t; h and kh to g (Russian renders
 * English h as г or х); zh, dzh to j; every vowel and y to a; doubled letters to one. The key is
 * the first four letters of the folded stem, so inflection (Лаврову) does not matter. A key is
 * only made for words of at least four folded letters.
 */
public final class NameKey {
    private static final int KEY_LENGTH = 4;
    private static final Transliterator RU_LATIN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private static final Map<String, String> TRANSLIT = new ConcurrentHashMap<>();

    private NameKey() {
    }

    /**
     * @param englishStem a lower-case English word or stem
     * @return its key, or null when the word is too short
     */
    public static String ofEnglish(String englishStem) {
        return key(englishStem);
    }

    /**
     * @param russianStem a lower-case Russian word or stem
     * @return its key, or null when the word is too short
     */
    public static String ofRussian(String russianStem) {
        String latin = TRANSLIT.get(russianStem);
        if (latin == null) {
            synchronized (RU_LATIN) {
                latin = RU_LATIN.transliterate(russianStem).toLowerCase(Locale.ROOT);
            }
            if (TRANSLIT.size() < 200_000) {
                TRANSLIT.put(russianStem, latin);
            }
        }
        return key(latin);
    }

    static String fold(String latin) {
        String s = latin.toLowerCase(Locale.ROOT)
                .replace("dzh", "j").replace("zh", "j").replace("kh", "g").replace("ph", "f").replace("th", "t")
                .replace("ck", "k").replace("x", "ks").replace('q', 'k').replace('c', 'k').replace('w', 'v')
                .replace('h', 'g');
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                continue;
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

    private static String key(String latin) {
        String f = fold(latin);
        return f.length() < KEY_LENGTH ? null : f.substring(0, KEY_LENGTH);
    }
}
