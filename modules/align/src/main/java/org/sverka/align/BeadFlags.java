package org.sverka.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.align.text.NameKey;
import org.sverka.align.text.NumberNormalizer;
import org.sverka.align.text.TextAnalyzer;
import org.sverka.core.Bead;
import org.sverka.core.Flag;

/**
 * What a reviewer should check in a matched bead: a number or date on one side only (or written
 * differently), a name on one side only. Names are words written with a capital inside a
 * sentence, or at its start when the lexicon does not know them as ordinary words; a name counts
 * as present on the other side when its name key, its translation or the word itself is there.
 */
final class BeadFlags {
    private BeadFlags() {
    }

    static Bead flag(ScoredPair pair, Bead bead) {
        if (!bead.isMatch()) {
            return bead;
        }
        List<AnalyzedSentence> en = bead.en().stream().map(pair.en::get).toList();
        List<AnalyzedSentence> ru = bead.ru().stream().map(pair.ru::get).toList();
        Words enWords = Words.of(en);
        Words ruWords = Words.of(ru);
        String enText = String.join(" ", bead.en().stream().map(pair.english::text).toList());
        String ruText = String.join(" ", bead.ru().stream().map(pair.russian::text).toList());
        List<UnitConversions.Quantity> enQuantities = UnitConversions.of(enText);
        List<UnitConversions.Quantity> ruQuantities = UnitConversions.of(ruText);
        List<Flag> flags = new ArrayList<>();
        numbers(en, ru, converted(enQuantities, ruQuantities), Flag.Side.ENGLISH, flags);
        numbers(ru, en, converted(ruQuantities, enQuantities), Flag.Side.RUSSIAN, flags);
        for (String name : names(pair, bead.en(), true)) {
            if (!present(pair, name, true, ruWords) && !Abbreviations.present(name, true, ruText)
                    && !NameSkeleton.present(name, true, ruText)) {
                flags.add(new Flag(Flag.Kind.NAME, Flag.Side.ENGLISH, name));
            }
        }
        for (String name : names(pair, bead.ru(), false)) {
            if (!present(pair, name, false, enWords) && !Abbreviations.present(name, false, enText)
                    && !NameSkeleton.present(name, false, enText)) {
                flags.add(new Flag(Flag.Kind.NAME, Flag.Side.RUSSIAN, name));
            }
        }
        for (String label : Negation.flags(enText, ruText)) {
            int colon = label.indexOf(':');
            flags.add(new Flag(Flag.Kind.NEGATION, label.startsWith("negation-only-en") ? Flag.Side.ENGLISH : Flag.Side.RUSSIAN,
                    label.substring(colon + 1)));
        }
        return flags.isEmpty() ? bead : bead.withFlags(flags);
    }

    /** The numbers as written on one side whose quantity is a unit conversion of one on the other side. */
    private static Set<String> converted(List<UnitConversions.Quantity> side, List<UnitConversions.Quantity> other) {
        Set<String> out = new java.util.HashSet<>();
        for (UnitConversions.Quantity q : side) {
            if (other.stream().anyMatch(o -> UnitConversions.agree(q, o))) {
                out.add(digits(q.written()));
            }
        }
        return out;
    }

    private static String digits(String number) {
        return number.replaceAll("[^0-9]", "");
    }

    private static void numbers(List<AnalyzedSentence> side, List<AnalyzedSentence> other, Set<String> converted, Flag.Side flagSide,
                                List<Flag> out) {
        Map<String, Integer> available = new HashMap<>();
        other.forEach(s -> s.numbers().forEach(v -> available.merge(v.token(), 1, Integer::sum)));
        for (AnalyzedSentence s : side) {
            for (NumberNormalizer.Value v : s.numbers()) {
                if (!Character.isDigit(v.surface().charAt(0))) {
                    continue;   // number words and month names count in the score, but are too loose to flag
                }
                if (converted.contains(digits(v.surface()))) {
                    continue;   // a unit conversion: 5 miles ~ 8 км
                }
                Integer n = available.get(v.token());
                if (n == null || n == 0) {
                    out.add(new Flag(Flag.Kind.NUMBER, flagSide, v.surface()));
                } else {
                    available.put(v.token(), n - 1);
                }
            }
        }
    }

