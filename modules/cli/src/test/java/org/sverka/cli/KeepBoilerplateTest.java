package org.sverka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Nothing dropped in silence: extract says what page furniture it left out, and --keep-boilerplate keeps it. */
class KeepBoilerplateTest {
    @Test
    void droppedFurnitureIsCountedListedAndKeptOnRequest() throws IOException {
        SverkaTest.Run dropped = SverkaTest.run("extract", SverkaTest.story("page.en.html"), "--format", "json");
        assertEquals(0, dropped.code(), dropped.err());
        JsonNode doc = new ObjectMapper().readTree(dropped.out());
        int blocks = doc.get("dropped_summary").get("blocks").asInt();
        assertTrue(blocks > 0, dropped.out());
        assertEquals(blocks, doc.get("dropped").size());
        assertTrue(dropped.err().matches("(?s).*page\\.en\\.html: " + blocks + " blocks?, \\d+ words?, dropped as page furniture; "
                + "--keep-boilerplate keeps them.*"), dropped.err());

        SverkaTest.Run kept = SverkaTest.run("extract", SverkaTest.story("page.en.html"), "--format", "json", "--keep-boilerplate");
        assertEquals(0, kept.code(), kept.err());
        JsonNode all = new ObjectMapper().readTree(kept.out());
        assertTrue(all.get("blocks").size() > doc.get("blocks").size(), kept.out());
        assertFalse(kept.err().contains("dropped as page furniture"), kept.err());
    }
}
