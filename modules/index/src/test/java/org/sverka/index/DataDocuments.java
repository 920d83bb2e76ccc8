package org.sverka.index;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Documents of the shared evaluation data, read in place: one side of a corpus cut by its docids. */
final class DataDocuments {
    private DataDocuments() {
    }

    /** A document: its id and its sentences. */
    record Doc(String id, List<String> sentences) {
    }

    /** @return the data folder; the test is skipped when it is absent */
    static Path data() {
        String p = System.getProperty("sverka.data");
        assumeTrue(p != null && Files.isDirectory(Path.of(p)), "no shared data (sverka.data)");
        return Path.of(p);
    }

    /**
     * @param text   the file of lines of one language
     * @param docids the file of document ids, line for line
     * @return the documents in order of first appearance
     */
    static List<Doc> read(Path text, Path docids) throws IOException {
        List<String> lines = Files.readAllLines(text);
        List<String> ids = Files.readAllLines(docids);
        Map<String, List<String>> docs = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            docs.computeIfAbsent(ids.get(i), k -> new ArrayList<>()).add(lines.get(i));
        }
        List<Doc> out = new ArrayList<>();
        docs.forEach((id, s) -> out.add(new Doc(id, s)));
        return out;
    }

    /** @return the Russian documents of NTREX-128 */
    static List<Doc> ntrexRussian(Path data) throws IOException {
        return read(data.resolve("ntrex128/ntrex.ru"), data.resolve("ntrex128/ntrex.docids"));
    }

    /** @return every Russian line of the data: the three evaluation sets and the training pairs */
    static List<String> russianLines(Path data) throws IOException {
        List<String> out = new ArrayList<>();
        for (String f : List.of("ntrex128/ntrex.ru", "ntrex128/newstest2019.en-ru.ref.ru",
                "flores200/flores200.devtest.ru", "un-devset/UNv1.0.devset.ru", "train/tatoeba.ru", "train/tico19.ru")) {
            for (String line : Files.readAllLines(data.resolve(f))) {
                if (!line.isBlank()) {
                    out.add(line);
                }
            }
        }
        return out;
    }
}
