package org.sverka.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static List<Anchor> find(ScoredPair pair) {
        int m = pair.m();
        int ruStems = pair.vocabulary.russianSize();
        List<List<Integer>> byStem = new ArrayList<>();
        for (int k = 0; k < ruStems; k++) {
            byStem.add(new ArrayList<>());
        }
        Map<Integer, List<Integer>> byKey = new HashMap<>();
        Map<String, List<Integer>> byNumber = new HashMap<>();
        for (int j = 0; j < m; j++) {
            Span r = pair.ruSpan(j, 1);
            for (int s : r.stems()) {
                byStem.get(s).add(j);
            }
            for (int k : r.keySet()) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(j);
            }
            for (String v : r.numbers()) {
                List<Integer> post = byNumber.computeIfAbsent(v, x -> new ArrayList<>());
                if (post.isEmpty() || post.get(post.size() - 1) != j) {
                    post.add(j);
                }
            }
        }
        int maxPostings = Math.max(8, m / 20);
        double[] votes = new double[m];
        int[] mark = new int[m];
        Arrays.fill(mark, -1);
        List<Anchor> out = new ArrayList<>();
        int word = 0;
        for (int i = 0; i < pair.n(); i++) {
            Arrays.fill(votes, 0);
            Span e = pair.enSpan(i, 1);
            for (int w = 0; w < e.tokens().length; w++, word++) {
                int[] targets = pair.vocabulary.russianTargetsOf(e.tokens()[w]);
                float[] weights = pair.vocabulary.russianWeightsOf(e.tokens()[w]);
                for (int t = 0; t < targets.length; t++) {
                    vote(byStem.get(targets[t]), weights[t], word, votes, mark, maxPostings);
                }
                if (e.keys()[w] >= 0) {
                    vote(byKey.get(e.keys()[w]), 0.8, word, votes, mark, maxPostings);
                }
            }
            for (String v : e.numbers()) {
                vote(byNumber.get(v), 1.0, word++, votes, mark, maxPostings);
            }
            int[] top = top(votes, CANDIDATES);
            double best = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            int bestJ = -1;
            for (int j : top) {
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

    private static void vote(List<Integer> postings, double weight, int word, double[] votes, int[] mark, int maxPostings) {
        if (postings == null || postings.size() > maxPostings) {
            return;
        }
        for (int j : postings) {
            if (mark[j] != word) {
                mark[j] = word;
                votes[j] += weight;
            } 
        }
    }

    private static int[] top(double[] votes, int k) {
        int[] best = new int[k];
        Arrays.fill(best, -1);
        for (int j = 0; j < votes.length; j++) {
            if (votes[j] <= 0) {
                continue;
            }
            for (int s = 0; s < k; s++) {
                if (best[s] < 0 || votes[j] > votes[best[s]]) {
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
