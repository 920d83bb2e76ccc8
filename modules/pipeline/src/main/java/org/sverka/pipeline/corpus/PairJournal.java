package org.sverka.pipeline.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sverka.pipeline.AtomicOutput;

/**
 * The record of a corpus run in its output folder: each pair's result in {@code OUT/pairs/NAME.json}
 * (written atomically and flushed to the disk) and then a line in {@code OUT/progress.tsv}
 * ({@link ProgressLog}). A crash between the two only repeats the pair; on resume the pairs logged as
 * settled and whose files are whole are skipped.
 * <pre>{@code
 * PairJournal journal = new PairJournal(Path.of("out"));
 * journal.record(pair, result);
 * Map<String, PairResult> done = journal.settled();
 * }</pre>
 */
final class PairJournal {
    /** Longest part of a pair file's name taken from the id. */
    static final int NAME_CHARS = 80;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path out;

    /**
     * @param out the run's output folder
     */
    PairJournal(Path out) {
        this.out = out;
    }

    /** @return the progress log */
    ProgressLog log() {
        return new ProgressLog(out.resolve("progress.tsv"));
    }

    /** The pair's file first (flushed to the disk), then its line in the log. */
    void record(PairSource p, PairResult r) {
        AtomicOutput.write(pairFile(out, p.id()), o -> JSON.writeValue(o, r));
        log().append(r);
    }

    /** @return the pairs the log says are settled (done, or failed for their input) and whose files are in place and whole */
    Map<String, PairResult> settled() {
        Map<String, PairResult> done = new LinkedHashMap<>();
        for (ProgressLog.Entry e : log().read()) {
            if (e.settled()) {
                PairResult r = read(e.id());
                if (r != null && r.ok() == e.status().equals("ok")) {
                    done.put(e.id(), r);
                }
            } else {
                done.remove(e.id());
            }
        }
        return done;
    }

    /**
     * @param id a pair's id
     * @return its result as written, or null when its file is missing, partial or another pair's
     */
    PairResult read(String id) {
        Path file = pairFile(out, id);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            PairResult r = JSON.readValue(file.toFile(), PairResult.class);
            return id.equals(r.id()) ? r : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A pair's file: its id with every character but ASCII letters, digits, dot, dash and underscore
     * replaced, cut to {@value #NAME_CHARS} characters, then a hash of the exact id, so that two ids
     * never share a file and no name is too long for the file system.
     */
    static Path pairFile(Path out, String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.length() > NAME_CHARS) {
            safe = safe.substring(0, NAME_CHARS);
        }
        return out.resolve("pairs").resolve(safe + "-" + hash(id) + ".json");
    }

    /** The first 16 hex digits of the SHA-256 of the id's UTF-8 bytes. */
    private static String hash(String id) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
