package org.sverka.pipeline.corpus;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The filters a bead passes to enter a corpus, each counted: score under the threshold; a length
 * ratio out of bounds; identical sides (untranslated text); little text (numbers, links, symbols);
 * the wrong script for its language; and a duplicate of a bead already taken (normalized: case,
 * white space, punctuation and Unicode form folded). Not thread-safe: one per corpus assembly.
 */
public final class BeadFilters {
    /** The filters' names, in the order they are applied. */
    public static final String[] NAMES = {"below threshold", "length ratio", "identical sides", "non-text", "wrong language",
        "duplicate"};

    private final double threshold;
    private final double maxLengthRatio;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();

    /**
     * @param threshold      lowest score kept
     * @param maxLengthRatio largest ratio of the longer side's length to the shorter's
     */
    public BeadFilters(double threshold, double maxLengthRatio) {
        this.threshold = threshold;
        this.maxLengthRatio = maxLengthRatio;
        for (String n : NAMES) {
            counts.put(n, 0);
        }
    }

    /**
     * @param b a bead
     * @return true when it enters the corpus; otherwise the filter that stopped it is counted
     */
    public boolean accept(CorpusBead b) {
        String why = reason(b);
        if (why == null) {
            return true;
        }
        counts.merge(why, 1, Integer::sum);
        return false;
    }

    private String reason(CorpusBead b) {
        if (b.score() < threshold) {
            return NAMES[0];
        }
        double en = Math.max(1, b.en().length());
        double ru = Math.max(1, b.ru().length());
        if (Math.max(en, ru) / Math.min(en, ru) > maxLengthRatio) {
            return NAMES[1];
        }
        String ne = normalize(b.en());
        String nr = normalize(b.ru());
        if (ne.equals(nr)) {
            return NAMES[2];
        }
        if (letterShare(b.en()) < 0.5 || letterShare(b.ru()) < 0.5) {
            return NAMES[3];
        }
        if (scriptShare(b.en(), Character.UnicodeScript.LATIN) < 0.6 || scriptShare(b.ru(), Character.UnicodeScript.CYRILLIC) < 0.6) {
            return NAMES[4];
        }
        if (!seen.add(key(b))) {
            return NAMES[5];
        }
        return null;
    }

    /** @return how many beads each filter stopped, in order */
    public Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    /**
     * @param b a bead
     * @return the key under which two beads count as the same (case, white space, punctuation folded)
     */
    public static String key(CorpusBead b) {
        return normalize(b.en()) + "\u0000" + normalize(b.ru());
    }

    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return n.replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip();
    }

    private static double letterShare(String s) {
        long visible = s.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        return visible == 0 ? 0 : (double) s.codePoints().filter(Character::isLetter).count() / visible;
    }

    private static double scriptShare(String s, Character.UnicodeScript script) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        return letters == 0 ? 0 : (double) s.codePoints().filter(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == script).count() / letters;
    }
}
