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
        List<Flag> flags = new ArrayList<>();
        numbers(en, ru, Flag.Kind.NUMBER_ONLY_EN, flags);
        numbers(ru, en, Flag.Kind.NUMBER_ONLY_RU, flags);
        for (String name : names(pair, bead.en(), true)) {
            if (!present(pair, name, true, ruWords)) {
                flags.add(new Flag(Flag.Kind.NAME_ONLY_EN, name));
            }
        }
        for (String name : names(pair, bead.ru(), false)) {
            if (!present(pair, name, false, enWords)) {
                flags.add(new Flag(Flag.Kind.NAME_ONLY_RU, name));
            }
        }
        return flags.isEmpty() ? bead : bead.withFlags(flags);
    }

    private static void numbers(List<AnalyzedSentence> side, List<AnalyzedSentence> other, Flag.Kind kind, List<Flag> out) {
        Map<String, Integer> available = new HashMap<>();
        other.forEach(s -> s.numbers().forEach(v -> available.merge(v.token(), 1, Integer::sum)));
        for (AnalyzedSentence s : side) {
            for (NumberNormalizer.Value v : s.numbers()) {
                if (!Character.isDigit(v.surface().charAt(0))) {
                    continue;   // number words and month names count in the score, but are too loose to flag
                }
                Integer n = available.get(v.token());
                if (n == null || n == 0) {
                    out.add(new Flag(kind, v.surface()));
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
            s.names().stream().filter(n -> !isTitleOrDate(n)).forEach(out::add);
            String text = (english ? pair.english : pair.russian).text(id);
            String first = firstWord(text);
            if (!first.isEmpty() && Character.isUpperCase(first.charAt(0))) {
                String lower = first.toLowerCase(Locale.ROOT);
                String stem = analyzer.stem(lower);
                boolean known = english ? !pair.model.lexicon().russianFor(stem).isEmpty()
                        : !pair.model.lexicon().englishFor(stem).isEmpty();
                if (!analyzer.isStopWord(lower) && !known && first.length() > 1 && !isTitleOrDate(first)) {
                    out.add(first);
                }
            }
        }
        return out.stream().distinct().toList();
    }

    /** Titles and month names are written with a capital but are not names to check. */
    private static boolean isTitleOrDate(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT))
                || !NumberNormalizer.values(word, "en").isEmpty() || !NumberNormalizer.values(word, "ru").isEmpty();
    }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sen", "gov",
            "rep", "st", "sgt", "capt", "adm", "maj", "sir", "madam", "г-н", "г-жа", "д-р", "проф", "ген");

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
        return false;
    }
}
