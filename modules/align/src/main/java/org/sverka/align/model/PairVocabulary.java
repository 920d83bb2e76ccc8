package org.sverka.align.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sverka.align.lexicon.Lexicon;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.align.text.NumberNormalizer;

/**
 * The words of one English and one Russian document as numbers, with the lexicon cut down to
 * them: each English stem knows the Russian stems of these documents it may translate to, and
 * the other way round. Spans are made here; comparing them is then arithmetic on small sorted
 * arrays instead of string hashing, which makes scoring several times faster.
 * <pre>{@code
 * PairVocabulary v = model.vocabulary(englishSentences, russianSentences);
 * double p = model.score(v.english(englishSentences.subList(0, 1)), v.russian(russianSentences.subList(3, 5)));
 * }</pre>
 * A word written the same on both sides (a Latin name inside Russian text) translates itself.
 */
public final class PairVocabulary {
    private static final int[] NONE = {};
    private static final float[] NO_WEIGHTS = {};

    private final Map<String, Integer> enIds = new HashMap<>();
    private final Map<String, Integer> ruIds = new HashMap<>();
    private final Map<String, Integer> keyIds = new HashMap<>();
    private final List<String> enStems = new ArrayList<>();
    private final List<String> ruStems = new ArrayList<>();
    private final int[][] ruTargets;
    private final float[][] ruWeights;
    private final int[][] enTargets;
    private final float[][] enWeights;

    PairVocabulary(Lexicon lexicon, List<AnalyzedSentence> english, List<AnalyzedSentence> russian) {
        english.forEach(s -> s.stems().forEach(t -> enIds.computeIfAbsent(t, k -> add(enStems, k))));
        russian.forEach(s -> s.stems().forEach(t -> ruIds.computeIfAbsent(t, k -> add(ruStems, k))));
        ruTargets = new int[enStems.size()][];
        ruWeights = new float[enStems.size()][];
        enTargets = new int[ruStems.size()][];
        enWeights = new float[ruStems.size()][];
        for (int e = 0; e < enStems.size(); e++) {
            String stem = enStems.get(e);
            compile(lexicon.russianFor(stem), ruIds, ruIds.get(stem), e, ruTargets, ruWeights);
        }
        for (int r = 0; r < ruStems.size(); r++) {
            String stem = ruStems.get(r);
            compile(lexicon.englishFor(stem), enIds, enIds.get(stem), r, enTargets, enWeights);
        }
    }

    private static int add(List<String> list, String s) {
        list.add(s);
        return list.size() - 1;
    }

    private static void compile(Map<String, Float> translations, Map<String, Integer> ids, Integer identity, int from,
                                int[][] targets, float[][] weights) {
        Map<Integer, Float> found = new HashMap<>();
        translations.forEach((t, w) -> {
            Integer id = ids.get(t);
            if (id != null) {
                found.merge(id, w, Math::max);
            }
        });
        if (identity != null) {
            found.put(identity, 1f);
        }
        if (found.isEmpty()) {
            targets[from] = NONE;
            weights[from] = NO_WEIGHTS;
            return;
        }
        int[] t = new int[found.size()];
        float[] w = new float[found.size()];
        int k = 0;
        for (Map.Entry<Integer, Float> e : found.entrySet()) {
            t[k] = e.getKey();
            w[k++] = e.getValue();
        }
        targets[from] = t;
        weights[from] = w;
    }

    /**
     * @param sentences adjacent English sentences of this vocabulary's documents
     * @return their span
     */
    public Span english(List<AnalyzedSentence> sentences) {
        return span(sentences, enIds, true);
    }

    /**
     * @param sentences adjacent Russian sentences of this vocabulary's documents
     * @return their span
     */
    public Span russian(List<AnalyzedSentence> sentences) {
        return span(sentences, ruIds, false);
    }

    private Span span(List<AnalyzedSentence> sentences, Map<String, Integer> ids, boolean english) {
        int size = 0;
        for (AnalyzedSentence s : sentences) {
            size += s.stems().size();
        }
        int[] tokens = new int[size];
        int[] keys = new int[size];
        List<String> numbers = new ArrayList<>();
        int chars = 0;
        int k = 0;
        for (AnalyzedSentence s : sentences) {
            for (int w = 0; w < s.stems().size(); w++, k++) {
                Integer id = ids.get(s.stems().get(w));
                if (id == null) {
                    throw new IllegalArgumentException("the sentence is not of this vocabulary's documents: " + s.stems());
                }
                tokens[k] = id;
                String key = s.keys().get(w);
                keys[k] = key == null ? -1 : keyIds.computeIfAbsent(key, x -> keyIds.size());
            }
            for (NumberNormalizer.Value v : s.numbers()) {
                numbers.add(v.token());
            }
            chars += s.chars() + (chars > 0 ? 1 : 0);
        }
        return new Span(this, english, tokens, keys, distinct(tokens), distinct(keys), List.copyOf(numbers), chars);
    }

    /** The values that are not negative, sorted, each once. */
    private static int[] distinct(int[] values) {
        int[] sorted = new int[values.length];
        int size = 0;
        for (int v : values) {
            if (v >= 0) {
                sorted[size++] = v;
            }
        }
        Arrays.sort(sorted, 0, size);
        int kept = 0;
        for (int k = 0; k < size; k++) {
            if (kept == 0 || sorted[k] != sorted[kept - 1]) {
                sorted[kept++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, kept);
    }

    /**
     * @param englishStem an English stem id
     * @return the Russian stem ids of these documents it may translate to
     */
    public int[] russianTargetsOf(int englishStem) {
        return ruTargets[englishStem];
    }

    /**
     * @param englishStem an English stem id
     * @return the weights of {@link #russianTargetsOf(int)}, in the same order
     */
    public float[] russianWeightsOf(int englishStem) {
        return ruWeights[englishStem];
    }

    /**
     * @param russianStem a Russian stem id
     * @return the English stem ids of these documents it may translate to
     */
    public int[] englishTargetsOf(int russianStem) {
        return enTargets[russianStem];
    }

    /**
     * @param russianStem a Russian stem id
     * @return the weights of {@link #englishTargetsOf(int)}, in the same order
     */
    public float[] englishWeightsOf(int russianStem) {
        return enWeights[russianStem];
    }

    /** @return the number of distinct English stems */
    public int englishSize() {
        return enStems.size();
    }

    /** @return the number of distinct Russian stems */
    public int russianSize() {
        return ruStems.size();
    }
}
