package org.sverka.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sverka.core.Alignment;
import org.sverka.core.ParallelTable;
import org.sverka.core.Sentence;
import org.sverka.core.SentenceKind;

/**
 * What the writers can add to a {@link ParallelTable} when they know it: how much of each document
 * was read and dropped, the kind of each sentence (dateline, speaker), and, after
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
 */
public record ExportContext(SourceSummary english, SourceSummary russian, List<SentenceKind> englishKinds,
                            List<SentenceKind> russianKinds, Map<ParallelTable.Row, RowReview> reviews) {
    /** Nothing known beyond the table. */
    public static final ExportContext NONE = new ExportContext(null, null, List.of(), List.of(), Map.of());

    /** Copies the collections. */
    public ExportContext {
        englishKinds = List.copyOf(englishKinds);
        russianKinds = List.copyOf(russianKinds);
        reviews = Map.copyOf(reviews);
    }

    /**
     * @param alignment an alignment
     * @return its documents' summaries and sentence kinds
     */
    public static ExportContext of(Alignment alignment) {
        return new ExportContext(SourceSummary.of(alignment.english().document()),
                SourceSummary.of(alignment.russian().document()),
                alignment.english().sentences().stream().map(Sentence::kind).toList(),
                alignment.russian().sentences().stream().map(Sentence::kind).toList(), Map.of());
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
        return new ExportContext(english, russian, englishKinds, russianKinds, rowReviews);
    }
}
