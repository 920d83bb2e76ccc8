package org.sverka.align.model;

import java.util.Arrays;

/**
 * A one-to-one word alignment of two spans, in the manner of IBM Model 1's best links but with
 * each word used once: every candidate link (a lexicon translation, the same word, or a shared name
 * key) is weighted, and links are taken greedily, strongest first, while both of their words are
 * free. What it tells that coverage does not:
 * <ul>
 * <li>{@link #dice()}: how much of <em>both</em> sides the links explain; one Russian word cannot
 *     explain three English ones (fertility), as it can for coverage;</li>
 * <li>{@link #lexicalDice()}: the same without the name-key links, so that sentences sharing only
 *     their names and numbers (same-topic commentary) are told from translations;</li>
 * <li>{@link #crossing()}: the share of link pairs in inverted order (clauses moved around).</li>
 * </ul>
 * <pre>{@code
 * WordAlignment a = WordAlignment.of(englishSpan, russianSpan);
 * a.dice();          // 0.8 for a close translation, 0.2 for a sentence sharing two names
 * }</pre>
 */
public final class WordAlignment {
    /** Words of a side beyond this many are left out (a pathological sentence would take quadratic time). */
    static final int MAX_WORDS = 400;

    private final double dice;
    private final double lexicalDice;
    private final double crossing;
    private final int unlinkedEnglish;
    private final int unlinkedRussian;
    private final int[] partners;

    private WordAlignment(double dice, double lexicalDice, double crossing, int unlinkedEnglish, int unlinkedRussian,
                          int[] partners) {
        this.partners = partners;
        this.dice = dice;
        this.lexicalDice = lexicalDice;
        this.crossing = crossing;
        this.unlinkedEnglish = unlinkedEnglish;
        this.unlinkedRussian = unlinkedRussian;
    }

