package org.sverka.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An alignment as a table for people and tools: one row a bead, in document order, with the texts
 * of both sides. Rows may come from an aligner ({@link #of(Alignment)}) or from a reviewed
 * workbook, where texts may have been edited and rows dropped. The sentences of both documents
 * travel with the table, so that a row's numbers can always be read back into text.
 * <pre>{@code
 * ParallelTable table = ParallelTable.of(alignment);
 * table.rows().get(0).english();   // the English text of the first bead
 * }</pre>
 *
 * @param englishSource    where the English side came from
 * @param russianSource    where the Russian side came from
 * @param mode             the aligner's mode
 * @param reason           why that mode
 * @param englishSentences the English document's sentences, numbered from 1 in the rows
 * @param russianSentences the Russian document's sentences
 * @param rows             the beads
 */
public record ParallelTable(String englishSource, String russianSource, String mode, String reason,
                            List<String> englishSentences, List<String> russianSentences, List<Row> rows) {
    /**
     * One bead as a row.
     *
     * @param bead    the bead's number in the alignment, from 1 (0 for a row a reviewer added)
     * @param en      English sentence numbers, from 1
     * @param english the English text
     * @param ru      Russian sentence numbers, from 1
     * @param russian the Russian text
     * @param score   the bead's score
     * @param flags   what a reviewer should check
     * @param note    a reviewer's note, empty when none
     * @param kind    how the two sides relate
     */
    public record Row(int bead, List<Integer> en, String english, List<Integer> ru, String russian, double score,
                      List<Flag> flags, String note, BeadKind kind) {
        /** Copies the lists. */
        public Row {
            Objects.requireNonNull(kind, "kind");
            en = List.copyOf(en);
            ru = List.copyOf(ru);
            flags = List.copyOf(flags);
            Objects.requireNonNull(english, "english");
            Objects.requireNonNull(russian, "russian");
            Objects.requireNonNull(note, "note");
        }

        /**
         * A row whose kind follows from its shape ({@link BeadKind#byShape(int, int)}).
         *
         * @param bead    the bead's number, from 1 (0 for a row a reviewer added)
         * @param en      English sentence numbers, from 1
         * @param english the English text
         * @param ru      Russian sentence numbers, from 1
         * @param russian the Russian text
         * @param score   the bead's score
         * @param flags   what a reviewer should check
         * @param note    a reviewer's note, empty when none
         */
        public Row(int bead, List<Integer> en, String english, List<Integer> ru, String russian, double score,
                   List<Flag> flags, String note) {
            this(bead, en, english, ru, russian, score, flags, note, BeadKind.byShape(en.size(), ru.size()));
        }

        /** @return {@code 1-1}, {@code 2-1}, {@code 1-0} and so on */
        public String type() {
            return en.size() + "-" + ru.size();
        }

        /** @return true when both sides have text */
        public boolean isMatch() {
            return !en.isEmpty() && !ru.isEmpty();
        }
    }

    /** Copies the lists and checks the sources. */
    public ParallelTable {
        Objects.requireNonNull(englishSource, "englishSource");
        Objects.requireNonNull(russianSource, "russianSource");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(reason, "reason");
        englishSentences = List.copyOf(englishSentences);
        russianSentences = List.copyOf(russianSentences);
        rows = List.copyOf(rows);
    }

    /**
     * @param alignment an alignment
     * @return its beads as rows, sentence numbers from 1
     */
    public static ParallelTable of(Alignment alignment) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (Bead b : alignment.beads()) {
            rows.add(new Row(++n, plusOne(b.en()), alignment.englishText(b), plusOne(b.ru()), alignment.russianText(b),
                    b.score(), b.flags(), "", b.kind()));
        }
        return new ParallelTable(alignment.english().document().source(), alignment.russian().document().source(),
                alignment.mode(), alignment.reason(), alignment.english().texts(), alignment.russian().texts(), rows);
    }

    /** The ids counted from 1, in a plain loop: a stream a bead cost a book's export several milliseconds of cold code. */
    private static List<Integer> plusOne(List<Integer> ids) {
        Integer[] out = new Integer[ids.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = ids.get(k) + 1;
        }
        return List.of(out);
    }

    /** @return the rows with text on both sides */
    public List<Row> matches() {
        return rows.stream().filter(Row::isMatch).toList();
    }

    /**
     * @param newRows other rows
     * @return this table with those rows
     */
    public ParallelTable withRows(List<Row> newRows) {
        return new ParallelTable(englishSource, russianSource, mode, reason, englishSentences, russianSentences, newRows);
    }
}
