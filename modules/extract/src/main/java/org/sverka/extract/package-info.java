/**
 * The extract stage: a file becomes a {@link org.sverka.core.Document} of blocks.
 *
 * <p>{@link org.sverka.extract.Extractor} is the facade. Web pages (HTML, XHTML) never go through
 * Tika's HTML parser: their bytes are decoded as a browser would
 * ({@link org.sverka.extract.HtmlCharsetDetector}), parsed with jsoup, and their main content is
 * chosen by {@link org.sverka.extract.WebContent} (Readability4J with
 * {@link org.sverka.extract.ContentScorer} as the fallback, by default); the page is cut into
 * blocks by {@link org.sverka.extract.DomBlockWalker} and its title, author and date read by
 * {@link org.sverka.extract.PageInfoReader}. Every other format goes through Tika into a
 * {@link org.sverka.extract.BlockCollector} (one block per heading, paragraph, list item or table
 * cell). The collected blocks then pass {@link org.sverka.extract.BlockFilter}s; furniture filters
 * ({@link org.sverka.extract.BoilerplatePhraseFilter}, {@link org.sverka.extract.LinkListFilter},
 * {@link org.sverka.extract.BoilerplateElementFilter}) run on web pages and e-mail only, never on
 * plain text, office documents or PDF. Every block left out is listed in
 * {@link org.sverka.core.Document#dropped()} with the filter that left it out. Plain text goes
 * through {@link org.sverka.extract.CyrillicCharsetGuard}, which corrects Tika's guess among the
 * 8-bit Cyrillic code pages.
 */
package org.sverka.extract;
