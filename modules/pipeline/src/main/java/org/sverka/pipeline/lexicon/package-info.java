/**
 * Building lexicons and the similarity model's weights from data, behind {@code sverka lexicon}:
 * reading sentence pairs ({@link org.sverka.pipeline.lexicon.ParallelText}) and running the align
 * module's trainers on them ({@link org.sverka.pipeline.lexicon.LexiconTraining}).
 */
package org.sverka.pipeline.lexicon;
