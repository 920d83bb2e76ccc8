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
     * Reads documents from three line-aligned files: English, Russian, and document ids; the lines
     * of one id form a document, in file order, wherever they stand.
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
            Map<String, List<Integer>> lines = new LinkedHashMap<>();
            for (int i = 0; i < d.size(); i++) {
                lines.computeIfAbsent(d.get(i).strip(), k -> new ArrayList<>()).add(i);
            }
            List<ParallelDocument> out = new ArrayList<>();
            lines.forEach((id, idx) -> out.add(new ParallelDocument(id, idx.stream().map(e::get).toList(),
                    idx.stream().map(r::get).toList())));
            return out;
        } catch (IOException ex) {
            throw new InputException(en.getParent().toString(), "cannot read: " + ex.getMessage(), ex);
        }
    }
}
