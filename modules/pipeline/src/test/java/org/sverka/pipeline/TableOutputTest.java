package org.sverka.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.InputException;
import org.sverka.core.ParallelTable;
import org.sverka.export.ExportContext;
import org.sverka.export.OutputFormat;

/** The two Moses files are written together: a full disk changes neither; a context is made only for a format that reads it. */
class TableOutputTest {
    static ParallelTable table(int rows, String en, String ru) {
        List<ParallelTable.Row> out = new ArrayList<>();
        for (int n = 1; n <= rows; n++) {
            out.add(new ParallelTable.Row(n, List.of(n), en + " " + n + ".", List.of(n), ru + " " + n + ".", 0.9, List.of(), ""));
        }
        return new ParallelTable("t", "en", "ru", "test", List.of(), List.of(), out);
    }

    @Test
    void aFullDiskLeavesBothMosesFilesAsTheyWere(@TempDir Path dir) throws Exception {
        try (TinyDisk disk = TinyDisk.mount(dir.resolve("disk"), 1 << 20)) {
            Path corp = disk.dir().resolve("corp");
            TableOutput.write(table(3, "Old line", "Старая строка"), corp, OutputFormat.MOSES, 0.5);
            String oldEn = Files.readString(disk.dir().resolve("corp.en"));
            String oldRu = Files.readString(disk.dir().resolve("corp.ru"));
            // the English file (about 60 KB) fits in what is left, the Russian one (about 150 KB) does not
            ParallelTable big = table(2000, "The talks ended", "Переговоры завершились");
            Path filler = disk.fill(100_000);
            InputException e = assertThrows(InputException.class, () -> TableOutput.write(big, corp, OutputFormat.MOSES, 0.5));
            assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
            assertEquals(oldEn, Files.readString(disk.dir().resolve("corp.en")), "the English file is the old one");
            assertEquals(oldRu, Files.readString(disk.dir().resolve("corp.ru")));
            try (Stream<Path> s = Files.list(disk.dir())) {
                assertEquals(3, s.count(), "no temporary file is left");
            }
            Files.delete(filler);
            TableOutput.write(big, corp, OutputFormat.MOSES, 0.5);
            assertEquals(2000, Files.readAllLines(disk.dir().resolve("corp.en")).size());
            assertEquals(2000, Files.readAllLines(disk.dir().resolve("corp.ru")).size());
        }
    }

    @Test
    void theContextIsMadeOnlyForAFormatThatWritesIt(@TempDir Path dir) throws Exception {
        ParallelTable t = table(2, "A line", "Строка");
        int[] made = new int[1];
        java.util.function.Supplier<ExportContext> context = () -> {
            made[0]++;
            return ExportContext.NONE;
        };
        for (OutputFormat f : List.of(OutputFormat.TSV, OutputFormat.LINKS, OutputFormat.MOSES)) {
            TableOutput.write(t, context, dir.resolve("out." + f.extension()), f, 0.5);
        }
        assertEquals(0, made[0], "TSV, links and Moses files have no place for the context");
        Path tsv = dir.resolve("with.tsv");
        TableOutput.write(t, ExportContext.NONE, tsv, OutputFormat.TSV, 0.5);
        assertEquals(Files.readString(tsv), Files.readString(dir.resolve("out.tsv")), "the same file either way");
        TableOutput.write(t, context, dir.resolve("out.json"), OutputFormat.JSON, 0.5);
        assertEquals(1, made[0], "JSON writes what the documents tell");
    }
}
