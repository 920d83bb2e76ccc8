/**
 * The benchmarks behind {@code sverka eval}: each composes the stages as the commands do (through
 * {@link org.sverka.pipeline.Sverka} and {@link org.sverka.pipeline.Pipeline}), runs a stage's
 * evaluator on the shared data, prints its figures, and checks them against recorded floors
 * ({@link org.sverka.pipeline.eval.Floors}). The command classes only parse options and call these.
 */
package org.sverka.pipeline.eval;
