package org.sverka.pipeline.find;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.sverka.align.eval.ParallelDocument;
import org.sverka.index.OriginalsIndex;
import org.sverka.pipeline.Sverka;

/**
 * The pool of {@code eval find} for tests: the 1,136 Russian documents of NTREX-128, FLORES-200 and the UN
 * development set, read in place from the shared data and indexed under the benchmark's keys
 * ({@code un-devset/2015/e/res/2014/38}). A test is skipped when the data is absent.
 */
final class FindPool {
    private FindPool() {
    }

    /**
     * Indexes every Russian document of the pool and commits.
     *
     * @param sverka the front door whose index terms are used
     * @param index  an index open for writing
     * @return the English side of each document, by key
     */
    static Map<String, ParallelDocument> index(Sverka sverka, OriginalsIndex index) throws IOException {
        Path data = Path.of(System.getProperty("sverka.data", "../../../shared/data"));
        Assumptions.assumeTrue(Files.isDirectory(data.resolve("un-devset")), "no evaluation data at " + data);
        IndexTerms terms = sverka.indexTerms();
        Map<String, ParallelDocument> documents = new HashMap<>();
        for (String[] c : new String[][] {{"ntrex128", "ntrex"}, {"flores200", "flores200.devtest"}, {"un-devset", "UNv1.0.devset"}}) {
            Path d = data.resolve(c[0]);
            for (ParallelDocument doc : ParallelDocument.read(d.resolve(c[1] + ".en"), d.resolve(c[1] + ".ru"),
                    d.resolve(c[1] + ".docids"))) {
                String key = c[0] + "/" + doc.id();
                index.add(terms.document(key, Integer.toHexString(doc.russian().hashCode()), "ru", "", doc.russian()));
                documents.put(key, doc);
            }
        }
        index.commit();
        return documents;
    }
}
