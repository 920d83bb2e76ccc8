package org.sverka.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.pipeline.corpus.CorpusBead;
import org.sverka.pipeline.corpus.ParquetCorpusWriter;

class ParquetCorpusWriterTest {
    @Test
    void rowsReadBackWithEveryField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corpus.parquet");
        List<CorpusBead> beads = List.of(new CorpusBead("story", 1, "Talks ended.", "Переговоры завершились.", 0.93, "1-1", List.of()),
                new CorpusBead("story", 2, "62% are children.", "65% — дети.", 0.71, "1-1", List.of("number-only-en:62", "number-only-ru:65")));
        ParquetCorpusWriter.write(beads, file);
        ParquetReader.Builder<Group> builder = new ParquetReader.Builder<>(new LocalInputFile(file)) {
            @Override
            protected org.apache.parquet.hadoop.api.ReadSupport<Group> getReadSupport() {
                return new GroupReadSupport();
            }
        };
        try (ParquetReader<Group> r = builder.build()) {
            Group first = r.read();
            assertEquals("story", first.getString("pair_id", 0));
            assertEquals("Переговоры завершились.", first.getString("ru", 0));
            assertEquals(0, first.getFieldRepetitionCount("flags"));
            Group second = r.read();
            assertEquals(2, second.getInteger("bead_index", 0));
            assertEquals(0.71, second.getDouble("score", 0));
            assertEquals("number-only-ru:65", second.getString("flags", 1));
            assertNull(r.read());
        }
    }
}
