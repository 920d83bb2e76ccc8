package org.sverka.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sverka.align.model.PairVocabulary;
import org.sverka.align.model.Span;

/**
 * Confident sentence pairs found without comparing every sentence with every other: an inverted
 * index of the Russian side by stem, name key and number gives each English sentence a few
 * candidates; the similarity model scores those; a pair is an anchor when it is clearly the best
 * for its English sentence. {@link #chain()} keeps the longest run of anchors in order on both sides.
 */
final class Anchors {
    /** An anchor: English sentence, Russian sentence, log-odds. */
    record Anchor(int en, int ru, double logit) {
    }

    private static final int CANDIDATES = 3;
    private static final double MIN_LOGIT = 1.0;
    private static final double MARGIN = 1.0;

    private final List<Anchor> anchors;

    Anchors(ScoredPair pair) {
        this.anchors = find(pair);
    }

    /** @return every anchor, in English order */
    List<Anchor> all() {
        return anchors;
    }

    /**
     * Each English sentence's few candidates: the {@value #CANDIDATES} Russian sentences that its words
     * vote for most (a word's vote for a sentence is its best translation's weight there, or 0.8 for a
     * shared name key, or 1 for a number; postings of more than a twentieth of the sentences do not
     * vote), the first in the document on ties; -1 fills.
     *
     * @param pair the pair
     * @return for each English sentence, its candidates
     */
    static int[][] candidates(ScoredPair pair) {
        int m = pair.m();
        int n = pair.n();
        PairVocabulary vocabulary = pair.vocabulary;
        int ruStems = vocabulary.russianSize();
        int keys = vocabulary.keyCount();
        // the postings as arrays of primitives, each ascending: voting reads them for every word of every
        // English sentence. Counted first, then filled, so that no boxed list is built on the way.
        int[] stemCounts = new int[ruStems];
        int[] keyCounts = new int[keys];
        for (int j = 0; j < m; j++) {
            Span r = pair.ruSpan(j, 1);
            for (int s : r.stems()) {
                stemCounts[s]++;
            }
            for (int k : r.keySet()) {
                keyCounts[k]++;
            }
        }
        int[][] byStem = new int[ruStems][];
        for (int s = 0; s < ruStems; s++) {
            byStem[s] = new int[stemCounts[s]];
            stemCounts[s] = 0;
        }
        int[][] byKey = new int[keys][];
        for (int k = 0; k < keys; k++) {
            byKey[k] = keyCounts[k] == 0 ? null : new int[keyCounts[k]];
            keyCounts[k] = 0;
        }
        Map<String, List<Integer>> numberLists = new HashMap<>();
        for (int j = 0; j < m; j++) {
            Span r = pair.ruSpan(j, 1);
            for (int s : r.stems()) {
                byStem[s][stemCounts[s]++] = j;
            }
            for (int k : r.keySet()) {
                byKey[k][keyCounts[k]++] = j;
            }
            for (String v : r.numbers()) {
                List<Integer> post = numberLists.computeIfAbsent(v, x -> new ArrayList<>());
                if (post.isEmpty() || post.get(post.size() - 1) != j) {
                    post.add(j);
                }
            }
        }
        Map<String, int[]> byNumber = new HashMap<>();
        numberLists.forEach((v, post) -> byNumber.put(v, postings(post)));
        int maxPostings = Math.max(8, m / 20);
        pair.singleSpans();
        // each English sentence's few candidates, found on the pair's threads (read-only postings); each
        // thread keeps one scratch for all its chunks
        int[][] candidates = new int[n][];
        ThreadLocal<Votes> scratch = ThreadLocal.withInitial(() -> new Votes(m));
        SplitWork.run(n, pair.threads, (from, to) -> {
            Votes votes = scratch.get();
            for (int i = from; i < to; i++) {
                candidates[i] = votes.candidates(pair, i, byStem, byKey, byNumber, maxPostings);
            }
        });
        return candidates;
    }

