/**
 * Text analysis for similarity: words, stems, numbers and name keys of a sentence.
 *
 * <p>{@link org.sverka.align.text.TextAnalyzer} chains small steps, each a class of its own:
 * word tokens, stop words (Lucene's lists), stems (Lucene's Snowball stemmers),
 * {@link org.sverka.align.text.NumberNormalizer} for numbers and dates written in either language,
 * and {@link org.sverka.align.text.NameKey} for names and cognates across scripts (ICU transliteration).
 */
package org.sverka.align.text;
