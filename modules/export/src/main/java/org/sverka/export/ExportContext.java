package org.sverka.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.BeadKind;
import org.sverka.core.ParallelTable;
import org.sverka.core.Sentence;
import org.sverka.core.SentenceKind;
import org.sverka.core.TextSpan;

/**
 * What the writers can add to a {@link ParallelTable} when they know it: how much of each document
 * was read and dropped, the kind of each sentence (dateline, speaker), the span of each partial
 * bead (the part of its longer side that the shorter side renders), and, after
 * {@code review apply}, what the reviewer did with each row. Every part may be absent.
 * <pre>{@code
 * ExportContext context = ExportContext.of(alignment);
 * JsonWriter.document().write(ParallelTable.of(alignment), context, out);
 * }</pre>
 *
 * @param english      the English document's summary, or null when unknown
 * @param russian      the Russian document's summary, or null when unknown
 * @param englishKinds the kind of each English sentence, in order; empty when unknown
 * @param russianKinds the kind of each Russian sentence; empty when unknown
 * @param reviews      the review of each row, looked up by the row itself; empty when not reviewed
 * @param spans        the span of each partial bead that has one, by bead number; empty when unknown
 */
public record ExportContext(SourceSummary english, SourceSummary russian, List<SentenceKind> englishKinds,
                            List<SentenceKind> russianKinds, Map<ParallelTable.Row, RowReview> reviews,
                            Map<Integer, TextSpan> spans) {
    /** Nothing known beyond the table. */
    public static final ExportContext NONE = new ExportContext(null, null, List.of(), List.of(), Map.of());

    /** Copies the collections. */
    public ExportContext {
        englishKinds = List.copyOf(englishKinds);
        russianKinds = List.copyOf(russianKinds);
        reviews = Map.copyOf(reviews);
        spans = Map.copyOf(spans);
    }

    /**
     * A context without spans.
     *
     * @param english      the English document's summary, or null when unknown
     * @param russian      the Russian document's summary, or null when unknown
     * @param englishKinds the kind of each English sentence, in order; empty when unknown
     * @param russianKinds the kind of each Russian sentence; empty when unknown
     * @param reviews      the review of each row; empty when not reviewed
     */
    public ExportContext(SourceSummary english, SourceSummary russian, List<SentenceKind> englishKinds,
                         List<SentenceKind> russianKinds, Map<ParallelTable.Row, RowReview> reviews) {
        this(english, russian, englishKinds, russianKinds, reviews, Map.of());
    }

    /**
     * @param alignment an alignment
     * @return its documents' summaries, sentence kinds and the spans of its partial beads (by bead
     *         number as {@link ParallelTable#of(Alignment)} numbers them, from 1)
     */
    public static ExportContext of(Alignment alignment) {
        Map<Integer, TextSpan> spans = new HashMap<>();
        int n = 0;
        for (Bead b : alignment.beads()) {
            n++;
            if (b.span().isPresent()) {
                spans.put(n, b.span().get());
            }
        }
        return new ExportContext(SourceSummary.of(alignment.english().document()),
                SourceSummary.of(alignment.russian().document()),
                alignment.english().sentences().stream().map(Sentence::kind).toList(),
                alignment.russian().sentences().stream().map(Sentence::kind).toList(), Map.of(), spans);
    }

    /**
     * @param english true for the English side
     * @return that side's summary, when known
     */
    public Optional<SourceSummary> source(boolean english) {
        return Optional.ofNullable(english ? this.english : russian);
    }

    /**
     * @param english true for the English side
     * @param number  a sentence number, from 1
     * @return the sentence's kind; {@link SentenceKind#SENTENCE} when unknown
     */
    public SentenceKind kind(boolean english, int number) {
        List<SentenceKind> kinds = english ? englishKinds : russianKinds;
        return number >= 1 && number <= kinds.size() ? kinds.get(number - 1) : SentenceKind.SENTENCE;
    }

    /**
     * @param row a row of the table
     * @return what the reviewer did with it, when the table was reviewed
     */
    public Optional<RowReview> review(ParallelTable.Row row) {
        return Optional.ofNullable(reviews.get(row));
    }

    /**
     * @param rowReviews the review of each row
     * @return this context with those reviews
     */
    public ExportContext withReviews(Map<ParallelTable.Row, RowReview> rowReviews) {
        return new ExportContext(english, russian, englishKinds, russianKinds, rowReviews, spans);
    }

    /**
     * @param beadSpans the span of each partial bead, by bead number
     * @return this context with those spans
     */
    public ExportContext withSpans(Map<Integer, TextSpan> beadSpans) {
        return new ExportContext(english, russian, englishKinds, russianKinds, reviews, beadSpans);
    }

    /**
     * The span of a partial row: the part of its longer side (the Russian for
     * {@link BeadKind#PARTIAL_EN}, the English for {@link BeadKind#PARTIAL_RU}) that the other side
     * renders. Nothing for a row of another kind, a row whose texts a reviewer edited (the span
     * described the old text), or a span that does not fit the row's text.
     * <pre>{@code
     * context.span(row).map(s -> s.of(row.russian()));   // the rendered part, for a partial-en row
     * }</pre>
     *
     * @param row a row of the table
     * @return the span, when known and still valid
     */
    public Optional<TextSpan> span(ParallelTable.Row row) {
        TextSpan s = spans.get(row.bead());
        if (s == null || (row.kind() != BeadKind.PARTIAL_EN && row.kind() != BeadKind.PARTIAL_RU)
                || review(row).map(v -> !v.change().scoreStillApplies()).orElse(false)) {
            return Optional.empty();
        }
        String longer = row.kind() == BeadKind.PARTIAL_EN ? row.russian() : row.english();
        return s.end() <= longer.length() ? Optional.of(s) : Optional.empty();
    }

    /**
     * @param row a partial row
     * @return the side its span is on: {@code ru} for {@link BeadKind#PARTIAL_EN}, {@code en} otherwise
     */
    public static String spanSide(ParallelTable.Row row) {
        return row.kind() == BeadKind.PARTIAL_EN ? "ru" : "en";
    }
}
