package org.sverka.align.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sverka.core.Bead;

/**
 * Counts for link and bead precision and recall, summed over tasks (micro-averaged).
 *
 * <p>A link is one English–Russian sentence pair inside a bead (a 2-1 bead has two links); beads
 * that leave a side empty have none. An exact bead is a bead with both sides, equal to a gold bead
 * on both sides.
 *
 * @param linksPredicted links in the predicted beads
 * @param linksGold      links in the gold beads
 * @param linksRight     links in both
 * @param beadsPredicted predicted beads with both sides
 * @param beadsGold      gold beads with both sides
 * @param beadsRight     beads in both
 */
public record AlignmentScore(long linksPredicted, long linksGold, long linksRight,
                             long beadsPredicted, long beadsGold, long beadsRight) {
    /** No tasks yet. */
    public static final AlignmentScore ZERO = new AlignmentScore(0, 0, 0, 0, 0, 0);

    /**
     * @param predicted the aligner's beads
     * @param gold      the true beads
     * @return the counts for one task
     */
    public static AlignmentScore of(List<Bead> predicted, List<Bead> gold) {
        Set<Long> p = links(predicted);
        Set<Long> g = links(gold);
        Set<String> pb = beads(predicted);
        Set<String> gb = beads(gold);
        long lr = p.stream().filter(g::contains).count();
        long br = pb.stream().filter(gb::contains).count();
        return new AlignmentScore(p.size(), g.size(), lr, pb.size(), gb.size(), br);
    }

    private static Set<Long> links(List<Bead> beads) {
        Set<Long> out = new HashSet<>();
        for (Bead b : beads) {
            for (int e : b.en()) {
                for (int r : b.ru()) {
                    out.add(((long) e << 32) | r);
                }
            }
        }
        return out;
    }

    private static Set<String> beads(List<Bead> beads) {
        Set<String> out = new HashSet<>();
        for (Bead b : beads) {
            if (b.isMatch()) {
                out.add(b.en() + "|" + b.ru());
            }
        }
        return out;
    }

    /**
     * @param o more counts
     * @return the sum
     */
    public AlignmentScore plus(AlignmentScore o) {
        return new AlignmentScore(linksPredicted + o.linksPredicted, linksGold + o.linksGold, linksRight + o.linksRight,
                beadsPredicted + o.beadsPredicted, beadsGold + o.beadsGold, beadsRight + o.beadsRight);
    }

    /** @return link precision */
    public double precision() {
        return ratio(linksRight, linksPredicted);
    }

    /** @return link recall */
    public double recall() {
        return ratio(linksRight, linksGold);
    }

    /** @return link F1 */
    public double f1() {
        return f(precision(), recall());
    }

    /** @return exact-bead F1 */
    public double beadF1() {
        return f(ratio(beadsRight, beadsPredicted), ratio(beadsRight, beadsGold));
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  bead-F1 %.3f", precision(), recall(), f1(), beadF1());
    }
}
