package org.sverka.cli;

import java.util.List;
import org.sverka.core.Document;
import org.sverka.core.LanguageGuess;
import org.sverka.core.Sentence;
import org.sverka.langid.LanguageIdentifier;
import org.sverka.pipeline.Pipeline;

/**
 * What {@code sverka extract} shows of one file: the document, its language, the language of each
 * block and the sentences.
 *
 * @param document       the extracted document, with what was dropped and why
 * @param language       the language of the whole document
 * @param blockLanguages the language of each block, by block index
 * @param sentences      the sentences, segmented by the document's language
 */
record ExtractedDocument(Document document, LanguageGuess language, List<LanguageGuess> blockLanguages,
                         List<Sentence> sentences) {

    /** Reads, detects and segments one file through the pipeline. */
    static ExtractedDocument read(Pipeline pipeline, java.nio.file.Path file) {
        Document doc = pipeline.extract(file);
        LanguageIdentifier id = pipeline.languages();
        LanguageGuess language = id.detect(doc);
        List<LanguageGuess> blockLanguages = id.detectBlocks(doc);
        String segLanguage = language.isKnown() ? language.language() : "en";
        return new ExtractedDocument(doc, language, blockLanguages, pipeline.segmenter(segLanguage).segment(doc));
    }
}
