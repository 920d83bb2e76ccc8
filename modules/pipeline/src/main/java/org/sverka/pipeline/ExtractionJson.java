package org.sverka.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sverka.core.Block;
import org.sverka.core.Document;
import org.sverka.core.DocumentInfo;
import org.sverka.core.DroppedBlock;
import org.sverka.core.LanguageGuess;
import org.sverka.core.Sentence;
import org.sverka.core.SentenceKind;
import org.sverka.langid.ScriptRun;

/**
 * Writes what {@code sverka extract --format json|jsonl} shows of one document: source, language,
 * title, author and date, words read, the blocks with their sentences (offsets into the extracted
 * text, script runs of mixed sentences, the kind of datelines and speaker labels), what reading did
 * that a user should know ({@code notes}, e.g. that the main content was widened), and every block
 * dropped with the filter that dropped it.
 * <pre>{@code
 * ExtractionJson.write(generator, ExtractedDocument.read(pipeline, Path.of("page.html")));
 * }</pre>
 */
public final class ExtractionJson {
    private ExtractionJson() {
    }

    /**
     * Writes one document as one JSON object.
     *
     * @param g the generator
     * @param e what was read
     * @throws IOException when writing fails
     */
    public static void write(JsonGenerator g, ExtractedDocument e) throws IOException {
        Document doc = e.document();
        g.writeStartObject();
        g.writeStringField("source", doc.source());
        language(g, e.language());
        info(g, doc.info());
        g.writeNumberField("words", doc.words());
        g.writeNumberField("sentence_count", e.sentences().size());
        g.writeArrayFieldStart("notes");
        for (String note : doc.notes()) {
            g.writeString(note);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("blocks");
        List<Sentence> sentences = e.sentences();
        int s = 0;
        for (Block b : doc.blocks()) {
            g.writeStartObject();
            g.writeNumberField("index", b.index() + 1);
            g.writeStringField("kind", b.kind().name().toLowerCase(Locale.ROOT));
            g.writeNumberField("start", b.start());
            g.writeNumberField("end", b.end());
            language(g, e.blockLanguages().get(b.index()));
            g.writeStringField("text", b.text());
            g.writeArrayFieldStart("sentences");
            for (; s < sentences.size() && sentences.get(s).block() == b.index(); s++) {
                sentence(g, sentences.get(s), e.runs(sentences.get(s).index()));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        dropped(g, doc);
        g.writeEndObject();
    }

    /**
     * Writes a failed document of a batch: its source and the cause.
     *
     * @param g      the generator
     * @param source the document
     * @param cause  why it failed
     * @throws IOException when writing fails
     */
    public static void writeFailure(JsonGenerator g, String source, String cause) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", source);
        g.writeStringField("error", cause);
        g.writeEndObject();
    }

    private static void sentence(JsonGenerator g, Sentence sentence, List<ScriptRun> runs) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", sentence.index() + 1);
        if (sentence.kind() != SentenceKind.SENTENCE) {
            g.writeStringField("kind", sentence.kind().label());
        }
        g.writeNumberField("start", sentence.start());
        g.writeNumberField("end", sentence.end());
        g.writeStringField("text", sentence.text());
        if (runs.size() > 1) {
            g.writeArrayFieldStart("runs");
            for (ScriptRun r : runs) {
                g.writeStartObject();
                g.writeNumberField("start", r.start());
                g.writeNumberField("end", r.end());
                g.writeStringField("script", r.script().name().toLowerCase(Locale.ROOT));
                language(g, r.language());
                g.writeStringField("text", r.text());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void info(JsonGenerator g, DocumentInfo info) throws IOException {
        if (!info.title().isEmpty()) {
            g.writeStringField("title", info.title());
        }
        if (!info.author().isEmpty()) {
            g.writeStringField("author", info.author());
        }
        if (!info.published().isEmpty()) {
            g.writeStringField("published", info.published());
        }
    }

    private static void dropped(JsonGenerator g, Document doc) throws IOException {
        Map<String, int[]> byReason = new TreeMap<>();
        for (DroppedBlock d : doc.dropped()) {
            int[] counts = byReason.computeIfAbsent(d.reason(), r -> new int[2]);
            counts[0]++;
            counts[1] += d.words();
        }
        g.writeObjectFieldStart("dropped_summary");
        g.writeNumberField("blocks", doc.dropped().size());
        g.writeNumberField("words", doc.droppedWords());
        g.writeObjectFieldStart("by_reason");
        for (Map.Entry<String, int[]> r : byReason.entrySet()) {
            g.writeObjectFieldStart(r.getKey());
            g.writeNumberField("blocks", r.getValue()[0]);
            g.writeNumberField("words", r.getValue()[1]);
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("dropped");
        for (DroppedBlock d : doc.dropped()) {
            g.writeStartObject();
            g.writeStringField("kind", d.kind().name().toLowerCase(Locale.ROOT));
            g.writeStringField("reason", d.reason());
            g.writeStringField("text", d.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void language(JsonGenerator g, LanguageGuess l) throws IOException {
        g.writeStringField("language", l.language());
        g.writeNumberField("confidence", Math.round(l.confidence() * 1000) / 1000.0);
    }
}
