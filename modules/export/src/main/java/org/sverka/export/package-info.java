/**
 * The export stage: an {@link org.sverka.core.Alignment} written as a table or a corpus.
 *
 * <p>Each format is one {@link org.sverka.export.TableWriter}; {@link org.sverka.export.OutputFormat}
 * picks one by name or file extension. What the table alone does not carry (how much of each
 * document was read and dropped, sentence kinds, a reviewer's decisions) travels in an
 * {@link org.sverka.export.ExportContext}. The review workbook is written by
 * {@link org.sverka.export.ReviewWorkbookWriter} and read back by
 * {@link org.sverka.export.ReviewWorkbookReader}; TSV and TMX files are read back by
 * {@link org.sverka.export.TsvReader} and {@link org.sverka.export.TmxReader}.
 *
 * <p>Every format carries each bead's {@link org.sverka.core.BeadKind kind} (JSON {@code kind},
 * TSV and workbook column, TMX {@code x-kind}, an HTML badge) and its flags in their one written
 * form ({@link org.sverka.core.Flag#format}; JSON writes each flag as an object of kind, side and
 * value).
 *
 * <p>Safety rules shared by the text formats: control characters never reach a file raw
 * ({@link org.sverka.export.ControlCharacters}); a TSV cell never starts like a formula
 * ({@link org.sverka.export.FormulaNeutraliser}); TSV quoting is Apache Commons CSV's
 * ({@link org.sverka.export.TsvWriter#FORMAT}).
 */
package org.sverka.export;
