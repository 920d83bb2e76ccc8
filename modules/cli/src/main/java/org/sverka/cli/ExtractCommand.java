package org.sverka.cli;

import org.sverka.pipeline.Pipeline;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sverka.core.Block;
import org.sverka.core.Document;
import org.sverka.core.LanguageGuess;
import org.sverka.core.Sentence;
import org.sverka.langid.LanguageIdentifier;
import org.sverka.langid.ScriptRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sverka extract FILE}: blocks, sentences and the language of each. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Shows the blocks and sentences of a document with the language of each.")
final class ExtractCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "FILE", description = "HTML, PDF, DOCX, DOC, ODT, RTF, EML or TXT")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Pipeline p = Sverka.pipeline(limitOptions.limits());
        Document doc = p.extract(file);
        LanguageIdentifier id = p.languages();
        LanguageGuess language = id.detect(doc);
        List<LanguageGuess> blockLanguages = id.detectBlocks(doc);
        String segLanguage = language.isKnown() ? language.language() : "en";
        List<Sentence> sentences = p.segmenter(segLanguage).segment(doc);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            writeJson(out, doc, language, blockLanguages, sentences, id);
        } else {
            writeText(out, doc, language, blockLanguages, sentences, id);
        }
        out.flush();
        return 0;
    }

    private static void writeText(PrintWriter out, Document doc, LanguageGuess language, List<LanguageGuess> blockLanguages,
                                  List<Sentence> sentences, LanguageIdentifier id) {
        out.printf(Locale.ROOT, "# %s: %s (%.2f), %d blocks, %d sentences%n", doc.source(), language.language(),
                language.confidence(), doc.blocks().size(), sentences.size());
        int s = 0;
        for (Block b : doc.blocks()) {
            LanguageGuess bl = blockLanguages.get(b.index());
            out.printf(Locale.ROOT, "[block %d] %s %s %.2f%n", b.index() + 1, b.kind(), bl.language(), bl.confidence());
            for (; s < sentences.size() && sentences.get(s).block() == b.index(); s++) {
                Sentence sentence = sentences.get(s);
                out.printf(Locale.ROOT, "%d\t%s%n", sentence.index() + 1, sentence.text());
                List<ScriptRun> runs = id.scriptRuns(sentence.text());
                if (runs.size() > 1) {
                    for (ScriptRun r : runs) {
                        out.printf(Locale.ROOT, "\t  %s: %s%n", r.language().language(), r.text());
                    }
                }
            }
        }
    }

    private static void writeJson(PrintWriter out, Document doc, LanguageGuess language, List<LanguageGuess> blockLanguages,
                                  List<Sentence> sentences, LanguageIdentifier id) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("source", doc.source());
            language(g, language);
            g.writeArrayFieldStart("blocks");
            int s = 0;
            for (Block b : doc.blocks()) {
                g.writeStartObject();
                g.writeNumberField("index", b.index() + 1);
                g.writeStringField("kind", b.kind().name().toLowerCase(Locale.ROOT));
                g.writeNumberField("start", b.start());
                g.writeNumberField("end", b.end());
                language(g, blockLanguages.get(b.index()));
                g.writeStringField("text", b.text());
                g.writeArrayFieldStart("sentences");
                for (; s < sentences.size() && sentences.get(s).block() == b.index(); s++) {
                    Sentence sentence = sentences.get(s);
                    g.writeStartObject();
                    g.writeNumberField("index", sentence.index() + 1);
                    g.writeNumberField("start", sentence.start());
                    g.writeNumberField("end", sentence.end());
                    g.writeStringField("text", sentence.text());
                    List<ScriptRun> runs = id.scriptRuns(sentence.text());
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
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static void language(JsonGenerator g, LanguageGuess l) throws IOException {
        g.writeStringField("language", l.language());
        g.writeNumberField("confidence", Math.round(l.confidence() * 1000) / 1000.0);
    }
}
