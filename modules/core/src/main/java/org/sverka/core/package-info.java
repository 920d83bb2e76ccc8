/**
 * The data model of sverka: immutable records that flow between the pipeline stages.
 *
 * <p>A file is extracted into a {@link org.sverka.core.Document} made of
 * {@link org.sverka.core.Block}s; the language stage labels it with a
 * {@link org.sverka.core.LanguageGuess}; the segment stage cuts it into
 * {@link org.sverka.core.Sentence}s, giving a {@link org.sverka.core.SegmentedDocument};
 * an aligner pairs two segmented documents into an {@link org.sverka.core.Alignment} of
 * {@link org.sverka.core.Bead}s. Nothing here depends on any library.
 */
package org.sverka.core;
