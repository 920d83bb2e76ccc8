/**
 * The one place the stages are composed. {@link org.sverka.pipeline.Sverka} is the front door (built
 * with {@code Sverka.aligner().mode(...).lexicon(...).build()}: align, extract, detect), used by
 * library users, the command line and the Spark job alike; langid's {@link org.sverka.langid.DocumentLanguage}
 * is the one document-level language decision every route takes. Under it: a file read through extract, language and segment
 * ({@link org.sverka.pipeline.Pipeline}), tables written atomically in any format
 * ({@link org.sverka.pipeline.TableOutput}, {@link org.sverka.pipeline.AtomicOutput}), and in
 * {@code corpus} the batch building of parallel corpora. Outputs never destroy a user's file:
 * {@link org.sverka.pipeline.OutputTarget} says where a write lands (links followed, devices and
 * pipes streamed, never replaced), {@link org.sverka.pipeline.OutputGuard} refuses an output that is
 * an input, {@link org.sverka.pipeline.FolderLock} keeps one run to a folder, and
 * {@link org.sverka.pipeline.Printable} escapes control characters in messages. A job's time limit
 * ({@link org.sverka.pipeline.Deadline}) and memory budget ({@link org.sverka.pipeline.AlignmentStage})
 * cover reading and alignment together. The benchmarks behind {@code sverka eval} live in
 * {@code eval}, the lexicon trainers' driver in {@code lexicon}. This is the only module above the
 * stages that knows them.
 */
package org.sverka.pipeline;
