package org.sverka.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.core.Document;
import org.sverka.core.LanguageGuess;
import org.sverka.core.Sentence;
import org.sverka.langid.DocumentLanguage;
import org.sverka.langid.LanguageIdentifier;
import org.sverka.langid.ScriptRun;

/**
 * What sverka reads in one file: the document, its language (the one decision of
 * {@link DocumentLanguage}), the language of each block, the sentences, and the script runs of every
 * sentence that mixes scripts (a Russian phrase quoted in English).
 * <pre>{@code
 * ExtractedDocument e = Sverka.aligner().build().extract(Path.of("story.ru.pdf"));
 * e.language().language();    // "ru"
 * }</pre>
 *
 * @param document       the extracted document, with what was dropped and why
 * @param language       the language of the whole document
 * @param blockLanguages the language of each block, by block index
 * @param sentences      the sentences, segmented by the document's language
 * @param runs           the script runs of each sentence that mixes scripts, by sentence index
 */
public record ExtractedDocument(Document document, LanguageGuess language, List<LanguageGuess> blockLanguages,
                                List<Sentence> sentences, Map<Integer, List<ScriptRun>> runs) {

    /** Copies the lists. */
    public ExtractedDocument {
        blockLanguages = List.copyOf(blockLanguages);
        sentences = List.copyOf(sentences);
        runs = Map.copyOf(runs);
    }

    /**
     * Reads, detects and segments one file through the pipeline; a document whose language cannot
     * be told is segmented as English, so that it can still be shown.
     *
     * @param pipeline the pipeline
     * @param file     any supported file
     * @return what was read
     */
    public static ExtractedDocument read(Pipeline pipeline, java.nio.file.Path file) {
        Document doc = pipeline.extract(file);
        LanguageIdentifier id = pipeline.languages();
        LanguageGuess language = pipeline.documentLanguage().of(doc);
        List<LanguageGuess> blockLanguages = id.detectBlocks(doc);
        String segLanguage = language.isKnown() ? language.language() : "en";
        List<Sentence> sentences = pipeline.segmenter(segLanguage).segment(doc);
        Map<Integer, List<ScriptRun>> runs = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            if (LanguageIdentifier.hasSeveralScripts(s.text())) {
                List<ScriptRun> r = id.scriptRuns(s.text());
                if (r.size() > 1) {
                    runs.put(s.index(), r);
                }
            }
        }
        return new ExtractedDocument(doc, language, blockLanguages, sentences, runs);
    }

    /**
     * @param sentence a sentence index
     * @return its script runs when it mixes scripts, else an empty list
     */
    public List<ScriptRun> runs(int sentence) {
        return runs.getOrDefault(sentence, List.of());
    }
}
