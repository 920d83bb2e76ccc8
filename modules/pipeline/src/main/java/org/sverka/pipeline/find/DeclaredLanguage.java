package org.sverka.pipeline.find;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.sverka.core.Document;
import org.sverka.core.InputException;
import org.sverka.core.LanguageGuess;
import org.sverka.core.SegmentedDocument;
import org.sverka.core.Sentence;
import org.sverka.pipeline.Limits;
import org.sverka.pipeline.Pipeline;

/**
 * Reads a document of a folder whose language the user declared (the English and the Russian
 * folder of {@code corpus build --pair-by content}): the detected language stands when it is the
 * declared one; when the detector says otherwise (as it can on a heading of a few words: "Agenda
 * item 13" read as French, "II. Здание E" as German) but at least half of the text's letters are in
 * the declared language's script (Latin for English, Cyrillic for Russian), the declared language is
 * taken. A document in the other script stays a failure that names the detected language.
 * <pre>{@code
 * SegmentedDocument d = new DeclaredLanguage(pipeline).read(Path.of("crawl/en/agenda.txt"), "en");
 * }</pre>
 * The single-machine pairing ({@link ContentPairing}) and the Spark job's reading step both read
 * their folders' documents through it, so that both pair the same documents.
 * Thread-safe when the pipeline is.
 */
public final class DeclaredLanguage {
    /** The share of a text's letters that must be in the declared language's script. */
    static final double SCRIPT_SHARE = 0.5;

    private final Pipeline pipeline;

    /**
     * @param pipeline reads, detects and segments documents
     */
    public DeclaredLanguage(Pipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /**
     * @param file     a document
     * @param language the folder's language, {@code en} or {@code ru}
     * @return its sentences, in the detected language when that is the declared one, else in the
     *         declared language when the text's script agrees
     * @throws InputException when the file cannot be read, is over the pipeline's limits, or is in
     *                        another language and another script
     */
    public SegmentedDocument read(Path file, String language) {
        if (!IndexTerms.supports(language)) {
            throw new IllegalArgumentException("language '" + language + "' is neither en nor ru");
        }
        Document doc = pipeline.extract(file);
        LanguageGuess detected = pipeline.documentLanguage().of(doc);
        LanguageGuess taken = detected;
        if (!detected.language().equals(language)) {
            double share = scriptShare(doc.text(), language);
            if (share < SCRIPT_SHARE) {
                throw new InputException(file.toString(), "the document is in " + (detected.isKnown()
                        ? Pipeline.name(detected.language()) : "no language sverka can tell") + ", not "
                        + Pipeline.name(language));
            }
            taken = new LanguageGuess(language, share);
        }
        return checked(file, new SegmentedDocument(doc, taken, pipeline.segmenter(language).segment(doc)));
    }

    /**
     * @param text     a text
     * @param language {@code en} or {@code ru}
     * @return the share of its letters in that language's script (Latin or Cyrillic), 0 without letters
     */
    static double scriptShare(String text, String language) {
        Character.UnicodeScript script = language.equals("ru") ? Character.UnicodeScript.CYRILLIC
                : Character.UnicodeScript.LATIN;
        long letters = 0;
        long inScript = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                inScript += Character.UnicodeScript.of(cp) == script ? 1 : 0;
            }
        }
        return letters == 0 ? 0 : (double) inScript / letters;
    }

    /** The pipeline's limits on sentences, as every read document meets them. */
    private SegmentedDocument checked(Path file, SegmentedDocument d) {
        Limits limits = pipeline.limits();
        if (d.size() > limits.maxSentences()) {
            throw new InputException(file.toString(), String.format(Locale.ROOT,
                    "the document has %,d sentences, over the limit of %,d", d.size(), limits.maxSentences()));
        }
        for (Sentence s : d.sentences()) {
            if (s.text().length() > limits.maxSentenceChars()) {
                throw new InputException(file.toString(), String.format(Locale.ROOT,
                        "sentence %d has %,d characters, over the limit of %,d", s.index() + 1, s.text().length(),
                        limits.maxSentenceChars()));
            }
        }
        return d;
    }
}
