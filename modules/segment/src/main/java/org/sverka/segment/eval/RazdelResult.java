package org.sverka.segment.eval;

import java.util.List;
import java.util.Locale;

/**
 * The score of razdel's protocol on a corpus of sentence windows.
 *
 * @param windows          windows segmented
 * @param etalonSplits     splits between sentences in those windows
 * @param etalonBoundaries sentence ends, the window ends included: {@code etalonSplits + windows},
 *                         the denominator of the protocol
 * @param falseSplits      splits made where the etalon has none
 * @param missedSplits     etalon splits not made
 * @param wrongWindows     the windows with an error, in sample order (at most the number asked for)
 */
public record RazdelResult(int windows, int etalonSplits, int etalonBoundaries, int falseSplits, int missedSplits,
                           List<RazdelWindowError> wrongWindows) {
    /** Copies the list. */
    public RazdelResult {
        wrongWindows = List.copyOf(wrongWindows);
    }

    /** @return false plus missed splits */
    public int errors() {
        return falseSplits + missedSplits;
    }

    /** @return errors per 1000 etalon boundaries: {@code errors / (etalon splits + 1) * 1000}, summed over windows */
    public double errorsPer1000() {
        return etalonBoundaries == 0 ? 0 : 1000.0 * errors() / etalonBoundaries;
    }

    /**
     * @param examples how many wrong windows to show
     * @return a human-readable report: the figures, then the first wrong windows
     */
    public String report(int examples) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "OpenCorpora (ru), razdel protocol: %d windows, %d etalon boundaries, %d errors "
                        + "(%d false splits + %d missed splits) = %.1f errors per 1000%n",
                windows, etalonBoundaries, errors(), falseSplits, missedSplits, errorsPer1000()));
        for (RazdelWindowError w : wrongWindows.subList(0, Math.min(examples, wrongWindows.size()))) {
            sb.append(String.format(Locale.ROOT, "  window: %d false, %d missed%n", w.falseSplits(), w.missedSplits()));
            w.etalon().forEach(s -> sb.append("    etalon > ").append(s).append('\n'));
            w.guess().forEach(s -> sb.append("    guess  > ").append(s).append('\n'));
        }
        return sb.toString();
    }

    /** @return the report with the first ten wrong windows */
    public String report() {
        return report(10);
    }
}
