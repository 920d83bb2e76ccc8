package org.sverka.pipeline.corpus;

import java.util.Locale;
import java.util.Map;

/** The one-page HTML report of a corpus run: pairs done and failed with reasons, beads per type, filters, scores. */
final class CorpusReport {
    private CorpusReport() {
    }

    static String html(CorpusStats s) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>sverka corpus report</title>\n<style>")
                .append("body{font-family:sans-serif;margin:1.5em;max-width:60em;color:#222}td,th{padding:.2em .6em;text-align:left;")
                .append("border-bottom:1px solid #ddd}th{background:#f3f3f3}h2{font-size:1.1em;margin-top:1.4em}.bar{background:#4a7ebb;height:.9em}")
                .append("</style></head><body>\n<h1>Corpus report</h1>\n");
        h.append(String.format(Locale.ROOT, "<p>%d of %d pairs aligned, %d failed; %,d sentences read; %,d beads matched, "
                + "<b>%,d kept</b> (mean score %.3f). %.1f s (%.1f pairs/s).</p>%n", s.pairsDone(), s.pairs(), s.failures().size(),
                s.sentences(), s.beadsMatched(), s.beadsKept(), s.meanScore(), s.seconds(), s.pairsPerSecond()));
        if (s.learning() != null) {
            h.append(String.format(Locale.ROOT, "<p>Learning pass: %,d word pairs learned from the confident beads; the first pass "
                    + "would have kept %,d beads (mean score %.3f), the second kept %,d (mean score %.3f).</p>%n",
                    s.learning().wordPairs(), s.learning().firstPass().beads(), s.learning().firstPass().meanScore(),
                    s.beadsKept(), s.meanScore()));
        }
        h.append("<h2>Beads per type</h2>\n<table><tr><th>type</th><th>beads</th></tr>\n");
        s.beadTypes().forEach((k, v) -> h.append("<tr><td>").append(k).append("</td><td>").append(v).append("</td></tr>\n"));
        h.append("</table>\n<h2>Filtered out</h2>\n<table><tr><th>filter</th><th>beads</th></tr>\n");
        s.filtered().forEach((k, v) -> h.append("<tr><td>").append(k).append("</td><td>").append(v).append("</td></tr>\n"));
        h.append("</table>\n<h2>Score histogram (kept beads)</h2>\n<table>\n");
        int max = Math.max(1, s.histogram().stream().mapToInt(Integer::intValue).max().orElse(1));
        for (int b = 0; b < s.histogram().size(); b++) {
            int n = s.histogram().get(b);
            h.append(String.format(Locale.ROOT, "<tr><td>%.1f–%.1f</td><td>%d</td><td style=\"width:20em\"><div class=\"bar\" "
                    + "style=\"width:%.0f%%\"></div></td></tr>%n", b / 10.0, (b + 1) / 10.0, n, 100.0 * n / max));
        }
        h.append("</table>\n<h2>What each threshold keeps</h2>\n<p>A score is a calibrated probability that the match is right: "
                + "the mean score of what a threshold keeps is the precision to expect.</p>\n"
                + "<table><tr><th>threshold</th><th>matched beads kept</th><th>expected precision</th></tr>\n");
        for (CorpusStats.ThresholdRow r : s.thresholds()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%.1f</td><td>%d</td><td>%.3f</td></tr>%n", r.threshold(), r.beads(),
                    r.expectedPrecision()));
        }
        h.append("</table>\n<h2>Failed pairs</h2>\n");
        if (s.failures().isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<table><tr><th>pair</th><th>reason</th></tr>\n");
            for (Map.Entry<String, String> f : s.failures().entrySet()) {
                h.append("<tr><td>").append(esc(f.getKey())).append("</td><td>").append(esc(f.getValue())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    /** HTML-escaped, control characters shown as escapes (an id may hold ESC or NUL). */
    private static String esc(String s) {
        return org.sverka.pipeline.Printable.escape(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
