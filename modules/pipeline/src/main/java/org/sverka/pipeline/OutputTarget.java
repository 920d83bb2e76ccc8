package org.sverka.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.sverka.core.InputException;

/**
 * Where writing a path really lands, and how it may be written.
 *
 * <p>The rule: symbolic links are followed (a chain of them too, dangling or not) and the file at
 * the end is what is written, so a link stays a link and its target gets the new content. A
 * regular file, or a path where nothing exists yet, is written atomically ({@link Kind#FILE}); a
 * character device or a named pipe ({@code /dev/null}, {@code /dev/stdout}, a FIFO) is written as a
 * stream, never replaced ({@link Kind#STREAM}); a directory, a block device, a socket or anything
 * else is refused.
 * <pre>{@code
 * OutputTarget t = OutputTarget.of(Path.of("/dev/null"));   // t.kind() == Kind.STREAM
 * }</pre>
 *
 * @param requested the path as given
 * @param resolved  the absolute path written after following links (its folder's real path, and the
 *                  file's own real path when it exists)
 * @param kind      how it is written
 */
public record OutputTarget(Path requested, Path resolved, Kind kind) {
    /** How a target is written. */
    public enum Kind {
        /** A regular file, new or replaced: through a temporary file moved into place. */
        FILE,
        /** A character device or a named pipe: opened and written in place. */
        STREAM
    }

    private static final int MAX_LINKS = 40;
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    /**
     * @param target a path to write
     * @return where it lands and how
     * @throws InputException naming the path when it cannot be written: its folder is missing, it is a
     *                        directory, a block device, a socket, or a loop of links
     */
    public static OutputTarget of(Path target) {
        Path p = target.toAbsolutePath();
        try {
            for (int hops = 0; Files.isSymbolicLink(p); hops++) {
                if (hops == MAX_LINKS) {
                    throw new InputException(target.toString(), "cannot write: too many levels of symbolic links");
                }
                Path link = Files.readSymbolicLink(p);
                p = p.getParent().resolve(link).toAbsolutePath();
            }
            Path dir = p.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new InputException(target.toString(), "cannot write: the directory " + dir + " does not exist");
            }
            p = dir.toRealPath().resolve(p.getFileName());
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return new OutputTarget(target, p, Kind.FILE);
            }
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isRegularFile()) {
                return new OutputTarget(target, p, Kind.FILE);
            }
            if (a.isDirectory()) {
                throw new InputException(target.toString(), "cannot write: it is a directory");
            }
            int type = mode(p) & TYPE_MASK;
            if (type == CHARACTER_DEVICE || type == FIFO) {
                return new OutputTarget(target, p, Kind.STREAM);
            }
            String what = type == BLOCK_DEVICE ? "a block device" : type == SOCKET ? "a socket" : "not a regular file";
            throw new InputException(target.toString(), "cannot write: it is " + what
                    + "; sverka writes regular files, character devices and named pipes only");
        } catch (IOException e) {
            throw new InputException(target.toString(), "cannot write: " + e.getMessage(), e);
        }
    }

    /** The file type bits of a path; a system without the unix view is taken to hold a character device. */
    private static int mode(Path p) throws IOException {
        try {
            return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return CHARACTER_DEVICE;
        }
    }
}
