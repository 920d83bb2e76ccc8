package org.sverka.align.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sverka.align.lexicon.Lexicon;
import org.sverka.align.lexicon.StemTranslations;
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
    private final Map<AnalyzedSentence, Words> sentenceWords = new java.util.IdentityHashMap<>();
    private final int[][] ruTargets;
    private final float[][] ruWeights;
    private final int[][] enTargets;
    private final float[][] enWeights;

    /** Sentences (both sides together) from which two threads, where allowed, number the two sides at once. */
    static final int PARALLEL_SENTENCES = 400;

    /**
     * @param threads 2 to number the Russian side on another thread while this one numbers the
     *                English (each side writes only its own map and list, so the ids are the same), and
     *                to let the lexicon search long lists on two; else 1
     */
    PairVocabulary(Lexicon lexicon, List<AnalyzedSentence> english, List<AnalyzedSentence> russian, int threads) {
        Numbered en;
        Numbered ru;
        if (threads < 2) {
            en = number(english, enIds, enStems);
            ru = number(russian, ruIds, ruStems);
        } else {
            java.util.concurrent.CompletableFuture<Numbered> other =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> number(russian, ruIds, ruStems));
            en = number(english, enIds, enStems);
            try {
                ru = other.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        // name keys are numbered as the sentences were always met, the Russian first: a Russian key's
        // id is its number on its side, an English key not met in Russian takes the next
        keyIds.putAll(ru.keyIds());
        int[] englishKey = new int[en.keyIds().size()];
        for (int local = 0; local < en.keyOrder().size(); local++) {
            englishKey[local] = keyIds.computeIfAbsent(en.keyOrder().get(local), x -> keyIds.size());
        }
        for (int[] keys : en.keys()) {
            for (int w = 0; w < keys.length; w++) {
                keys[w] = keys[w] < 0 ? -1 : englishKey[keys[w]];
            }
        }
        // each sentence's words as ids, once: spans of one or several sentences are made from them, and
        // every name key has its id before any span is made, so that making spans only reads
        remember(russian, ru);
        remember(english, en);
        ruTargets = new int[enStems.size()][];
        ruWeights = new float[enStems.size()][];
        enTargets = new int[ruStems.size()][];
        enWeights = new float[ruStems.size()][];
        StemTranslations t = lexicon.translations(enStems, ruStems, threads);
        for (int e = 0; e < enStems.size(); e++) {
            withIdentity(t.russianTargets(e), t.russianWeights(e), ruIds.get(enStems.get(e)), e, ruTargets, ruWeights);
        }
        for (int r = 0; r < ruStems.size(); r++) {
            withIdentity(t.englishTargets(r), t.englishWeights(r), enIds.get(ruStems.get(r)), r, enTargets, enWeights);
        }
    }

    /**
     * One side's sentences as ids: stems numbered in {@code ids}, name keys numbered on this side
     * alone ({@code keyIds}, in order of first use: {@code keyOrder}).
     */
    private record Numbered(int[][] tokens, int[][] keys, Map<String, Integer> keyIds, List<String> keyOrder) {
    }

    /**
     * Gives each stem of the sentences, in order of first use, the next id (plain loops: no lambda a
     * word), and returns each sentence's stems and name keys as ids, the keys numbered on this side.
     */
    private static Numbered number(List<AnalyzedSentence> sentences, Map<String, Integer> ids, List<String> stems) {
        int[][] tokens = new int[sentences.size()][];
        int[][] keys = new int[sentences.size()][];
        Map<String, Integer> keyIds = new HashMap<>();
        List<String> keyOrder = new ArrayList<>();
        for (int k = 0; k < tokens.length; k++) {
            AnalyzedSentence s = sentences.get(k);
            List<String> words = s.stems();
            int[] t = new int[words.size()];
            int[] n = new int[t.length];
            for (int w = 0; w < t.length; w++) {
                t[w] = idOf(words.get(w), ids, stems);
                String key = s.keys().get(w);
                n[w] = key == null ? -1 : idOf(key, keyIds, keyOrder);
            }
            tokens[k] = t;
            keys[k] = n;
        }
        return new Numbered(tokens, keys, keyIds, keyOrder);
    }

    /** The id of a word, the next one when it is new. */
    private static int idOf(String word, Map<String, Integer> ids, List<String> order) {
        Integer id = ids.get(word);
        if (id == null) {
            id = order.size();
            ids.put(word, id);
            order.add(word);
        }
        return id;
    }

    /** Keeps each sentence's ids; a sentence met before keeps its first, as when each was looked up in turn. */
    private void remember(List<AnalyzedSentence> sentences, Numbered numbered) {
        for (int k = 0; k < sentences.size(); k++) {
            sentenceWords.putIfAbsent(sentences.get(k), new Words(numbered.tokens()[k], numbered.keys()[k]));
        }
    }

    /**
     * A stem's targets (ascending) with, when the other side writes the same stem, that stem at
     * weight 1: a word written the same on both sides translates itself.
     */
    private static void withIdentity(int[] found, float[] foundWeights, Integer identity, int from, int[][] targets,
                                     float[][] weights) {
        if (identity == null) {
            targets[from] = found.length == 0 ? NONE : found;
            weights[from] = found.length == 0 ? NO_WEIGHTS : foundWeights;
            return;
        }
        int at = Arrays.binarySearch(found, identity);
        if (at >= 0) {
            float[] w = foundWeights.clone();
            w[at] = 1f;
            targets[from] = found;
            weights[from] = w;
            return;
        }
        int insert = -at - 1;
        int[] t = new int[found.length + 1];
        float[] w = new float[found.length + 1];
        System.arraycopy(found, 0, t, 0, insert);
        System.arraycopy(foundWeights, 0, w, 0, insert);
        t[insert] = identity;
        w[insert] = 1f;
        System.arraycopy(found, insert, t, insert + 1, found.length - insert);
        System.arraycopy(foundWeights, insert, w, insert + 1, found.length - insert);
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
        if (sentences.size() == 1) {
            return span(sentences.get(0), words(sentences.get(0), ids), english);
        }
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
            Words w = words(s, ids);
            System.arraycopy(w.tokens(), 0, tokens, k, w.tokens().length);
            System.arraycopy(w.keys(), 0, keys, k, w.keys().length);
            k += w.tokens().length;
            for (NumberNormalizer.Value v : s.numbers()) {
                numbers.add(v.token());
            }
            chars += s.chars() + (chars > 0 ? 1 : 0);
        }
        return new Span(this, english, tokens, keys, distinct(tokens), distinct(keys), List.copyOf(numbers), chars);
    }

    private Span span(AnalyzedSentence s, Words w, boolean english) {
        List<String> numbers = new ArrayList<>(s.numbers().size());
        for (NumberNormalizer.Value v : s.numbers()) {
            numbers.add(v.token());
        }
        return new Span(this, english, w.tokens().clone(), w.keys().clone(), distinct(w.tokens()), distinct(w.keys()),
                List.copyOf(numbers), s.chars());
    }

    /** A sentence's stem and name-key ids: made once for the documents' own sentences. */
    private Words words(AnalyzedSentence s, Map<String, Integer> ids) {
        Words known = sentenceWords.get(s);
        if (known != null) {
            return known;
        }
        int[] tokens = new int[s.stems().size()];
        int[] keys = new int[tokens.length];
        for (int w = 0; w < tokens.length; w++) {
            Integer id = ids.get(s.stems().get(w));
            if (id == null) {
                throw new IllegalArgumentException("the sentence is not of this vocabulary's documents: " + s.stems());
            }
            tokens[w] = id;
            String key = s.keys().get(w);
            keys[w] = key == null ? -1 : keyIds.computeIfAbsent(key, x -> keyIds.size());
        }
        return new Words(tokens, keys);
    }

    /** One sentence's stem ids and name-key ids (-1 for none), parallel. */
    private record Words(int[] tokens, int[] keys) {
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

    /** @return the number of distinct name keys of both sides: every key id of a span is below it */
    public int keyCount() {
        return keyIds.size();
    }
}
