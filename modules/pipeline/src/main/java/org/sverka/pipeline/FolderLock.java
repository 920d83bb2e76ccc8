package org.sverka.pipeline;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.sverka.core.InputException;

/**
 * One run at a time in a folder: a lock on {@code FOLDER/.sverka.lock}, which holds the process id,
 * host and start time of the run that has it, so that a second run is told who is there instead of
 * mixing its files with the first run's. The lock is the operating system's
 * ({@link FileChannel#tryLock()}): it is released by {@link #close()}, and by the system when the
 * process dies, so a killed run never leaves the folder locked. The file itself stays (deleting it
 * would let two runs lock two different files).
 * <pre>{@code
 * try (FolderLock lock = FolderLock.acquire(outDir)) {
 *     ... write into outDir ...
 * }
 * // a second run meanwhile: "out: is in use by another sverka run (pid 4242 on host1, started 2026-11-30T01:50:00Z); ..."
 * }</pre>
 */
public final class FolderLock implements AutoCloseable {
    /** The lock file's name in the folder. */
    public static final String FILE_NAME = ".sverka.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param folder an existing folder
     * @return the lock, held until closed
     * @throws InputException naming the folder and the run that holds it, or why the lock file cannot be made
     */
    public static FolderLock acquire(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(file);
                ch.close();
                throw new InputException(Printable.escape(folder.toString()), "is in use by another sverka run ("
                        + holder + "); wait for it to end, or choose another folder");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(describe().getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(true);
            return new FolderLock(ch, lock);
        } catch (IOException e) {
            try {
                if (ch != null) {
                    ch.close();
                }
            } catch (IOException ignored) {
                // the channel is unusable anyway
            }
            throw new InputException(Printable.escape(file.toString()), "cannot lock the folder: " + e.getMessage(), e);
        }
    }

    /** This process, as the lock file holds it: {@code pid 4242 on host1, started 2026-11-30T01:50:00Z}. */
    static String describe() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "an unknown host";
        }
        return "pid " + ProcessHandle.current().pid() + " on " + host + ", started " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String holder(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "it has not said who it is yet" : Printable.escape(s.length() > 200 ? s.substring(0, 200) : s);
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Releases the lock, leaving the lock file empty. */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                channel.truncate(0);
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases the lock all the same
        } finally {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
