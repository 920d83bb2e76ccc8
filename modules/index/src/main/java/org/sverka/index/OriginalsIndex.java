package org.sverka.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.sverka.core.InputException;

/**
 * The index of originals: an on-disk Apache Lucene index in a folder of its own, holding per
 * document its identity (path and content hash), language, title, content terms, name keys,
 * numbers and sentences. Documents are identified by path: adding a path again with the same
 * content hash changes nothing, with another hash replaces the old entry.
 * <pre>{@code
 * try (OriginalsIndex index = OriginalsIndex.openForWriting(Path.of("archive.idx"))) {
 *     index.add(doc);                                        // ADDED, UNCHANGED or REPLACED
 * }                                                          // close commits
 * try (OriginalsIndex index = OriginalsIndex.open(Path.of("archive.idx"))) {
 *     List<Candidate> top = index.search(query, 10);
 *     List<RerankedCandidate<MyAlignment>> ranked = index.rerank(top, 5, myReranker);
 * }
 * }</pre>
 *
 * <p>A folder that does not exist, holds no sverka index, cannot be read, or holds an index of
 * another format version is refused with an {@link InputException} naming the folder (an index of
 * another format: "rebuild it with sverka index build"). Only one writer at a time: a second is
 * refused while the first holds the folder. One instance may be shared by threads: adding is
 * checked under a lock and the documents inverted by Lucene in parallel; searches run in parallel on
 * a snapshot that sees every document added before.
 *
 * <p>The class is over 300 lines because it is the one public face of the index and documents each
 * operation on it; the work is done by {@code IndexFolder} (opening and refusing), {@code
 * FirstStageSearch} (the query and the evidence) and {@code Reranking}.
 */
public final class OriginalsIndex implements Closeable {
    /** Added paths remembered before the reader is reopened to see them. */
    private static final int REFRESH_EVERY = 10_000;
    /**
     * Memory Lucene fills with new documents before it writes a segment: fewer, larger segments to
     * merge later. Segments are written as separate files, not packed into compound files (packing
     * copies every segment once more; an index folder's files are few either way).
     */
    private static final double RAM_BUFFER_MB = 256;
    /**
     * Words, name keys and numbers are indexed with their frequencies and without positions: BM25
     * and the evidence read nothing else, and positions cost a third of the postings.
     */
    private static final FieldType COUNTED = counted();

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    /** Paths added or removed since {@link #reader} was opened: path to hash, or "" when removed. */
    private final Map<String, String> pending = new HashMap<>();
    /** Paths whose document Lucene is inverting (outside the lock): how many adds of each. */
    private final Map<String, Integer> inFlight = new HashMap<>();
    private DirectoryReader reader;
    private boolean changed;

