/**
 * The segment stage: the blocks of a {@link org.sverka.core.Document} become
 * {@link org.sverka.core.Sentence}s with character offsets, using ICU4J's sentence
 * break iterator.
 *
 * <p>{@link org.sverka.segment.Segmenter} is the facade. ICU's rules find the candidate breaks;
 * {@link org.sverka.segment.BreakFilter} then removes those after abbreviations (U.S., т.е.,
 * Mr.), after initials (С.В. Лавров), and before a lower-case continuation (direct speech:
 * «Уйдём!» — сказал он). ICU's own abbreviation suppression
 * ({@code FilteredBreakIteratorBuilder}) is not used: it ignores entries with more than one period,
 * and it matches an entry as a suffix of any word, so that "стр." suppressed the break after
 * "министр." and "д." the one after "т.д." in our tests. The filter compares whole tokens.
 * The abbreviation lists live in {@link org.sverka.segment.Abbreviations}.
 */
package org.sverka.segment;
