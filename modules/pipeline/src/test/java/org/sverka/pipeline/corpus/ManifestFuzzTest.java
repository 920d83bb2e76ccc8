package org.sverka.pipeline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sverka.core.InputException;

/**
 * Fuzzing the manifest reader: for any bytes, it returns pairs or refuses with an
 * {@link InputException} (one line, no raw control characters), never anything else; the pairs have
 * unique, non-blank ids, and every document lies inside the manifest's folder. {@link #fuzz} is a
 * Jazzer target ({@code JAZZER_FUZZ=1} fuzzes it); {@link #mutatedManifests} runs a seeded burst of
 * mutations of a valid manifest in every test run.
 */
class ManifestFuzzTest {
    static final Path HOME = home();

    /** A folder with two documents, a subfolder, a link out of the folder, and a secret beside it. */
    private static Path home() {
        try {
            Path root = Files.createTempDirectory("sverka-manifest-fuzz");
            root.toFile().deleteOnExit();
            Path home = Files.createDirectories(root.resolve("home"));
            Files.writeString(root.resolve("secret.txt"), "outside");
            Files.writeString(home.resolve("a.en.txt"), "One.");
            Files.writeString(home.resolve("a.ru.txt"), "Один.");
            Files.createDirectories(home.resolve("sub"));
            Files.writeString(home.resolve("sub/b.en.txt"), "Two.");
            Files.createSymbolicLink(home.resolve("out.txt"), root.resolve("secret.txt"));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized void check(byte[] manifest) throws IOException {
        Path file = HOME.resolve("pairs.tsv");
        Files.write(file, manifest);
        Path realHome = HOME.toRealPath();
        List<PairSource> pairs;
        try {
            pairs = Manifest.read(file);
        } catch (InputException e) {
            assertFalse(e.getMessage().contains("\n"), "one line");
            assertTrue(e.getMessage().chars().noneMatch(c -> c == 0x1b || c == 0 || c == 0x07 || c == 0x9b),
                    "no raw control character: " + e.getMessage());
            return;
        }
        assertFalse(pairs.isEmpty());
        Set<String> ids = new HashSet<>();
        for (PairSource p : pairs) {
            assertFalse(p.id().isBlank());
            assertTrue(ids.add(p.id()), "unique ids");
            for (String doc : List.of(p.english(), p.russian())) {
                assertTrue(Manifest.real(Path.of(doc)).startsWith(realHome), doc + " lies inside the folder");
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void fuzz(FuzzedDataProvider data) throws IOException {
        check(data.consumeRemainingAsBytes());
    }

    @Test
    void mutatedManifests() throws IOException {
        Random rnd = new Random(20261130);
        String seed = "# id\tenglish\trussian\na\ta.en.txt\ta.ru.txt\nb\tsub/b.en.txt\ta.ru.txt\nc\t./sub/../a.en.txt\tout.txt\n"
                + "d\t../secret.txt\t/etc/hostname\ne\tfile:///etc/passwd\ta.ru.txt\n";
        String[] pieces = {"\t", "\n", "\r", "\r\n", "..", "/", "../", "./", "#", " ", "\u001b[2J", "\u0000", "a", "sub", "out.txt",
            "a.en.txt", "\uFEFF", "://", "\\", "%2e%2e", "\u202e", "~", "//", "sub/../../"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder(seed);
            for (int k = 1 + rnd.nextInt(6); k > 0; k--) {
                int at = rnd.nextInt(sb.length() + 1);
                if (rnd.nextInt(3) == 0 && sb.length() > 0) {
                    sb.deleteCharAt(Math.min(at, sb.length() - 1));
                } else {
                    sb.insert(at, pieces[rnd.nextInt(pieces.length)]);
                }
            }
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            if (i % 10 == 0 && bytes.length > 0) {
                bytes[rnd.nextInt(bytes.length)] = (byte) (0x80 + rnd.nextInt(0x80));
            }
            check(bytes);
        }
    }

    @Test
    void theSeedItselfIsRefusedAtItsFirstOutsidePath() throws IOException {
        Path file = Files.writeString(HOME.resolve("seed.tsv"), "a\ta.en.txt\ta.ru.txt\nc\t./sub/../a.en.txt\tout.txt\n");
        try {
            Manifest.read(file);
            throw new AssertionError("a link out of the folder was accepted");
        } catch (InputException e) {
            assertTrue(e.getMessage().contains("line 2: out.txt lies outside"), e.getMessage());
        }
        Files.writeString(file, "a\ta.en\u0000.txt\ta.ru.txt\n");
        try {
            Manifest.read(file);
            throw new AssertionError("a NUL in a path was accepted");
        } catch (InputException e) {
            assertTrue(e.getMessage().endsWith("line 1: not a valid path: a.en\\u0000.txt"), e.getMessage());
        }
        Files.writeString(file, "a\ta.en.txt\ta.ru.txt\nb\tsub/b.en.txt\t./a.ru.txt\n");
        assertEquals(2, Manifest.read(file).size());
    }
}
