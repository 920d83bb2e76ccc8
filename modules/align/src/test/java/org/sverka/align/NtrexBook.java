package org.sverka.align;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The NTREX-128 book (1,997 line-aligned sentences a side) for tests that compare a fast way with
 * the way by definition on real text, read in place from the shared data ({@code -Dsverka.data},
 * default {@code ../../../shared/data}); a test that asks for it is skipped where the data is absent.
 */
public final class NtrexBook {
    private NtrexBook() {
    }

    /**
     * @param language {@code en} or {@code ru}
     * @return the book's lines in that language
     */
    public static List<String> lines(String language) {
        Path file = Path.of(System.getProperty("sverka.data", "../../../shared/data")).resolve("ntrex128").resolve("ntrex." + language);
        assumeTrue(Files.isRegularFile(file), "the evaluation data is absent");
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
