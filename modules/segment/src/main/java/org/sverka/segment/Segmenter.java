package org.sverka.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sverka.core.Block;
import org.sverka.core.Document;
import org.sverka.core.Sentence;

/**
 * Cuts text into sentences: the facade of the segment stage.
 * <pre>{@code
 * Segmenter ru = Segmenter.forLanguage("ru");
 * ru.split("Министр С.В. Лавров прибыл в Женеву. Переговоры начались.");
 * // ["Министр С.В. Лавров прибыл в Женеву.", "Переговоры начались."]
 * List<Sentence> sentences = ru.segment(document);   // with offsets into document.text()
 * }</pre>
 * A block end is always a sentence end, so headlines without a final period stand alone.
 * Instances are immutable and thread-safe.
 */
public final class Segmenter {
    private final ULocale locale;
    private final Abbreviations abbreviations;
    private final BreakFilter filter;

    private Segmenter(ULocale locale, Abbreviations abbreviations) {
        this.locale = locale;
        this.abbreviations = abbreviations;
        this.filter = new BreakFilter(abbreviations);
    }

    /**
     * @param language ISO 639-1 code; languages without an abbreviation list get ICU's rules only
     * @return a segmenter for that language
     */
    public static Segmenter forLanguage(String language) {
        Objects.requireNonNull(language, "language");
        return new Segmenter(new ULocale(language), Abbreviations.forLanguage(language));
    }

    /**
     * @param language      ISO 639-1 code
     * @param abbreviations a list of one's own
     * @return a segmenter with that list
     */
    public static Segmenter withAbbreviations(String language, Abbreviations abbreviations) {
        return new Segmenter(new ULocale(language), Objects.requireNonNull(abbreviations));
    }

    /** @return the abbreviation list in use */
    public Abbreviations abbreviations() {
        return abbreviations;
    }

    /**
     * Segments every block of a document.
     *
     * @param document the extracted document
     * @return its sentences in order, offsets into {@code document.text()}
     */
    public List<Sentence> segment(Document document) {
        List<Sentence> out = new ArrayList<>();
        for (Block block : document.blocks()) {
            for (int[] span : spans(block.text())) {
                out.add(new Sentence(out.size(), block.index(), block.start() + span[0],
                        block.text().substring(span[0], span[1])));
            }
        }
        return out;
    }

    /**
     * Splits one paragraph into sentences.
     *
     * @param text a paragraph
     * @return its sentences, trimmed
     */
    public List<String> split(String text) {
        return spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    private List<int[]> spans(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(text);
        List<Integer> boundaries = new ArrayList<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            boundaries.add(b);
        }
        if (boundaries.isEmpty() || boundaries.get(boundaries.size() - 1) != text.length()) {
            boundaries.add(text.length());
        }
        List<Integer> kept = filter.filter(text, boundaries);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i + 1 < kept.size(); i++) {
            int s = kept.get(i);
            int e = kept.get(i + 1);
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                spans.add(new int[] {s, e});
            }
        }
        return spans;
    }
}
