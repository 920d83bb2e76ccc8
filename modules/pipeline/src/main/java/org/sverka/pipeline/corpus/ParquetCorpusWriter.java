package org.sverka.pipeline.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.sverka.export.RowOrigin;

/**
 * Writes corpus beads as Parquet (one row a bead: pair id, bead index, en, ru, score, type,
 * flags, then the English and Russian source documents), ZSTD-compressed, with parquet-java writing
 * to a local file without a Hadoop file system. ZSTD runs through zstd-jni (a dependency of
 * parquet-hadoop that carries its native library in the jar), not Hadoop's native libraries.
 * The two source columns come last, so a reader of the earlier seven columns (the Spark job's
 * {@code beads}) finds them where they were.
 * <pre>{@code
 * ParquetCorpusWriter.write(beads, PairOrigins.of(manifest, pairs), Path.of("corpus.parquet"));
 * }</pre>
 */
public final class ParquetCorpusWriter {
    /** The schema of a row. */
    public static final MessageType SCHEMA = MessageTypeParser.parseMessageType("message bead {\n"
            + "  required binary pair_id (STRING);\n"
            + "  required int32 bead_index;\n"
            + "  required binary en (STRING);\n"
            + "  required binary ru (STRING);\n"
            + "  required double score;\n"
            + "  required binary type (STRING);\n"
            + "  repeated binary flags (STRING);\n"
            + "  required binary en_source (STRING);\n"
            + "  required binary ru_source (STRING);\n"
            + "}");

    /** The compression of every column chunk. */
    public static final CompressionCodecName CODEC = CompressionCodecName.ZSTD;

    private ParquetCorpusWriter() {
    }

    /**
     * Writes beads whose sources are unknown: both source columns empty.
     *
     * @param beads the rows
     * @param file  a file that does not exist yet
     * @throws IOException when writing fails
     */
    public static void write(List<CorpusBead> beads, Path file) throws IOException {
        write(beads, Map.of(), file);
    }

    /**
     * @param beads   the rows
     * @param origins each pair's origin by pair id, for the source columns (empty for a pair missing here)
     * @param file    a file that does not exist yet
     * @throws IOException when writing fails
     */
    public static void write(List<CorpusBead> beads, Map<String, RowOrigin> origins, Path file) throws IOException {
        SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ZstdCodecFactory())
                .withType(SCHEMA)
                .withCompressionCodec(CODEC)
                .build()) {
            for (CorpusBead b : beads) {
                Group g = rows.newGroup()
                        .append("pair_id", b.pairId())
                        .append("bead_index", b.index())
                        .append("en", b.en())
                        .append("ru", b.ru())
                        .append("score", b.score())
                        .append("type", b.type());
                RowOrigin o = origins.get(b.pairId());
                g.append("en_source", o == null ? "" : o.englishSource());
                g.append("ru_source", o == null ? "" : o.russianSource());
                for (String f : b.flags()) {
                    g.append("flags", f);
                }
                w.write(g);
            }
        }
    }
}
