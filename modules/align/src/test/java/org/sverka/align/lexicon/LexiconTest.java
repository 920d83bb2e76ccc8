package org.sverka.align.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.InputException;

class LexiconTest {
    @Test
    void bothFileFormatsLoad(@TempDir Path dir) throws IOException {
        Path dict = Files.writeString(dir.resolve("d.tsv"), "# comment\nhous\tдом\t1\n");
        Path learned = Files.writeString(dir.resolve("l.tsv"), "talk\tпереговор\t0.25\t0.04\n");
        Lexicon lex = Lexicon.builder().addFile(dict).addFile(learned).build();
        assertEquals(Map.of("дом", 1f), lex.russianFor("hous"));
        assertEquals(Lexicon.learnedWeight(0.25, 0.04), lex.russianFor("talk").get("переговор"), 1e-6);
        assertEquals(Map.of("talk", Lexicon.learnedWeight(0.25, 0.04)), lex.englishFor("переговор"));
    }

    @Test
    void malformedLineIsNamed(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "hous\tдом\t1\nbroken line\n");
        InputException e = assertThrows(InputException.class, () -> Lexicon.builder().addFile(bad));
        assertTrue(e.getMessage().startsWith(bad + ": line 2:"), e.getMessage());
    }

    @Test
    void anOverlayAddsPairsAndKeepsTheLargerWeight() {
        Lexicon base = Lexicon.builder().add("talk", "беседа", 1f).add("talk", "переговор", 0.3f).build();
        Lexicon extra = Lexicon.builder().add("talk", "переговор", 0.9f).add("grain", "зерн", 1f).build();
        Lexicon both = base.with(extra);
        assertEquals(Map.of("беседа", 1f, "переговор", 0.9f), both.russianFor("talk"));
        assertEquals(Map.of("зерн", 1f), both.russianFor("grain"));
        assertEquals(Map.of("talk", 0.9f), both.englishFor("переговор"));
    }

    @Test
    void theDefaultLexiconKnowsNewsWords() {
        Lexicon lex = Lexicon.defaultLexicon();
        assertTrue(lex.russianFor("minist").containsKey("министр"));
        assertTrue(lex.russianFor("us").containsKey("сша"));
        assertTrue(lex.size() > 30_000, "entries: " + lex.size());
    }
}
