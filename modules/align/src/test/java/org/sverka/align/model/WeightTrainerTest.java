package org.sverka.align.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weight trainer on TICO-19 learning pairs: the fitted model tells a translation from its neighbour. */
class WeightTrainerTest {
    @Test
    void fittedWeightsScoreTranslationsAboveNeighbours() throws IOException {
        Path train = Path.of(System.getProperty("sverka.data", "../../../shared/data")).resolve("train");
        assumeTrue(Files.isRegularFile(train.resolve("tico19.en")));
        List<String> en = Files.readAllLines(train.resolve("tico19.en"), StandardCharsets.UTF_8).subList(0, 300);
        List<String> ru = Files.readAllLines(train.resolve("tico19.ru"), StandardCharsets.UTF_8).subList(0, 300);
        SimilarityModel start = SimilarityModel.defaultModel();
        WeightTrainer.Weights w = WeightTrainer.fit(start, en.subList(0, 200), ru.subList(0, 200));
        assertEquals(SimilarityModel.signals().size() + 2, w.weights().length, "bias, the signals and the smaller coverage");
        SimilarityModel fitted = new SimilarityModel(start.lexicon(), w.weights(), w.refinement());
        int right = 0;
        for (int i = 200; i < 299; i++) {
            if (fitted.score(en.get(i), ru.get(i)) > fitted.score(en.get(i), ru.get(i + 1))) {
                right++;
            }
        }
        assertTrue(right >= 90, right + " of 99 held-out translations scored above their neighbour");
        assertThrows(IllegalArgumentException.class, () -> WeightTrainer.fit(start, List.of("One."), List.of("Один.")));
    }
}
