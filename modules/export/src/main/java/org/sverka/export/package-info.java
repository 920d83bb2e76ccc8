/**
 * The export stage: an {@link org.sverka.core.Alignment} written as a table or a corpus.
 *
 * <p>Each format is one {@link org.sverka.export.TableWriter}; {@link org.sverka.export.OutputFormat}
 * picks one by name or file extension. What the table alone does not carry (how much of each
 * document was read and dropped, sentence kinds, a reviewer's decisions) travels in an
 * {@link org.sverka.export.ExportContext}. The review workbook is written by
 * {@link org.sverka.export.ReviewWorkbookWriter} and read back by
 * {@link org.sverka.export.ReviewWorkbookReader}.
 *
 * <p>Safety rules shared by the text formats: control characters never reach a file raw
 * ({@link org.sverka.export.ControlCharacters}); a TSV cell never starts like a formula
 * ({@link org.sverka.export.FormulaNeutraliser}).
 */
package org.sverka.export;
