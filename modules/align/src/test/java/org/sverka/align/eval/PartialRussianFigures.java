package org.sverka.align.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sverka.align.AutoAligner;
import org.sverka.align.model.SimilarityModel;
import org.sverka.align.text.Clauses;
import org.sverka.core.Bead;
import org.sverka.core.BeadKind;
import org.sverka.core.SegmentedDocument;

/**
 * Russian-side partials, which the benchmark families do not generate: FLORES-200 documents whose
 * Russian sentences are, one in three where a comma allows, cut to their longer half (the Russian
 * renders part of the English sentence: gold kind {@code partial-ru}). Prints how many of those
 * beads the auto aligner finds and which kind it gives them. Run with
 * {@code mvn -pl modules/align test -Dtest=PartialRussianFigures -Dsverka.benchmark=true}.
 */
class PartialRussianFigures {
    @Test
    void russianHalvesAreFoundAndNamed() {
        assumeTrue(Boolean.getBoolean("sverka.benchmark"));
        Path dir = BenchmarkFigures.data().resolve("flores200");
        assumeTrue(Files.isDirectory(dir));
        List<ParallelDocument> docs = ParallelDocument.read(dir.resolve("flores200.devtest.en"), dir.resolve("flores200.devtest.ru"),
                dir.resolve("flores200.devtest.docids"));
        Random rnd = new Random(Long.getLong("sverka.seed", 2026));
        AutoAligner aligner = new AutoAligner(SimilarityModel.defaultModel());
        KindEvaluation kinds = new KindEvaluation();
        int halved = 0;
        int found = 0;
        for (ParallelDocument d : docs) {
            List<String> russian = new ArrayList<>();
            List<Bead> gold = new ArrayList<>();
            for (int i = 0; i < d.size(); i++) {
                String[] h = Clauses.halves(d.russian().get(i));
                boolean cut = h != null && rnd.nextDouble() < 1 / 3.0;
                russian.add(cut ? Clauses.asSentence(h[0].length() >= h[1].length() ? h[0] : h[1]) : d.russian().get(i));
                Bead g = Bead.of(List.of(i), List.of(i), 0);
                gold.add(cut ? g.withKind(BeadKind.PARTIAL_RU, java.util.Optional.empty()) : g);
            }
            List<Bead> beads = aligner.align(SegmentedDocument.ofLines("en", "en", d.english()),
                    SegmentedDocument.ofLines("ru", "ru", russian)).beads();
            kinds.add(beads, gold);
            for (Bead g : gold) {
                if (g.kind() == BeadKind.PARTIAL_RU) {
                    halved++;
                    if (beads.stream().anyMatch(b -> b.en().equals(g.en()) && b.ru().equals(g.ru()))) {
                        found++;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "Russian halves: %d, aligned as the gold bead: %d (%.3f)%n%s", halved, found,
                halved == 0 ? 0 : (double) found / halved, kinds);
    }
}
