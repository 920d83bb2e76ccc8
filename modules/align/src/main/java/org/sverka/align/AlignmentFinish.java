package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;

/**
 * The last step of every model-based aligner: each match's score calibrated for reviewers
 * ({@link org.sverka.align.model.ScoreCalibration}) and each bead given its kind ({@link BeadKinds}).
 * The aligners decide on the model's own log-odds; only what they hand out is changed.
 */
final class AlignmentFinish {
    private AlignmentFinish() {
    }

    static Alignment finish(ScoredPair pair, Alignment a) {
        var calibration = pair.model.calibration();
        List<Bead> beads = new ArrayList<>(a.beads().size());
        for (Bead b : a.beads()) {
            beads.add(b.isMatch() ? new Bead(b.en(), b.ru(), calibration.recalibrate(b.score()), b.flags(), b.kind(), b.span()) : b);
        }
        return new Alignment(a.english(), a.russian(), BeadKinds.classify(pair, beads), a.mode(), a.reason());
    }

    /**
     * Every match of an aligner's beads with its flags ({@link BeadFlags}), in order; each bead is
     * flagged on its own, so a long list is split over the pair's threads ({@link SplitWork}); a name's
     * companions in the other beads ({@link NameCompanions}) are tabled once for them all.
     */
    static List<Bead> flagged(ScoredPair pair, List<Bead> beads) {
        Bead[] out = new Bead[beads.size()];
        NameCompanions companions = NameCompanions.of(pair, beads);
        if (beads.size() >= SplitWork.MIN_ITEMS) {
            // the name rules read both documents' names from the first beads on: read each on a thread of its own
            SplitWork.both(pair.threads, () -> pair.documentNames(true), () -> pair.documentNames(false));
        }
        SplitWork.run(out.length, pair.threads, (from, to) -> {
            for (int k = from; k < to; k++) {
                out[k] = BeadFlags.flag(pair, beads.get(k), companions);
            }
        });
        return List.of(out);
    }
}
