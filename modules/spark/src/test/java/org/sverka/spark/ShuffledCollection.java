package org.sverka.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sverka.align.eval.ParallelDocument;
import org.sverka.pipeline.eval.ShuffledFiles;
import org.sverka.pipeline.find.ContentPairing;

/**
 * Real parallel documents written as two folders of text files under shuffled random names, a
 * sentence a paragraph, with the gold pairing kept aside: what {@code --pair-by content} is for.
 */
final class ShuffledCollection {
    final Path english;
    final Path russian;
    /** English file name to the Russian file name of the same document. */
    final Map<String, String> gold = new HashMap<>();
    private final List<String> englishNames = new ArrayList<>();

    /**
     * @param documents the documents
     * @param dir       the folder to write {@code en/} and {@code ru/} into
     * @param seed      the names' seed
     */
    ShuffledCollection(List<ParallelDocument> documents, Path dir, long seed) throws IOException {
        english = Files.createDirectories(dir.resolve("en"));
        russian = Files.createDirectories(dir.resolve("ru"));
        Random rnd = new Random(seed);
        for (ParallelDocument d : documents) {
            String name = ShuffledFiles.write(english, rnd, d.english());
            englishNames.add(name);
            gold.put(name, ShuffledFiles.write(russian, rnd, d.russian()));
        }
    }

    /** @return the English files' names in the documents' order */
    List<String> orderedEnglishNames() {
        return List.copyOf(englishNames);
    }

    /**
     * @param data       the shared data folder
     * @param corpus     the corpus folder, e.g. {@code ntrex128}
     * @param base       the files' base name, e.g. {@code ntrex}
     * @return its documents
     */
    static List<ParallelDocument> read(Path data, String corpus, String base) {
        Path dir = data.resolve(corpus);
        return ParallelDocument.read(dir.resolve(base + ".en"), dir.resolve(base + ".ru"), dir.resolve(base + ".docids"));
    }

    /** @return {right pairs, pairs} of a pairing against the gold */
    int[] score(List<ContentPairing.Pair> pairs) {
        int right = 0;
        for (ContentPairing.Pair p : pairs) {
            String r = gold.get(Path.of(p.english()).getFileName().toString());
            if (r != null && r.equals(Path.of(p.russian()).getFileName().toString())) {
                right++;
            }
        }
        return new int[] {right, pairs.size()};
    }

    /** @return the pairs of a pairs.tsv: {id, English, Russian} */
    static List<ContentPairing.Pair> readPairs(Path pairsTsv) throws IOException {
        List<ContentPairing.Pair> out = new ArrayList<>();
        for (String line : Files.readAllLines(pairsTsv)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                out.add(new ContentPairing.Pair(f[0], f[1], f[2], 1, 0, 1));
            }
        }
        return out;
    }
}
