package org.sverka.pipeline.find;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sverka.pipeline.Pipeline;
import org.sverka.pipeline.Printable;

/**
 * Writes what {@code sverka find} shows: the ranked candidates with their evidence, as text for a
 * person (each candidate's score, how much of the report it explains and in what order, the evidence
 * that tells candidates of one score apart: the weighted share of the report matched, the share of the
 * original explained and the numbers the matches disagree on; the names and numbers it shares with the
 * report, and its first matched sentences) or as JSON for scripts
 * (every field, every match; sentence numbers 1-based).
 * <pre>{@code
 * FindReport.text(result, out);
 * FindReport.json(result, out);
 * }</pre>
 */
public final class FindReport {
    /** Matched sentences shown per candidate in the text form. */
    static final int SHOWN_MATCHES = 3;
    /** Characters of a sentence shown in the text form. */
    static final int SHOWN_CHARS = 110;

    private FindReport() {
    }

    /**
     * @param r   the result
     * @param out where it goes
     */
    public static void text(FindResult r, PrintWriter out) {
        out.printf(Locale.ROOT, "%s (%s, %d sentences) against %,d %s documents%s%n", Printable.escape(r.report()),
                Pipeline.name(r.reportLanguage()), r.reportSentences(), r.searched(), Pipeline.name(r.documentLanguage()),
                r.ranked().isEmpty() ? ": no candidates" : ":");
        int rank = 0;
        for (FoundOriginal f : r.ranked()) {
            rank++;
            String title = f.title().isBlank() ? "" : "  \"" + Printable.escape(cut(f.title())) + "\"";
            if (f.assessed()) {
                out.printf(Locale.ROOT, "%2d  %.3f  %s%s%n", rank, f.score(), Printable.escape(f.path()), title);
                int matched = f.matches().stream().mapToInt(m -> m.report().size()).sum();
                out.printf(Locale.ROOT, "      %d of %d report sentences matched (%.0f%%), %.0f%% in the original's order; BM25 %.1f%n",
                        matched, r.reportSentences(), 100 * f.matchedShare(), 100 * f.orderAgreement(), f.firstStageScore());
                out.printf(Locale.ROOT, "      weighted share %.3f, %.0f%% of the original explained, %d %s the matches disagree on%n",
                        f.weightedShare(), 100 * f.originalShare(), f.numberConflicts(), f.numberConflicts() == 1 ? "number" : "numbers");
                if (f.outweighed() > 0) {
                    out.printf(Locale.ROOT, "      %d more %s not counted, wholly or in part: another candidate matches %s report sentences more surely%n",
                            f.outweighed(), f.outweighed() == 1 ? "match" : "matches", f.outweighed() == 1 ? "its" : "their");
                }
            } else {
                out.printf(Locale.ROOT, "%2d  -      %s%s%n", rank, Printable.escape(f.path()), title);
                out.printf(Locale.ROOT, "      not aligned (past the first %d candidates); BM25 %.1f%n", OriginalsFinder.RERANKED,
                        f.firstStageScore());
            }
            if (!f.sharedNames().isEmpty() || !f.sharedNumbers().isEmpty()) {
                out.printf("      shares names: %s; numbers: %s%n", list(f.sharedNames()), list(f.sharedNumbers()));
            }
            for (int i = 0; i < Math.min(SHOWN_MATCHES, f.matches().size()); i++) {
                MatchedSentence m = f.matches().get(i);
                out.printf(Locale.ROOT, "      report %s \"%s\"%n        = original %s \"%s\" (%.2f)%n", numbers(m.report()),
                        Printable.escape(cut(m.reportText())), numbers(m.original()), Printable.escape(cut(m.originalText())),
                        m.score());
            }
            if (f.matches().size() > SHOWN_MATCHES) {
                out.printf("      and %d more matches (--json lists all)%n", f.matches().size() - SHOWN_MATCHES);
            }
        }
        out.flush();
    }

    /**
     * @param r   the result
     * @param out where it goes, as one JSON object and a line break
     * @throws IOException when writing fails
     */
    public static void json(FindResult r, PrintWriter out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("report", r.report());
        g.writeStringField("language", r.reportLanguage());
        g.writeNumberField("sentences", r.reportSentences());
        g.writeStringField("searched_language", r.documentLanguage());
        g.writeNumberField("searched", r.searched());
        g.writeArrayFieldStart("candidates");
        int rank = 0;
        for (FoundOriginal f : r.ranked()) {
            g.writeStartObject();
            g.writeNumberField("rank", ++rank);
            g.writeStringField("path", f.path());
            g.writeStringField("title", f.title());
            g.writeStringField("language", f.language());
            g.writeBooleanField("aligned", f.assessed());
            if (f.assessed()) {
                g.writeNumberField("score", round(f.score()));
                g.writeNumberField("matched_share", round(f.matchedShare()));
                g.writeNumberField("order_agreement", round(f.orderAgreement()));
                g.writeNumberField("weighted_share", round(f.weightedShare()));
                g.writeNumberField("original_share", round(f.originalShare()));
                g.writeNumberField("number_conflicts", f.numberConflicts());
                g.writeNumberField("outweighed_matches", f.outweighed());
            }
            g.writeNumberField("bm25", round(f.firstStageScore()));
            strings(g, "shared_names", f.sharedNames());
            strings(g, "shared_numbers", f.sharedNumbers());
            g.writeArrayFieldStart("matches");
            for (MatchedSentence m : f.matches()) {
                g.writeStartObject();
                ints(g, "report", m.report());
                ints(g, "original", m.original());
                g.writeStringField("report_text", m.reportText());
                g.writeStringField("original_text", m.originalText());
                g.writeNumberField("score", round(m.score()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.println();
        out.flush();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void ints(JsonGenerator g, String name, List<Integer> zeroBased) throws IOException {
        g.writeArrayFieldStart(name);
        for (int v : zeroBased) {
            g.writeNumber(v + 1);
        }
        g.writeEndArray();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static String numbers(List<Integer> zeroBased) {
        return String.join(",", zeroBased.stream().map(i -> String.valueOf(i + 1)).toList());
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "none" : Printable.escape(String.join(", ", values));
    }

    private static String cut(String s) {
        return s.length() <= SHOWN_CHARS ? s : s.substring(0, SHOWN_CHARS - 1) + "…";
    }
}
