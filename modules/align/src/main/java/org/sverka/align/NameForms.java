package org.sverka.align;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.sverka.align.text.NameKey;

/**
 * The name forms the flag checks compute for a word again and again (its name key, its skeletons,
 * whether it is a title or a date),
 * remembered: a word recurs through a document and a name is compared with every word of the other
 * side of each bead it stands in. The forms are pure functions of the word, so remembering changes
 * no answer; each table is emptied when it grows past {@value #LIMIT} words, so that a long batch
 * holds a bounded number of them.
 * <pre>{@code
 * NameForms.skeleton("Brighton", true);   // the same as NameSkeleton.skeleton("Brighton", true)
 * }</pre>
 */
final class NameForms {
    /** How many words a table holds before it is emptied. */
    static final int LIMIT = 100_000;
    /** Stands for a form that is null (no key, a word of vowels only). */
    private static final String NONE = new String("");

    private static final Map<String, String> ENGLISH_KEYS = new ConcurrentHashMap<>();
    private static final Map<String, String> RUSSIAN_KEYS = new ConcurrentHashMap<>();
    private static final Map<String, String> ENGLISH_SKELETONS = new ConcurrentHashMap<>();
    private static final Map<String, String> RUSSIAN_SKELETONS = new ConcurrentHashMap<>();
    private static final Map<String, String> ENGLISH_LOOSE = new ConcurrentHashMap<>();
    private static final Map<String, String> RUSSIAN_LOOSE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> TITLES_OR_DATES = new ConcurrentHashMap<>();
    private static final Map<String, String> ADJECTIVE_BASES = new ConcurrentHashMap<>();

    private NameForms() {
    }

    /**
     * @param lowerCaseWord a word in lower case
     * @param english       true when it is English
     * @return its name key ({@link NameKey#ofEnglish}, {@link NameKey#ofRussian}), or null
     */
    static String key(String lowerCaseWord, boolean english) {
        return english ? remembered(ENGLISH_KEYS, lowerCaseWord, NameKey::ofEnglish)
                : remembered(RUSSIAN_KEYS, lowerCaseWord, NameKey::ofRussian);
    }

    /**
     * The second name key of an English word that begins with a w before a vowel, which Russian
     * writes with «у» (Wade ~ «Уэйд», William ~ «Уильям», Wales ~ «Уэльс»; Washington ~ «Вашингтон»
     * keeps the first key): the key of the word with that w read as u; null for any other word.
     *
     * @param lowerCaseWord an English word in lower case
     * @return the key with the w read as u, or null
     */
    static String keyWithW(String lowerCaseWord) {
        if (lowerCaseWord.length() < 3 || lowerCaseWord.charAt(0) != 'w' || "aeiouy".indexOf(lowerCaseWord.charAt(1)) < 0) {
            return null;
        }
        return key("u" + lowerCaseWord.substring(1), true);
    }

    /** A word that starts with a capital, with the parts a hyphen joins to it. */
    private static final java.util.regex.Pattern CAPITALIZED = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}*(?:-\\p{L}+)*");

    /**
     * The name keys of an English text's capitalized words, each part of a hyphenated one (Byeong-seug)
     * apart: what may render a Russian name, where an ordinary word that shares a name's key renders
     * none («Моралес» and maritime share "mara").
     *
     * @param englishText an English text
     * @return the keys ({@link #key}) of its capitalized words
     */
    static java.util.Set<String> capitalKeys(String englishText) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.regex.Matcher m = CAPITALIZED.matcher(englishText);
        while (m.find()) {
            for (String part : m.group().toLowerCase(java.util.Locale.ROOT).split("-")) {
                String key = key(part, true);
                if (key != null) {
                    keys.add(key);
                }
                String second = keyWithW(part);
                if (second != null) {
                    keys.add(second);
                }
            }
        }
        return keys;
    }

    /**
     * @param word    a word as written
     * @param english true when it is English
     * @return its skeleton ({@link NameSkeleton#skeleton}), or null
     */
    static String skeleton(String word, boolean english) {
        return english ? remembered(ENGLISH_SKELETONS, word, w -> NameSkeleton.skeleton(w, true))
                : remembered(RUSSIAN_SKELETONS, word, w -> NameSkeleton.skeleton(w, false));
    }

    /**
     * @param word          a word as written
     * @param titleOrDate   the test of whether it is a title or a date
     * @return the test's answer for the word
     */
    static boolean titleOrDate(String word, java.util.function.Predicate<String> titleOrDate) {
        Boolean known = TITLES_OR_DATES.get(word);
        if (known == null) {
            if (TITLES_OR_DATES.size() >= LIMIT) {
                TITLES_OR_DATES.clear();
            }
            known = titleOrDate.test(word);
            TITLES_OR_DATES.put(word, known);
        }
        return known;
    }

    /**
     * @param word    a word as written
     * @param english true when it is English
     * @return its loose skeleton ({@link NameSkeleton#loose}), or null
     */
    static String loose(String word, boolean english) {
        return english ? remembered(ENGLISH_LOOSE, word, w -> NameSkeleton.loose(w, true))
                : remembered(RUSSIAN_LOOSE, word, w -> NameSkeleton.loose(w, false));
    }

    /**
     * @param russianStem the stem of a Russian word
     * @param bases       the folded bases of a stem that is an adjective made with «-ск-», or null
     * @return their answer for the stem
     */
    static String adjectiveBases(String russianStem, Function<String, String> bases) {
        return remembered(ADJECTIVE_BASES, russianStem, bases);
    }

    private static String remembered(Map<String, String> table, String word, Function<String, String> form) {
        String known = table.get(word);
        if (known == null) {
            if (table.size() >= LIMIT) {
                table.clear();
            }
            String f = form.apply(word);
            known = f == null ? NONE : f;
            table.put(word, known);
        }
        return known == NONE ? null : known;
    }
}
