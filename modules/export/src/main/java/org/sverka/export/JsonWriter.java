package org.sverka.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.sverka.core.Flag;
import org.sverka.core.ParallelTable;

/**
 * JSON: {@link #document()} writes one document with the sources, the mode and why, and every
 * row; {@link #lines()} writes JSON Lines, one row an object a line, each with all its fields
 * (bead, type, sentence numbers, texts, score, flags, note).
 *
 * <p>Control characters never appear raw: JSON requires C0 codes to be escaped ({@code \u001b}),
 * and this writer escapes DEL and the C1 codes (U+007F to U+009F) too, which JSON would allow raw.
 */
public final class JsonWriter implements TableWriter {
    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new ControlEscapes());
    private final boolean lines;

    private JsonWriter(boolean lines) {
        this.lines = lines;
    }

    /** @return the writer of one JSON document */
    public static JsonWriter document() {
        return new JsonWriter(false);
    }

    /** @return the writer of JSON Lines */
    public static JsonWriter lines() {
        return new JsonWriter(true);
    }

    @Override
    public void write(ParallelTable table, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(new NonClosingOutputStream(out), JsonEncoding.UTF8)) {
            if (lines) {
                g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
                for (ParallelTable.Row r : table.rows()) {
                    row(g, r);
                }
                g.writeRaw('\n');
                return;
            }
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("english_source", table.englishSource());
            g.writeStringField("russian_source", table.russianSource());
            g.writeNumberField("english_sentences", table.englishSentences().size());
            g.writeNumberField("russian_sentences", table.russianSentences().size());
            g.writeStringField("mode", table.mode());
            g.writeStringField("reason", table.reason());
            g.writeArrayFieldStart("beads");
            for (ParallelTable.Row r : table.rows()) {
                row(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void row(JsonGenerator g, ParallelTable.Row r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("bead", r.bead());
        g.writeStringField("type", r.type());
        numbers(g, "en", r.en());
        g.writeStringField("en_text", r.english());
        numbers(g, "ru", r.ru());
        g.writeStringField("ru_text", r.russian());
        g.writeNumberField("score", Math.round(r.score() * 1000) / 1000.0);
        g.writeArrayFieldStart("flags");
        for (Flag f : r.flags()) {
            g.writeString(f.toString());
        }
        g.writeEndArray();
        if (!r.note().isEmpty()) {
            g.writeStringField("note", r.note());
        }
        g.writeEndObject();
    }

    /** JSON's own escapes, and {@code \\uXXXX} for DEL and the C1 control characters. */
    private static final class ControlEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private final int[] ascii;

        ControlEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return ch >= 0x80 && ch <= 0x9F
                    ? new com.fasterxml.jackson.core.io.SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch))
                    : null;
        }
    }

    private static void numbers(JsonGenerator g, String name, List<Integer> ids) throws IOException {
        g.writeArrayFieldStart(name);
        for (int i : ids) {
            g.writeNumber(i);
        }
        g.writeEndArray();
    }
}
