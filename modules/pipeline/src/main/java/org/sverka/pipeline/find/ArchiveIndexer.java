package org.sverka.pipeline.find;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.sverka.core.InputException;
import org.sverka.core.SegmentedDocument;
import org.sverka.core.Sentence;
import org.sverka.index.AddOutcome;
import org.sverka.index.OriginalsIndex;
import org.sverka.pipeline.Pipeline;

/**
 * Fills an index of originals from files and folders: each document is read as {@code align} reads
 * it (extraction, the document's language, segmentation), turned into terms by {@link IndexTerms}
 * and added under its absolute path with the SHA-256 of its bytes. A file whose path is already
 * indexed with the same hash is not read again; one whose content changed replaces its entry. A
 * document that fails (unreadable, empty, in a language other than English or Russian) is listed
 * with its cause and the rest are indexed.
 *
 * <p>The class is over 300 lines because building, adding and listing the files of folders are one
 * job with one set of refusals (a non-empty folder, an index inside its inputs), kept together.
 * <pre>{@code
 * ArchiveIndexer indexer = sverka.indexer(2);
 * try (OriginalsIndex index = OriginalsIndex.openForWriting(Path.of("archive.idx"))) {
 *     ArchiveIndexer.Summary s = indexer.add(index, List.of(Path.of("tass/"), Path.of("mid/")));
 *     s.failed().forEach(f -> System.err.println(f.file() + ": " + f.cause()));
 * }
 * }</pre>
 */
public final class ArchiveIndexer {
    private final Pipeline pipeline;
    private final IndexTerms terms;
    private final int threads;

