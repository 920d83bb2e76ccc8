package org.sverka.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reading did that a user should know reaches the extraction's JSON as notes. */
class ExtractionNotesTest {
    private static String paragraph(String subject) {
        return "<p>" + subject + " met the delegation on Tuesday in Geneva and spoke about the ceasefire for an hour"
                + " before the talks went on behind closed doors.</p>";
    }

    private static JsonNode json(Path page) throws IOException {
        ExtractedDocument e = Sverka.aligner().build().extract(page);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            ExtractionJson.write(g, e);
        }
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void aWidenedChoiceIsSaidInTheJson(@TempDir Path dir) throws IOException {
        // a real page (WCXB dev 4132) whose best-scoring element holds 4% of its story paragraphs
        Path gz = Path.of(System.getProperty("sverka.data", "../../../shared/data"), "wcxb-dev", "html", "4132.html.gz");
        Assumptions.assumeTrue(Files.isRegularFile(gz), "the shared data is not here");
        Path page = dir.resolve("4132.html");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            Files.copy(in, page);
        }
        JsonNode notes = json(page).get("notes");
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).asText().contains("so it was widened to"), notes.toString());
    }

    @Test
    void aPlainTextHasNoNotes(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("story.txt");
        Files.writeString(text, "The minister met the delegation on Tuesday in Geneva.\n\nThe talks went on behind closed doors.\n");
        assertEquals(0, json(text).get("notes").size());
    }
}
