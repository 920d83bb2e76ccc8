package org.sverka.pipeline.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.InputException;
import org.sverka.index.OriginalsIndex;
import org.sverka.index.StoredDocument;
import org.sverka.pipeline.Sverka;

/** Filling an index from files: what fails is listed and the rest indexed; re-adding is idempotent by path and content. */
class ArchiveIndexerTest {
    private static final Sverka SVERKA = Sverka.aligner().build();

    @Test
    void aFolderIsIndexedWithItsFailuresListedAndReAddingChangesNothing(@TempDir Path dir) throws IOException {
        Path archive = AgencyPairs.copy(dir.resolve("archive"), "ru", "");
        Files.copy(AgencyPairs.file("talks", "en"), archive.resolve("talks-report.txt"));
        Files.write(archive.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        Files.writeString(archive.resolve("empty.txt"), "");
        Files.writeString(archive.resolve(".hidden.txt"), "Not indexed: hidden.");
        Path index = dir.resolve("idx");
        ArchiveIndexer.Summary s = SVERKA.indexer(2).build(index, List.of(archive));
        assertEquals(6, s.added(), s.toString());
        assertEquals(List.of("broken.pdf", "empty.txt"), s.failed().stream().map(f -> Path.of(f.file()).getFileName().toString()).toList());
        assertTrue(s.failed().stream().allMatch(f -> !f.cause().isBlank() && !f.cause().contains("\n")));
        assertEquals(5, s.russian());
        assertEquals(1, s.english());
        try (OriginalsIndex idx = OriginalsIndex.open(index)) {
            StoredDocument d = idx.document(archive.resolve("talks.txt").toAbsolutePath().normalize().toString())
                    .orElseThrow();
            assertEquals("ru", d.language());
            assertTrue(d.sentences().get(0).contains("ТАСС"), d.sentences().toString());
        }

        ArchiveIndexer.Summary again = SVERKA.indexer(1).addTo(index, List.of(archive));
        assertEquals(0, again.added());
        assertEquals(6, again.unchanged());
        assertEquals(2, again.failed().size());

        Files.copy(AgencyPairs.file("trade", "ru"), archive.resolve("talks.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(AgencyPairs.file("kremlin", "ru"), dir.resolve("new.txt"));
        ArchiveIndexer.Summary changed = SVERKA.indexer(1).addTo(index, List.of(archive, dir.resolve("new.txt")));
        assertEquals(1, changed.replaced());
        assertEquals(1, changed.added());
        assertEquals(5, changed.unchanged());
        assertEquals(6, changed.russian());
    }

    @Test
    void aMissingIndexANonEmptyFolderAndAnOverlapAreRefusedBeforeAnyWork(@TempDir Path dir) throws IOException {
        Path archive = AgencyPairs.copy(dir.resolve("archive"), "ru", "");
        InputException missing = assertThrows(InputException.class,
                () -> SVERKA.indexer(1).addTo(dir.resolve("nowhere"), List.of(archive)));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        assertFalse(Files.exists(dir.resolve("nowhere")));
        Files.createDirectories(dir.resolve("busy"));
        Files.writeString(dir.resolve("busy/notes.txt"), "mine");
        InputException busy = assertThrows(InputException.class, () -> SVERKA.indexer(1).build(dir.resolve("busy"), List.of(archive)));
        assertTrue(busy.getMessage().contains("not empty"), busy.getMessage());
        InputException inside = assertThrows(InputException.class,
                () -> SVERKA.indexer(1).build(archive.resolve("idx"), List.of(archive)));
        assertTrue(inside.getMessage().contains("overlaps"), inside.getMessage());
        assertFalse(Files.exists(archive.resolve("idx")));
        InputException notAnIndex = assertThrows(InputException.class, () -> SVERKA.indexer(1).addTo(dir.resolve("busy"), List.of(archive)));
        assertTrue(notAnIndex.getMessage().contains("no sverka index"), notAnIndex.getMessage());
    }
}
