package org.sverka.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats a table can be written in, named on the command line or told by the output's extension. */
public enum OutputFormat {
    /** Tab-separated en, ru, score. */
    TSV("tsv"),
    /** Sentence numbers and scores, for evaluation. */
    LINKS("links"),
    /** One JSON document with all fields. */
    JSON("json"),
    /** JSON Lines, a bead a line. */
    JSONL("jsonl"),
    /** TMX 1.4b translation memory. */
    TMX("tmx"),
    /** The review workbook. */
    XLSX("xlsx"),
    /** A self-contained HTML page. */
    HTML("html"),
    /** Moses-style line-aligned files OUT.en and OUT.ru. */
    MOSES("moses");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** @return the file extension, without the dot */
    public String extension() {
        return extension;
    }

    /**
     * @param path an output file
     * @return the format its extension names, if any
     */
    public static Optional<OutputFormat> forPath(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            if (name.endsWith("." + f.extension) || (f == HTML && name.endsWith(".htm"))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * @param name a format name such as {@code tmx}
     * @return the format, if the name is one
     */
    public static Optional<OutputFormat> forName(String name) {
        for (OutputFormat f : values()) {
            if (f.extension.equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** @return the names, for messages */
    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (OutputFormat f : values()) {
            sb.append(sb.length() > 0 ? ", " : "").append(f.extension);
        }
        return sb.toString();
    }
}
