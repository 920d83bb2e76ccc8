package org.sverka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sverka extract} over several files and folders: JSON Lines, one document a line, in order. */
class BatchExtractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> lines(String text) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void aFolderGivesOneLineADocumentInNameOrderWithItsSentences(@TempDir Path dir) throws IOException {
        Files.copy(SverkaTest.STORY.resolve("story.ru.docx"), dir.resolve("b.docx"));
        Files.copy(SverkaTest.STORY.resolve("story.en.txt"), dir.resolve("a.txt"));
        Files.createDirectory(dir.resolve("sub"));
        Files.copy(SverkaTest.STORY.resolve("page.ru.html"), dir.resolve("sub/c.html"));
        Files.writeString(dir.resolve(".hidden.txt"), "Not a document of the batch.");
        SverkaTest.Run r = SverkaTest.run("extract", dir.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> docs = lines(r.out());
        assertEquals(3, docs.size(), r.out());
        assertTrue(docs.get(0).get("source").asText().endsWith("a.txt"));
        assertTrue(docs.get(1).get("source").asText().endsWith("b.docx"));
        assertTrue(docs.get(2).get("source").asText().endsWith("c.html"));
        assertEquals("en", docs.get(0).get("language").asText());
        assertEquals("ru", docs.get(1).get("language").asText());
        String firstRu = docs.get(1).get("blocks").get(0).get("sentences").get(0).get("text").asText();
        assertFalse(firstRu.isBlank());
        assertTrue(docs.get(1).get("words").asInt() > 20);
        assertTrue(r.err().contains("read 3 of 3 documents"), r.err());
    }

    @Test
    void aFailedDocumentIsNamedOnItsLineAndTheOthersAreStillWritten(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("empty.txt");
        Files.writeString(bad, "");
        Path out = dir.resolve("out.jsonl");
        SverkaTest.Run r = SverkaTest.run("extract", SverkaTest.story("story.en.txt"), bad.toString(),
                SverkaTest.story("story.ru.txt"), "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("empty.txt: the file is empty"), r.err());
        assertTrue(r.err().contains("read 2 of 3 documents; 1 failed"), r.err());
        List<JsonNode> docs = lines(Files.readString(out));
        assertEquals(3, docs.size());
        assertEquals("the file is empty", docs.get(1).get("error").asText().replaceAll("^.*: ", ""));
        assertEquals("ru", docs.get(2).get("language").asText());
    }

    @Test
    void severalDocumentsAreRefusedAsPrettyJson(@TempDir Path dir) {
        SverkaTest.Run r = SverkaTest.run("extract", SverkaTest.story("story.en.txt"), SverkaTest.story("story.ru.txt"),
                "--format", "json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("jsonl"), r.err());
    }

    @Test
    void oneFileAsJsonLinesIsOneLine() throws IOException {
        SverkaTest.Run r = SverkaTest.run("extract", SverkaTest.story("story.ru.pdf"), "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().strip().split("\n").length);
        assertEquals("ru", JSON.readTree(r.out()).get("language").asText());
    }
}
