package org.sverka.align;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.sverka.align.text.NameKey;

/**
 * A looser name match for flags than the name key: the consonants of the whole transliterated,
 * folded name (vowels, w/v and doubled letters dropped, z read as s), equal or one edit apart (words of the
 * other side split at hyphens; lower-case words too, as names turn into adjectives), so that
 * Giles ~ Гайлз, Willoughby ~ Уиллоуби, Brighton ~ Брайтона and West ~ Уэста are found on the other
 * side. Only for deciding whether to flag a name, never for scoring. Over 300 lines because the other
 * side's words read once for every name of a bead ({@link Words}) stay beside the rules whose forms they keep.
 */
final class NameSkeleton {
    private static final Pattern APOSTROPHE_ON = Pattern.compile("['’].*$");
    private static final Pattern SILENT_GH = Pattern.compile("(?<=[aeiou])gh");

    /** Edit distances bounded by 0, 1 and 2 (immutable, shared). */
    private static final LevenshteinDistance[] WITHIN = {new LevenshteinDistance(0), new LevenshteinDistance(1), new LevenshteinDistance(2)};
    private static final org.sverka.align.text.Stemmer RUSSIAN = org.sverka.align.text.Stemmer.russian();

    private NameSkeleton() {
    }

    /**
     * @param name      a name as written
     * @param english   true when the name is on the English side
     * @param otherText the other side's text
     * @return whether a capitalized word of the other text has the same skeleton, or one edit apart
     */
    static boolean present(String name, boolean english, String otherText) {
        return present(name, english, new Words(otherText, !english, false));
    }

