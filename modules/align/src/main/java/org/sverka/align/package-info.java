/**
 * The align stage: English–Russian similarity and the aligners that pair sentences into beads.
 *
 * <p>Every aligner implements {@link org.sverka.align.Aligner}. {@link org.sverka.align.LengthAligner}
 * is the Gale–Church baseline: sentence lengths only, in order.
 */
package org.sverka.align;
