/**
 * The extract stage: a file becomes a {@link org.sverka.core.Document} of blocks, with Apache Tika.
 *
 * <p>{@link org.sverka.extract.Extractor} is the facade. Tika's XHTML events go through
 * {@link org.sverka.extract.BoilerplateElementFilter} (drops navigation, footers, scripts and
 * the like) into a {@link org.sverka.extract.BlockCollector} (one block per heading, paragraph,
 * list item or table cell); the collected blocks then pass a chain of
 * {@link org.sverka.extract.BlockFilter}s. Plain text goes through
 * {@link org.sverka.extract.CyrillicCharsetGuard}, which corrects Tika's guess among the
 * 8-bit Cyrillic code pages.
 */
package org.sverka.extract;
