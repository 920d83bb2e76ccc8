package org.sverka.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.InputException;

/** Adding, replacing and reopening documents, and the refusals of an unusable index folder. */
class OriginalsIndexTest {
    @TempDir
    Path tmp;

    private static final List<String> STORY = List.of(
            "Лавров встретился с Керри в Женеве 16 сентября.",
            "Переговоры продлились пять часов.");

    @Test
    void reAddingTheSameContentChangesNothing() throws IOException {
        Path folder = tmp.resolve("idx");
        IndexedDocument doc = SampleTerms.document("/archive/a.txt", "ru", STORY);
        try (OriginalsIndex index = OriginalsIndex.openForWriting(folder)) {
            assertEquals(AddOutcome.ADDED, index.add(doc));
            assertEquals(AddOutcome.UNCHANGED, index.add(doc));
            assertEquals(1, index.size());
        }
        try (OriginalsIndex index = OriginalsIndex.openForWriting(folder)) {
            assertEquals(AddOutcome.UNCHANGED, index.add(doc), "after reopening too");
            assertEquals(1, index.size());
            assertEquals(doc.contentHash(), index.contentHash("/archive/a.txt").orElseThrow());
        }
        try (OriginalsIndex index = OriginalsIndex.open(folder)) {
            StoredDocument stored = index.document("/archive/a.txt").orElseThrow();
            assertEquals(STORY, stored.sentences());
            assertEquals("ru", stored.language());
            assertEquals(STORY.get(0), stored.title());
        }
    }

    @Test
    void changedContentReplacesTheOldEntry() throws IOException {
        Path folder = tmp.resolve("idx");
        List<String> changed = List.of("Шойгу прибыл в Дамаск.", "Визит продлится два дня.");
        try (OriginalsIndex index = OriginalsIndex.openForWriting(folder)) {
            index.add(SampleTerms.document("/archive/a.txt", "ru", STORY));
            index.add(SampleTerms.document("/archive/b.txt", "ru", List.of("Погода в Москве ясная.")));
            index.commit();
            assertEquals(AddOutcome.REPLACED, index.add(SampleTerms.document("/archive/a.txt", "ru", changed)));
            assertEquals(2, index.size());
            assertEquals(changed, index.document("/archive/a.txt").orElseThrow().sentences());
            assertTrue(index.search(SampleTerms.query(List.of("Переговоры продлились"), "ru"), 5).isEmpty(),
                    "the old content is no longer found");
            List<Candidate> found = index.search(SampleTerms.query(List.of("визит в Дамаск"), "ru"), 5);
            assertEquals("/archive/a.txt", found.get(0).path());
            assertTrue(index.remove("/archive/b.txt"));
            assertFalse(index.remove("/archive/b.txt"));
        }
        try (OriginalsIndex index = OriginalsIndex.open(folder)) {
            assertEquals(1, index.size());
            assertTrue(index.document("/archive/b.txt").isEmpty());
        }
    }

