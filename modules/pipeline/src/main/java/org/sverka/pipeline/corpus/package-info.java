/**
 * Building parallel corpora from many document pairs: a {@link org.sverka.pipeline.corpus.Manifest}
 * of pairs, the per-pair function ({@link org.sverka.pipeline.corpus.PairAligner}), the bead
 * filters ({@link org.sverka.pipeline.corpus.BeadFilters}), and the resumable, parallel
 * {@link org.sverka.pipeline.corpus.CorpusBuilder} that writes TMX, Moses files, TSV, Parquet,
 * statistics and a report. Documents stay inside the manifest's folder unless allowed otherwise;
 * the progress log ({@code ProgressLog}) is read tolerantly.
 */
package org.sverka.pipeline.corpus;