    private static List<String> names(ScoredPair pair, List<Integer> ids, boolean english) {
        List<String> out = new ArrayList<>();
        TextAnalyzer analyzer = english ? pair.model.english() : pair.model.russian();
        for (int id : ids) {
            AnalyzedSentence s = english ? pair.en.get(id) : pair.ru.get(id);
            String text = (english ? pair.english : pair.russian).text(id);
            boolean headline = isHeadline(text);
            for (String n : s.names()) {
                String name = possessiveDropped(n);
                String lower = name.toLowerCase(Locale.ROOT);
                if (OPENERS.contains(lower) || analyzer.isStopWord(lower)) {
                    continue;   // a second sentence's first word: While, Кроме
                }
                if (!isTitleOrDate(name) && !isContraction(name) && !(headline && known(pair, analyzer, name, english))) {
                    out.add(name);
                }
            }
            String first = possessiveDropped(firstWord(text));
            if (!first.isEmpty() && Character.isUpperCase(first.charAt(0))) {
                String lower = first.toLowerCase(Locale.ROOT);
                if (!analyzer.isStopWord(lower) && !OPENERS.contains(lower) && !known(pair, analyzer, first, english) && first.length() > 1
                        && !isTitleOrDate(first)) {
                    out.add(first);
                }
            }
        }
        return out.stream().distinct().toList();
    }

    private static boolean known(ScoredPair pair, TextAnalyzer analyzer, String word, boolean english) {
        String stem = analyzer.stem(word.toLowerCase(Locale.ROOT));
        return english ? !pair.model.lexicon().russianFor(stem).isEmpty() : !pair.model.lexicon().englishFor(stem).isEmpty();
    }