    /**
     * @param pipeline reads the documents
     * @param terms    turns them into index terms
     * @param threads  documents read at once, at least 1
     */
    public ArchiveIndexer(Pipeline pipeline, IndexTerms terms, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + " is not positive");
        }
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.threads = threads;
    }

    /**
     * A document that could not be indexed.
     *
     * @param file  the file as given (or found in a folder)
     * @param cause why, in a short clause
     */
    public record Failure(String file, String cause) {
    }

    /**
     * What one run did.
     *
     * @param added     documents new to the index
     * @param replaced  documents whose content changed since they were indexed
     * @param unchanged documents already indexed with the same content
     * @param failed    documents that could not be indexed, in path order
     * @param russian   Russian documents in the index afterwards
     * @param english   English documents in the index afterwards
     * @param seconds   the run's wall-clock time
     */
    public record Summary(int added, int replaced, int unchanged, List<Failure> failed, int russian, int english,
                          double seconds) {
        /** Copies the list. */
        public Summary {
            failed = List.copyOf(failed);
        }

        /** @return documents looked at */
        public int total() {
            return added + replaced + unchanged + failed.size();
        }
    }

    /**
     * Adds files and the files of folders (recursively, in name order, hidden files left out).
     *
     * @param index  an index open for writing
     * @param inputs files and folders
     * @return what was done; the index is not committed (closing it commits)
     * @throws IOException when the index cannot be written
     */
    public Summary add(OriginalsIndex index, List<Path> inputs) throws IOException {
        long t0 = System.nanoTime();
        List<Failure> failed = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            try {
                files.addAll(files(input));
            } catch (InputException e) {
                failed.add(new Failure(input.toString(), cause(e)));
            }
        }
        int[] counts = new int[AddOutcome.values().length];
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sverka-index");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<AddOutcome>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> addOne(index, f)));
            }
            for (int i = 0; i < files.size(); i++) {
                try {
                    counts[futures.get(i).get().ordinal()]++;
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof InputException ie) {
                        failed.add(new Failure(files.get(i).toString(), cause(ie)));
                    } else if (c instanceof IOException io) {
                        throw io;
                    } else if (c instanceof RuntimeException re) {
                        failed.add(new Failure(files.get(i).toString(), String.valueOf(re)));
                    } else {
                        throw new IllegalStateException(c);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while indexing", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        failed.sort(Comparator.comparing(Failure::file));
        return new Summary(counts[AddOutcome.ADDED.ordinal()], counts[AddOutcome.REPLACED.ordinal()],
                counts[AddOutcome.UNCHANGED.ordinal()], failed, index.size("ru"), index.size("en"),
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Builds a new index in a folder that does not exist or is empty. When the run fails as a whole
     * (the index cannot be written), the new folder is removed: no half-built index is left.
     *
     * @param folder the index folder
     * @param inputs files and folders to index
     * @return what was done
     * @throws InputException when the folder already holds something, or lies inside an input (or an input inside it)
     * @throws IOException    when the index cannot be written
     */
    public Summary build(Path folder, List<Path> inputs) throws IOException {
        refuseOverlap(folder, inputs);
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                throw new InputException(folder.toString(), "is a file, not a folder; an index is a folder");
            }
            try (Stream<Path> files = Files.list(folder)) {
                if (files.findAny().isPresent()) {
                    throw new InputException(folder.toString(), "is not empty; give a new folder for the index, "
                            + "or add to an index with sverka index add");
                }
            }
        }
        boolean created = !Files.exists(folder);
        try {
            try (OriginalsIndex index = OriginalsIndex.openForWriting(folder)) {
                return add(index, inputs);
            }
        } catch (IOException | RuntimeException e) {
            if (created) {
                deleteTree(folder);
            }
            throw e;
        }
    }

    /**
     * Adds to an existing index; documents already indexed with the same content are not read again.
     *
     * @param folder an index folder built by {@link #build(Path, List)}
     * @param inputs files and folders to index
     * @return what was done
     * @throws InputException when there is no readable sverka index of this format in the folder, or it
     *                        overlaps an input
     * @throws IOException    when the index cannot be written
     */
    public Summary addTo(Path folder, List<Path> inputs) throws IOException {
        refuseOverlap(folder, inputs);
        OriginalsIndex.open(folder).close();
        try (OriginalsIndex index = OriginalsIndex.openForWriting(folder)) {
            return add(index, inputs);
        }
    }

    private static void refuseOverlap(Path folder, List<Path> inputs) {
        Path f = folder.toAbsolutePath().normalize();
        for (Path input : inputs) {
            Path i = input.toAbsolutePath().normalize();
            if (f.startsWith(i) || i.startsWith(f)) {
                throw new InputException(folder.toString(), "overlaps the input " + input
                        + "; keep the index folder apart from the documents");
            }
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // nothing more can be done: the failure being reported matters more
        }
    }

    private AddOutcome addOne(OriginalsIndex index, Path file) throws IOException {
        String path = identity(file);
        String hash = sha256(file);
        if (index.contentHash(path).filter(hash::equals).isPresent()) {
            return AddOutcome.UNCHANGED;
        }
        SegmentedDocument d = pipeline.read(file);
        String language = d.language().language();
        if (!IndexTerms.supports(language)) {
            throw new InputException(file.toString(), "the document is in " + Pipeline.name(language) + " (" + language
                    + "); sverka indexes English and Russian documents");
        }
        List<String> sentences = d.sentences().stream().map(Sentence::text).filter(s -> !s.isBlank()).toList();
        if (sentences.isEmpty()) {
            throw new InputException(file.toString(), "the document has no text to index");
        }
        String title = d.document().info() == null || d.document().info().title() == null ? "" : d.document().info().title();
        return index.add(terms.document(path, hash, language, title, sentences));
    }

    /**
     * @param file a file
     * @return its identity in an index: the absolute, normalised path
     */
    public static String identity(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * @param input a file or a folder
     * @return the file, or the folder's regular files (recursively, hidden ones left out) in path order
     * @throws InputException when the input does not exist or cannot be listed
     */
    public static List<Path> files(Path input) {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            throw new InputException(input.toString(), "no such file or folder");
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(p -> !p.equals(input) && !hidden(input.relativize(p)))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(input.toString(), "cannot be listed: " + e.getMessage(), e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param file a file
     * @return the SHA-256 of its bytes, in hex
     * @throws InputException when the file cannot be read
     */
    static String sha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return the cause of a failure without the file name the message starts with */
    private static String cause(InputException e) {
        String m = e.getMessage();
        String prefix = e.source() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }
}
