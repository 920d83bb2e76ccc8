package org.sverka.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.sverka.core.InputException;

/**
 * Writes a file through a temporary file in the same directory and moves it into place, so that
 * a failure leaves neither a half-written file nor a damaged earlier one.
 * <pre>{@code
 * AtomicOutput.write(Path.of("out.tsv"), out -> new TsvWriter().write(alignment, out));
 * }</pre>
 */
public final class AtomicOutput {
    private AtomicOutput() {
    }

    /**
     * A temporary file is readable by its owner only; the result gets the permissions of the file it
     * replaces, or rw-r--r-- when it is new.
     */
    private static void permissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
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
     * @param target  the file to create or replace
     * @param content what to write
     * @throws InputException naming the target when it cannot be written
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException(target.toString(), "cannot write: the directory " + dir + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new InputException(target.toString(), "cannot write: it is a directory");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            permissions(tmp, absolute);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new InputException(target.toString(), "cannot write: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named after the target; nothing more to do
                }
            }
        }
    }
}
