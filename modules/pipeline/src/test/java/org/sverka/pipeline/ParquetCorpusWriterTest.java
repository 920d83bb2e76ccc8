package org.sverka.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.export.RowOrigin;
import org.sverka.pipeline.corpus.CorpusBead;
import org.sverka.pipeline.corpus.ParquetCorpusWriter;

public class ParquetCorpusWriterTest {
    /** Pages as they are: Parquet's own factory would build a Hadoop configuration even for no compression. */
    static final org.apache.parquet.compression.CompressionCodecFactory UNCOMPRESSED = new org.apache.parquet.compression.CompressionCodecFactory() {
        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return new BytesInputCompressor() {
                @Override
                public org.apache.parquet.bytes.BytesInput compress(org.apache.parquet.bytes.BytesInput bytes) {
                    return bytes;
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return CompressionCodecName.UNCOMPRESSED;
                }

                @Override
                public void release() {
                }
            };
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            throw new UnsupportedOperationException("writing only");
        }

        @Override
        public void release() {
        }
    };

    static final Path SHARED = Path.of(System.getProperty("sverka.data", "../../../shared/data"));

    public static ParquetReader<Group> reader(Path file) throws IOException {
        ParquetReader.Builder<Group> builder = new ParquetReader.Builder<>(new LocalInputFile(file), new org.apache.parquet.conf.PlainParquetConfiguration()) {
            @Override
            protected org.apache.parquet.hadoop.api.ReadSupport<Group> getReadSupport() {
                return new GroupReadSupport();
            }
        };
        return builder.withCodecFactory(new org.sverka.pipeline.corpus.ZstdCodecFactory()).build();
    }

    /**
     * @param file a Parquet file
     * @return the codec of every column chunk, read from the file's footer
     */
    public static List<CompressionCodecName> codecs(Path file) throws IOException {
        List<CompressionCodecName> out = new ArrayList<>();
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file),
                org.apache.parquet.ParquetReadOptions.builder(new org.apache.parquet.conf.PlainParquetConfiguration()).build())) {
            for (BlockMetaData block : r.getFooter().getBlocks()) {
                for (ColumnChunkMetaData c : block.getColumns()) {
                    out.add(c.getCodec());
                }
            }
        }
        return out;
    }

    @Test
    void rowsReadBackWithEveryField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corpus.parquet");
        List<CorpusBead> beads = List.of(new CorpusBead("story", 1, "Talks ended.", "Переговоры завершились.", 0.93, "1-1", List.of()),
                new CorpusBead("story", 2, "62% are children.", "65% — дети.", 0.71, "1-1", List.of("number-only-en:62", "number-only-ru:65")),
                new CorpusBead("other", 1, "Yes.", "Да.", 0.6, "1-1", List.of()));
        ParquetCorpusWriter.write(beads, Map.of("story", new RowOrigin("story", "en/story.html", "ru/история.docx")), file);
        try (ParquetReader<Group> r = reader(file)) {
            Group first = r.read();
            assertEquals("story", first.getString("pair_id", 0));
            assertEquals("Переговоры завершились.", first.getString("ru", 0));
            assertEquals(0, first.getFieldRepetitionCount("flags"));
            assertEquals("en/story.html", first.getString("en_source", 0));
            assertEquals("ru/история.docx", first.getString("ru_source", 0));
            Group second = r.read();
            assertEquals(2, second.getInteger("bead_index", 0));
            assertEquals(0.71, second.getDouble("score", 0));
            assertEquals("number-only-ru:65", second.getString("flags", 1));
            Group third = r.read();
            assertEquals("", third.getString("en_source", 0), "a pair without a known origin has empty sources");
            assertNull(r.read());
        }
    }

    @Test
    void theOldColumnsKeepTheirPlacesAndTheSourcesComeLast() {
        List<String> names = ParquetCorpusWriter.SCHEMA.getColumns().stream().map(c -> c.getPath()[0]).toList();
        assertEquals(List.of("pair_id", "bead_index", "en", "ru", "score", "type", "flags", "en_source", "ru_source"), names);
    }

    @Test
    void everyColumnChunkIsZstdCompressed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corpus.parquet");
        List<CorpusBead> beads = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            beads.add(new CorpusBead("pair-" + (i % 7), i, "The talks lasted " + i + " hours.", "Переговоры продлились " + i + " часов.",
                    0.5 + i % 50 / 100.0, "1-1", List.of()));
        }
        ParquetCorpusWriter.write(beads, Map.of("pair-1", new RowOrigin("pair-1", "a.en.txt", "a.ru.txt")), file);
        List<CompressionCodecName> codecs = codecs(file);
        assertEquals(ParquetCorpusWriter.SCHEMA.getColumns().size(), codecs.size(), "one chunk a column in one row group");
        assertTrue(codecs.stream().allMatch(c -> c == CompressionCodecName.ZSTD), codecs.toString());
        try (ParquetReader<Group> r = reader(file)) {
            int n = 0;
            while (r.read() != null) {
                n++;
            }
            assertEquals(200, n, "every row reads back through the codec");
        }
    }

    /**
     * Not a check: prints the size of NTREX-128 (1997 English–Russian sentence pairs in 123 documents) written as
     * corpus.parquet, uncompressed against ZSTD and Snappy. Skipped without the shared data.
     */
    @Test
    void printsTheSizeOfNtrexUnderEachCodec(@TempDir Path dir) throws Exception {
        Path en = SHARED.resolve("ntrex128/ntrex.en");
        Path ru = SHARED.resolve("ntrex128/ntrex.ru");
        Path ids = SHARED.resolve("ntrex128/ntrex.docids");
        Assumptions.assumeTrue(Files.isRegularFile(en) && Files.isRegularFile(ru) && Files.isRegularFile(ids), "no NTREX-128 under " + SHARED);
        List<String> ens = Files.readAllLines(en);
        List<String> rus = Files.readAllLines(ru);
        List<String> docs = Files.readAllLines(ids);
        List<CorpusBead> beads = new ArrayList<>();
        Map<String, RowOrigin> origins = new java.util.HashMap<>();
        int index = 0;
        for (int i = 0; i < Math.min(ens.size(), rus.size()); i++) {
            index = i > 0 && docs.get(i).equals(docs.get(i - 1)) ? index + 1 : 1;
            beads.add(new CorpusBead(docs.get(i), index, ens.get(i), rus.get(i), 0.9, "1-1", List.of()));
            origins.put(docs.get(i), new RowOrigin(docs.get(i), "en/" + docs.get(i) + ".txt", "ru/" + docs.get(i) + ".txt"));
        }
        Path zstd = dir.resolve("zstd.parquet");
        ParquetCorpusWriter.write(beads, origins, zstd);
        assertFalse(codecs(zstd).isEmpty());
        StringBuilder line = new StringBuilder("NTREX-128 as corpus.parquet, " + beads.size() + " beads:");
        // uncompressed for comparison (Snappy, 428 KB when recorded, would need Hadoop's codec classes, which the writer no longer loads)
        for (CompressionCodecName c : List.of(CompressionCodecName.UNCOMPRESSED)) {
            Path f = dir.resolve(c + ".parquet");
            try (var w = org.apache.parquet.hadoop.example.ExampleParquetWriter.builder(new org.apache.parquet.io.LocalOutputFile(f))
                    .withConf(new org.apache.parquet.conf.PlainParquetConfiguration()).withCodecFactory(UNCOMPRESSED)
                    .withType(ParquetCorpusWriter.SCHEMA).withCompressionCodec(c).build()) {
                var rows = new org.apache.parquet.example.data.simple.SimpleGroupFactory(ParquetCorpusWriter.SCHEMA);
                for (CorpusBead b : beads) {
                    w.write(rows.newGroup().append("pair_id", b.pairId()).append("bead_index", b.index()).append("en", b.en())
                            .append("ru", b.ru()).append("score", b.score()).append("type", b.type())
                            .append("en_source", origins.get(b.pairId()).englishSource())
                            .append("ru_source", origins.get(b.pairId()).russianSource()));
                }
            }
            line.append(' ').append(c).append(' ').append(Files.size(f)).append(" bytes;");
        }
        line.append(" ZSTD ").append(Files.size(zstd)).append(" bytes");
        System.out.println(line);
    }
}