    /** A headline writes most words with a capital: there a capital does not make a name. */
    private static boolean isHeadline(String text) {
        String[] words = text.strip().split("\\s+");
        int capital = 0;
        int letters = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                letters++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capital++;
                }
            }
        }
        return letters >= 4 && capital > 0.6 * letters;
    }

    private static String possessiveDropped(String word) {
        return word.replaceAll("['’]s?$", "").replaceAll("['’]s$", "");
    }

    /** I'm, We've, They'll: a capital at the start of a quote, not a name. */
    private static boolean isContraction(String word) {
        return word.matches("(?U)\\p{L}+['’](m|ve|ll|re|d|t)");
    }

    /** Titles and month names are written with a capital but are not names to check. */
    private static boolean isTitleOrDate(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return TITLES.contains(lower) || TITLE_STEMS.contains(EN_STEMMER.stem(lower)) || TITLE_STEMS.contains(RU_STEMMER.stem(lower))
                || !NumberNormalizer.values(word, "en").isEmpty() || !NumberNormalizer.values(word, "ru").isEmpty();
    }

    private static final org.sverka.align.text.Stemmer EN_STEMMER = org.sverka.align.text.Stemmer.english();
    private static final org.sverka.align.text.Stemmer RU_STEMMER = org.sverka.align.text.Stemmer.russian();

    /** Offices and ranks, as Snowball stems of both languages: President Putin, Президент России. */
    private static final Set<String> TITLE_STEMS = Set.of("presid", "minist", "prime", "premier", "secretari", "chancellor",
            "ambassador", "chairman", "chairwoman", "chair", "governor", "mayor", "director", "spokesman", "spokeswoman",
            "spokesperson", "king", "queen", "princ", "pope", "general", "senat", "senior", "deputi", "speaker", "commission",
            "envoy", "head", "chief", "leader", "vice", "lieuten", "colonel", "major", "captain", "admir", "marshal",
            "патриарх", "президент", "министр", "премьер", "глав", "генсек", "генеральн", "секретар", "госсекретар",
            "пресс-секретар", "посол", "председател", "губернатор", "мэр", "директор", "спикер", "канцлер", "корол", "королев",
            "принц", "пап", "генера", "сенатор", "депутат", "замминистр", "вице-президент", "вице-премьер", "комиссар",
            "лидер", "руководител", "заместител", "официальн", "представител", "верховн", "пресс-служб");

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sen", "gov",
            "rep", "st", "sgt", "capt", "adm", "maj", "sir", "madam", "г-н", "г-жа", "д-р", "проф", "ген", "rev", "fr", "jr", "св",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "понедельник", "вторник", "среда",
            "среду", "четверг", "пятница", "пятницу", "суббота", "субботу", "воскресенье", "christmas", "easter");

    private static String firstWord(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        return text.substring(i, j);
    }

    private static String withoutFleetingVowel(String stem) {
        return stem.replaceAll("[оеё](?=[бвгджзйклмнпрстфхцчшщ]$)", "");
    }

    private static int sharedPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Words that open a sentence with a capital without being names. */
    private static final Set<String> OPENERS = Set.of("while", "why", "what", "when", "where", "how", "however", "although",
            "though", "yet", "still", "even", "meanwhile", "instead", "because", "since", "once", "quite", "thus", "hence",
            "besides", "moreover", "furthermore", "nevertheless", "indeed", "perhaps", "maybe", "today", "yesterday", "tomorrow",
            "кроме", "таким", "хотя", "однако", "поэтому", "также", "когда", "если", "чтобы", "именно", "более", "всего",
            "уже", "еще", "ещё", "вот", "пока", "затем", "после", "очень", "сегодня", "вчера", "завтра", "впрочем", "кстати",
            "между", "несмотря", "благодаря", "согласно", "помимо", "поскольку", "так", "тогда", "теперь", "сейчас", "здесь",
            "ведь", "зато", "лишь", "даже");

    /** The stems and name keys of one side of a bead. */
    private record Words(Set<String> stems, Set<String> keys) {
        static Words of(List<AnalyzedSentence> sentences) {
            Set<String> stems = new java.util.HashSet<>();
            Set<String> keys = new java.util.HashSet<>();
            for (AnalyzedSentence s : sentences) {
                stems.addAll(s.stems());
                s.keys().stream().filter(java.util.Objects::nonNull).forEach(keys::add);
            }
            return new Words(stems, keys);
        }
    }

    private static boolean present(ScoredPair pair, String name, boolean english, Words other) {
        TextAnalyzer analyzer = english ? pair.model.english() : pair.model.russian();
        String lower = name.toLowerCase(Locale.ROOT).replace(".", "");
        String stem = analyzer.stem(lower);
        Set<String> stems = other.stems();
        if (stems.contains(stem)) {
            return true;
        }
        String key = english ? NameKey.ofEnglish(lower) : NameKey.ofRussian(lower);
        if (key != null && other.keys().contains(key)) {
            return true;
        }
        Map<String, Float> translations = english ? pair.model.lexicon().russianFor(stem) : pair.model.lexicon().englishFor(stem);
        for (String t : translations.keySet()) {
            if (stems.contains(t)) {
                return true;
            }
        }
        // the stemmer leaves fleeting vowels (кубок ~ кубке) and some endings apart: compare loosely
        for (String t : translations.keySet()) {
            if (t.length() < 3) {
                continue;
            }
            String lt = null;
            for (String o : stems) {
                if (o.length() < 3 || !o.regionMatches(0, t, 0, 3)) {
                    continue;
                }
                if (sharedPrefix(t, o) >= 5) {
                    return true;
                }
                lt = lt == null ? withoutFleetingVowel(t) : lt;
                if (lt.equals(withoutFleetingVowel(o))) {
                    return true;
                }
            }
        }
        return false;
    }
}