    private static List<Anchor> find(ScoredPair pair) {
        int n = pair.n();
        int[][] candidates = candidates(pair);
        int[] is = new int[n * CANDIDATES];
        int[] js = new int[n * CANDIDATES];
        int cells = 0;
        for (int i = 0; i < n; i++) {
            for (int j : candidates[i]) {
                if (j >= 0) {
                    is[cells] = i;
                    js[cells++] = j;
                }
            }
        }
        pair.scoreSingles(is, js, cells);
        List<Anchor> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double best = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            int bestJ = -1;
            for (int j : candidates[i]) {
                if (j < 0) {
                    continue;
                }
                double l = pair.logit(i, 1, j, 1);
                if (l > best) {
                    second = best;
                    best = l;
                    bestJ = j;
                } else if (l > second) {
                    second = l;
                }
            }
            if (bestJ >= 0 && best >= MIN_LOGIT && best - second >= MARGIN) {
                out.add(new Anchor(i, bestJ, best));
            }
        }
        return out;
    }

    private static int[] postings(List<Integer> sentences) {
        int[] out = new int[sentences.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = sentences.get(k);
        }
        return out;
    }

    /**
     * One thread's scratch for voting: each Russian sentence's votes, the word that last reached it
     * and that word's best weight there (a word votes once for a sentence, with its best translation
     * or name key found there, whatever the order of its translations), and the sentences voted for
     * by the current English sentence (only those are read and reset).
     */
    private static final class Votes {
        private final double[] votes;
        private final int[] mark;
        private final double[] wordVote;
        private final int[] wordTouched;
        private final int[] touchedBy;
        private final int[] touched;
        private int count;
        private int wordCount;
        private int word;

        Votes(int m) {
            votes = new double[m];
            mark = new int[m];
            wordVote = new double[m];
            wordTouched = new int[m];
            touchedBy = new int[m];
            touched = new int[m];
            Arrays.fill(mark, -1);
            Arrays.fill(touchedBy, -1);
        }

        int[] candidates(ScoredPair pair, int i, int[][] byStem, int[][] byKey, Map<String, int[]> byNumber,
                         int maxPostings) {
            count = 0;
            Span e = pair.enSpan(i, 1);
            for (int w = 0; w < e.tokens().length; w++, word++) {
                int[] targets = pair.vocabulary.russianTargetsOf(e.tokens()[w]);
                float[] weights = pair.vocabulary.russianWeightsOf(e.tokens()[w]);
                for (int t = 0; t < targets.length; t++) {
                    vote(byStem[targets[t]], weights[t], maxPostings);
                }
                if (e.keys()[w] >= 0) {
                    vote(byKey[e.keys()[w]], 0.8, maxPostings);
                }
                cast(i);
            }
            for (String v : e.numbers()) {
                vote(byNumber.get(v), 1.0, maxPostings);
                cast(i);
                word++;
            }
            int[] top = top(votes, touched, count, CANDIDATES);
            for (int t = 0; t < count; t++) {
                votes[touched[t]] = 0;
            }
            return top;
        }

        /** The current word's weight for each sentence it reaches: its best translation's there. */
        private void vote(int[] postings, double weight, int maxPostings) {
            if (postings == null || postings.length > maxPostings) {
                return;
            }
            for (int j : postings) {
                if (mark[j] != word) {
                    mark[j] = word;
                    wordVote[j] = weight;
                    wordTouched[wordCount++] = j;
                } else if (weight > wordVote[j]) {
                    wordVote[j] = weight;
                }
            }
        }

        /** Adds the current word's votes to the English sentence's, whatever order its translations came in. */
        private void cast(int sentence) {
            for (int t = 0; t < wordCount; t++) {
                int j = wordTouched[t];
                votes[j] += wordVote[j];
                touch(j, sentence);
            }
            wordCount = 0;
        }

        /** Notes that Russian sentence j got a vote from the English sentence at hand. */
        private void touch(int j, int sentence) {
            if (touchedBy[j] != sentence) {
                touchedBy[j] = sentence;
                touched[count++] = j;
            }
        }
    }

    /** The k Russian sentences with most votes among {@code touched} (in any order), the first in the document on ties; -1 fills. */
    private static int[] top(double[] votes, int[] touched, int count, int k) {
        int[] best = new int[k];
        Arrays.fill(best, -1);
        for (int c = 0; c < count; c++) {
            int j = touched[c];
            if (votes[j] <= 0) {
                continue;
            }
            int last = best[k - 1];
            if (last >= 0 && (votes[j] < votes[last] || votes[j] == votes[last] && j > last)) {
                continue;   // below the k-th best: most sentences end here, after one comparison
            }
            for (int s = 0; s < k; s++) {
                if (best[s] < 0 || votes[j] > votes[best[s]] || votes[j] == votes[best[s]] && j < best[s]) {
                    System.arraycopy(best, s, best, s + 1, k - s - 1);
                    best[s] = j;
                    break;
                }
            }
        }
        return best;
    }

    /** @return the longest subsequence of anchors increasing on both sides (patience sorting) */
    List<Anchor> chain() {
        int k = anchors.size();
        int[] tails = new int[k];
        int[] prev = new int[k];
        int len = 0;
        for (int a = 0; a < k; a++) {
            int ru = anchors.get(a).ru();
            int lo = 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (anchors.get(tails[mid]).ru() < ru) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[a] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = a;
            if (lo == len) {
                len++;
            }
        }
        List<Anchor> chain = new ArrayList<>();
        for (int a = len > 0 ? tails[len - 1] : -1; a >= 0; a = prev[a]) {
            chain.add(anchors.get(a));
        }
        java.util.Collections.reverse(chain);
        return chain;
    }
}
