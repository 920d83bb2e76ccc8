package org.sverka.pipeline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sverka.align.eval.AlignmentTask;
import org.sverka.core.Bead;
import org.sverka.core.LinksFormat;

/** Writes benchmark tasks for other aligners: ID.en, ID.ru (a sentence a line) and ID.gold (links without scores). */
final class TaskFiles {
    private TaskFiles() {
    }

    static void write(List<AlignmentTask> tasks, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (AlignmentTask t : tasks) {
            Files.write(dir.resolve(t.id() + ".en"), t.english(), StandardCharsets.UTF_8);
            Files.write(dir.resolve(t.id() + ".ru"), t.russian(), StandardCharsets.UTF_8);
            StringBuilder gold = new StringBuilder();
            for (Bead b : t.gold()) {
                gold.append(LinksFormat.format(b, false)).append('\n');
            }
            Files.writeString(dir.resolve(t.id() + ".gold"), gold, StandardCharsets.UTF_8);
        }
    }
}
