package org.sverka.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/** The formats an alignment can be written in, chosen by name or by the output file's extension. */
public enum OutputFormat {
    /** Tab-separated en, ru, score. */
    TSV("tsv", TsvWriter::new),
    /** Sentence numbers and scores, for evaluation. */
    LINKS("links", LinksWriter::new),
    /** One JSON document with all fields. */
    JSON("json", JsonWriter::new);

    private final String extension;
    private final Supplier<AlignmentWriter> writer;

    OutputFormat(String extension, Supplier<AlignmentWriter> writer) {
        this.extension = extension;
        this.writer = writer;
    }

    /** @return a new writer for this format */
    public AlignmentWriter writer() {
        return writer.get();
    }

    /**
     * @param path an output file
     * @param fallback the format when the extension names none
     * @return the format its extension names
     */
    public static OutputFormat forPath(Path path, OutputFormat fallback) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        return fallback;
    }
}
