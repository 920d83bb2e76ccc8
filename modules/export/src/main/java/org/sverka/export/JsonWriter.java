package org.sverka.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.Flag;
import org.sverka.core.SegmentedDocument;

/**
 * One JSON document: the two sources with their languages, the mode and why it was chosen, and
 * the beads with sentence numbers (1-based), texts, score, type and flags.
 */
public final class JsonWriter implements AlignmentWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(Alignment alignment, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(new NonClosingOutputStream(out), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            side(g, "english", alignment.english());
            side(g, "russian", alignment.russian());
            g.writeStringField("mode", alignment.mode());
            g.writeStringField("reason", alignment.reason());
            g.writeArrayFieldStart("beads");
            for (Bead b : alignment.beads()) {
                writeBead(g, alignment, b);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    static void writeBead(JsonGenerator g, Alignment alignment, Bead b) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", b.type());
        numbers(g, "en", b.en());
        g.writeStringField("en_text", alignment.englishText(b));
        numbers(g, "ru", b.ru());
        g.writeStringField("ru_text", alignment.russianText(b));
        g.writeNumberField("score", Math.round(b.score() * 1000) / 1000.0);
        g.writeArrayFieldStart("flags");
        for (Flag f : b.flags()) {
            g.writeString(f.toString());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void numbers(JsonGenerator g, String name, java.util.List<Integer> ids) throws IOException {
        g.writeArrayFieldStart(name);
        for (int i : ids) {
            g.writeNumber(i + 1);
        }
        g.writeEndArray();
    }

    private static void side(JsonGenerator g, String name, SegmentedDocument d) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("source", d.document().source());
        g.writeStringField("language", d.language().language());
        g.writeNumberField("confidence", Math.round(d.language().confidence() * 1000) / 1000.0);
        g.writeNumberField("sentences", d.size());
        g.writeEndObject();
    }
}
