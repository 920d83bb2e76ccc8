package org.sverka.align.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sverka.align.lexicon.Lexicon;

/**
 * The share of one side's content words that have a translation on the other side: through the
 * lexicon, as the same word (a Latin name inside Russian text), or under the same name key
 * (Лаврову ~ Lavrov). Each word counts its best match, weighted in [0, 1].
 */
public final class LexicalCoverage implements Signal {
    /** Weight of a match through a name key alone. */
    static final double NAME_KEY_WEIGHT = 0.8;

    private final Lexicon lexicon;
    private final boolean fromEnglish;

    /**
     * @param lexicon     the lexicon
     * @param fromEnglish true for the share of English words covered, false for Russian
     */
    public LexicalCoverage(Lexicon lexicon, boolean fromEnglish) {
        this.lexicon = lexicon;
        this.fromEnglish = fromEnglish;
    }

    @Override
    public String name() {
        return fromEnglish ? "coverage_en" : "coverage_ru";
    }

    @Override
    public double value(Span english, Span russian) {
        Span from = fromEnglish ? english : russian;
        Span to = fromEnglish ? russian : english;
        List<String> stems = from.stems();
        if (stems.isEmpty()) {
            return 0.0;
        }
        double sum = 0;
        for (int i = 0; i < stems.size(); i++) {
            sum += match(stems.get(i), from.keys().get(i), to.stemSet(), to.keySet());
        }
        return sum / stems.size();
    }

    private double match(String stem, String key, Set<String> otherStems, Set<String> otherKeys) {
        if (otherStems.contains(stem)) {
            return 1.0;
        }
        double best = key != null && otherKeys.contains(key) ? NAME_KEY_WEIGHT : 0.0;
        Map<String, Float> translations = fromEnglish ? lexicon.russianFor(stem) : lexicon.englishFor(stem);
        if (translations.size() <= otherStems.size()) {
            for (Map.Entry<String, Float> t : translations.entrySet()) {
                if (t.getValue() > best && otherStems.contains(t.getKey())) {
                    best = t.getValue();
                }
            }
        } else {
            for (String o : otherStems) {
                Float w = translations.get(o);
                if (w != null && w > best) {
                    best = w;
                }
            }
        }
        return best;
    }
}
