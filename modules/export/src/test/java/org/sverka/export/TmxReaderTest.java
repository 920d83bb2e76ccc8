package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sverka.core.InputException;

class TmxReaderTest {
    static final Path CASES = Path.of(System.getProperty("sverka.testdata", "../../test-data"), "fuzz", "tmx");

    static List<String[]> read(String xml) {
        return TmxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.tmx");
    }

    @Test
    void whatTheWriterWritesReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TmxWriter().write(Tables.story(), out);
        List<String[]> pairs = TmxReader.read(new ByteArrayInputStream(out.toByteArray()), "story.tmx");
        assertEquals(9, pairs.size());
        assertEquals(Tables.story().rows().get(4).russian(), pairs.get(4)[1]);
    }

    @Test
    void unitsCarryKindFlagsAndPropsAndABadKindIsNamedByLine() {
        List<TmxUnit> units = TmxReader.readUnits(new ByteArrayInputStream(("<tmx version=\"1.4\"><header><prop type=\"x-kind\">dateline</prop>"
                + "</header><body>\n<tu><prop type=\"x-kind\">partial-en</prop><prop type=\"x-flags\">number-only-ru:1 000; name-only-en:a\\;b</prop>"
                + "<tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"ru\"><seg>б</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"en\"><seg>c</seg></tuv><tuv xml:lang=\"ru\"><seg>д</seg></tuv></tu></body></tmx>")
                .getBytes(StandardCharsets.UTF_8)), "t.tmx");
        assertEquals(org.sverka.core.BeadKind.PARTIAL_EN, units.get(0).kind());
        assertEquals("a;b", units.get(0).flags().get(1).value());
        assertEquals("1 000", units.get(0).flags().get(0).value());
        assertEquals(org.sverka.core.BeadKind.TRANSLATION, units.get(1).kind(), "no x-kind: a translation, not the header's prop");
        InputException e = assertThrows(InputException.class, () -> read("<tmx version=\"1.4\"><header/><body>\n\n"
                + "<tu><prop type=\"x-kind\">parital</prop><tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"ru\"><seg>б</seg></tuv></tu>"
                + "</body></tmx>"));
        assertTrue(e.getMessage().startsWith("t.tmx: line 3: unknown bead kind 'parital'"), e.getMessage());
    }

    @Test
    void inlineMarkupKeepsItsText() {
        List<String[]> p = read("<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"EN-US\"><seg>a <bpt i=\"1\">&lt;b&gt;</bpt>bold"
                + "<ept i=\"1\">&lt;/b&gt;</ept> word</seg></tuv><tuv xml:lang=\"ru-RU\"><seg><![CDATA[жирное]]> слово</seg></tuv></tu></body></tmx>");
        assertEquals(1, p.size());
        assertEquals("a <b>bold</b> word", p.get(0)[0]);
        assertEquals("жирное слово", p.get(0)[1]);
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>&x;</seg></tuv>"
                + "<tuv xml:lang=\"ru\"><seg>да</seg></tuv></tu></body></tmx>";
        InputException e = assertThrows(InputException.class, () -> read(xxe));
        assertFalse(e.getMessage().contains("TOP SECRET"));
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE tmx [<!ENTITY a \"lol\">");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            dtd.append("<!ENTITY ").append(c).append(" \"").append(("&" + p + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = dtd + "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>&k;</seg></tuv>"
                + "<tuv xml:lang=\"ru\"><seg>да</seg></tuv></tu></body></tmx>";
        long t = System.nanoTime();
        assertThrows(InputException.class, () -> read(bomb));
        assertTrue(System.nanoTime() - t < 5_000_000_000L, "refused at once, not after expanding");
    }

    @Test
    void notTmxIsRefused() {
        assertTrue(assertThrows(InputException.class, () -> read("<html/>")).getMessage().contains("not a TMX file"));
        assertTrue(assertThrows(InputException.class, () -> read("<tmx><body>")).getMessage().startsWith("t.tmx: not well-formed TMX"));
    }

    /** Any bytes: pairs or an InputException, nothing else. */
    static void readAnything(byte[] bytes) {
        try {
            TmxReader.read(new ByteArrayInputStream(bytes), "fuzz.tmx");
        } catch (InputException expected) {
            // a clear refusal is a right answer
        }
    }

    @FuzzTest(maxDuration = "30s")
    void fuzz(FuzzedDataProvider data) {
        readAnything(data.consumeRemainingAsBytes());
    }

    @Test
    void mutatedInputs() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TmxWriter().write(Tables.story(), out);
        byte[] seed = out.toByteArray();
        Random rnd = new Random(7);
        for (int i = 0; i < 500; i++) {
            byte[] b = seed.clone();
            for (int k = 1 + rnd.nextInt(6); k > 0; k--) {
                String noise = "<>&;\"'=/![]?x\u0000";
                b[rnd.nextInt(b.length)] = (byte) noise.charAt(rnd.nextInt(noise.length()));
            }
            readAnything(java.util.Arrays.copyOf(b, rnd.nextInt(b.length) + 1));
        }
    }

    static Stream<Path> regressionCases() throws IOException {
        return Files.isDirectory(CASES) ? Files.list(CASES).filter(Files::isRegularFile).sorted() : Stream.empty();
    }

    @ParameterizedTest
    @MethodSource("regressionCases")
    void regressionCase(Path input) throws IOException {
        readAnything(Files.readAllBytes(input));
    }
}
