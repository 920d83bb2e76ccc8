package org.sverka.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
