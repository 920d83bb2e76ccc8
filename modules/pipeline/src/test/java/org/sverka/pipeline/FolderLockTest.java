package org.sverka.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.InputException;

/** A folder is locked by one run at a time; the second is told who holds it. */
class FolderLockTest {
    /** Holds the lock of the folder named in args[0] until its standard input ends. */
    public static void main(String[] args) throws Exception {
        try (FolderLock lock = FolderLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close the pipe
            }
        }
    }

    @Test
    void anotherProcessIsToldWhoHoldsTheFolder(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                FolderLockTest.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            InputException e = assertThrows(InputException.class, () -> FolderLock.acquire(dir));
            assertTrue(e.getMessage().startsWith(dir + ": is in use by another sverka run (pid " + child.pid() + " on "),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("wait for it to end, or choose another folder"), e.getMessage());
            child.getOutputStream().close();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        try (FolderLock again = FolderLock.acquire(dir)) {
            assertTrue(Files.readString(dir.resolve(FolderLock.FILE_NAME)).startsWith("pid " + ProcessHandle.current().pid()));
        }
    }

    @Test
    void aKilledHolderLeavesTheFolderFree(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                FolderLockTest.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", out.readLine());
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        FolderLock.acquire(dir).close();
    }

    @Test
    void theSameProcessCannotTakeItTwice(@TempDir Path dir) {
        try (FolderLock first = FolderLock.acquire(dir)) {
            InputException e = assertThrows(InputException.class, () -> FolderLock.acquire(dir));
            assertTrue(e.getMessage().contains("(pid " + ProcessHandle.current().pid() + " on "), e.getMessage());
        }
        FolderLock.acquire(dir).close();
    }
}
