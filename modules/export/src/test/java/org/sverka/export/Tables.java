package org.sverka.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sverka.core.Flag;
import org.sverka.core.ParallelTable;

/** The test story as a parallel table: nine 1-1 beads, the fourth flagged. */
final class Tables {
    static final Path STORY = Path.of(System.getProperty("sverka.testdata", "../../test-data"), "story");

    private Tables() {
    }

    static ParallelTable story() throws IOException {
        List<String> en = Files.readAllLines(STORY.resolve("expected.en.txt"));
        List<String> ru = Files.readAllLines(STORY.resolve("expected.ru.txt"));
        List<ParallelTable.Row> rows = new ArrayList<>();
        for (int i = 1; i <= en.size(); i++) {
            List<Flag> flags = i == 4 ? List.of(new Flag(Flag.Kind.NAME, Flag.Side.ENGLISH, "Deir")) : List.of();
            rows.add(new ParallelTable.Row(i, List.of(i), en.get(i - 1), List.of(i), ru.get(i - 1), 0.5 + i / 20.0, flags, ""));
        }
        return new ParallelTable("story.en.html", "story.ru.docx", "parallel", "test", en, ru, rows);
    }
}
