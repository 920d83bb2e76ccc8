package org.sverka.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.sverka.core.Flag;
import org.sverka.core.ParallelTable;
import org.sverka.core.SentenceKind;
import org.sverka.core.TextSpan;

/**
 * JSON: {@link #document()} writes one document with the sources, the mode and why, and every
 * row; {@link #lines()} writes JSON Lines, one row an object a line, each with all its fields
 * (bead, type, sentence numbers, texts, score, kind, flags, note). The {@code kind} is the bead's
 * {@link org.sverka.core.BeadKind#label() label}; a partial bead whose context knows its span also
 * has {@code "span": {"side": "ru", "start": 0, "end": 42}}, the characters of that side's text
 * that the other side renders. Each flag is an object
 * {@code {"kind": "number", "side": "ru", "value": "1 000"}}: {@link Flag.Kind#word()},
 * {@link Flag.Side#code()} and the value as written. The document also says how much of
 * the Russian original the matched rows cover ({@code coverage}), and, given an
 * {@link ExportContext}, how much of each document was read and dropped.
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
        write(table, ExportContext.NONE, out);
    }

    /**
     * Writes the table with what the context adds: per document ({@code english_document},
     * {@code russian_document}) the words read, the blocks dropped per reason with their words, and
     * the title, author and date when known; per row the kind of each sentence that is not an
     * ordinary one ({@code sentence_kinds}) and, after a review, the reviewer's status and change
     * ({@code review}).
     */
    @Override
    public void write(ParallelTable table, ExportContext context, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(new NonClosingOutputStream(out), JsonEncoding.UTF8)) {
            if (lines) {
                g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
                for (ParallelTable.Row r : table.rows()) {
                    row(g, r, context);
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
            Coverage coverage = Coverage.of(table);
            g.writeObjectFieldStart("coverage");
            g.writeNumberField("english_sentences_matched", coverage.englishMatched());
            g.writeNumberField("russian_sentences_matched", coverage.russianMatched());
            g.writeNumberField("russian_words", coverage.russianWords());
            g.writeNumberField("russian_words_matched", coverage.russianWordsMatched());
            g.writeEndObject();
            for (boolean english : new boolean[] {true, false}) {
                if (context.source(english).isPresent()) {
                    source(g, english ? "english_document" : "russian_document", context.source(english).get());
                }
            }
            g.writeArrayFieldStart("beads");
            for (ParallelTable.Row r : table.rows()) {
                row(g, r, context);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void source(JsonGenerator g, String name, SourceSummary s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("words_read", s.wordsRead());
        g.writeNumberField("dropped_blocks", s.droppedBlocks());
        g.writeNumberField("dropped_words", s.droppedWords());
        g.writeArrayFieldStart("dropped");
        for (SourceSummary.Drop d : s.dropped()) {
            g.writeStartObject();
            g.writeStringField("reason", d.reason());
            g.writeNumberField("blocks", d.blocks());
            g.writeNumberField("words", d.words());
            g.writeEndObject();
        }
        g.writeEndArray();
        for (String[] field : new String[][] {{"title", s.info().title()}, {"author", s.info().author()},
            {"published", s.info().published()}}) {
            if (!field[1].isEmpty()) {
                g.writeStringField(field[0], field[1]);
            }
        }
        g.writeEndObject();
    }

    private static void row(JsonGenerator g, ParallelTable.Row r, ExportContext context) throws IOException {
        g.writeStartObject();
        g.writeNumberField("bead", r.bead());
        g.writeStringField("type", r.type());
        numbers(g, "en", r.en());
        g.writeStringField("en_text", r.english());
        numbers(g, "ru", r.ru());
        g.writeStringField("ru_text", r.russian());
        g.writeNumberField("score", Math.round(r.score() * 1000) / 1000.0);
        g.writeStringField("kind", r.kind().label());
        if (context.span(r).isPresent()) {
            TextSpan span = context.span(r).get();
            g.writeObjectFieldStart("span");
            g.writeStringField("side", ExportContext.spanSide(r));
            g.writeNumberField("start", span.start());
            g.writeNumberField("end", span.end());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("flags");
        for (Flag f : r.flags()) {
            g.writeStartObject();
            g.writeStringField("kind", f.kind().word());
            g.writeStringField("side", f.side().code());
            g.writeStringField("value", f.value());
            g.writeStringField("grade", f.isNote() ? "note" : "flag");
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!r.note().isEmpty()) {
            g.writeStringField("note", r.note());
        }
        kinds(g, r, context);
        if (context.review(r).isPresent()) {
            RowReview review = context.review(r).get();
            g.writeObjectFieldStart("review");
            g.writeStringField("status", review.status().isEmpty() ? "none" : review.status());
            g.writeStringField("change", review.change().label());
            g.writeEndObject();
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

    /** The sentences of a row that are not ordinary ones, as {side, sentence, kind}; nothing when all are. */
    private static void kinds(JsonGenerator g, ParallelTable.Row r, ExportContext context) throws IOException {
        boolean open = false;
        for (boolean english : new boolean[] {true, false}) {
            for (int i : english ? r.en() : r.ru()) {
                SentenceKind kind = context.kind(english, i);
                if (kind != SentenceKind.SENTENCE) {
                    if (!open) {
                        g.writeArrayFieldStart("sentence_kinds");
                        open = true;
                    }
                    g.writeStartObject();
                    g.writeStringField("side", english ? "en" : "ru");
                    g.writeNumberField("sentence", i);
                    g.writeStringField("kind", kind.label());
                    g.writeEndObject();
                }
            }
        }
        if (open) {
            g.writeEndArray();
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
