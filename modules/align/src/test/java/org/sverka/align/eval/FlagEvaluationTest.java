package org.sverka.align.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.PairFlags;
import org.sverka.align.model.SimilarityModel;

/** The flag benchmark on NTREX-128 and FLORES-200 sentence pairs: prints recall and false flags per perturbation. */
class FlagEvaluationTest {
    @Test
    void flagsFindPerturbationsAndSpareUntouchedPairs() {
        Path data = BenchmarkFigures.data();
        assumeTrue(Files.isDirectory(data.resolve("ntrex128")) && Files.isDirectory(data.resolve("flores200")));
        List<ParallelDocument> docs = new ArrayList<>();
        for (String[] c : new String[][] {{"ntrex128", "ntrex"}, {"flores200", "flores200.devtest"}}) {
            Path dir = data.resolve(c[0]);
            docs.addAll(ParallelDocument.read(dir.resolve(c[1] + ".en"), dir.resolve(c[1] + ".ru"), dir.resolve(c[1] + ".docids")));
        }
        SimilarityModel model = SimilarityModel.defaultModel();
        FlagEvaluation.Result r = FlagEvaluation.run(docs, 2026, Integer.getInteger("sverka.flagPairs", 800),
                (en, ru) -> PairFlags.labels(en, ru, model));
        System.out.print(r);
        // the odd-numbered documents: held out from flag development, which uses the even ones and TICO-19
        List<ParallelDocument> heldOut = new ArrayList<>();
        for (int d = 1; d < docs.size(); d += 2) {
            heldOut.add(docs.get(d));
        }
        System.out.print("held-out (odd documents):\n" + FlagEvaluation.run(heldOut, 2026, Integer.getInteger("sverka.flagPairs", 800),
                (en, ru) -> PairFlags.labels(en, ru, model)));
        assertTrue(r.recall("number-en") > 0.94 && r.recall("number-ru") > 0.94, r.toString());
        assertTrue(r.recall("negation-add-en") > 0.9 && r.recall("negation-add-ru") > 0.9, r.toString());
        assertTrue(r.recall("negation-drop-en") > 0.78 && r.recall("negation-drop-ru") > 0.8, r.toString());
        assertTrue(r.recall("name-en") > 0.75 && r.recall("name-ru") > 0.75, r.toString());
        assertTrue(r.falseFlagRate() < 0.135, r.toString());
    }
}
