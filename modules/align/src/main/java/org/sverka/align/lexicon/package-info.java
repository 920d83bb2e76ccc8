/**
 * The English–Russian lexicon: stem pairs with translation weights, and the tools that build it.
 *
 * <p>{@link org.sverka.align.lexicon.Lexicon} is what the similarity model looks words up in.
 * {@link org.sverka.align.lexicon.DictdImporter} reads a dictionary in dictd format (the Mueller
 * dictionary for the default lexicon); {@link org.sverka.align.lexicon.Ibm1Trainer} learns
 * translation probabilities from sentence pairs (IBM Model 1, both directions). The default
 * lexicon ships in the {@code sverka-lexicon-en-ru} module, as text files (the source of truth) and
 * as one {@link org.sverka.align.lexicon.PackedLexicon} made from them, which loads in one read
 * (sorted arrays searched in place, no maps of strings built at start-up).
 */
package org.sverka.align.lexicon;
