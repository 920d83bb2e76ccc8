package org.sverka.langid;

import java.util.Set;

/**
 * Tells English and Russian from their letters alone, where the letters leave no doubt, so that
 * the statistical detector (and the loading of its models) is needed only for the rest.
 *
 * <p>Russian: at least {@value #SCRIPT_SHARE} of the letters are Cyrillic, every Cyrillic letter is
 * one of the Russian alphabet's 33, and either at least one is ы, э or ё, which Ukrainian, Bulgarian,
 * Serbian and Macedonian do not write (Belarusian does, but it also writes і and ў, which Russian
 * does not), or a word or ending only Russian writes (что, который, -тся, …) occurs and none of
 * the others' ({@link CyrillicCues}): short texts such as «Лавров и Керри обсудили по телефону
 * ситуацию в Сирии.» often have no ы, э or ё. English: at least {@value #SCRIPT_SHARE} of the letters are Latin, at most one in 50
 * carries a diacritic, at least two words are English function words that are not words of German
 * or French (the, of, which, …), and they outnumber German and French function words (der, und, le,
 * les, …) four to one. Anything else (short labels, other languages, mixed text) is left undecided.
 * <pre>{@code
 * ScriptRule.decide("Переговоры продлились пять часов.");    // "ru"
 * ScriptRule.decide("The talks lasted five hours.");         // "en"
 * ScriptRule.decide("Лавров обсудил по телефону ситуацию.");  // "ru": -ию, a Russian-only ending
 * ScriptRule.decide("Переговори тривали п'ять годин.");      // null: the apostrophe is Ukrainian
 * ScriptRule.decide("Home");                                 // null
 * }</pre>
 */
final class ScriptRule {
    /** Share of a text's letters that must be of the deciding script. */
    static final double SCRIPT_SHARE = 0.8;
    /** The languages whose letters the rule knows: it decides only when the other candidates are among them. */
    static final Set<String> KNOWN = Set.of("en", "ru", "uk", "be", "bg", "sr", "mk", "de", "fr");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "are", "were", "that", "with",
            "for", "from", "this", "which", "have", "has", "had", "been", "by", "it", "its", "their", "they", "he",
            "she", "his", "said", "would", "could", "should", "not", "who", "we", "you", "our", "there", "what", "when",
            "can", "more", "about", "after", "into", "than", "these", "those", "be", "at", "how", "why", "my",
            "your", "them", "i", "if", "any", "all", "one", "two", "new", "first", "year", "years", "only");
    private static final Set<String> GERMAN_FRENCH = Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "ein",
            "eine", "einen", "den", "dem", "zu", "von", "auf", "sich", "wird", "werden", "auch", "oder", "nach", "bei",
            "aus", "wie", "wir", "ich", "sie", "es", "im", "zum", "zur", "le", "la", "les", "et", "est", "des", "du",
            "une", "un", "dans", "pour", "que", "qui", "pas", "sur", "au", "aux", "avec", "il", "elle", "ce", "cette",
            "sont", "par", "ne", "nous", "vous", "se", "mais", "ou", "ont", "leur");

    /** An apostrophe inside a Cyrillic word (п'ять) is Ukrainian or Belarusian; Russian writes ъ or ь. */
    private static final String APOSTROPHES = "'\u2019\u02BC";

    private ScriptRule() {
    }

    /**
     * @param text any text
     * @return {@code "en"} or {@code "ru"} when the letters decide, else null
     */
    static String decide(CharSequence text) {
        int letters = 0;
        int cyrillic = 0;
        int russianOnly = 0;
        int otherCyrillic = 0;
        int latin = 0;
        int diacritics = 0;
        int english = 0;
        int germanFrench = 0;
        int russianCues = 0;
        int foreignCues = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int wordStart = i;
            boolean asciiWord = true;
            boolean cyrillicWord = true;
            boolean allUpper = true;
            while (i < n) {
                cp = Character.codePointAt(text, i);
                if (!Character.isLetter(cp)) {
                    break;
                }
                letters++;
                allUpper &= Character.isUpperCase(cp);
                if (cp < 0x80) {
                    latin++;
                    cyrillicWord = false;
                } else {
                    asciiWord = false;
                    if (cp >= 0x0400 && cp <= 0x052F) {   // Cyrillic and its supplement
                        cyrillic++;
                        int lower = Character.toLowerCase(cp);
                        if (lower == 'ы' || lower == 'э' || lower == 'ё') {
                            russianOnly++;
                        } else if (lower < 'а' || lower > 'я') {
                            otherCyrillic++;
                        }
                    } else {
                        cyrillicWord = false;
                        if (cp >= 0x00C0 && cp <= 0x024F || cp >= 0x1E00 && cp <= 0x1EFF) {   // Latin with diacritics
                            latin++;
                            diacritics++;
                        }
                    }
                }
                i += Character.charCount(cp);
            }
            int length = i - wordStart;
            if (cyrillicWord) {
                boolean apostrophe = i + 1 < n && APOSTROPHES.indexOf(text.charAt(i)) >= 0 && Character.isLetter(text.charAt(i + 1));
                switch (apostrophe ? CyrillicCues.Cue.FOREIGN
                        : CyrillicCues.of(text.subSequence(wordStart, i).toString().toLowerCase(java.util.Locale.ROOT))) {
                    case RUSSIAN -> russianCues++;
                    case FOREIGN -> foreignCues++;
                    default -> { }
                }
            }
            if (asciiWord && length <= 6) {
                String word = text.subSequence(wordStart, i).toString().toLowerCase(java.util.Locale.ROOT);
                if (ENGLISH.contains(word)) {
                    english++;
                } else if (!(allUpper && length > 1) && GERMAN_FRENCH.contains(word)) {
                    germanFrench++;
                }
            }
        }
        if (letters == 0) {
            return null;
        }
        if (cyrillic >= SCRIPT_SHARE * letters) {
            return otherCyrillic == 0 && (russianOnly > 0 || russianCues > 0 && foreignCues == 0) ? "ru" : null;
        }
        if (latin >= SCRIPT_SHARE * letters && diacritics * 50 <= latin && english >= 2
                && english >= 4 * germanFrench) {
            return "en";
        }
        return null;
    }
}
