package org.sverka.cli;

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
import org.sverka.langid.LanguageIdentifier;
import org.sverka.langid.ScriptRun;

/**
 * Writes what {@code sverka extract --format json|jsonl} shows of one document: source, language,
 * title, author and date, words read, the blocks with their sentences (offsets into the extracted
 * text, script runs of mixed sentences, the kind of datelines and speaker labels), and every block
 * dropped with the filter that dropped it.
 */
final class ExtractionJson {
    private ExtractionJson() {
    }

    /** Writes one document as one JSON object. */
    static void write(JsonGenerator g, ExtractedDocument e, LanguageIdentifier id) throws IOException {
        Document doc = e.document();
        g.writeStartObject();
        g.writeStringField("source", doc.source());
        language(g, e.language());
        info(g, doc.info());
        g.writeNumberField("words", doc.words());
        g.writeNumberField("sentence_count", e.sentences().size());
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
                sentence(g, sentences.get(s), id);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        dropped(g, doc);
        g.writeEndObject();
    }

    /** Writes a failed document of a batch: its source and the cause. */
    static void writeFailure(JsonGenerator g, String source, String cause) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", source);
        g.writeStringField("error", cause);
        g.writeEndObject();
    }

    private static void sentence(JsonGenerator g, Sentence sentence, LanguageIdentifier id) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", sentence.index() + 1);
        if (sentence.kind() != SentenceKind.SENTENCE) {
            g.writeStringField("kind", sentence.kind().label());
        }
        g.writeNumberField("start", sentence.start());
        g.writeNumberField("end", sentence.end());
        g.writeStringField("text", sentence.text());
        List<ScriptRun> runs = LanguageIdentifier.hasSeveralScripts(sentence.text()) ? id.scriptRuns(sentence.text()) : List.of();
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