    private OriginalsIndex(Path folder, Directory directory, IndexWriter writer) throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.reader = writer == null ? DirectoryReader.open(directory) : DirectoryReader.open(writer);
    }

    /**
     * Opens an index to add documents to, creating it when the folder does not exist or is empty.
     *
     * @param folder the index folder
     * @return the index, open for writing and searching
     * @throws InputException when the folder holds another format, other files, or is in use by
     *                        another writer
     * @throws IOException    when the folder cannot be created or written
     */
    public static OriginalsIndex openForWriting(Path folder) throws IOException {
        IndexFolder.Opened opened = IndexFolder.openForWriting(folder);
        IndexWriter writer;
        try {
            TieredMergePolicy merges = new TieredMergePolicy();
            merges.setNoCFSRatio(0);
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setUseCompoundFile(false)
                    .setMergePolicy(merges);
            writer = new IndexWriter(opened.directory(), config);
        } catch (LockObtainFailedException e) {
            opened.directory().close();
            throw new InputException(folder.toString(), "is in use by another sverka run adding to it; "
                    + "wait for it to end", e);
        } catch (IOException | RuntimeException e) {
            opened.directory().close();
            throw e;
        }
        writer.setLiveCommitData(Map.of(IndexFields.FORMAT_KEY, IndexFields.FORMAT_VERSION).entrySet());
        if (!opened.existed()) {
            writer.commit();
        }
        return new OriginalsIndex(folder, opened.directory(), writer);
    }

    /**
     * Opens an existing index to search it.
     *
     * @param folder the index folder
     * @return the index, open for searching only
     * @throws InputException when there is no readable sverka index of this format in the folder
     * @throws IOException    when the index cannot be read for another reason
     */
    public static OriginalsIndex open(Path folder) throws IOException {
        Directory dir = IndexFolder.openExisting(folder);
        try {
            return new OriginalsIndex(folder, dir, null);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw new InputException(folder.toString(), "the index cannot be read (" + e.getMessage()
                    + "); rebuild it with sverka index build", e);
        }
    }

    /** @return the index folder */
    public Path folder() {
        return folder;
    }

    /**
     * Adds a document, or replaces the entry of its path when its content hash differs.
     *
     * @param document the document
     * @return what was done
     * @throws IOException when the index cannot be written
     * @throws IllegalStateException when the index was opened for searching only
     */
    public AddOutcome add(IndexedDocument document) throws IOException {
        IndexWriter w = requireWriter();
        Document doc = toLucene(document);
        AddOutcome outcome;
        synchronized (this) {
            Optional<String> old = contentHash(document.path());
            if (old.isPresent() && old.get().equals(document.contentHash())) {
                return AddOutcome.UNCHANGED;
            }
            pending.put(document.path(), document.contentHash());
            inFlight.merge(document.path(), 1, Integer::sum);
            changed = true;
            outcome = old.isPresent() ? AddOutcome.REPLACED : AddOutcome.ADDED;
        }
        try {
            // outside the lock: Lucene inverts documents of several threads at once
            w.updateDocument(new Term(IndexFields.PATH, document.path()), doc);
        } finally {
            synchronized (this) {
                inFlight.computeIfPresent(document.path(), (k, n) -> n == 1 ? null : n - 1);
            }
        }
        synchronized (this) {
            if (pending.size() >= REFRESH_EVERY) {
                refresh();
            }
        }
        return outcome;
    }

    /**
     * Removes a document.
     *
     * @param path the document's identity
     * @return whether it was in the index
     * @throws IOException when the index cannot be written
     */
    public synchronized boolean remove(String path) throws IOException {
        IndexWriter w = requireWriter();
        boolean present = contentHash(path).isPresent();
        if (present) {
            w.deleteDocuments(new Term(IndexFields.PATH, path));
            pending.put(path, "");
            changed = true;
        }
        return present;
    }

    /**
     * The content hash a path is indexed with: a caller can skip reading a file whose hash it
     * already holds.
     *
     * @param path the document's identity
     * @return its content hash, or empty when the path is not in the index
     * @throws IOException when the index cannot be read
     */
    public synchronized Optional<String> contentHash(String path) throws IOException {
        String p = pending.get(path);
        if (p != null) {
            return p.isEmpty() ? Optional.empty() : Optional.of(p);
        }
        return storedByPath(path).map(d -> d.get(IndexFields.HASH));
    }

    /**
     * What the index keeps of a document.
     *
     * @param path the document's identity
     * @return its stored fields, or empty when the path is not in the index
     * @throws IOException when the index cannot be read
     */
    public synchronized Optional<StoredDocument> document(String path) throws IOException {
        refresh();
        return storedByPath(path).map(OriginalsIndex::fromLucene);
    }

    /**
     * Makes everything added so far durable. {@link #close()} commits too.
     *
     * @throws IOException when the index cannot be written
     */
    public synchronized void commit() throws IOException {
        requireWriter().commit();
        changed = false;
    }

    /**
     * @return the number of documents in the index, including those added and not yet committed
     * @throws IOException when the index cannot be read
     */
    public synchronized int size() throws IOException {
        refresh();
        return reader.numDocs();
    }

    /**
     * @param language a language code
     * @return the number of documents in that language
     * @throws IOException when the index cannot be read
     */
    public synchronized int size(String language) throws IOException {
        refresh();
        return new IndexSearcher(reader).count(new TermQuery(new Term(IndexFields.LANGUAGE, language)));
    }

    /**
     * The first stage: the documents that best match the query by BM25 over content words, name
     * keys and numbers, with {@link SearchSettings#DEFAULT}, each with its evidence.
     *
     * @param query what to search by, and the language of the documents to search
     * @param k     how many candidates at most
     * @return the candidates, best first; empty when nothing matches
     * @throws IOException when the index cannot be read
     */
    public List<Candidate> search(FindQuery query, int k) throws IOException {
        return search(query, k, SearchSettings.DEFAULT);
    }

    /**
     * The first stage with settings of one's own.
     *
     * @param query    what to search by
     * @param k        how many candidates at most
     * @param settings field weights and the cap on the query's words
     * @return the candidates, best first
     * @throws IOException when the index cannot be read
     */
    public List<Candidate> search(FindQuery query, int k, SearchSettings settings) throws IOException {
        if (k < 1) {
            throw new IllegalArgumentException("k = " + k + " is not positive");
        }
        DirectoryReader snapshot;
        synchronized (this) {
            refresh();
            snapshot = reader;
            snapshot.incRef();
        }
        try {
            return new FirstStageSearch(SlicedSearcher.of(snapshot), settings).search(query, k);
        } finally {
            snapshot.decRef();
        }
    }

    /**
     * The second stage: the first {@code top} candidates assessed by the caller's reranker on their
     * stored sentences and ordered by its score (ties by the first-stage order); the rest follow in
     * first-stage order, unassessed. Each keeps its first-stage score and evidence.
     *
     * @param candidates the first stage's candidates, best first
     * @param top        how many to assess
     * @param reranker   the assessment, for example an alignment with the report
     * @param <T>        what the reranker reports of a candidate
     * @return every candidate, reranked
     * @throws IOException when a document cannot be read from the index or the reranker fails
     */
    public <T> List<RerankedCandidate<T>> rerank(List<Candidate> candidates, int top,
                                                  CandidateReranker<T> reranker) throws IOException {
        Objects.requireNonNull(reranker, "reranker");
        return Reranking.rerank(candidates, top, reranker, path -> document(path)
                .orElseThrow(() -> new IOException(folder + ": " + path + " is no longer in the index")));
    }

    /**
     * Commits what was added (when open for writing) and closes the index.
     *
     * @throws IOException when the last commit fails
     */
    @Override
    public synchronized void close() throws IOException {
        try {
            reader.close();
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }

    private IndexWriter requireWriter() {
        if (writer == null) {
            throw new IllegalStateException(folder + ": the index is open for searching only");
        }
        return writer;
    }

    private void refresh() throws IOException {
        if (writer == null || !changed && pending.isEmpty()) {
            return;
        }
        // a path whose add has returned is in the reader opened after it; one still being inverted may not be
        List<String> settled = pending.keySet().stream().filter(p -> !inFlight.containsKey(p)).toList();
        DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
        if (newer != null) {
            reader.close();
            reader = newer;
        }
        settled.forEach(pending::remove);
    }

    private Optional<Document> storedByPath(String path) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs hits = searcher.search(new TermQuery(new Term(IndexFields.PATH, path)), 1);
        if (hits.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(searcher.storedFields().document(hits.scoreDocs[0].doc));
    }

    private static Document toLucene(IndexedDocument d) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.PATH, d.path(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.HASH, d.contentHash()));
        doc.add(new StringField(IndexFields.LANGUAGE, d.language(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.TITLE, d.title()));
        doc.add(new Field(IndexFields.TERMS, new TermListTokenStream(d.contentTerms()), COUNTED));
        doc.add(new Field(IndexFields.NAMES, new TermListTokenStream(d.nameKeys()), COUNTED));
        doc.add(new Field(IndexFields.NUMBERS, new TermListTokenStream(d.numbers()), COUNTED));
        for (String s : d.sentences()) {
            doc.add(new StoredField(IndexFields.SENTENCE, s));
        }
        return doc;
    }

    private static FieldType counted() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    static StoredDocument fromLucene(Document doc) {
        return new StoredDocument(doc.get(IndexFields.PATH), doc.get(IndexFields.HASH),
                doc.get(IndexFields.LANGUAGE), doc.get(IndexFields.TITLE),
                List.of(doc.getValues(IndexFields.SENTENCE)));
    }
}
