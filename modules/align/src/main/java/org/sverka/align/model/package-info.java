/**
 * The similarity model: how surely some English sentences translate some Russian ones.
 *
 * <p>A {@link org.sverka.align.model.Span} holds the analysed words, name keys and numbers of one
 * or two adjacent sentences. Each {@link org.sverka.align.model.Signal} measures one thing about a
 * pair of spans (lexical coverage in either direction, numbers, length); the
 * {@link org.sverka.align.model.SimilarityModel} combines the signals with logistic weights into one
 * calibrated score in [0, 1], the probability that the spans translate each other.
 */
package org.sverka.align.model;
