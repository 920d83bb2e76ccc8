package org.sverka.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sverka.core.Block;
import org.sverka.core.Document;
import org.sverka.core.Sentence;
import org.sverka.core.SentenceKind;

/**
 * Cuts text into sentences: the facade of the segment stage.
 * <pre>{@code
 * Segmenter ru = Segmenter.forLanguage("ru");
 * ru.split("Министр С.В. Лавров прибыл в Женеву. Переговоры начались.");
 * // ["Министр С.В. Лавров прибыл в Женеву.", "Переговоры начались."]
 * ru.split("МОСКВА, 24 мая. /ТАСС/. Переговоры начались.");
 * // ["МОСКВА, 24 мая. /ТАСС/.", "Переговоры начались."]; segment() marks the first a DATELINE
 * List<Sentence> sentences = ru.segment(document);   // with offsets into document.text()
 * }</pre>
 *
 * <p>A block end is always a sentence end, and so is a line break inside a block. In each line,
 * {@link CandidateScanner} finds where a sentence may end (terminators before white space, a
 * spaced ellipsis), {@link ListMarkers} where list items run together, and {@link BreakRules}
 * decides with the language's {@link Abbreviations}. A dateline at the start of a line
 * ({@link Datelines}) is one unit of kind {@link SentenceKind#DATELINE}; a speaker's label at the
 * start of a sentence ({@link SpeakerLabels}) is one unit of kind {@link SentenceKind#SPEAKER},
 * and the turn after it a sentence of its own. A line of news-page furniture ({@link NewsFurniture}:
 * an author line, a photo credit, a "Read also" line) is one unit of its kind, and so is every
 * sentence of a block that extraction marked as a caption or an author line.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Segmenter {
    private final String language;
    private final Abbreviations abbreviations;
    private final BreakRules rules;

    private Segmenter(String language, Abbreviations abbreviations) {
        this.language = language;
        this.abbreviations = abbreviations;
        this.rules = new BreakRules(abbreviations);
    }

    /**
     * @param language ISO 639-1 code; languages without an abbreviation list get the structural rules only
     * @return a segmenter for that language
     */
    public static Segmenter forLanguage(String language) {
        Objects.requireNonNull(language, "language");
        return new Segmenter(language, Abbreviations.forLanguage(language));
    }

    /**
     * @param language      ISO 639-1 code
     * @param abbreviations a list of one's own
     * @return a segmenter with that list
     */
    public static Segmenter withAbbreviations(String language, Abbreviations abbreviations) {
        return new Segmenter(Objects.requireNonNull(language, "language"), Objects.requireNonNull(abbreviations));
    }

    /** @return the language code this segmenter was made for */
    public String language() {
        return language;
    }

    /** @return the abbreviation list in use */
    public Abbreviations abbreviations() {
        return abbreviations;
    }

    /**
     * Segments every block of a document.
     *
     * @param document the extracted document
     * @return its sentences in order, offsets into {@code document.text()}, each with its kind
     */
    public List<Sentence> segment(Document document) {
        List<Sentence> out = new ArrayList<>();
        for (Block block : document.blocks()) {
            SentenceKind blockKind = switch (block.kind()) {
                case CAPTION -> SentenceKind.CAPTION;
                case BYLINE -> SentenceKind.BYLINE;
                default -> null;
            };
            for (Span span : spans(block.text())) {
                SentenceKind kind = blockKind != null && span.kind() == SentenceKind.SENTENCE ? blockKind : span.kind();
                out.add(new Sentence(out.size(), block.index(), block.start() + span.start(),
                        block.text().substring(span.start(), span.end()), kind));
            }
        }
        return out;
    }

    /**
     * Splits one paragraph into sentences.
     *
     * @param text a paragraph
     * @return its sentences, trimmed (datelines and speaker labels included as units of their own)
     */
    public List<String> split(String text) {
        return spans(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    /**
     * Splits one paragraph into sentences with their kinds and offsets.
     *
     * @param text a paragraph
     * @return its sentences as spans of {@code text}, in order, trimmed
     */
    List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Punctuation.isLineSeparator(text.charAt(i))) {
                if (i > lineStart) {
                    line(text.substring(lineStart, i), lineStart, out);
                }
                lineStart = i + 1;
            }
        }
        return out;
    }

    private void line(String s, int offset, List<Span> out) {
        int start = 0;
        while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        SentenceKind furniture = NewsFurniture.kindOf(s.strip());
        if (furniture != null) {
            emit(s, offset, start, s.length(), furniture, out);
            return;
        }
        int dateline = Datelines.end(s, start);
        if (dateline > 0) {
            emit(s, offset, start, dateline, SentenceKind.DATELINE, out);
            start = dateline;
        }
        List<Candidate> candidates = candidates(s);
        int sentenceStart = start;
        for (Candidate c : candidates) {
            if (c.next() <= sentenceStart || c.terminator() < sentenceStart) {
                continue;
            }
            if (rules.breaks(s, sentenceStart, c)) {
                emitSentence(s, offset, sentenceStart, c.next(), out);
                sentenceStart = c.next();
            }
        }
        emitSentence(s, offset, sentenceStart, s.length(), out);
    }

    private static List<Candidate> candidates(String s) {
        List<Candidate> terminators = CandidateScanner.scan(s);
        List<Integer> items = ListMarkers.starts(s);
        if (items.isEmpty()) {
            return terminators;
        }
        List<Candidate> merged = new ArrayList<>(terminators.size() + items.size());
        int t = 0;
        for (int item : items) {
            while (t < terminators.size() && terminators.get(t).next() <= item) {
                merged.add(terminators.get(t++));
            }
            merged.add(new Candidate(item, item, item, Candidate.Type.CERTAIN));
        }
        while (t < terminators.size()) {
            merged.add(terminators.get(t++));
        }
        return merged;
    }

    /** Emits a sentence, with a speaker's label at its start as a unit of its own. */
    private static void emitSentence(String s, int offset, int from, int to, List<Span> out) {
        int start = from;
        while (start < to && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        int label = SpeakerLabels.end(s, start);
        if (label > 0 && label < to) {
            emit(s, offset, start, label, SentenceKind.SPEAKER, out);
            start = label;
        }
        emit(s, offset, start, to, SentenceKind.SENTENCE, out);
    }

    private static void emit(String s, int offset, int from, int to, SentenceKind kind, List<Span> out) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new Span(offset + start, offset + end, kind));
        }
    }
}
