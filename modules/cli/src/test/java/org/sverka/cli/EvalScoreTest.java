package org.sverka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark scores alignments made elsewhere: the gold itself, given as predictions, scores 1. Needs ../shared/data. */
class EvalScoreTest {
    static final Path DATA = Path.of(System.getProperty("sverka.data", "../../../shared/data"));

    @Test
    void theGoldScoresOne(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(DATA.resolve("ntrex128")), "the shared data is not beside the project");
        Path tasks = dir.resolve("tasks");
        SverkaTest.Run w = SverkaTest.run("eval", "align", DATA.toString(), "--write-tasks", tasks.toString(), "--mode", "length",
                "--no-ranking");
        assertEquals(0, w.code(), w.err());
        try (Stream<Path> gold = Files.list(tasks)) {
            for (Path g : gold.filter(p -> p.toString().endsWith(".gold")).toList()) {
                Files.copy(g, tasks.resolve(g.getFileName().toString().replace(".gold", ".links")));
            }
        }
        SverkaTest.Run r = SverkaTest.run("eval", "align", DATA.toString(), "--score", tasks.toString(), "--no-ranking");
        assertEquals(0, r.code(), r.err());
        for (String family : new String[] {"parallel", "report", "hard"}) {
            assertTrue(r.out().matches("(?s).*\\n" + family + " +1\\.000 +1\\.000 +1\\.000 +1\\.000\\n.*"), family + ": " + r.out());
        }
    }
}
