package org.sverka.align.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.core.InputException;

/**
 * A document whose English line i translates its Russian line i.
 *
 * @param id      the document id
 * @param english English lines
 * @param russian Russian lines, as many
 */
public record ParallelDocument(String id, List<String> english, List<String> russian) {
    /** Checks the sides have as many lines. */
    public ParallelDocument {
        english = List.copyOf(english);
        russian = List.copyOf(russian);
        if (english.size() != russian.size()) {
            throw new IllegalArgumentException(id + ": " + english.size() + " English and " + russian.size() + " Russian lines");
        }
    }

    /** @return the number of sentence pairs */
    public int size() {
        return english.size();
    }

    /**
     * Reads documents from three line-aligned files: English, Russian, and document ids
     * (documents are contiguous blocks of lines with one id).
     *
     * @param en    English lines
     * @param ru    Russian lines
     * @param docIds document id a line
     * @return the documents in file order
     * @throws InputException when the files differ in length or cannot be read
     */
    public static List<ParallelDocument> read(Path en, Path ru, Path docIds) {
        try {
            List<String> e = Files.readAllLines(en);
            List<String> r = Files.readAllLines(ru);
            List<String> d = Files.readAllLines(docIds);
            if (e.size() != r.size() || e.size() != d.size()) {
                throw new InputException(en.getParent().toString(), "the English, Russian and id files differ in length: "
                        + e.size() + ", " + r.size() + ", " + d.size());
            }
            Map<String, int[]> spans = new LinkedHashMap<>();
            List<ParallelDocument> out = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= d.size(); i++) {
                if (i == d.size() || !d.get(i).equals(d.get(start))) {
                    String id = d.get(start) + (spans.containsKey(d.get(start)) ? "#" + start : "");
                    spans.put(id, new int[] {start, i});
                    out.add(new ParallelDocument(id, e.subList(start, i), r.subList(start, i)));
                    start = i;
                }
            }
            return out;
        } catch (IOException ex) {
            throw new InputException(en.getParent().toString(), "cannot read: " + ex.getMessage(), ex);
        }
    }
}