    /**
     * {@link #present(String, boolean, String)} against the words of the other side read once.
     *
     * @param name    a name as written
     * @param english true when the name is on the English side
     * @param other   the other side's words
     * @return whether a capitalized word of the other text has the same skeleton, or one edit apart
     */
    static boolean present(String name, boolean english, Words other) {
        String mine = NameForms.skeleton(name, english);
        String bare = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (int i = 0; i < other.size(); i++) {
            if (other.lower(i).equals(bare)) {
                return true;   // the word itself: a Latin name inside Russian text
            }
            String theirs = mine == null ? null : other.skeleton(i);
            if (theirs == null) {
                continue;
            }
            boolean capital = other.capital(i);
            if (mine.length() < 3 || theirs.length() < 3) {
                // short names (Ri ~ Ри, New ~ Нью, Rowe ~ Роу): the same skeleton, a capital and the same first sound
                if (capital && mine.equals(theirs) && firstSound(name, english) == firstSound(other.folded(i))) {
                    return true;
                }
                continue;
            }
            // a capitalized word may be one edit away; a lower-case one (шотландский, republican) only when longer
            int least = capital ? 3 : 4;
            if (mine.equals(theirs) || mine.length() >= least && theirs.length() >= least && oneEditApart(mine, theirs)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a capitalized word of the other text may be the same name in another transliteration:
     * the skeletons with g and f dropped (an English h is read as г or not at all: Hazard ~ Азар, Rihanna ~
     * Рианна; a German v is ф: Vettel ~ Феттель) start alike and are equal, one edit apart from three
     * consonants on, two from five (Kaljulaid ~ Кальюлайд, Deptford ~ Депфорт); an English name's final
     * d, t, s or k may be silent. Two skeletons of one consonant each also need the same first sound, as
     * {@link #present} asks of short names (Rory ~ «Рори»; «Рори» is no "For", «Ванн» no "Guiana").
     * Looser than {@link #present}: used only to keep a name that has no match from being flagged.
     */
    static boolean resembles(String name, boolean english, String otherText) {
        return resembles(name, english, new Words(otherText, !english, false));
    }

    /** {@link #resembles(String, boolean, String)} against the words of the other side read once. */
    static boolean resembles(String name, boolean english, Words other) {
        String mine = loose(name, english);
        // Pinyin's j before i or u is written цз in Russian (Palladius: Jiang ~ Цзян, Jin ~ Цзинь), as its q and x are ц
        // and с (see loose); a name such as Juan keeps its own reading beside this one
        String pinyin = english ? pinyinLoose(name) : null;
        // a French name's final x is silent (Prix ~ При, Malraux ~ Мальро), where two consonants are left to compare
        String silentX = english ? silentXDropped(name) : null;
        for (int i = 0; i < other.size(); i++) {
            if (!other.capital(i)) {
                // a Russian adjective made from a name with -ск- (цинское ~ Qing) is written small
                String base = english && mine != null && mine.length() >= 2 ? other.adjectiveBase(i) : null;
                if (base != null && (mine.equals(base) || base.equals(pinyin))) {
                    return true;
                }
                continue;
            }
            if (mine == null) {
                // a name of vowels only (Ye ~ Йе): the folded forms alike
                if (folded(name, english).equals(other.folded(i))) {
                    return true;
                }
                continue;
            }
            String theirs = other.loose(i);
            if (theirs == null) {
                continue;
            }
            if (mine.length() == 1 && theirs.length() == 1 && firstSound(name, english) != firstSound(other.folded(i))) {
                continue;   // one consonant each, begun differently: «Рори» is no "For", «Ванн» no "Guiana"
            }
            if (close(mine, theirs) || close(english ? silentEndDropped(mine) : mine, english ? theirs : silentEndDropped(theirs))
                    || pinyin != null && close(pinyin, theirs) || silentX != null && silentX.equals(theirs)) {
                return true;
            }
            // the Pinyin reading the other way round: a Russian name against an English word read as Pinyin (Цзян ~ Jiang)
            if (!english && mine.equals(other.pinyinLoose(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of one side ({@code [\p{L}\p{M}]+}) with their skeletons, folded forms and loose
     * skeletons, each computed once, when first asked, so that every name of a bead reads the other
     * side's words once; words shared between threads (a document's capitalized words) keep nothing
     * themselves and ask the remembered, thread-safe forms of {@link NameForms} each time.
     */
    static final class Words {
        /** Stands for a skeleton that is null (a word of vowels only) once computed. */
        private static final String NONE = new String("");
        private final boolean english;
        private final String[] words;
        private final String[] lower;
        private final String[] skeletons;
        private final String[] folded;
        private final String[] loose;
        private final boolean shared;

        /**
         * @param text    the other side's text
         * @param english true when the text is English
         * @param shared  whether threads share the words: then each form is asked of the thread-safe
         *                {@link NameForms} every time, not kept here
         */
        Words(String text, boolean english, boolean shared) {
            this.english = english;
            words = FlagScans.letterRuns(apostrophesClosed(text)).toArray(new String[0]);
            lower = new String[words.length];
            skeletons = new String[words.length];
            folded = new String[words.length];
            loose = new String[words.length];
            this.shared = shared;
            for (int w = 0; w < words.length; w++) {
                lower[w] = words[w].toLowerCase(Locale.ROOT);
            }
        }

        /**
         * The text with the apostrophe inside a name taken out, so that the name is one word: Xi’an, where a
         * capitalized word is followed by two small letters or more that no English contraction ends with
         * (Trump's, they’re and we'll keep theirs; N’Djamena and O'Hagan, whose second part is capitalized,
         * are two words as before).
         */
        static String apostrophesClosed(String text) {
            if (text.indexOf('\'') < 0 && text.indexOf('’') < 0) {
                return text;
            }
            return INNER_APOSTROPHE.matcher(text).replaceAll("$1$2");
        }

        private static final java.util.regex.Pattern INNER_APOSTROPHE = java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\p{M}])(\\p{Lu}[\\p{L}\\p{M}]*)['’](?!(?:ll|re|ve|em)(?![\\p{L}\\p{M}]))(\\p{Ll}{2,})",
                java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

        int size() {
            return words.length;
        }

        String lower(int i) {
            return lower[i];
        }

        boolean capital(int i) {
            return Character.isUpperCase(words[i].charAt(0));
        }

        String skeleton(int i) {
            if (shared) {
                return NameForms.skeleton(words[i], english);
            }
            if (skeletons[i] == null) {
                String s = NameForms.skeleton(words[i], english);
                skeletons[i] = s == null ? NONE : s;
            }
            return skeletons[i] == NONE ? null : skeletons[i];
        }

        String folded(int i) {
            if (shared) {
                return NameSkeleton.folded(words[i], english);
            }
            if (folded[i] == null) {
                folded[i] = NameSkeleton.folded(words[i], english);
            }
            return folded[i];
        }

        /**
         * The loose skeleton of the name a Russian adjective is made from with -ск- (цинское → Цин,
         * брайтонский → Брайтон), or null: for a word of another kind, or an English one.
         */
        String adjectiveBase(int i) {
            if (english) {
                return null;
            }
            String stem = RUSSIAN.stem(lower[i]);
            if (!stem.endsWith("ск") || stem.length() < 5) {
                return null;
            }
            return NameSkeleton.loose(stem.substring(0, stem.length() - 2), false);
        }

        /** The loose skeleton of an English word read as Pinyin ({@link NameSkeleton#pinyinLoose}), or null. */
        String pinyinLoose(int i) {
            return english && capital(i) ? NameSkeleton.pinyinLoose(words[i]) : null;
        }

        String loose(int i) {
            if (shared) {
                return NameForms.loose(words[i], english);
            }
            if (loose[i] == null) {
                String s = NameForms.loose(words[i], english);
                loose[i] = s == null ? NONE : s;
            }
            return loose[i] == NONE ? null : loose[i];
        }
    }

    /**
     * Whether an English and a Russian name left unmatched on their sides sound alike: loose
     * skeletons (an English sch read as ш, x as х) of two consonants or more that are equal, or that
     * start alike and are a third of their length apart (Texas ~ Техасом, Schumacher ~ Шумахер), or
     * folded spellings an edit per four letters apart ({@link #foldedAlike}: Deptford ~ Депфорт); a Korean j is also read
     * as ч (Jong ~ Чон), a Dutch, German or Scandinavian j as й (Java ~ Ява).
     *
     * @param english an English name as written
     * @param russian a Russian name as written
     * @return whether they may be one name
     */
    static boolean alike(String english, String russian) {
        if (foldedAlike(english, russian)) {
            return true;
        }
        if (english.length() >= 3 && Character.toLowerCase(english.charAt(0)) == 'j' && Character.toLowerCase(russian.charAt(0)) == 'ч'
                && alike("Ch" + english.substring(1), russian)) {
            return true;   // a Korean j is ч (Jong ~ Чон, Jae-in ~ Чжэ Ин)
        }
        if (english.length() >= 3 && Character.toLowerCase(english.charAt(0)) == 'j' && "яюйеё".indexOf(Character.toLowerCase(russian.charAt(0))) >= 0) {
            // a Dutch, German or Scandinavian j is й (Java ~ Ява, Jung ~ Юнг, Jena ~ Йена)
            String y = "y" + english.substring(1);
            if (foldedAlike(y, russian) || folded(y, true).equals(folded(russian, false))) {
                return true;
            }
        }
        String e = loose(english.toLowerCase(Locale.ROOT).replace("sch", "sh").replace("x", "kh"), true);
        String r = loose(russian, false);
        if (e == null || r == null) {
            return false;
        }
        int longer = Math.max(e.length(), r.length());
        if (Math.min(e.length(), r.length()) < 2 && e.charAt(0) != r.charAt(0)) {
            return false;
        }
        return e.equals(r) || longer >= 3 && e.charAt(0) == r.charAt(0) && new LevenshteinDistance(longer / 3).apply(e, r) >= 0;
    }

    /**
     * Whether the folded spellings of two names (vowels kept, as one letter: Deptford "daptfard",
     * «Депфорт» "dapfart") are within an edit per four letters of the longer: a translator's loose
     * transliteration that drops or swaps a consonant, which the consonant skeletons, shorter, read
     * as too far apart. Names under four letters must fold alike.
     */
    private static boolean foldedAlike(String english, String russian) {
        String e = folded(english, true);
        String r = folded(RUSSIAN.stem(russian.toLowerCase(Locale.ROOT)), false);
        return !e.isEmpty() && !r.isEmpty() && new LevenshteinDistance(Math.max(e.length(), r.length()) / 4).apply(e, r) >= 0;
    }

    /**
     * The loose skeleton of an English name read as Pinyin with its j as цз (Jiang ~ Цзян, Jin ~ Цзинь: Pinyin's j
     * stands only before i or u), or null for a word that does not start so.
     */
    private static String pinyinLoose(String englishName) {
        if (englishName.length() < 3 || Character.toLowerCase(englishName.charAt(0)) != 'j'
                || englishName.charAt(1) != 'i' && englishName.charAt(1) != 'u') {
            return null;
        }
        return loose("ts" + englishName.substring(1), true);
    }

    /**
     * The loose skeleton of an English name without its final x, silent in French (Prix ~ При, Malraux ~ Мальро), or
     * null for a name that does not end so or keeps fewer than two consonants without it (Max).
     */
    private static String silentXDropped(String englishName) {
        if (englishName.length() < 4 || Character.toLowerCase(englishName.charAt(englishName.length() - 1)) != 'x') {
            return null;
        }
        String s = loose(englishName.substring(0, englishName.length() - 1), true);
        return s == null || s.length() < 2 ? null : s;
    }

    /** An English skeleton without a final d, t, s or k, silent in French names (Bouchard ~ Бушар). */
    private static String silentEndDropped(String englishSkeleton) {
        int n = englishSkeleton.length();
        return n > 2 && "dtsk".indexOf(englishSkeleton.charAt(n - 1)) >= 0 ? englishSkeleton.substring(0, n - 1) : englishSkeleton;
    }

    /** Loose skeletons that start alike and are equal, one edit apart from three consonants on, two from five. */
    private static boolean close(String mine, String theirs) {
        if (theirs.charAt(0) != mine.charAt(0)) {
            return false;
        }
        int shorter = Math.min(mine.length(), theirs.length());
        int allowed = shorter >= 5 ? 2 : shorter >= 3 ? 1 : 0;
        return WITHIN[allowed].apply(mine, theirs) >= 0;
    }

    static String loose(String word, boolean english) {
        // a Russian name takes case endings (Техасом, Феттеля, Макилроем): compare its stem; Pinyin's
        // x and q are Russian с and ц (Xinhua ~ Синьхуа, Qing ~ Цин); an apostrophe inside a name is no sound (Xi’an ~ Сиань)
        String w = english ? word.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replaceFirst("^x", "s").replaceFirst("^q", "ts")
                : RUSSIAN.stem(word.toLowerCase(Locale.ROOT));
        String s = skeleton(w, english);
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c != 'g' && c != 'f' && (sb.length() == 0 || sb.charAt(sb.length() - 1) != c)) {
                sb.append(c);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** The first sound, vowels and w/v taken as one (Warren ~ Уоррен). */
    private static char firstSound(String word, boolean english) {
        return firstSound(folded(word, english));
    }

    private static char firstSound(String folded) {
        return folded.isEmpty() ? ' ' : folded.charAt(0) == 'v' ? 'a' : folded.charAt(0);
    }

    /**
     * The folded form of a word; an English gh inside a word is silent (Willoughby ~ Уиллоуби). A
     * Russian тс is read as ц, as the folding reads an English ts (Watson ~ Уотсон: the romanization
     * keeps т and с apart), and a Russian чж as ж, the Pinyin zh (Guizhou ~ Гуйчжоу, Zhang ~ Чжан).
     */
    static String folded(String word, boolean english) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\'') >= 0 || lower.indexOf('’') >= 0) {
            lower = APOSTROPHE_ON.matcher(lower).replaceAll("");
        }
        if (english && lower.contains("gh")) {
            lower = SILENT_GH.matcher(lower).replaceAll("");
        }
        String f = NameKey.folded(lower, !english);
        return english || f.indexOf('s') < 0 && f.indexOf('c') < 0 ? f : f.replace("ts", "s").replace("cg", "g");
    }

    static String skeleton(String word, boolean english) {
        String key = folded(word, english);
        StringBuilder sb = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (c == 'a' || c == 'v') {
                continue;
            }
            char d = c == 'z' ? 's' : c;
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != d) {
                sb.append(d);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
