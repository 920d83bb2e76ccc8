/**
 * The export stage: an {@link org.sverka.core.Alignment} written as a table or a corpus.
 *
 * <p>Each format is one {@link org.sverka.export.AlignmentWriter}; {@link org.sverka.export.OutputFormat}
 * picks one by name or file extension.
 */
package org.sverka.export;
