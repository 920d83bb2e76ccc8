package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sverka.align.model.PairVocabulary;
import org.sverka.align.model.SimilarityModel;
import org.sverka.align.model.Span;
import org.sverka.core.SegmentedDocument;

/** Anchor candidates found through postings in arrays, with one scratch a thread, are the candidates by definition. */
class AnchorsTest {
    private static final SimilarityModel MODEL = SimilarityModel.defaultModel();

    /**
     * On the NTREX-128 book, on one thread and on two, every English sentence's candidates are those
     * of voting word by word as defined (each word's best weight for each Russian sentence: its
     * translations' through postings of at most a twentieth of the sentences, a shared name key's 0.8;
     * each number 1; summed in word order; the top three, the first in the document on ties).
     */
    @Test
    void theCandidatesOfTheNtrexBookAreTheVotesByDefinition() throws IOException {
        SegmentedDocument english = SegmentedDocument.ofLines("ntrex.en", "en",
                NtrexBook.lines("en"));
        SegmentedDocument russian = SegmentedDocument.ofLines("ntrex.ru", "ru",
                NtrexBook.lines("ru"));
        for (int threads = 1; threads <= 2; threads++) {
            ScoredPair pair = new ScoredPair(english, russian, MODEL, threads);
            int[][] expected = byDefinition(pair);
            int[][] found = Anchors.candidates(pair);
            int full = 0;
            for (int i = 0; i < pair.n(); i++) {
                assertArrayEquals(expected[i], found[i], "English sentence " + i + ", threads " + threads);
                full += expected[i][2] >= 0 ? 1 : 0;
            }
            assertTrue(full > 1500, "sentences with three candidates: " + full);
        }
    }

    private static int[][] byDefinition(ScoredPair pair) {
        int n = pair.n();
        int m = pair.m();
        PairVocabulary v = pair.vocabulary;
        int maxPostings = Math.max(8, m / 20);
        Map<Integer, List<Integer>> byStem = new HashMap<>();
        Map<Integer, List<Integer>> byKey = new HashMap<>();
        Map<String, List<Integer>> byNumber = new HashMap<>();
        for (int j = 0; j < m; j++) {
            Span r = pair.ruSpan(j, 1);
            for (int s : r.stems()) {
                byStem.computeIfAbsent(s, x -> new ArrayList<>()).add(j);
            }
            for (int k : r.keySet()) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(j);
            }
            for (String number : r.numbers()) {
                List<Integer> post = byNumber.computeIfAbsent(number, x -> new ArrayList<>());
                if (!post.contains(j)) {
                    post.add(j);
                }
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            Span e = pair.enSpan(i, 1);
            double[] votes = new double[m];
            for (int w = 0; w < e.tokens().length; w++) {
                double[] word = new double[m];
                int[] targets = v.russianTargetsOf(e.tokens()[w]);
                float[] weights = v.russianWeightsOf(e.tokens()[w]);
                for (int t = 0; t < targets.length; t++) {
                    for (int j : votingPostings(byStem.get(targets[t]), maxPostings)) {
                        word[j] = Math.max(word[j], weights[t]);
                    }
                }
                if (e.keys()[w] >= 0) {
                    for (int j : votingPostings(byKey.get(e.keys()[w]), maxPostings)) {
                        word[j] = Math.max(word[j], 0.8);
                    }
                }
                for (int j = 0; j < m; j++) {
                    votes[j] += word[j];
                }
            }
            for (String number : e.numbers()) {
                for (int j : votingPostings(byNumber.get(number), maxPostings)) {
                    votes[j] += 1.0;
                }
            }
            int[] top = {-1, -1, -1};
            for (int j = 0; j < m; j++) {
                if (votes[j] <= 0) {
                    continue;
                }
                for (int s = 0; s < top.length; s++) {
                    if (top[s] < 0 || votes[j] > votes[top[s]]) {
                        System.arraycopy(top, s, top, s + 1, top.length - s - 1);
                        top[s] = j;
                        break;
                    }
                }
            }
            out[i] = top;
        }
        return out;
    }

    private static List<Integer> votingPostings(List<Integer> postings, int maxPostings) {
        return postings == null || postings.size() > maxPostings ? List.of() : postings;
    }
}
