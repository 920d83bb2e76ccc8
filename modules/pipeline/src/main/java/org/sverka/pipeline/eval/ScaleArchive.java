package org.sverka.pipeline.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.sverka.core.InputException;

/**
 * A synthetic archive of Russian documents for the scale benchmark, written as text files: the
 * planted originals (the Russian side of the evaluation documents, whose English side searches the
 * archive) hidden at seeded places among filler documents of 8 to 30 sentences drawn (seeded, with
 * replacement) from Russian text that translates none of the queries: the OpenCorpora sentences of
 * {@code DATA/segmentation}, Tatoeba and TICO-19 of {@code DATA/train}. Leaving the evaluation
 * corpora (and NTREX-128's second Russian translation) out of the filler keeps the planted original
 * the one document of the archive that renders a query. A file is a document: paragraphs (a filler's
 * of one to four sentences, a planted original's of one line) separated by blank lines, so that reading it goes through extraction, language
 * detection and segmentation as any archive file does. Files are spread over folders of 1,000.
 * <pre>{@code
 * ScaleArchive archive = ScaleArchive.read(Path.of("../shared/data"), planted, 14);
 * Map<String, String> paths = archive.write(folder, 100_000);   // planted key -> file
 * }</pre>
 */
final class ScaleArchive {
    /** Fewest and most sentences of a filler document. */
    static final int MIN_SENTENCES = 8;
    static final int MAX_SENTENCES = 30;
    /** Files a folder holds. */
    static final int PER_FOLDER = 1000;

    private final List<String> filler;
    private final Map<String, List<String>> planted;
    private final long seed;

    private ScaleArchive(List<String> filler, Map<String, List<String>> planted, long seed) {
        this.filler = filler;
        this.planted = planted;
        this.seed = seed;
    }

    /**
     * @param data    the shared data folder
     * @param planted the originals to plant: key to Russian sentences, in a fixed order
     * @param seed    the seed: the same seed writes the same archive
     * @return the archive, its filler sentences read
     * @throws InputException when a data file is missing or unreadable
     */
    static ScaleArchive read(Path data, Map<String, List<String>> planted, long seed) {
        List<String> filler = new ArrayList<>();
        Path corpora = data.resolve("segmentation/opencorpora-sents.txt.gz");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpora)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // sentences are separated by "|"; a "|" inside a sentence is written "\|"
                for (String s : line.split("(?<!\\\\)\\|")) {
                    addSentence(filler, s.replace("\\|", "|"));
                }
            }
        } catch (IOException e) {
            throw new InputException(corpora.toString(), "cannot be read: " + e.getMessage(), e);
        }
        for (String name : List.of("train/tatoeba.ru", "train/tico19.ru")) {
            Path f = data.resolve(name);
            try {
                Files.readAllLines(f).forEach(s -> addSentence(filler, s));
            } catch (IOException e) {
                throw new InputException(f.toString(), "cannot be read: " + e.getMessage(), e);
            }
        }
        return new ScaleArchive(List.copyOf(filler), new java.util.LinkedHashMap<>(planted), seed);
    }

    private static void addSentence(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    /** @return the filler sentences to draw from */
    int fillerSentences() {
        return filler.size();
    }

    /**
     * Writes the archive: {@code documents} files in all, the planted ones among them.
     *
     * @param folder    a new or empty folder
     * @param documents how many documents in all, at least as many as are planted
     * @return each planted key with its file
     * @throws IOException when a file cannot be written
     */
    Map<String, Path> write(Path folder, int documents) throws IOException {
        Map<Integer, String> plantedAt = places(documents);
        Map<String, Path> out = new HashMap<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < documents; i++) {
            Random r = new Random(seed * 1_000_003L + i);
            String key = plantedAt.get(i);
            List<String> sentences = key != null ? planted.get(key) : fillerDocument(r);
            text.setLength(0);
            int inParagraph = 0;
            // a planted original keeps its lines as paragraphs (the UN set's lines include headings)
            int paragraph = key != null ? 1 : 1 + r.nextInt(4);
            for (String s : sentences) {
                if (inParagraph == paragraph) {
                    text.append("\n\n");
                    inParagraph = 0;
                    paragraph = key != null ? 1 : 1 + r.nextInt(4);
                } else if (inParagraph > 0) {
                    text.append(' ');
                }
                text.append(s);
                inParagraph++;
            }
            text.append('\n');
            Path file = file(folder, i);
            if (i % PER_FOLDER == 0) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text);
            if (key != null) {
                out.put(key, file);
            }
        }
        return out;
    }

    /**
     * Where {@link #write} puts the planted originals, without writing anything.
     *
     * @param folder    the archive's folder
     * @param documents how many documents in all
     * @return each planted key with its file
     */
    Map<String, Path> plantedFiles(Path folder, int documents) {
        Map<String, Path> out = new HashMap<>();
        places(documents).forEach((i, key) -> out.put(key, file(folder, i)));
        return out;
    }

    private Map<Integer, String> places(int documents) {
        if (documents < planted.size()) {
            throw new IllegalArgumentException("--documents " + documents + " is fewer than the " + planted.size()
                    + " planted originals");
        }
        Random places = new Random(seed);
        Map<Integer, String> plantedAt = new HashMap<>();
        for (String key : planted.keySet()) {
            int at;
            do {
                at = places.nextInt(documents);
            } while (plantedAt.containsKey(at));
            plantedAt.put(at, key);
        }
        return plantedAt;
    }

    private static Path file(Path folder, int i) {
        return folder.resolve(String.format(Locale.ROOT, "%03d", i / PER_FOLDER)).resolve(String.format(Locale.ROOT,
                "%06d.txt", i));
    }

    private List<String> fillerDocument(Random r) {
        int n = MIN_SENTENCES + r.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
        List<String> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(filler.get(r.nextInt(filler.size())));
        }
        return out;
    }
}
