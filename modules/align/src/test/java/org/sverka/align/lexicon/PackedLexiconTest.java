package org.sverka.align.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The packed default lexicon against its text files, the source of truth. When the text files
 * change, make the packed form again with
 * {@code mvn -o -q -pl modules/align -am test -Dtest=PackedLexiconTest -Dsurefire.failIfNoSpecifiedTests=false -Dsverka.lexicon.repack=true}.
 */
class PackedLexiconTest {
    private static final Path PACKED_SOURCE = Path.of("..", "lexicon-en-ru", "src", "main", "resources")
            .resolve(Lexicon.DEFAULT_PACKED.substring(1));

    @Test
    void theCommittedPackedLexiconIsWhatTheTextFilesGive() throws IOException {
        byte[] fromText = PackedLexicon.pack(Lexicon.defaultFromText());
        if (Boolean.getBoolean("sverka.lexicon.repack")) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(PACKED_SOURCE))) {
                out.write(fromText);
            }
            Files.writeString(PACKED_SOURCE.resolveSibling(PACKED_SOURCE.getFileName() + PackedDefault.SOURCES_SUFFIX),
                    PackedDefault.textChecksum() + "\n");
            System.err.println("packed lexicon written to " + PACKED_SOURCE.toAbsolutePath() + ": " + fromText.length + " bytes");
        }
        byte[] shipped = PackedDefault.read(Lexicon.DEFAULT_PACKED);
        assertNotNull(shipped, Lexicon.DEFAULT_PACKED + " is missing; make it with -Dsverka.lexicon.repack=true");
        assertTrue(Arrays.equals(fromText, shipped), Lexicon.DEFAULT_PACKED
                + " differs from what the text files give: make it again with -Dsverka.lexicon.repack=true (see this test's javadoc)");
        assertNotNull(PackedDefault.loadIfCurrent(), "the packed form's recorded checksum is not the text files'");
        PackedLexicon.read(shipped);   // every entry passes the checks the default's start-up leaves out
    }

    @Test
    void everyEntryLooksUpTheSameInBothForms() {
        Lexicon text = Lexicon.defaultFromText();
        Lexicon packed = Lexicon.ofPacked(PackedDefault.read(Lexicon.DEFAULT_PACKED));
        Set<String> english = new HashSet<>();
        Set<String> russian = new HashSet<>();
        int[] pairs = {0};
        text.forEachPair((en, ru, w) -> {
            english.add(en);
            russian.add(ru);
            pairs[0]++;
        });
        assertTrue(pairs[0] > 200_000, "pairs: " + pairs[0]);
        assertEquals(text.size(), packed.size());
        for (String en : english) {
            assertEquals(text.russianFor(en), packed.russianFor(en), en);
        }
        for (String ru : russian) {
            assertEquals(text.englishFor(ru), packed.englishFor(ru), ru);
        }
        int[] packedPairs = {0};
        packed.forEachPair((en, ru, w) -> {
            assertEquals(w, text.russianFor(en).get(ru), en + " ~ " + ru);
            packedPairs[0]++;
        });
        assertEquals(pairs[0], packedPairs[0]);
        for (String unknown : List.of("", "zzzzqx", "щщщщ", "a\u0000", "minist" + "\uD83D\uDE00")) {
            assertEquals(Map.of(), packed.russianFor(unknown), unknown);
            assertEquals(Map.of(), packed.englishFor(unknown), unknown);
        }
        assertTrue(packed.russianFor("minist").containsKey("министр"));
    }

    @Test
    void theDefaultLexiconIsThePackedOne() {
        assertTrue(Lexicon.defaultLexicon().isPacked(), "the default lexicon was parsed from text");
    }

    @Test
    void aPackedFormOfOtherTextFilesIsNotUsed() {
        String current = PackedDefault.textChecksum();
        assertTrue(PackedDefault.madeFromTheseTexts(current + "\n"));
        String other = current.charAt(0) == '0' ? "1" + current.substring(1) : "0" + current.substring(1);
        assertEquals(false, PackedDefault.madeFromTheseTexts(other));
        assertEquals(false, PackedDefault.madeFromTheseTexts(null));
    }

    @Test
    void packingKeepsEveryPairAndItsWeight() {
        Lexicon small = Lexicon.builder().add("hous", "дом", 1f).add("hous", "жилищ", 0.5f).add("talk", "переговор", 0.25f)
                .add("émigré", "эмигрант", 0.75f).add("zebra", "зебр", 1f).add("a", "ё", 0.125f)
                .add("math", "\uD835\uDC00", 0.5f).add("math", "\uE000", 0.5f).build();
        Lexicon packed = Lexicon.ofPacked(PackedLexicon.pack(small));
        for (String en : List.of("hous", "talk", "émigré", "zebra", "a", "math", "nothing")) {
            assertEquals(small.russianFor(en), packed.russianFor(en), en);
        }
        for (String ru : List.of("дом", "жилищ", "переговор", "эмигрант", "зебр", "ё", "\uD835\uDC00", "\uE000", "нет")) {
            assertEquals(small.englishFor(ru), packed.englishFor(ru), ru);
        }
        assertEquals(Map.of("hous", 1f), packed.englishFor("дом"));
        assertEquals(6, packed.size());
        List<String> order = new ArrayList<>();
        packed.forEachPair((en, ru, w) -> order.add(en + ">" + ru));
        assertEquals(List.of("a>ё", "hous>дом", "hous>жилищ", "math>\uE000", "math>\uD835\uDC00", "talk>переговор",
                "zebra>зебр", "émigré>эмигрант"), order);
        assertArrayEquals(PackedLexicon.pack(small), PackedLexicon.pack(packed), "packing is a function of the pairs");
    }

    @Test
    void anEmptyLexiconPacks() {
        Lexicon empty = Lexicon.ofPacked(PackedLexicon.pack(Lexicon.builder().build()));
        assertEquals(0, empty.size());
        assertEquals(Map.of(), empty.russianFor("hous"));
    }

    @Test
    void damagedBytesAreRefused() {
        byte[] good = PackedLexicon.pack(Lexicon.builder().add("hous", "дом", 1f).add("talk", "переговор", 0.25f).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PackedLexicon.read(Arrays.copyOf(good, good.length - 1)));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        byte[] notOurs = good.clone();
        notOurs[0] = 'X';
        assertThrows(IllegalArgumentException.class, () -> PackedLexicon.read(notOurs));
        byte[] badId = good.clone();
        // the last Russian-side target id (an English id) lies 4 bytes per float before the end, after one id
        int lastTarget = badId.length - 2 * 4 - 4;
        badId[lastTarget] = 0x7F;
        e = assertThrows(IllegalArgumentException.class, () -> PackedLexicon.read(badId));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PackedLexicon.pack(Lexicon.builder().build().with(Lexicon.builder().build())));
    }

    @Test
    void aPackedLexiconCombinesWithAnother() {
        Lexicon base = Lexicon.ofPacked(PackedLexicon.pack(Lexicon.builder().add("talk", "беседа", 1f).add("talk", "переговор", 0.3f).build()));
        Lexicon both = base.with(Lexicon.builder().add("talk", "переговор", 0.9f).build());
        Map<String, Float> expected = new HashMap<>(Map.of("беседа", 1f, "переговор", 0.9f));
        assertEquals(expected, both.russianFor("talk"));
    }
}
