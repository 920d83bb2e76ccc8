package org.sverka.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted for a test, to fill up for real; the test is skipped where mounting is not
 * allowed (not root, no tmpfs, a container without the capability).
 */
public final class TinyDisk implements AutoCloseable {
    private final Path dir;

    private TinyDisk(Path dir) {
        this.dir = dir;
    }

    /**
     * @param dir   an empty folder to mount on
     * @param bytes the size of the disk
     * @return the mounted disk (skips the test when it cannot be mounted)
     */
    public static TinyDisk mount(Path dir, long bytes) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        boolean ok;
        try {
            ok = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", dir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            ok = false;
        }
        Assumptions.assumeTrue(ok, "cannot mount a tmpfs here");
        return new TinyDisk(dir);
    }

    /** @return the mounted folder */
    public Path dir() {
        return dir;
    }

    /**
     * Fills the disk with a file until the writing fails, then cuts the file to leave about {@code free} bytes.
     *
     * @param free bytes to leave free
     * @return the filler file
     */
    public Path fill(long free) throws IOException {
        Path filler = dir.resolve("filler");
        byte[] block = new byte[4096];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                written += block.length;
            }
        } catch (IOException full) {
            // the disk is full
        }
        written = Files.size(filler);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(Math.max(0, written - free));
        }
        return filler;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", dir.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
}
