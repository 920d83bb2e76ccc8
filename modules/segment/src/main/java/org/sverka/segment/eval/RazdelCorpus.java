package org.sverka.segment.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The sentence windows of razdel's benchmark, built as natasha/naeval builds them from a partition
 * file: each line is a text cut into chunks by unescaped {@code |} (sentences, and white-space
 * chunks between them); the sentences that end like a sentence and are not bibliography entries are
 * taken in file order and grouped into windows of ten that overlap by one sentence.
 * <pre>{@code
 * List<List<String>> windows = RazdelCorpus.windows(RazdelCorpus.sentences(file));
 * List<List<String>> sample = RazdelCorpus.sample(windows, 10_000, 1);
 * }</pre>
 */
public final class RazdelCorpus {
    /** The window size of the protocol. */
    public static final int WINDOW = 10;

    private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern FILL = Pattern.compile("^\\s*$", U);
    private static final Pattern SENT_ENDING = Pattern.compile("[.?!…;)»\"]\\s*$", U);
    private static final Pattern BIB_PAGES = Pattern.compile("— С. \\d", U);
    private static final Pattern BIB_PUBLISHER = Pattern.compile("[-—–]\\s*(М|M|СПб)\\.[:,]", U);
    private static final Pattern BIB_BULLET = Pattern.compile("^\\s*[•↑]", U);

    private RazdelCorpus() {
    }

    /**
     * @param file a partition file, gzip-compressed when its name ends in {@code .gz}
     * @return the sentences kept by the protocol, in file order
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<String> sentences(Path file) {
        List<String> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                for (String chunk : chunks(line)) {
                    if (!FILL.matcher(chunk).matches() && isSentence(chunk)) {
                        out.add(chunk);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * @param line one line of a partition file
     * @return its chunks, unescaped ({@code \|} is a literal bar, {@code \n} a line break)
     */
    public static List<String> chunks(String line) {
        List<String> out = new ArrayList<>();
        for (String chunk : SEPARATOR.split(line, -1)) {
            out.add(chunk.replace("\\|", "|").replace("\\n", "\n"));
        }
        return out;
    }

    /**
     * @param text a sentence of the corpus
     * @return true when it ends like a sentence and is not a bibliography entry
     */
    public static boolean isSentence(String text) {
        return SENT_ENDING.matcher(text).find() && !BIB_PAGES.matcher(text).find()
                && !BIB_PUBLISHER.matcher(text).find() && !BIB_BULLET.matcher(text).find();
    }

    /**
     * @param sentences the kept sentences
     * @return windows of {@link #WINDOW} sentences, each starting with the last one of the previous
     *         window; the last window may be shorter
     */
    public static List<List<String>> windows(List<String> sentences) {
        List<List<String>> out = new ArrayList<>();
        List<String> buffer = new ArrayList<>();
        for (String s : sentences) {
            buffer.add(s);
            if (buffer.size() % WINDOW == 0) {
                out.add(List.copyOf(buffer));
                buffer = new ArrayList<>();
                buffer.add(s);
            }
        }
        if (!buffer.isEmpty()) {
            out.add(List.copyOf(buffer));
        }
        return out;
    }

    /**
     * {@code random.seed(seed); random.sample(windows, size)}, or all windows when there are fewer.
     *
     * @param windows the windows
     * @param size    how many to draw
     * @param seed    the Python seed
     * @return the same windows, in the same order, as Python draws
     */
    public static List<List<String>> sample(List<List<String>> windows, int size, long seed) {
        if (windows.size() <= size) {
            return windows;
        }
        return new PythonRandom(seed).sample(windows, size);
    }
}
