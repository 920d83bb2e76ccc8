/**
 * Composition of the stages for whole jobs: a file read through extract, language and segment
 * ({@link org.sverka.pipeline.Pipeline}), tables written atomically in any format
 * ({@link org.sverka.pipeline.TableOutput}, {@link org.sverka.pipeline.AtomicOutput}), and in
 * {@code corpus} the batch building of parallel corpora. Outputs never destroy a user's file:
 * {@link org.sverka.pipeline.OutputTarget} says where a write lands (links followed, devices and
 * pipes streamed, never replaced), {@link org.sverka.pipeline.OutputGuard} refuses an output that is
 * an input, {@link org.sverka.pipeline.FolderLock} keeps one run to a folder, and
 * {@link org.sverka.pipeline.Printable} escapes control characters in messages. A job's time limit
 * ({@link org.sverka.pipeline.Deadline}) and memory budget ({@link org.sverka.pipeline.AlignmentStage})
 * cover reading and alignment together. The command line and the Spark job both
 * use it; like them, it is a module that knows every stage.
 */
package org.sverka.pipeline;