    /**
     * Lucene inverts documents outside the index's lock, and a reader reopened meanwhile must not
     * forget a path whose document is still being inverted (or a second thread would add it again).
     * A race: with that fault the test failed in two runs of three.
     */
    @Test
    void threadsAddingTheSameDocumentsAtOnceAddEachOnce() throws Exception {
        int n = 1_000;
        List<IndexedDocument> docs = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(SampleTerms.document("/archive/" + i + ".txt", "ru",
                    List.of("Документ номер " + i + " о переговорах.", STORY.get(i % 2))));
        }
        try (OriginalsIndex index = OriginalsIndex.openForWriting(tmp.resolve("idx"))) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            java.util.concurrent.atomic.AtomicBoolean adding = new java.util.concurrent.atomic.AtomicBoolean(true);
            try {
                // a reader of the index meanwhile: every size() reopens the reader on what was added so far
                java.util.concurrent.Future<?> reading = pool.submit(() -> {
                    while (adding.get()) {
                        index.size();
                        Thread.sleep(1);
                    }
                    return null;
                });
                List<java.util.concurrent.Future<int[]>> runs = new java.util.ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    List<IndexedDocument> order = new java.util.ArrayList<>(docs);
                    java.util.Collections.shuffle(order, new java.util.Random(t));
                    runs.add(pool.submit(() -> {
                        int[] counts = new int[AddOutcome.values().length];
                        for (IndexedDocument d : order) {
                            counts[index.add(d).ordinal()]++;
                        }
                        return counts;
                    }));
                }
                int added = 0;
                int unchanged = 0;
                for (java.util.concurrent.Future<int[]> r : runs) {
                    added += r.get()[AddOutcome.ADDED.ordinal()];
                    unchanged += r.get()[AddOutcome.UNCHANGED.ordinal()];
                }
                adding.set(false);
                reading.get();
                assertEquals(n, added, "each path is added by one thread");
                assertEquals(2 * n, unchanged, "and found unchanged by the others");
            } finally {
                pool.shutdownNow();
            }
            assertEquals(n, index.size());
            assertEquals(docs.get(n - 1).contentHash(), index.contentHash("/archive/" + (n - 1) + ".txt").orElseThrow());
        }
    }

    @Test
    void anIndexOfAnotherFormatIsRefusedWithAdviceToRebuild() throws IOException {
        Path folder = tmp.resolve("old");
        Files.createDirectories(folder);
        try (FSDirectory dir = FSDirectory.open(folder);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document d = new Document();
            d.add(new StringField(IndexFields.PATH, "/x", Field.Store.YES));
            w.addDocument(d);
            w.setLiveCommitData(Map.of(IndexFields.FORMAT_KEY, "0").entrySet());
            w.commit();
        }
        InputException e = assertThrows(InputException.class, () -> OriginalsIndex.open(folder));
        assertEquals(folder + ": was built as index format 0, and this sverka reads format "
                + IndexFields.FORMAT_VERSION + "; rebuild it with sverka index build", e.getMessage());
        InputException w = assertThrows(InputException.class, () -> OriginalsIndex.openForWriting(folder));
        assertEquals(e.getMessage(), w.getMessage(), "adding to it is refused the same way");
    }

    @Test
    void anIndexOfFormatOneWithPositionsIsRefusedWithAdviceToRebuild() throws IOException {
        Path folder = tmp.resolve("format1");
        Files.createDirectories(folder);
        try (FSDirectory dir = FSDirectory.open(folder);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document d = new Document();
            d.add(new StringField(IndexFields.PATH, "/x", Field.Store.YES));
            d.add(new org.apache.lucene.document.TextField(IndexFields.TERMS, "переговор москв", Field.Store.NO));
            w.addDocument(d);
            w.setLiveCommitData(Map.of(IndexFields.FORMAT_KEY, "1").entrySet());
            w.commit();
        }
        InputException e = assertThrows(InputException.class, () -> OriginalsIndex.open(folder));
        assertEquals(folder + ": was built as index format 1, and this sverka reads format 2; "
                + "rebuild it with sverka index build", e.getMessage());
    }

    @Test
    void aLuceneIndexWithoutStampIsNotTakenForOne() throws IOException {
        Path folder = tmp.resolve("foreign");
        Files.createDirectories(folder);
        try (FSDirectory dir = FSDirectory.open(folder);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            w.addDocument(new Document());
        }
        InputException e = assertThrows(InputException.class, () -> OriginalsIndex.open(folder));
        assertTrue(e.getMessage().startsWith(folder + ": is a Lucene index that sverka did not write"), e.getMessage());
    }

    @Test
    void missingEmptyAndForeignFoldersAreNamed() throws IOException {
        Path missing = tmp.resolve("nowhere");
        InputException e = assertThrows(InputException.class, () -> OriginalsIndex.open(missing));
        assertEquals(missing + ": no index here: the folder does not exist", e.getMessage());
        assertFalse(Files.exists(missing), "opening to search creates nothing");

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        e = assertThrows(InputException.class, () -> OriginalsIndex.open(empty));
        assertEquals(empty + ": no index here: the folder holds no sverka index; build one with sverka index build",
                e.getMessage());

        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("story.txt"), "text");
        e = assertThrows(InputException.class, () -> OriginalsIndex.openForWriting(docs));
        assertTrue(e.getMessage().startsWith(docs + ": holds other files and no sverka index"), e.getMessage());

        Path file = Files.writeString(tmp.resolve("index.txt"), "x");
        e = assertThrows(InputException.class, () -> OriginalsIndex.open(file));
        assertEquals(file + ": is a file, not a folder; an index is a folder", e.getMessage());
    }

    @Test
    void aCorruptIndexIsRefusedWithAdviceToRebuild() throws IOException {
        Path folder = tmp.resolve("idx");
        try (OriginalsIndex index = OriginalsIndex.openForWriting(folder)) {
            index.add(SampleTerms.document("/a", "ru", STORY));
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        InputException e = assertThrows(InputException.class, () -> OriginalsIndex.open(folder));
        assertTrue(e.getMessage().startsWith(folder + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith("rebuild it with sverka index build"), e.getMessage());
    }

    @Test
    void oneWriterAtATimeAndNoWritingWhenOpenToSearch() throws IOException {
        Path folder = tmp.resolve("idx");
        try (OriginalsIndex writer = OriginalsIndex.openForWriting(folder)) {
            InputException e = assertThrows(InputException.class, () -> OriginalsIndex.openForWriting(folder));
            assertEquals(folder + ": is in use by another sverka run adding to it; wait for it to end", e.getMessage());
            try (OriginalsIndex reader = OriginalsIndex.open(folder)) {
                assertEquals(0, reader.size(), "an empty new index is a valid index");
                assertThrows(IllegalStateException.class, () -> reader.add(SampleTerms.document("/a", "ru", STORY)));
            }
        }
    }

    @Test
    void searchesRunWhileDocumentsAreAdded() throws Exception {
        Path folder = tmp.resolve("idx");
        try (OriginalsIndex index = OriginalsIndex.openForWriting(folder)) {
            index.add(SampleTerms.document("/story", "ru", STORY));
            FindQuery query = SampleTerms.query(List.of(STORY.get(1)), "ru");
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
            List<java.util.concurrent.Future<String>> firsts = new java.util.ArrayList<>();
            for (int i = 0; i < 100; i++) {
                index.add(SampleTerms.document("/other/" + i, "ru", List.of("Погода в городе номер " + i + " ясная.")));
                if (i % 10 == 0) {
                    firsts.add(pool.submit(() -> index.search(query, 1).get(0).path()));
                }
            }
            for (java.util.concurrent.Future<String> f : firsts) {
                assertEquals("/story", f.get());
            }
            pool.shutdown();
            assertEquals(101, index.size());
            assertEquals(List.of("/other/99"), index.search(SampleTerms.query(List.of("номер 99"), "ru"), 1)
                    .stream().map(Candidate::path).toList(), "a search sees every document added before it");
        }
    }
}
