package org.sverka.pipeline.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes corpus beads as Parquet (one row a bead: pair id, bead index, en, ru, score, type,
 * flags), with parquet-java writing to a local file without a Hadoop file system.
 * <pre>{@code
 * ParquetCorpusWriter.write(beads, Path.of("corpus.parquet"));
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
            + "}");

    private ParquetCorpusWriter() {
    }

    /**
     * @param beads the rows
     * @param file  a file that does not exist yet
     * @throws IOException when writing fails
     */
    public static void write(List<CorpusBead> beads, Path file) throws IOException {
        SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(SCHEMA)
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                .build()) {
            for (CorpusBead b : beads) {
                Group g = rows.newGroup()
                        .append("pair_id", b.pairId())
                        .append("bead_index", b.index())
                        .append("en", b.en())
                        .append("ru", b.ru())
                        .append("score", b.score())
                        .append("type", b.type());
                for (String f : b.flags()) {
                    g.append("flags", f);
                }
                w.write(g);
            }
        }
    }
}
