package org.sverka.pipeline.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.InputException;
import org.sverka.core.SegmentedDocument;
import org.sverka.pipeline.Sverka;

/**
 * Headings of a few words that the detector calls French or German (from the UN development set)
 * are read in their folder's language when their script agrees; a document in the other script is not.
 */
class DeclaredLanguageTest {
    private static final DeclaredLanguage READ = new DeclaredLanguage(Sverka.aligner().build().pipeline());

    @Test
    void aShortHeadingIsReadInTheFolderLanguageWhenItsScriptAgrees(@TempDir Path dir) throws IOException {
        Path en = Files.writeString(dir.resolve("agenda.txt"), "Agenda item 13\n");
        Path ru = Files.writeString(dir.resolve("building.txt"), "II. Здание E\n");
        SegmentedDocument e = READ.read(en, "en");
        assertEquals("en", e.language().language());
        assertEquals("Agenda item 13", e.sentences().get(0).text());
        SegmentedDocument r = READ.read(ru, "ru");
        assertEquals("ru", r.language().language());
        assertEquals(1, r.size());
    }

    @Test
    void aDocumentInTheOtherScriptStaysAFailureNamingItsLanguage(@TempDir Path dir) throws IOException {
        Path ru = Files.writeString(dir.resolve("talks.txt"), "Переговоры министров продлились пять часов и закончились "
                + "подписанием соглашения о торговле.\n");
        InputException e = assertThrows(InputException.class, () -> READ.read(ru, "en"));
        assertTrue(e.getMessage().endsWith("the document is in Russian, not English"), e.getMessage());
        SegmentedDocument d = READ.read(ru, "ru");
        assertEquals("ru", d.language().language());
    }

    @Test
    void theScriptShareCountsLettersOnly() {
        assertEquals(1.0, DeclaredLanguage.scriptShare("II. 12, 13!", "en"));
        assertEquals(6.0 / 9, DeclaredLanguage.scriptShare("II. Здание E", "ru"), 1e-9);
        assertEquals(0.0, DeclaredLanguage.scriptShare("2015 — 2016", "ru"));
    }
}
