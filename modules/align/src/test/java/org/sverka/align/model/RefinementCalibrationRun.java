package org.sverka.align.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refits the refinement weights of the default model on the held-out TICO-19 pairs (lines 1801-2100,
 * which trained no lexicon entry) and writes them, with the base weights unchanged, into the lexicon
 * module's {@code model.properties}. Runs only when asked for:
 * <pre>
 * mvn -o -q -pl modules/align test -Dtest=RefinementCalibrationRun -Dsverka.calibrate=../lexicon-en-ru/src/main/resources/org/sverka/lexicon/enru/model.properties
 * </pre>
 */
class RefinementCalibrationRun {
    @Test
    void writeWeights() throws Exception {
        String target = System.getProperty("sverka.calibrate", "");
        Path train = Path.of(System.getProperty("sverka.data", "../../../shared/data")).resolve("train");
        assumeTrue(!target.isBlank() && Files.isRegularFile(train.resolve("tico19.en")));
        List<String> en = Files.readAllLines(train.resolve("tico19.en"));
        List<String> ru = Files.readAllLines(train.resolve("tico19.ru"));
        SimilarityModel model = SimilarityModel.defaultModel();
        double[] refinement = RefinementCalibration.fit(model, en.subList(1800, en.size()), ru.subList(1800, ru.size()));
        try (OutputStream out = Files.newOutputStream(Path.of(target))) {
            SimilarityModel.writeWeights(model.weights(), refinement, model.calibration(), "sverka similarity weights: bias, coverage_en, coverage_ru, "
                    + "coverage_min, length, numbers_agree, numbers_differ; fitted on 300 held-out TICO-19 pairs. refinement: bias, "
                    + "base log-odds (fixed 1), dice, lexical dice, crossing of the one-to-one word alignment; fitted on the same "
                    + "pairs against their document neighbours (RefinementCalibration). calibration: scale, shift of the score on hard report tasks of seed "
                    + "11 (ScoreCalibrationRun)", out);
        }
        System.out.println("refinement " + Arrays.toString(refinement) + " written to " + target);
    }
}
