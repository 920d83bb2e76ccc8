package org.sverka.pipeline.lexicon;

import org.sverka.pipeline.Limits;
import org.sverka.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sverka.core.InputException;

/**
 * Reads sentence pairs: TSV files (English TAB Russian), TMX files, or line-aligned file pairs
 * named x.en and x.ru.
 */
final class ParallelText {
    private ParallelText() {
    }

    /**
     * @param inputs TSV files, or EN RU file pairs (a file ending in .en followed by its .ru)
     * @param limit  most pairs read from each input, 0 for all
     * @return pairs as {english, russian}
     */
    static List<String[]> read(List<Path> inputs, int limit) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path p = inputs.get(i);
            String name = p.getFileName().toString();
            if (name.endsWith(".en") && i + 1 < inputs.size() && inputs.get(i + 1).getFileName().toString().endsWith(".ru")) {
                List<String> en = Pipeline.readUtf8(p, Limits.DEFAULT.maxFileBytes() * 20).lines().toList();
                List<String> ru = Pipeline.readUtf8(inputs.get(i + 1), Limits.DEFAULT.maxFileBytes() * 20).lines().toList();
                if (en.size() != ru.size()) {
                    throw new InputException(p + " and " + inputs.get(i + 1), "the files have " + en.size() + " and "
                            + ru.size() + " lines; line-aligned files must have as many");
                }
                int n = limit > 0 ? Math.min(limit, en.size()) : en.size();
                for (int k = 0; k < n; k++) {
                    out.add(new String[] {en.get(k), ru.get(k)});
                }
                i++;
            } else if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".tmx")) {
                try (java.io.InputStream in = java.nio.file.Files.newInputStream(p)) {
                    List<String[]> pairs = org.sverka.export.TmxReader.read(in, p.toString());
                    out.addAll(limit > 0 ? pairs.subList(0, Math.min(limit, pairs.size())) : pairs);
                } catch (java.io.IOException e) {
                    throw new InputException(p.toString(), "cannot be read: " + e.getMessage(), e);
                }
            } else {
                List<String> lines = Pipeline.readUtf8(p, Limits.DEFAULT.maxFileBytes() * 20).lines().toList();
                int n = limit > 0 ? Math.min(limit, lines.size()) : lines.size();
                for (int k = 0; k < n; k++) {
                    String[] f = lines.get(k).split("\t", -1);
                    if (f.length != 2) {
                        throw new InputException(p.toString(), "line " + (k + 1) + ": expected English TAB Russian");
                    }
                    out.add(f);
                }
            }
        }
        return out;
    }
}
