package org.sverka.pipeline.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sverka.core.InputException;
import org.sverka.pipeline.Printable;

/**
 * A corpus run's {@code progress.tsv}: one line a finished pair, {@code id<TAB>status<TAB>reason},
 * appended and flushed to the disk after the pair's file. The id is escaped reversibly (a backslash
 * doubled, control characters as {@code \\uXXXX}), the reason shown with controls escaped, so a line
 * is always one line and prints safely. The status is {@code ok}, {@code failed} (the input is at
 * fault: skipped on resume) or {@code error} (the machine was: out of memory, out of disk, too
 * slow; redone on resume). Reading is tolerant: a line cut short (no line end), not UTF-8 or
 * malformed is ignored, and its pair is redone.
 */
final class ProgressLog {
    /** A line of the log. */
    record Entry(String id, String status, String reason) {
        /** @return true when the pair need not be done again */
        boolean settled() {
            return status.equals("ok") || status.equals("failed");
        }
    }

    private final Path file;

    /** @param file the log */
    ProgressLog(Path file) {
        this.file = file;
    }

    /**
     * Appends a line and flushes it to the disk.
     *
     * @param r the pair's result, its file already written
     */
    void append(PairResult r) {
        String status = r.ok() ? "ok" : r.retryable() ? "error" : "failed";
        String line = encode(r.id()) + "\t" + status + "\t" + Printable.escape(r.reason()) + "\n";
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer b = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * @return the complete, well-formed lines, in order
     * @throws InputException when the file exists but cannot be read at all
     */
    List<Entry> read() {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                Entry e = parse(all, start, i);
                if (e != null) {
                    out.add(e);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static Entry parse(byte[] all, int from, int to) {
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(all, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3 || !(f[1].equals("ok") || f[1].equals("failed") || f[1].equals("error"))) {
            return null;
        }
        String id = decode(f[0]);
        return id == null || id.isBlank() ? null : new Entry(id, f[1], f[2]);
    }

    /** A run killed while writing a line leaves it unfinished: end it, so the next line starts clean. */
    void endLine() {
        try {
            if (Files.exists(file) && Files.size(file) > 0) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    ByteBuffer last = ByteBuffer.allocate(1);
                    ch.read(last, ch.size() - 1);
                    if (last.get(0) != '\n') {
                        ch.write(ByteBuffer.wrap(new byte[] {'\n'}), ch.size());
                        ch.force(true);
                    }
                }
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** @return the reason of the first failed pair, or empty */
    String firstFailure() {
        return read().stream().filter(e -> !e.status().equals("ok")).map(Entry::reason).findFirst().orElse("");
    }

    /**
     * @param id any text
     * @return it with backslashes doubled and control characters as {@code \\uXXXX}
     */
    static String encode(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (Printable.isControl(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * @param s an encoded id
     * @return the id, or null when the escapes are malformed
     */
    static String decode(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
            } else if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                sb.append('\\');
                i++;
            } else if (i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                try {
                    sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                } catch (NumberFormatException e) {
                    return null;
                }
                i += 5;
            } else {
                return null;
            }
        }
        return sb.toString();
    }
}
