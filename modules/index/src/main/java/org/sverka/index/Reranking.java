package org.sverka.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders first-stage candidates by a reranker's assessment of the first few. */
final class Reranking {
    private Reranking() {
    }

    /** Where the stored document of a candidate comes from. */
    @FunctionalInterface
    interface Store {
        StoredDocument load(String path) throws IOException;
    }

    static <T> List<RerankedCandidate<T>> rerank(List<Candidate> candidates, int top,
                                                 CandidateReranker<T> reranker, Store store) throws IOException {
        if (top < 0) {
            throw new IllegalArgumentException("top = " + top + " is negative");
        }
        int n = Math.min(top, candidates.size());
        List<Assessed<T>> assessed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            Assessment<T> a = reranker.assess(c, store.load(c.path()));
            assessed.add(new Assessed<>(i, c, a));
        }
        assessed.sort(Comparator.comparingDouble((Assessed<T> a) -> -a.assessment().score())
                .thenComparingInt(Assessed::rank));
        List<RerankedCandidate<T>> out = new ArrayList<>(candidates.size());
        for (Assessed<T> a : assessed) {
            out.add(new RerankedCandidate<>(a.candidate(), java.util.Optional.of(a.assessment())));
        }
        for (int i = n; i < candidates.size(); i++) {
            out.add(new RerankedCandidate<>(candidates.get(i), java.util.Optional.empty()));
        }
        return out;
    }

    private record Assessed<T>(int rank, Candidate candidate, Assessment<T> assessment) {
    }
}
