package org.sverka.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.sverka.core.BeadKind;
import org.sverka.core.Flag;
import org.sverka.core.ParallelTable;
import org.sverka.core.SentenceKind;

/**
 * A self-contained HTML page for reading an alignment: a plot of English sentence number against
 * Russian sentence number (a report's quotes show as scattered dots, a translation as a diagonal),
 * then the two texts side by side, a row a bead, coloured by score, with what both sides share
 * marked and the flags shown; a match that is not a plain translation carries a badge saying what it
 * is ({@code partial}, {@code paraphrase}, {@code dateline}). No scripts, no external fonts or style sheets. Control characters
 * in a text (ESC, NUL, C1 codes) are shown as their code points, {@code [U+001B]}, never written raw.
 */
public final class HtmlWriter implements TableWriter {
    private static final int PLOT = 360;
    private final Highlighter highlighter;

    /** @param highlighter finds what the two sides of a row share */
    public HtmlWriter(Highlighter highlighter) {
        this.highlighter = highlighter;
    }

    @Override
    public void write(ParallelTable table, OutputStream out) throws IOException {
        write(table, ExportContext.NONE, out);
    }

    /**
     * Writes the page; under the sources it says how much of the Russian original the matches
     * cover and, when the context knows, one line per document on what was read and dropped, with
     * its title, author and date.
     */
    @Override
    public void write(ParallelTable table, ExportContext context, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long matches = table.rows().stream().filter(ParallelTable.Row::isMatch).count();
        w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>sverka: "
                + esc(name(table.englishSource())) + " ~ " + esc(name(table.russianSource())) + "</title>\n<style>\n"
                + "body{font-family:sans-serif;margin:1.5em;color:#222;max-width:84em}\n"
                + "h1{font-size:1.3em;margin:0 0 .3em}\n.meta{color:#555;font-size:.9em;margin:.2em 0}\n"
                + "table{border-collapse:collapse;width:100%;margin-top:1em}\n"
                + "td,th{vertical-align:top;padding:.35em .5em;border-bottom:1px solid #ddd;font-size:.95em}\n"
                + "th{text-align:left;background:#f3f3f3}\ntd.n{color:#777;font-size:.8em;white-space:nowrap;text-align:right}\n"
                + "td.s{font-size:.85em;white-space:nowrap}\ntr.none td.t{color:#999;font-style:italic}\n"
                + "mark{background:#ffe27a;border-radius:2px;padding:0 1px}\n"
                + ".kind{display:inline-block;font-size:.75em;background:#2c5d8f;color:#fff;border-radius:3px;padding:0 .4em;margin-top:.2em}\n"
                + ".flag{display:inline-block;font-size:.75em;background:#c0392b;color:#fff;border-radius:3px;padding:0 .4em;margin:.2em .2em 0 0}\n"
                + ".flag.note{background:#d5d8dc;color:#333}\n"
                + ".top{display:flex;gap:2em;align-items:flex-start}\n.top>div{flex:1 1 auto;min-width:0}\n.top>svg{flex:none}\n.legend{font-size:.8em;color:#555}\n"
                + "</style></head><body>\n");
        w.write("<div class=\"top\"><div>\n<h1>" + esc(name(table.englishSource())) + " &nbsp;~&nbsp; "
                + esc(name(table.russianSource())) + "</h1>\n");
        w.write("<p class=\"meta\">English: " + esc(table.englishSource()) + " (" + table.englishSentences().size()
                + " sentences)<br>Russian: " + esc(table.russianSource()) + " (" + table.russianSentences().size()
                + " sentences)</p>\n<p class=\"meta\">Mode: <b>" + esc(table.mode()) + "</b>. " + esc(table.reason())
                + "</p>\n<p class=\"meta\">" + table.rows().size() + " beads, " + matches + " matched; "
                + esc(Coverage.of(table).line()) + ".</p>\n");
        for (boolean english : new boolean[] {true, false}) {
            if (context.source(english).isPresent()) {
                SourceSummary s = context.source(english).get();
                StringBuilder line = new StringBuilder(english ? "English document: " : "Russian document: ").append(s.line()).append('.');
                for (String[] field : new String[][] {{"Title", s.info().title()}, {"Author", s.info().author()},
                    {"Published", s.info().published()}}) {
                    if (!field[1].isEmpty()) {
                        line.append(' ').append(field[0]).append(": ").append(field[1]).append('.');
                    }
                }
                w.write("<p class=\"meta source\">" + esc(line.toString()) + "</p>\n");
            }
        }
        w.write("<p class=\"legend\">Row colour: score from red (0) through yellow to green (1); grey rows have no "
                + "counterpart. <mark>Marked</mark>: numbers and names found on both sides. "
                + "A badge under the score says when a match is not a plain translation: partial (one side renders part "
                + "of the other), paraphrase, dateline. A badge under a sentence says when it is not story text or not an ordinary "
                + "sentence: dateline, speaker, byline, caption, related (a link to another story).</p>\n</div>\n");
        plot(w, table);
        w.write("</div>\n<table>\n<tr><th>#</th><th>English</th><th>#</th><th>Russian</th><th>score</th></tr>\n");
        for (ParallelTable.Row r : table.rows()) {
            row(w, r, context);
        }
        w.write("</table>\n</body></html>\n");
        w.flush();
    }

    private void row(Writer w, ParallelTable.Row r, ExportContext context) throws IOException {
        Highlighter.Marks marks = r.isMatch() ? highlighter.shared(r.english(), r.russian()) : Highlighter.NONE.shared("", "");
        String style = r.isMatch() ? " style=\"background:" + colour(r.score()) + "\"" : "";
        w.write("<tr" + (r.isMatch() ? "" : " class=\"none\"") + style + " id=\"b" + r.bead() + "\">");
        w.write("<td class=\"n\">" + numbers(r.en()) + "</td><td class=\"t\">"
                + (r.en().isEmpty() ? "no counterpart" : marked(r.english(), marks.english())) + sentenceKinds(r.en(), true, context)
                + flags(r, true) + "</td>");
        w.write("<td class=\"n\">" + numbers(r.ru()) + "</td><td class=\"t\">"
                + (r.ru().isEmpty() ? "no counterpart" : marked(r.russian(), marks.russian())) + sentenceKinds(r.ru(), false, context)
                + flags(r, false) + "</td>");
        w.write("<td class=\"s\">" + (r.isMatch() ? String.format(Locale.ROOT, "%.2f", r.score()) : "") + badge(r.kind())
                + "</td></tr>\n");
    }

    /**
     * The badge of a match that is not a plain translation ({@code partial}, {@code paraphrase},
     * {@code dateline}), with what it means as its title; nothing for a translation, and nothing for
     * a row with one side only, which already reads "no counterpart".
     */
    static String badge(BeadKind kind) {
        String[] shown = switch (kind) {
            case PARTIAL_EN -> new String[] {"partial", "the English renders part of the Russian"};
            case PARTIAL_RU -> new String[] {"partial", "the Russian renders part of the English"};
            case PARAPHRASE -> new String[] {"paraphrase", "the same content, restructured"};
            case DATELINE -> new String[] {"dateline", "datelines: metadata, not story text"};
            default -> null;
        };
        return shown == null ? "" : "<br><span class=\"kind " + kind.label() + "\" title=\"" + shown[1] + "\">" + shown[0] + "</span>";
    }

    /**
     * A badge for each kind other than an ordinary sentence among a row's sentences on one side
     * (dateline, speaker, byline, caption, related), with what it means as its title.
     */
    static String sentenceKinds(List<Integer> numbers, boolean english, ExportContext context) {
        java.util.EnumSet<SentenceKind> kinds = java.util.EnumSet.noneOf(SentenceKind.class);
        for (int number : numbers) {
            kinds.add(context.kind(english, number));
        }
        StringBuilder sb = new StringBuilder();
        for (SentenceKind kind : kinds) {
            String title = switch (kind) {
                case SENTENCE -> null;
                case DATELINE -> "a dateline: metadata, not story text";
                case SPEAKER -> "a speaker's label in a transcript";
                case BYLINE -> "an author line: metadata, not story text";
                case CAPTION -> "a photo caption or credit";
                case RELATED -> "a link to another story: not story text";
            };
            if (title != null) {
                sb.append("<br><span class=\"kind sentence-kind\" title=\"").append(title).append("\">").append(kind.label())
                        .append("</span>");
            }
        }
        return sb.toString();
    }

    private static String flags(ParallelTable.Row r, boolean english) {
        StringBuilder sb = new StringBuilder();
        for (Flag f : r.flags()) {
            if (f.english() == english) {
                String what = f.kind().description() + (f.isNote() ? " (note)" : "");
                sb.append("<br><span class=\"").append(f.isNote() ? "flag note" : "flag").append("\">").append(what).append(": ")
                        .append(esc(f.value())).append("</span>");
            }
        }
        return sb.toString();
    }

    private static void plot(Writer w, ParallelTable table) throws IOException {
        int n = Math.max(1, table.englishSentences().size());
        int m = Math.max(1, table.russianSentences().size());
        int pad = 34;
        double sx = (double) (PLOT - pad - 8) / n;
        double sy = (double) (PLOT - pad - 8) / m;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(PLOT).append("\" height=\"").append(PLOT)
                .append("\" role=\"img\" aria-label=\"alignment plot\">");
        svg.append("<rect x=\"").append(pad).append("\" y=\"8\" width=\"").append(PLOT - pad - 8).append("\" height=\"")
                .append(PLOT - pad - 8).append("\" fill=\"#fafafa\" stroke=\"#999\"/>");
        for (ParallelTable.Row r : table.matches()) {
            for (int e : r.en()) {
                for (int ru : r.ru()) {
                    double x = pad + (e - 0.5) * sx;
                    double y = 8 + (ru - 0.5) * sy;
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#333\" "
                            + "stroke-width=\"0.5\"><title>English %d ~ Russian %d (%.2f)</title></circle>", x, y,
                            Math.max(2.0, Math.min(5.0, Math.min(sx, sy) / 2)), colour(r.score()), e, ru, r.score()));
                }
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">English sentence (1-%d)</text>",
                pad + (PLOT - pad) / 2, PLOT - 10, n));
        svg.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 12 %d)\">Russian sentence (1-%d)</text>", (PLOT - pad) / 2, (PLOT - pad) / 2, m));
        svg.append("</svg>\n");
        w.write(svg.toString());
    }

    private static String marked(String text, List<int[]> marks) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] m : marks) {
            if (m[0] < at || m[1] > text.length() || m[0] >= m[1]) {
                continue;
            }
            sb.append(esc(text.substring(at, m[0]))).append("<mark>").append(esc(text.substring(m[0], m[1]))).append("</mark>");
            at = m[1];
        }
        return sb.append(esc(text.substring(at))).toString();
    }

    private static String numbers(List<Integer> ids) {
        return ids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
    }

    /** Red (0) through yellow (0.5) to green (1), pale enough to read text on. */
    static String colour(double score) {
        double hue = 120 * Math.max(0, Math.min(1, score));
        return String.format(Locale.ROOT, "hsl(%.0f,70%%,86%%)", hue);
    }

    private static String name(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /**
     * Escapes markup, and shows each control character other than tab and line breaks as its code
     * point in brackets ({@code [U+001B]}): HTML forbids them raw, and a reader should see that the
     * document had one.
     */
    static String esc(String s) {
        String escaped = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        if (!ControlCharacters.contains(escaped)) {
            return escaped;
        }
        StringBuilder sb = new StringBuilder(escaped.length() + 16);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            sb.append(ControlCharacters.isControl(c) ? "[" + ControlCharacters.codePoint(c) + "]" : String.valueOf(c));
        }
        return sb.toString();
    }
}
