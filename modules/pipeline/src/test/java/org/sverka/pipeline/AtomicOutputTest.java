package org.sverka.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.InputException;

/** Writing never replaces what is not a regular file: links are followed, devices and pipes streamed. */
class AtomicOutputTest {
    static AtomicOutput.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    static boolean run(String... command) {
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static int type(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
    }

    static long files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void aRegularFileIsReplacedWithItsPermissions(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("out.tsv"), "old");
        Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        AtomicOutput.write(f, text("new"));
        assertEquals("new", Files.readString(f));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals(1, files(dir), "no temporary file is left");
    }

    @Test
    void aSymlinkStaysALinkAndItsTargetIsWritten(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("data")).resolve("real.tsv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.tsv"), Path.of("data/real.tsv"));
        AtomicOutput.write(link, text("new"));
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(Path.of("data/real.tsv"), Files.readSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(1, files(dir.resolve("data")), "the temporary file was beside the target and is gone");
    }

    @Test
    void aDanglingSymlinkGetsItsTargetCreated(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.tsv"), dir.resolve("new.tsv"));
        Path chain = Files.createSymbolicLink(dir.resolve("chain.tsv"), link);
        AtomicOutput.write(chain, text("made"));
        assertTrue(Files.isSymbolicLink(chain) && Files.isSymbolicLink(link));
        assertEquals("made", Files.readString(dir.resolve("new.tsv")));
    }

    @Test
    void aFifoIsWrittenAsAStream(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        Assumptions.assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicOutput.write(fifo, text("through the pipe"));
        assertEquals("through the pipe", reader.get(30, TimeUnit.SECONDS));
        assertEquals(0010000, type(fifo), "still a FIFO");
        assertEquals(1, files(dir));
    }

    @Test
    void aCharacterDeviceIsNeverReplaced(@TempDir Path dir) throws IOException {
        Path device = dir.resolve("null");
        Assumptions.assumeTrue(run("mknod", device.toString(), "c", "1", "3"), "mknod is not allowed here");
        AtomicOutput.write(device, text("gone"));
        assertEquals(0020000, type(device), "still a character device");
        assertEquals(1, files(dir));
        Path moses = dir.resolve("null.en");
        assertFalse(Files.exists(moses));
    }

    @Test
    void devNullStaysADevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.isWritable(devNull) && type(devNull) == 0020000, "no writable /dev/null");
        AtomicOutput.write(devNull, text("discarded"));
        assertEquals(0020000, type(devNull));
        assertEquals(OutputTarget.Kind.STREAM, OutputTarget.of(devNull).kind());
    }

    @Test
    void aDirectoryIsRefused(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> AtomicOutput.write(dir, text("x")));
        assertTrue(e.getMessage().endsWith("cannot write: it is a directory"), e.getMessage());
    }

    @Test
    void aFailedWriteLeavesTheOldFile(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("out.tsv"), "old");
        assertThrows(InputException.class, () -> AtomicOutput.write(f, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("old", Files.readString(f));
        assertEquals(1, files(dir));
    }

    @Test
    void aLeftoverWithTheNextTemporaryNameIsPassedOverUntouched(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out.tsv");
        Path probe = AtomicOutput.newHiddenFile(f);   // learns this process's next serial
        Files.delete(probe);
        String name = probe.getFileName().toString();
        assertTrue(name.startsWith(".out.tsv." + ProcessHandle.current().pid() + "-") && name.endsWith(".part"), name);
        long serial = Long.parseLong(name.substring(name.lastIndexOf('-') + 1, name.length() - ".part".length()));
        Path victim = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("victim.txt"), "keep");
        for (long k = serial + 1; k <= serial + 5; k++) {   // links a crashed run with this process number could have left
            Files.createSymbolicLink(dir.resolve(".out.tsv." + ProcessHandle.current().pid() + "-" + k + ".part"), victim);
        }
        AtomicOutput.write(f, text("new"));
        assertEquals("new", Files.readString(f));
        assertEquals("keep", Files.readString(victim), "a leftover link is never written through");
        assertEquals(1 + 5 + 1, files(dir), "the output, the five leftovers and the folder elsewhere");
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }
}
