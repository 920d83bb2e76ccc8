package org.sverka.pipeline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.export.TsvWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every bead of a built corpus names its pair and its two documents, as the manifest gives them, in
 * each output (TSV, JSON Lines, Parquet, TMX), and the outputs agree bead by bead.
 */
class CorpusOriginsTest {
    /** The two pairs of the manifest: an id a spreadsheet would take for a formula, documents in subfolders. */
    private static final Map<String, List<String>> SOURCES = Map.of(
            "=story", List.of("en/story.en.txt", "ru/story.ru.docx"),
            "report", List.of("en/report.en.txt", "ru/report.ru.txt"));

    @TempDir
    static Path dir;
    static Path out;
    static CorpusStats stats;

    @BeforeAll
    static void build() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(in.resolve("en"));
        Files.createDirectories(in.resolve("ru"));
        Path data = CorpusBuilderTest.DATA;
        Files.copy(data.resolve("story/story.en.txt"), in.resolve("en/story.en.txt"));
        Files.copy(data.resolve("story/story.ru.docx"), in.resolve("ru/story.ru.docx"));
        Files.copy(data.resolve("report/report.en.txt"), in.resolve("en/report.en.txt"));
        Files.copy(data.resolve("story/story.ru.txt"), in.resolve("ru/report.ru.txt"));
        Path manifest = Files.writeString(in.resolve("pairs.tsv"), "=story\ten/story.en.txt\tru/story.ru.docx\n"
                + "report\ten/report.en.txt\tru/report.ru.txt\n");
        out = dir.resolve("out");
        stats = CorpusBuilderTest.builder(false, false, false).build(manifest, Manifest.read(manifest), out, new CorpusBuilderTest.Counting());
        assertEquals(2, stats.pairsDone());
        assertTrue(stats.beadsKept() > 9, "beads of both pairs are kept: " + stats.beadsKept());
    }

    private static void assertOrigin(String id, String en, String ru) {
        assertTrue(SOURCES.containsKey(id), "an id of the manifest: " + id);
        assertEquals(SOURCES.get(id), List.of(en, ru), "the sources of " + id);
    }

    /** @return the pair id of each bead as corpus.tsv gives it */
    private static List<String> tsvIds() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("corpus.tsv"));
        assertEquals("en\tru\tscore\tkind\tflags\tpair_id\ten_source\tru_source", lines.get(0));
        assertEquals(stats.beadsKept() + 1, lines.size());
        List<String> ids = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertEquals(8, cells.length, line);
            if (cells[5].contains("story")) {
                assertEquals("'=story", cells[5], "the formula-like id is neutralised as any other cell");
            }
            String id = TsvWriter.unescape(cells[5]);
            assertOrigin(id, TsvWriter.unescape(cells[6]), TsvWriter.unescape(cells[7]));
            ids.add(id);
        }
        return ids;
    }

    @Test
    void tsvNamesThePairAndDocumentsOfEveryBead() throws IOException {
        assertEquals(Set.copyOf(SOURCES.keySet()), new TreeSet<>(tsvIds()), "beads of both pairs");
    }

    @Test
    void jsonlHasOneBeadALineWithItsOrigin() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("corpus.jsonl"));
        assertEquals(stats.beadsKept(), lines.size());
        List<String> tsv = Files.readAllLines(out.resolve("corpus.tsv"));
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = json.readTree(lines.get(i));
            assertEquals(List.of("pair_id", "bead_index", "en", "ru", "score", "type", "flags", "en_source", "ru_source"),
                    iterate(n.fieldNames()));
            assertOrigin(n.get("pair_id").asText(), n.get("en_source").asText(), n.get("ru_source").asText());
            assertTrue(n.get("bead_index").asInt() >= 1);
            String[] cells = tsv.get(i + 1).split("\t", -1);
            assertEquals(TsvWriter.unescape(cells[0]), n.get("en").asText(), "the same bead as line " + (i + 1) + " of corpus.tsv");
            assertEquals(TsvWriter.unescape(cells[1]), n.get("ru").asText());
            ids.add(n.get("pair_id").asText());
        }
        assertEquals(tsvIds(), ids);
    }

    @Test
    void parquetHasTheSourceColumnsAndIsZstdCompressed() throws IOException {
        Path file = out.resolve("corpus.parquet");
        List<String> ids = new ArrayList<>();
        try (ParquetReader<Group> r = org.sverka.pipeline.ParquetCorpusWriterTest.reader(file)) {
            for (Group g = r.read(); g != null; g = r.read()) {
                assertOrigin(g.getString("pair_id", 0), g.getString("en_source", 0), g.getString("ru_source", 0));
                ids.add(g.getString("pair_id", 0));
            }
        }
        assertEquals(tsvIds(), ids);
        try (ParquetFileReader r = ParquetFileReader.open(new org.apache.parquet.io.LocalInputFile(file),
                org.apache.parquet.ParquetReadOptions.builder(new org.apache.parquet.conf.PlainParquetConfiguration()).build())) {
            for (BlockMetaData block : r.getFooter().getBlocks()) {
                for (ColumnChunkMetaData c : block.getColumns()) {
                    assertEquals(CompressionCodecName.ZSTD, c.getCodec(), c.getPath().toDotString());
                }
            }
        }
    }

    @Test
    void everyTranslationUnitCarriesItsOriginProps() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document d = f.newDocumentBuilder().parse(out.resolve("corpus.tmx").toFile());
        NodeList tus = d.getElementsByTagName("tu");
        assertEquals(stats.beadsKept(), tus.getLength());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < tus.getLength(); i++) {
            Element tu = (Element) tus.item(i);
            String id = prop(tu, "x-pair-id");
            assertOrigin(id, prop(tu, "x-en-source"), prop(tu, "x-ru-source"));
            ids.add(id);
        }
        assertEquals(tsvIds(), ids);
    }

    private static String prop(Element tu, String type) {
        NodeList props = tu.getElementsByTagName("prop");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if (p.getAttribute("type").equals(type)) {
                return p.getTextContent();
            }
        }
        return null;
    }

    private static List<String> iterate(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
