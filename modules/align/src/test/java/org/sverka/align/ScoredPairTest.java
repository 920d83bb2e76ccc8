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

class ScoredPairTest {
    private static final SimilarityModel MODEL = SimilarityModel.defaultModel();

    @Test
    void aLongPairAnalysedOnTwoThreadsEqualsOneThread() throws IOException {
        Path story = Path.of("../../test-data/story");
        List<String> en = new ArrayList<>();
        List<String> ru = new ArrayList<>();
        for (int copy = 0; copy < 30; copy++) {
            en.addAll(Files.readAllLines(story.resolve("expected.en.txt"), StandardCharsets.UTF_8));
            ru.addAll(Files.readAllLines(story.resolve("expected.ru.txt"), StandardCharsets.UTF_8));
        }
        SegmentedDocument english = SegmentedDocument.ofLines("en", "en", en);
        SegmentedDocument russian = SegmentedDocument.ofLines("ru", "ru", ru);
        assertTrue(english.size() + russian.size() >= ScoredPair.PARALLEL_ANALYSIS, "long enough for two threads");
        ScoredPair pair = new ScoredPair(english, russian, MODEL);
        assertEquals(ScoredPair.analyze(english, MODEL, true), pair.en);
        assertEquals(ScoredPair.analyze(russian, MODEL, false), pair.ru);
        assertEquals(new ParallelAligner(MODEL).alignScored(new ScoredPair(english, russian, MODEL)).beads(),
                new ParallelAligner(MODEL).alignScored(pair).beads());
    }
}
