/**
 * Composition of the stages for whole jobs: a file read through extract, language and segment
 * ({@link org.sverka.pipeline.Pipeline}), tables written atomically in any format
 * ({@link org.sverka.pipeline.TableOutput}, {@link org.sverka.pipeline.AtomicOutput}), and in
 * {@code corpus} the batch building of parallel corpora. The command line and the Spark job both
 * use it; like them, it is a module that knows every stage.
 */
package org.sverka.pipeline;
