package org.sverka.align.eval;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sverka.core.Bead;
import org.sverka.core.BeadKind;

/**
 * How well an aligner names its beads' kinds: for every predicted match whose sentences equal a gold
 * bead's, the gold kind against the predicted one. Beads the aligner got wrong are left out: the
 * kind of a wrong match has no truth to compare with.
 * <pre>{@code
 * KindEvaluation k = new KindEvaluation();
 * k.add(alignment.beads(), task.gold());
 * k.accuracy(BeadKind.PARTIAL_EN);
 * }</pre>
 * Not thread-safe.
 */
public final class KindEvaluation {
    private final Map<BeadKind, Map<BeadKind, Integer>> counts = new EnumMap<>(BeadKind.class);

    /**
     * Counts the matches of one task.
     *
     * @param predicted the aligner's beads
     * @param gold      the gold beads, with their kinds
     */
    public void add(List<Bead> predicted, List<Bead> gold) {
        Map<List<List<Integer>>, BeadKind> truth = new HashMap<>();
        for (Bead g : gold) {
            if (g.isMatch()) {
                truth.put(List.of(g.en(), g.ru()), g.kind());
            }
        }
        for (Bead p : predicted) {
            BeadKind t = p.isMatch() ? truth.get(List.of(p.en(), p.ru())) : null;
            if (t != null) {
                counts.computeIfAbsent(t, k -> new EnumMap<>(BeadKind.class)).merge(p.kind(), 1, Integer::sum);
            }
        }
    }

    /**
     * @param gold a gold kind
     * @return the share of correctly aligned beads of that kind that were named so (0 when none)
     */
    public double accuracy(BeadKind gold) {
        Map<BeadKind, Integer> row = counts.getOrDefault(gold, Map.of());
        int n = row.values().stream().mapToInt(Integer::intValue).sum();
        return n == 0 ? 0 : (double) row.getOrDefault(gold, 0) / n;
    }

    /** @return the share of all correctly aligned beads whose kind was named right */
    public double accuracy() {
        int n = 0;
        int right = 0;
        for (var e : counts.entrySet()) {
            for (var c : e.getValue().entrySet()) {
                n += c.getValue();
                right += c.getKey() == e.getKey() ? c.getValue() : 0;
            }
        }
        return n == 0 ? 0 : (double) right / n;
    }

    /** @return per gold kind, how often each kind was predicted (a copy) */
    public Map<BeadKind, Map<BeadKind, Integer>> confusion() {
        Map<BeadKind, Map<BeadKind, Integer>> out = new EnumMap<>(BeadKind.class);
        counts.forEach((k, v) -> out.put(k, Map.copyOf(v)));
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, row) -> sb.append(String.format(Locale.ROOT, "%-12s accuracy %.3f  predicted %s%n", k.label(),
                accuracy(k), row)));
        sb.append(String.format(Locale.ROOT, "all          accuracy %.3f%n", accuracy()));
        return sb.toString();
    }
}
