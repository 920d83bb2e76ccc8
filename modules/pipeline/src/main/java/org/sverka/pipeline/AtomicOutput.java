package org.sverka.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.sverka.core.InputException;

/**
 * Writes a file so that a failure leaves neither a half-written file nor a damaged earlier one,
 * and never replaces what is not a regular file.
 *
 * <p>Where the bytes go follows {@link OutputTarget}: a regular file (or a new one) is written to a
 * temporary file beside it, flushed to the disk, and moved into place; a symbolic link is followed
 * and its target is written that way, so the link stays a link; a character device or a named pipe
 * ({@code -o /dev/null}, {@code -o /dev/stdout}, a FIFO) is written as a stream, with no temporary
 * file and no move; a directory, block device or socket is refused.
 * <pre>{@code
 * AtomicOutput.write(Path.of("out.tsv"), out -> new TsvWriter().write(alignment, out));
 * }</pre>
 * Several files that belong together (the two Moses files) are written with {@link OutputGroup}.
 */
public final class AtomicOutput {
    private AtomicOutput() {
    }

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the temporary file's stream
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * @param target  the file to create or replace (or the device or pipe to write to)
     * @param content what to write
     * @throws InputException naming the target when it cannot be written
     */
    public static void write(Path target, Content content) {
        try (OutputGroup group = new OutputGroup()) {
            group.add(target, content);
            group.commit();
        }
    }

    /**
     * Writes a content to a new hidden temporary file beside the target and flushes it to the disk.
     *
     * @param target the resolved target, a regular file or none yet
     * @param content what to write
     * @return the temporary file
     * @throws IOException when writing fails (the temporary file is then deleted)
     */
    static Path temporary(OutputTarget target, Content content) throws IOException {
        Path absolute = target.resolved();
        Path tmp = newHiddenFile(absolute);
        boolean ok = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), BUFFER);
                content.writeTo(unclosable(out));
                out.flush();
                ch.force(true);
            }
            permissions(tmp, absolute);
            ok = true;
            return tmp;
        } finally {
            if (!ok) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * The bytes gathered before each write to the temporary file: the writers' encoders hand over 8 KB
     * at a time, which a buffer of the default size passed on as one system call each (about 100 for
     * a book's 800 KB TSV file).
     */
    static final int BUFFER = 1 << 16;

    /** Tells apart the temporary files one process makes. */
    private static final AtomicLong SERIAL = new AtomicLong();

    /**
     * Creates a new empty file beside the target, readable and writable by its owner only, named
     * {@code .NAME.PID-SERIAL.part}. Creation fails rather than open a file (or follow a link) that is
     * already there, and a name taken by another process is passed over. {@link Files#createTempFile}
     * would do as well, but its random names cost a secure random generator, whose set-up (the security
     * providers and a seed from the system) took 10-15 ms of a one-pair command.
     */
    static Path newHiddenFile(Path target) throws IOException {
        Path dir = target.getParent();
        String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-";
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(prefix + SERIAL.incrementAndGet() + ".part");
            try {
                return posix ? Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** A writer that closes its stream (Jackson does) leaves it open for the flush to the disk. */
    private static OutputStream unclosable(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /** Writes a content straight into a device or pipe. */
    static void stream(OutputTarget target, Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target.resolved(), StandardOpenOption.WRITE))) {
            content.writeTo(out);
        }
    }

    /** Moves a finished temporary file onto its target, atomically where the file system can. */
    static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flushes a folder's entries to the disk, where the system allows it (Linux does). */
    static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // not every system opens folders; the files themselves are on the disk already
        }
    }

    /**
     * A temporary file is readable by its owner only; the result gets the permissions (and, when
     * allowed, the owner) of the file it replaces, or rw-r--r-- when it is new.
     */
    private static void permissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        boolean replacing = Files.isRegularFile(target);
        Set<PosixFilePermission> perms = replacing ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
        if (replacing) {
            try {
                Files.setOwner(tmp, Files.getOwner(target));
            } catch (IOException | UnsupportedOperationException ignored) {
                // only the superuser may give a file away; others keep their own
            }
        }
    }

    static InputException failure(Path target, IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new InputException(Printable.escape(target.toString()), "cannot write: " + Printable.escape(why), e);
    }
}
