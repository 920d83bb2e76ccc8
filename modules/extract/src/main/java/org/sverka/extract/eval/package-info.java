/**
 * Measures the extract stage on WCXB, the Web Content eXtraction Benchmark:
 * {@link org.sverka.extract.eval.WcxbEvaluation} runs an {@link org.sverka.extract.Extractor} over
 * a folder in WCXB's layout and scores it with WCXB's word-level F1 and snippet rates.
 */
package org.sverka.extract.eval;
