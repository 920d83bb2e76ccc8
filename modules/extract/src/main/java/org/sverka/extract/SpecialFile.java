package org.sverka.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a path that is neither a regular file nor a directory is, in words for a message: reading
 * a named pipe can block forever and a device never ends, so such paths are refused unread.
 * <pre>{@code
 * SpecialFile.of(Path.of("/dev/null"));   // "a device"
 * }</pre>
 */
final class SpecialFile {
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFile() {
    }

    /**
     * @param path a path that exists and is not a regular file or a directory
     * @return "a named pipe", "a device", "a socket" or, where the file system does not tell,
     *         "a special file"
     */
    static String of(Path path) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(path, "unix:mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
        return switch (mode & TYPE_MASK) {
            case FIFO -> "a named pipe";
            case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
            case SOCKET -> "a socket";
            default -> "a special file";
        };
    }
}
