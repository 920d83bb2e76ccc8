package org.sverka.align.lexicon;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a lexicon says of two given lists of stems, by position: for each English stem, the Russian
 * stems of the list it may translate to and their weights, and the other way round. Positions are
 * ascending in each row. Made by {@link Lexicon#translations(List, List)} for the stems of one
 * document pair, so that scoring never looks a string up again.
 * <pre>{@code
 * StemTranslations t = lexicon.translations(List.of("minist", "hous"), List.of("дом", "министр"));
 * t.russianTargets(0);   // [1]: "minist" may translate "министр"
 * t.russianWeights(0);   // [1.0]
 * }</pre>
 */
public final class StemTranslations {
    private final int[][] russianTargets;
    private final float[][] russianWeights;
    private final int[][] englishTargets;
    private final float[][] englishWeights;

    StemTranslations(int[][] russianTargets, float[][] russianWeights, int[][] englishTargets, float[][] englishWeights) {
        this.russianTargets = russianTargets;
        this.russianWeights = russianWeights;
        this.englishTargets = englishTargets;
        this.englishWeights = englishWeights;
    }

    /**
     * @param english the position of an English stem in the list given
     * @return the positions of the Russian stems it may translate to, ascending
     */
    public int[] russianTargets(int english) {
        return russianTargets[english];
    }

    /**
     * @param english the position of an English stem in the list given
     * @return the weights of {@link #russianTargets(int)}, in the same order
     */
    public float[] russianWeights(int english) {
        return russianWeights[english];
    }

    /**
     * @param russian the position of a Russian stem in the list given
     * @return the positions of the English stems it may translate to, ascending
     */
    public int[] englishTargets(int russian) {
        return englishTargets[russian];
    }

    /**
     * @param russian the position of a Russian stem in the list given
     * @return the weights of {@link #englishTargets(int)}, in the same order
     */
    public float[] englishWeights(int russian) {
        return englishWeights[russian];
    }

    /**
     * The translations found through a lexicon's maps of strings, one row at a time: the
     * definition that the packed lexicon's search by ids must agree with.
     */
    static StemTranslations byMaps(Lexicon lexicon, List<String> english, List<String> russian) {
        int[][] ruTargets = new int[english.size()][];
        float[][] ruWeights = new float[english.size()][];
        int[][] enTargets = new int[russian.size()][];
        float[][] enWeights = new float[russian.size()][];
        Map<String, Integer> enAt = positions(english);
        Map<String, Integer> ruAt = positions(russian);
        for (int e = 0; e < english.size(); e++) {
            row(lexicon.russianFor(english.get(e)), ruAt, e, ruTargets, ruWeights);
        }
        for (int r = 0; r < russian.size(); r++) {
            row(lexicon.englishFor(russian.get(r)), enAt, r, enTargets, enWeights);
        }
        return new StemTranslations(ruTargets, ruWeights, enTargets, enWeights);
    }

    private static Map<String, Integer> positions(List<String> stems) {
        Map<String, Integer> at = new HashMap<>(2 * stems.size());
        for (int k = 0; k < stems.size(); k++) {
            at.putIfAbsent(stems.get(k), k);
        }
        return at;
    }

    private static void row(Map<String, Float> translations, Map<String, Integer> at, int from, int[][] targets,
                            float[][] weights) {
        long[] found = new long[translations.size()];
        int count = 0;
        for (Map.Entry<String, Float> t : translations.entrySet()) {
            Integer position = at.get(t.getKey());
            if (position != null) {
                found[count++] = (long) position << 32 | Float.floatToIntBits(t.getValue()) & 0xFFFFFFFFL;
            }
        }
        Arrays.sort(found, 0, count);
        sorted(found, count, from, targets, weights);
    }

    /** Rows of (position, weight) packed as position in the high half, sorted; one position once. */
    static void sorted(long[] found, int count, int from, int[][] targets, float[][] weights) {
        int[] t = new int[count];
        float[] w = new float[count];
        for (int k = 0; k < count; k++) {
            t[k] = (int) (found[k] >>> 32);
            w[k] = Float.intBitsToFloat((int) found[k]);
        }
        targets[from] = t;
        weights[from] = w;
    }
}
