package org.sverka.langid;

import java.util.Set;

/**
 * Words and endings that tell Russian from the other Cyrillic languages sverka knows when a text
 * has only letters of the Russian alphabet and none of ы, э, ё (which the others do not write).
 *
 * <p>A Russian cue is a word or an ending that Russian writes and Ukrainian, Belarusian,
 * Bulgarian, Serbian and Macedonian do not: function words such as что, его, когда, если, только,
 * который (Ukrainian що, його, коли, якщо, тільки, який; Bulgarian що, него, кога, ако, само,
 * който); a reflexive verb ending in -тся without ь (Ukrainian writes -ться, the South Slavic
 * languages have no such ending); the accusative ending -ию of a word of five letters or more
 * (ситуацию; Ukrainian -ію, Serbian -ију, Bulgarian and Macedonian have no cases); -его in a word
 * of six letters or more (своего; Ukrainian -ього, -ого). A foreign cue is a frequent word of one
 * of the others that Russian does not use (Bulgarian са, се, че, ще, това, който; Ukrainian це,
 * але, вона, його, буде; Serbian and Macedonian од, што), or ъ before anything but е, ё, ю or я
 * (Bulgarian към, България; Russian writes ъ only after a prefix before those four).
 * <pre>{@code
 * CyrillicCues.of("ситуацию");   // RUSSIAN
 * CyrillicCues.of("това");       // FOREIGN
 * CyrillicCues.of("телефону");   // NONE
 * }</pre>
 */
final class CyrillicCues {
    /** What one word says. */
    enum Cue {
        /** Russian and none of the others. */
        RUSSIAN,
        /** One of the others and not Russian. */
        FOREIGN,
        /** Nothing either way. */
        NONE
    }

    private static final Set<String> RUSSIAN_WORDS = Set.of("что", "его", "когда", "если", "будет", "будут", "был",
            "также", "тоже", "только", "сейчас", "очень", "который", "которая", "которое", "которого", "которой",
            "котором", "которому", "которую", "году", "еще", "теперь", "лишь", "меня", "тебя", "себя", "всего",
            "чего", "нет", "потому", "несколько", "однако", "говорит", "сказал");
    private static final Set<String> FOREIGN_WORDS = Set.of(
            // Bulgarian
            "са", "се", "че", "ще", "това", "този", "тази", "тези", "които", "който", "която", "което", "към", "във",
            "със", "беше", "бяха", "му", "ги", "си", "тя", "той", "нея", "ако", "само", "вече", "още", "след", "кога",
            // Ukrainian (words without і, ї, є, ґ)
            "що", "це", "але", "вона", "вони", "його", "буде", "був", "було", "коли", "якщо", "дуже", "має", "щоб",
            "як", "та", "зараз", "тому", "теж", "також", "який", "яка", "яке", "які",
            // Serbian and Macedonian (words without ђ, ј, љ, њ, ћ, џ, ѓ, ќ, ѕ)
            "од", "што", "тоа", "кое", "која", "сум", "треба", "нема", "има", "када", "кад", "ова", "овој");
    /** Words that end like a Russian cue but are words of the others too. */
    private static final Set<String> SHARED = Set.of("него", "диего");

    private CyrillicCues() {
    }

    /**
     * @param word a word of Cyrillic letters, in lower case
     * @return what it says about the language
     */
    static Cue of(String word) {
        if (FOREIGN_WORDS.contains(word) || hasSouthSlavicHardSign(word)) {
            return Cue.FOREIGN;
        }
        if (RUSSIAN_WORDS.contains(word)) {
            return Cue.RUSSIAN;
        }
        int n = word.length();
        if (SHARED.contains(word)) {
            return Cue.NONE;
        }
        if (n >= 5 && word.endsWith("тся") && word.charAt(n - 4) != 'ь'
                || n >= 5 && word.endsWith("ию")
                || n >= 6 && word.endsWith("его")) {
            return Cue.RUSSIAN;
        }
        return Cue.NONE;
    }

    /** ъ before anything but е, ё, ю, я, or at the end of a word: Bulgarian (or old Russian spelling). */
    private static boolean hasSouthSlavicHardSign(String word) {
        for (int i = word.indexOf('ъ'); i >= 0; i = word.indexOf('ъ', i + 1)) {
            char next = i + 1 < word.length() ? word.charAt(i + 1) : ' ';
            if (next != 'е' && next != 'ё' && next != 'ю' && next != 'я') {
                return true;
            }
        }
        return false;
    }
}
