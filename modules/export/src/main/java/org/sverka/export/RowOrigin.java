package org.sverka.export;

import java.util.Objects;

/**
 * Where a row of a corpus came from: the document pair and its two documents. A corpus writer adds
 * these to each row ({@code pair_id}, {@code en_source}, {@code ru_source} in TSV; {@code x-pair-id},
 * {@code x-en-source}, {@code x-ru-source} props in TMX).
 * <pre>{@code
 * RowOrigin o = new RowOrigin("tass-0412", "en/0412.html", "ru/0412.html");
 * new TsvWriter(row -> o).write(table, out);
 * }</pre>
 *
 * @param pairId         the document pair's id, as the manifest or folder names it
 * @param englishSource  the English document, as the manifest gives it
 * @param russianSource  the Russian document, as the manifest gives it
 */
public record RowOrigin(String pairId, String englishSource, String russianSource) {
    /** Checks the fields. */
    public RowOrigin {
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(englishSource, "englishSource");
        Objects.requireNonNull(russianSource, "russianSource");
    }
}
