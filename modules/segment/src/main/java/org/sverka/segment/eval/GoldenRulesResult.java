package org.sverka.segment.eval;

import java.util.List;

/**
 * The score on the Golden Rules: how many cases came out exactly as expected, and the others.
 *
 * @param passed   cases passed
 * @param total    cases run
 * @param failures the cases not passed, in file order
 */
public record GoldenRulesResult(int passed, int total, List<GoldenRuleFailure> failures) {
    /** Copies the list. */
    public GoldenRulesResult {
        failures = List.copyOf(failures);
    }

    /** @return the share of cases passed, 0 to 1 */
    public double accuracy() {
        return total == 0 ? 0 : (double) passed / total;
    }

    /** @return a human-readable report: the score, then each failing case with expected and actual sentences */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "Golden Rules (en): %d/%d passed (%.2f%%)%n",
                passed, total, 100 * accuracy()));
        for (GoldenRuleFailure f : failures) {
            sb.append("  FAIL ").append(f.rule().text()).append('\n');
            sb.append("    expected ").append(f.rule().expected()).append('\n');
            sb.append("    actual   ").append(f.actual()).append('\n');
        }
        return sb.toString();
    }
}
