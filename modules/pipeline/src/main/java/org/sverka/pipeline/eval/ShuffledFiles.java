package org.sverka.pipeline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * Documents written as text files under shuffled random names, a sentence a paragraph: the two
 * folders that pairing by content is measured on ({@code eval find}, and the Spark pairing's tests),
 * so that no file name tells which files render each other.
 * <pre>{@code
 * Random names = new Random(2026);
 * String file = ShuffledFiles.write(Path.of("/tmp/en"), names, document.english());   // "3f9c0a1b2d4e.txt"
 * }</pre>
 */
public final class ShuffledFiles {
    private ShuffledFiles() {
    }

    /**
     * Writes a document as a text file under a random name not yet taken in the folder.
     *
     * @param dir       an existing folder
     * @param names     the seeded source of names (the same seed and order give the same names)
     * @param sentences the document's sentences, each written as a paragraph
     * @return the file's name
     * @throws IOException when the file cannot be written
     */
    public static String write(Path dir, Random names, List<String> sentences) throws IOException {
        Objects.requireNonNull(names, "names");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a folder");
        }
        String name;
        do {
            name = String.format(Locale.ROOT, "%012x.txt", names.nextLong() & 0xffffffffffffL);
        } while (Files.exists(dir.resolve(name)));
        Files.writeString(dir.resolve(name), String.join("\n\n", sentences) + "\n");
        return name;
    }
}
