package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.SegmentedDocument;

/** A long pair's analysis and spans are the same on two threads as on one. */
class ScoredPairTest {
    private static final SimilarityModel MODEL = SimilarityModel.defaultModel();

    /** The demo story's presegmented side thirty times over: a pair long enough for two threads. */
    private static SegmentedDocument thirtyStories(String language) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int copy = 0; copy < 30; copy++) {
            lines.addAll(Files.readAllLines(Path.of("../../test-data/story/expected." + language + ".txt"), StandardCharsets.UTF_8));
        }
        return SegmentedDocument.ofLines(language, language, lines);
    }

    @Test
    void aLongPairAnalysedOnTwoThreadsEqualsOneThread() throws IOException {
        SegmentedDocument english = thirtyStories("en");
        SegmentedDocument russian = thirtyStories("ru");
        assertTrue(english.size() + russian.size() >= ScoredPair.PARALLEL_ANALYSIS, "long enough for two threads");
        ScoredPair pair = new ScoredPair(english, russian, MODEL);
        assertEquals(ScoredPair.analyze(english, MODEL, true), pair.en);
        assertEquals(ScoredPair.analyze(russian, MODEL, false), pair.ru);
        assertEquals(new ParallelAligner(MODEL).alignScored(new ScoredPair(english, russian, MODEL)).beads(),
                new ParallelAligner(MODEL).alignScored(pair).beads());
    }

    @Test
    void spansMadeOnTwoThreadsEqualThoseOfOneThread() throws IOException {
        SegmentedDocument english = thirtyStories("en");
        SegmentedDocument russian = thirtyStories("ru");
        ScoredPair one = new ScoredPair(english, russian, MODEL, 1);
        ScoredPair two = new ScoredPair(english, russian, MODEL, 2);
        assertTrue(english.size() + russian.size() >= SplitWork.MIN_ITEMS, "long enough to split");
        two.spansUpTo(ScoredPair.MAX_SPAN);   // made on two threads; one's are made one by one below
        for (int length = 1; length <= ScoredPair.MAX_SPAN; length++) {
            for (int i = 0; i + length <= one.n(); i++) {
                assertSameSpan(one.enSpan(i, length), two.enSpan(i, length));
            }
            for (int j = 0; j + length <= one.m(); j++) {
                assertSameSpan(one.ruSpan(j, length), two.ruSpan(j, length));
            }
        }
    }

    private static void assertSameSpan(org.sverka.align.model.Span a, org.sverka.align.model.Span b) {
        assertEquals(a.toString(), b.toString());
        assertTrue(java.util.Arrays.equals(a.keys(), b.keys()) && java.util.Arrays.equals(a.stems(), b.stems())
                && java.util.Arrays.equals(a.keySet(), b.keySet()) && a.chars() == b.chars(), a.toString());
    }
}
