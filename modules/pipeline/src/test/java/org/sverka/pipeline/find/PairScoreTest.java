package org.sverka.pipeline.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pairing's score: how much of both documents is explained, with the finder's tie-breakers at a small scale. */
class PairScoreTest {
    private static FoundOriginal found(double score, double weighted, double originalShare, int conflicts) {
        return new FoundOriginal("/ru/x.txt", "", "ru", 10, true, score, score, 1, List.of(), List.of(), List.of(),
                Optional.empty(), weighted, originalShare, conflicts, 0);
    }

    @Test
    void theSmallerOfTheTwoSharesCounts() {
        // a heading matched whole, inside a document of which it explains a tenth
        assertEquals(0.1, ContentPairing.pairScore(found(1.0, 1.0, 0.1, 0)), 0.002);
        assertEquals(0.6, ContentPairing.pairScore(found(0.6, 0.6, 0.9, 0)), 0.002);
    }

    @Test
    void twinsThatDifferInTheirNumbersAreToldApartButOnlyAmongNearEqualScores() {
        double same = ContentPairing.pairScore(found(1.0, 0.97, 1.0, 0));
        double twin = ContentPairing.pairScore(found(1.0, 0.97, 1.0, 2));
        assertTrue(same > twin, same + " " + twin);
        assertTrue(same - twin < 0.01, "a tie-breaker, not a new score");
        // ten conflicts or more weigh the same, and never more than 0.02
        assertEquals(ContentPairing.pairScore(found(1.0, 0.97, 1.0, 10)), ContentPairing.pairScore(found(1.0, 0.97, 1.0, 40)));
        assertTrue(ContentPairing.pairScore(found(0.9, 0.9, 1.0, 0)) < ContentPairing.pairScore(found(1.0, 1.0, 1.0, 40)));
    }
}
