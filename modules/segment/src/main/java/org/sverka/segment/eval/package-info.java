/**
 * Benchmarks of sentence segmentation against published peers, OpenNLP style: the component under
 * test is any {@code Function<String, List<String>>} (usually {@code Segmenter::split}); each
 * evaluator reads its data file in place and returns a result record with a human-readable report.
 *
 * <ul>
 *   <li>{@link org.sverka.segment.eval.GoldenRulesEvaluation}: the 48 English Golden Rules (pySBD);</li>
 *   <li>{@link org.sverka.segment.eval.RazdelEvaluation}: OpenCorpora windows by razdel's protocol,
 *       sampled with {@link org.sverka.segment.eval.PythonRandom}, a bit-exact copy of CPython's
 *       Mersenne Twister;</li>
 *   <li>{@link org.sverka.segment.eval.SegmentationBenchmark}: both on a data folder, with speed.</li>
 * </ul>
 */
package org.sverka.segment.eval;
