/**
 * Evaluation of aligners, in the manner of OpenNLP's evaluators: tasks with exact gold built from
 * line-aligned parallel documents by a seeded {@link org.sverka.align.eval.TaskGenerator}, and
 * {@link org.sverka.align.eval.AlignmentScore} for link and bead precision, recall and F1.
 */
package org.sverka.align.eval;