    /**
     * @param en an English span
     * @param ru a Russian span of the same vocabulary
     * @return their alignment
     */
    public static WordAlignment of(Span en, Span ru) {
        int[] et = en.tokens();
        int[] rt = ru.tokens();
        int n = Math.min(et.length, MAX_WORDS);
        int m = Math.min(rt.length, MAX_WORDS);
        if (n == 0 || m == 0) {
            int[] none = new int[n];
            Arrays.fill(none, -1);
            return new WordAlignment(0, 0, 0, n, m, none);
        }
        PairVocabulary v = en.vocabulary();
        Scratch scratch = SCRATCH.get();
        long[] links = scratch.links(n, m);
        int count = 0;
        int[] ek = en.keys();
        int[] rk = ru.keys();
        // the Russian positions of each stem, as chains through the scratch: a look-up per translation
        // instead of a comparison with every Russian word
        int stamp = scratch.stamp(v.russianSize());
        for (int j = m - 1; j >= 0; j--) {
            int s = rt[j];
            scratch.next[j] = scratch.headStamp[s] == stamp ? scratch.head[s] : -1;
            scratch.head[s] = j;
            scratch.headStamp[s] = stamp;
        }
        double[] best = scratch.best;
        boolean[] byKey = scratch.byKey;
        int[] seen = scratch.seen;
        int[] touched = scratch.touched;
        for (int i = 0; i < n; i++) {
            int[] targets = v.russianTargetsOf(et[i]);
            float[] weights = v.russianWeightsOf(et[i]);
            int found = 0;
            int mark = stamp * MAX_WORDS + i;   // unique to this call and English word
            for (int k = 0; k < targets.length; k++) {
                int s = targets[k];
                if (scratch.headStamp[s] != stamp) {
                    continue;
                }
                for (int j = scratch.head[s]; j >= 0; j = scratch.next[j]) {
                    if (seen[j] != mark) {
                        seen[j] = mark;
                        best[j] = 0;
                        byKey[j] = false;
                        touched[found++] = j;
                    }
                    if (weights[k] > best[j]) {
                        best[j] = weights[k];
                    }
                }
            }
            if (ek[i] >= 0) {
                for (int j = 0; j < m; j++) {
                    if (ek[i] == rk[j]) {
                        if (seen[j] != mark) {
                            seen[j] = mark;
                            best[j] = 0;
                            byKey[j] = false;
                            touched[found++] = j;
                        }
                        if (best[j] < LexicalCoverage.NAME_KEY_WEIGHT) {
                            best[j] = LexicalCoverage.NAME_KEY_WEIGHT;
                            byKey[j] = true;
                        }
                    }
                }
            }
            for (int t = 0; t < found; t++) {
                int j = touched[t];
                double w = best[j];
                if (w > 0) {
                    long scaled = Math.round(w * 1_000_000);
                    links[count++] = (scaled << 33) | ((byKey[j] ? 1L : 0L) << 32) | ((long) i << 16) | j;
                }
            }
        }
        Arrays.sort(links, 0, count);
        boolean[] usedEn = new boolean[n];
        boolean[] usedRu = new boolean[m];
        int[] partner = new int[n];
        Arrays.fill(partner, -1);
        double sum = 0;
        double lexical = 0;
        int linked = 0;
        for (int c = count - 1; c >= 0; c--) {
            long x = links[c];
            int i = (int) ((x >>> 16) & 0xFFFF);
            int j = (int) (x & 0xFFFF);
            if (usedEn[i] || usedRu[j]) {
                continue;
            }
            usedEn[i] = true;
            usedRu[j] = true;
            partner[i] = j;
            linked++;
            double w = (x >>> 33) / 1_000_000.0;
            sum += w;
            if (((x >>> 32) & 1) == 0) {
                lexical += w;
            }
        }
        long inversions = 0;
        long pairs = 0;
        for (int a = 0; a < n; a++) {
            if (partner[a] < 0) {
                continue;
            }
            for (int b = a + 1; b < n; b++) {
                if (partner[b] >= 0) {
                    pairs++;
                    if (partner[b] < partner[a]) {
                        inversions++;
                    }
                }
            }
        }
        return new WordAlignment(2 * sum / (n + m), 2 * lexical / (n + m), pairs == 0 ? 0 : (double) inversions / pairs,
                n - linked, m - linked, partner);
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * One thread's working arrays, kept between calls: the chains of Russian positions by stem (valid
     * where {@code headStamp} holds the current stamp), each Russian word's best link weight for the
     * English word at hand (valid where {@code seen} holds its mark), and the candidate links.
     */
    private static final class Scratch {
        private int[] head = new int[0];
        private int[] headStamp = new int[0];
        private final int[] next = new int[MAX_WORDS];
        private final double[] best = new double[MAX_WORDS];
        private final boolean[] byKey = new boolean[MAX_WORDS];
        private final int[] seen = new int[MAX_WORDS];
        private final int[] touched = new int[MAX_WORDS];
        private long[] links = new long[0];
        private int stamp;

        /** @return a new stamp, with room for {@code stems} stem ids; every mark of an earlier call is stale */
        int stamp(int stems) {
            if (head.length < stems) {
                head = new int[Math.max(stems, 2 * head.length)];
                headStamp = new int[head.length];
            }
            if (stamp >= Integer.MAX_VALUE / MAX_WORDS - 1) {
                java.util.Arrays.fill(headStamp, 0);
                java.util.Arrays.fill(seen, 0);
                stamp = 0;
            }
            return ++stamp;
        }

        /** @return room for every link of an n x m alignment */
        long[] links(int n, int m) {
            if (links.length < n * m) {
                links = new long[Math.max(n * m, 2 * links.length)];
            }
            return links;
        }
    }

    /** @return twice the weight of the links over the words of both sides, in [0, 1] */
    public double dice() {
        return dice;
    }

    /** @return {@link #dice()} counting only links through the lexicon or the same word, not name keys */
    public double lexicalDice() {
        return lexicalDice;
    }

    /** @return the share of pairs of links whose order differs between the sides, in [0, 1] */
    public double crossing() {
        return crossing;
    }

    /**
     * The links themselves: for each English token of the span (in order, up to {@value #MAX_WORDS}),
     * the position of the Russian token it is linked with, or -1.
     *
     * @return a copy of the links, indexed by English token
     */
    public int[] partners() {
        return partners.clone();
    }

    /** @return English content words left without a link */
    public int unlinkedEnglish() {
        return unlinkedEnglish;
    }

    /** @return Russian content words left without a link */
    public int unlinkedRussian() {
        return unlinkedRussian;
    }
}
