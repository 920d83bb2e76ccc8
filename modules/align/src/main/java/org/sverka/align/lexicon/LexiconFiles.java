package org.sverka.align.lexicon;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/** Writes lexicon files in the formats {@link Lexicon.Builder#addFile} reads, sorted so that rebuilds compare. */
public final class LexiconFiles {
    private LexiconFiles() {
    }

    /**
     * Writes dictionary pairs as {@code en ru weight} lines.
     *
     * @param pairs the pairs
     * @param out   where to write (gzip-compressed here when {@code gzip})
     * @param gzip  whether to compress
     * @throws IOException when writing fails
     */
    public static void writeDictionary(List<DictdImporter.Pair> pairs, OutputStream out, boolean gzip) throws IOException {
        List<String> lines = new ArrayList<>();
        for (DictdImporter.Pair p : pairs) {
            lines.add(p.source() + "\t" + p.target() + "\t" + (p.weight() == 1f ? "1" : String.format(Locale.ROOT, "%.2f", p.weight())));
        }
        write(lines, out, gzip, "# en-stem\tru-stem\tweight");
    }

    /**
     * Writes learned probabilities as {@code en ru p(ru|en) p(en|ru)} lines, keeping for each
     * English stem the strongest pairs of content words.
     *
     * @param table     the trained table
     * @param enContent English content stems (pairs with other stems are left out)
     * @param ruContent Russian content stems
     * @param minimum   smallest probability kept, in either direction
     * @param perWord   most Russian stems kept for one English stem
     * @param out       where to write
     * @param gzip      whether to compress
     * @return the number of pairs written
     * @throws IOException when writing fails
     */
    public static int writeProbabilities(Ibm1Trainer.Table table, Set<String> enContent, Set<String> ruContent,
                                         double minimum, int perWord, OutputStream out, boolean gzip) throws IOException {
        Map<String, Map<String, double[]>> both = new TreeMap<>();
        table.forward().forEach((en, row) -> row.forEach((ru, p) -> {
            if (enContent.contains(en) && ruContent.contains(ru)) {
                both.computeIfAbsent(en, k -> new TreeMap<>()).computeIfAbsent(ru, k -> new double[2])[0] = p;
            }
        }));
        table.backward().forEach((ru, row) -> row.forEach((en, p) -> {
            if (enContent.contains(en) && ruContent.contains(ru)) {
                both.computeIfAbsent(en, k -> new TreeMap<>()).computeIfAbsent(ru, k -> new double[2])[1] = p;
            }
        }));
        List<String> lines = new ArrayList<>();
        both.forEach((en, row) -> row.entrySet().stream()
                .filter(e -> Math.max(e.getValue()[0], e.getValue()[1]) >= minimum)
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -Math.max(e.getValue()[0], e.getValue()[1]))
                        .thenComparing(Map.Entry::getKey))
                .limit(perWord)
                .forEach(e -> lines.add(String.format(Locale.ROOT, "%s\t%s\t%.4f\t%.4f", en, e.getKey(),
                        e.getValue()[0], e.getValue()[1]))));
        write(lines, out, gzip, "# en-stem\tru-stem\tp(ru|en)\tp(en|ru)");
        return lines.size();
    }

    private static void write(List<String> lines, OutputStream out, boolean gzip, String header) throws IOException {
        OutputStream target = gzip ? new GZIPOutputStream(out) : out;
        Writer w = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
        w.write(header);
        w.write('\n');
        for (String l : lines) {
            w.write(l);
            w.write('\n');
        }
        w.flush();
        if (target instanceof GZIPOutputStream g) {
            g.finish();
        }
    }
}
