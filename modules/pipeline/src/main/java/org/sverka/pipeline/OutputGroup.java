package org.sverka.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sverka.core.InputException;

/**
 * Files that belong together (the two Moses files, a corpus's outputs), written so that a failure
 * in any of them (a full disk) changes none: each is written to a temporary file beside it and
 * flushed, and only when all are complete are they moved into place, one after the other. Targets
 * follow the rule of {@link OutputTarget}: devices and pipes are written as streams at commit.
 * <pre>{@code
 * try (OutputGroup g = new OutputGroup()) {
 *     g.add(Path.of("corpus.en"), out -> english.writeTo(out));
 *     g.add(Path.of("corpus.ru"), out -> russian.writeTo(out));
 *     g.commit();
 * }   // without commit, or when a write failed, every temporary file is deleted
 * }</pre>
 * Not thread-safe.
 */
public final class OutputGroup implements AutoCloseable {
    /** Writes a file at a path (for writers that cannot write to a stream, such as Parquet's). */
    @FunctionalInterface
    public interface FileContent {
        /**
         * @param file a path that does not exist yet, in the target's folder
         * @throws IOException when writing fails
         */
        void writeTo(Path file) throws IOException;
    }

    private record Pending(OutputTarget target, Path tmp, AtomicOutput.Content stream) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final Set<Path> leftovers = new LinkedHashSet<>();
    private boolean committed;

    /** An empty group. */
    public OutputGroup() {
    }

    /**
     * Writes a file's content to its temporary file now (a device or pipe is only noted: it is
     * written at commit).
     *
     * @param target  the file to create or replace
     * @param content what to write
     * @throws InputException naming the target when it cannot be written; the group is then void
     */
    public void add(Path target, AtomicOutput.Content content) {
        OutputTarget t = OutputTarget.of(target);
        if (t.kind() == OutputTarget.Kind.STREAM) {
            pending.add(new Pending(t, null, content));
            return;
        }
        try {
            pending.add(new Pending(t, AtomicOutput.temporary(t, content), null));
        } catch (IOException e) {
            close();
            throw AtomicOutput.failure(target, e);
        }
    }

    /**
     * Writes a file through a writer that needs a path; files the writer puts beside it (checksums)
     * are deleted.
     *
     * @param target  the file to create or replace (a regular file)
     * @param content writes the file at the path it is given
     * @throws InputException naming the target when it cannot be written; the group is then void
     */
    public void addFile(Path target, FileContent content) {
        OutputTarget t = OutputTarget.of(target);
        if (t.kind() != OutputTarget.Kind.FILE) {
            throw new InputException(target.toString(), "cannot write: this format needs a regular file");
        }
        Path dir = t.resolved().getParent();
        Path tmp = dir.resolve("." + t.resolved().getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            leftovers.add(tmp);
            leftovers.add(dir.resolve("." + tmp.getFileName() + ".crc"));
            content.writeTo(tmp);
            if (Files.exists(t.resolved())) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(t.resolved()));
            }
            pending.add(new Pending(t, tmp, null));
        } catch (IOException | UnsupportedOperationException e) {
            close();
            throw AtomicOutput.failure(target, e instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }

    /**
     * Moves every file into place (and writes the devices and pipes).
     *
     * @throws InputException naming the file that could not be moved or written
     */
    public void commit() {
        Set<Path> folders = new LinkedHashSet<>();
        for (Pending p : pending) {
            try {
                if (p.tmp() == null) {
                    AtomicOutput.stream(p.target(), p.stream());
                } else {
                    AtomicOutput.moveIntoPlace(p.tmp(), p.target().resolved());
                    leftovers.remove(p.tmp());
                    folders.add(p.target().resolved().getParent());
                }
            } catch (IOException e) {
                close();
                throw AtomicOutput.failure(p.target().requested(), e);
            }
        }
        folders.forEach(AtomicOutput::syncFolder);
        committed = true;
        close();
    }

    /** Deletes whatever temporary file is left: all of them when the group was not committed. */
    @Override
    public void close() {
        if (!committed) {
            for (Pending p : pending) {
                if (p.tmp() != null) {
                    leftovers.add(p.tmp());
                }
            }
        }
        for (Path p : leftovers) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a hidden temporary file named after its target; nothing more to do
            }
        }
        leftovers.clear();
        pending.clear();
    }
}
