package org.sverka.pipeline.find;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The five agency-style pairs of {@code test-data/agency}, written by this project, copied under names of a test's choosing. */
final class AgencyPairs {
    static final Path AGENCY = Path.of(System.getProperty("sverka.testdata", "../../test-data")).toAbsolutePath()
            .normalize().resolve("agency");
    static final List<String> STORIES = List.of("briefing", "convoys", "kremlin", "talks", "trade");

    private AgencyPairs() {
    }

    /**
     * @param story    a story's name
     * @param language {@code en} or {@code ru}
     * @return its file in test-data
     */
    static Path file(String story, String language) {
        return AGENCY.resolve(story + "." + language + ".txt");
    }

    /** Copies one side of every story into a folder, named {@code PREFIX-story.txt}; returns the folder. */
    static Path copy(Path dir, String language, String prefix) throws IOException {
        Files.createDirectories(dir);
        for (String s : STORIES) {
            Files.copy(file(s, language), dir.resolve(prefix + s + ".txt"));
        }
        return dir;
    }
}
