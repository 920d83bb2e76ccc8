package org.sverka.pipeline;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sverka.core.Block;
import org.sverka.core.Document;
import org.sverka.core.LanguageGuess;
import org.sverka.core.Sentence;
import org.sverka.core.SentenceKind;
import org.sverka.langid.ScriptRun;

/**
 * Writes what {@code sverka extract} shows of one document as text: a header with the language,
 * each block with its kind and language, each sentence numbered (datelines and speakers' labels
 * marked), and the script runs of a sentence that mixes scripts.
 * <pre>{@code
 * ExtractionText.write(out, sverka.extract(Path.of("story.ru.pdf")));
 * // # story.ru.pdf: ru (1.00), 5 blocks, 12 sentences
 * // [block 1] HEADING ru 1.00
 * // 1	Переговоры продлились пять часов.
 * }</pre>
 */
public final class ExtractionText {
    private ExtractionText() {
    }

    /**
     * @param out where to write
     * @param e   what was read
     */
    public static void write(PrintWriter out, ExtractedDocument e) {
        Document doc = e.document();
        LanguageGuess language = e.language();
        List<Sentence> sentences = e.sentences();
        out.printf(Locale.ROOT, "# %s: %s (%.2f), %d blocks, %d sentences%n", doc.source(), language.language(),
                language.confidence(), doc.blocks().size(), sentences.size());
        if (!doc.info().title().isEmpty()) {
            out.printf(Locale.ROOT, "# title: %s%n", doc.info().title());
        }
        int s = 0;
        for (Block b : doc.blocks()) {
            LanguageGuess bl = e.blockLanguages().get(b.index());
            out.printf(Locale.ROOT, "[block %d] %s %s %.2f%n", b.index() + 1, b.kind(), bl.language(), bl.confidence());
            for (; s < sentences.size() && sentences.get(s).block() == b.index(); s++) {
                Sentence sentence = sentences.get(s);
                String kind = sentence.kind() == SentenceKind.SENTENCE ? "" : " [" + sentence.kind().label() + "]";
                out.printf(Locale.ROOT, "%d\t%s%s%n", sentence.index() + 1, sentence.text(), kind);
                for (ScriptRun r : e.runs(sentence.index())) {
                    out.printf(Locale.ROOT, "\t  %s: %s%n", r.language().language(), r.text());
                }
            }
        }
    }
}
