package org.sverka.pipeline.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sverka.align.Aligner;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.Flag;
import org.sverka.core.InputException;
import org.sverka.pipeline.AlignmentStage;
import org.sverka.pipeline.Deadline;
import org.sverka.pipeline.Pipeline;
import org.sverka.pipeline.TimeLimitException;
import org.sverka.pipeline.Printable;

/**
 * The per-pair function of a corpus run: read both documents (extract, language check, segment),
 * align them, keep the matched beads, all within the time limit ({@link Deadline}) and the memory
 * budget ({@link AlignmentStage}). A failure becomes a failed result with its reason, never an
 * exception. The command line and the Spark job run this same function.
 */
public final class PairAligner {
    private final Pipeline pipeline;
    private final Aligner aligner;
    private final AlignmentStage stage;

    /**
     * One alignment at a time may take three quarters of the heap.
     *
     * @param pipeline reads documents
     * @param aligner  aligns them
     */
    public PairAligner(Pipeline pipeline, Aligner aligner) {
        this(pipeline, aligner, AlignmentStage.forHeap(1));
    }

    /**
     * @param pipeline reads documents
     * @param aligner  aligns them
     * @param stage    the memory budget of an alignment (for example {@code AlignmentStage.forHeap(threads)})
     */
    public PairAligner(Pipeline pipeline, Aligner aligner, AlignmentStage stage) {
        this.pipeline = pipeline;
        this.aligner = aligner;
        this.stage = stage;
    }

    /**
     * @param pair the pair
     * @return its beads, or why it failed
     */
    public PairResult align(PairSource pair) {
        return align(pair, null, null);
    }

    /**
     * Aligns a pair, reading it unless it was read before, and hands the read documents on, so that
     * a second pass (corpus build's {@code --learn}) aligns them again without reading and
     * analysing them twice.
     * <pre>{@code
     * Map<String, Pipeline.Pair> read = new ConcurrentHashMap<>();
     * PairResult first = aligner.align(pair, null, docs -> read.put(pair.id(), docs));
     * PairResult second = otherAligner.align(pair, read.remove(pair.id()), null);
     * }</pre>
     *
     * @param pair the pair
     * @param read the pair's documents as read before, or null to read them
     * @param keep told of the documents once read, or null
     * @return its beads, or why it failed
     */
    public PairResult align(PairSource pair, Pipeline.Pair read, java.util.function.Consumer<Pipeline.Pair> keep) {
        long t0 = System.nanoTime();
        try {
            Deadline deadline = Deadline.after(pipeline.limits().timeout());
            Pipeline.Pair docs = read != null ? read
                    : pipeline.readPair(Path.of(pair.english()), Path.of(pair.russian()), false, deadline);
            if (keep != null) {
                keep.accept(docs);
            }
            Alignment a = stage.align(aligner, docs, deadline);
            List<CorpusBead> beads = new ArrayList<>();
            int index = 0;
            for (Bead b : a.beads()) {
                index++;
                if (b.isMatch()) {
                    beads.add(new CorpusBead(pair.id(), index, a.englishText(b), a.russianText(b), b.score(), b.type(),
                            b.flags().stream().map(Flag::toString).toList()));
                }
            }
            return new PairResult(pair.id(), true, "", a.mode(), docs.english().size(), docs.russian().size(),
                    (System.nanoTime() - t0) / 1_000_000, beads);
        } catch (InputException e) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String reason = Printable.escape(e.getMessage());
            return e instanceof TimeLimitException || environmental(e) ? PairResult.error(pair.id(), reason, ms) : PairResult.failed(pair.id(), reason, ms);
        } catch (OutOfMemoryError e) {
            return PairResult.error(pair.id(), Printable.escape(pair.id()) + ": out of memory (" + e.getMessage()
                    + "); give Java more memory (-Xmx) or lower --max-sentences", (System.nanoTime() - t0) / 1_000_000);
        } catch (java.util.concurrent.CancellationException e) {
            // the run is stopping (its worker was interrupted): not the input's fault, so --resume redoes the pair
            return PairResult.error(pair.id(), Printable.escape(pair.id() + ": cancelled"), (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            return PairResult.failed(pair.id(), Printable.escape(pair.id() + ": " + e), (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /**
     * @param e a failure
     * @return true when an I/O error of the machine (a full disk, a network share gone) lies under it,
     *         rather than something wrong with the input itself
     */
    static boolean environmental(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException && !(t instanceof java.nio.charset.CharacterCodingException)
                    && !(t instanceof java.nio.file.NoSuchFileException)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
