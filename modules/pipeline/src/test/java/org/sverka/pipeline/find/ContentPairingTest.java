package org.sverka.pipeline.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.pipeline.Sverka;
import org.sverka.pipeline.corpus.Manifest;
import org.sverka.pipeline.corpus.PairSource;

/** Two folders under unrelated names paired by content, one to one, with the leftover listed and a manifest written. */
class ContentPairingTest {
    @Test
    void shuffledFoldersArePairedRightAndThePairsFileReadsBackAsAManifest(@TempDir Path dir) throws IOException {
        Path en = Files.createDirectories(dir.resolve("en"));
        Path ru = Files.createDirectories(dir.resolve("ru"));
        Map<String, String> truth = new HashMap<>();
        List<String> stories = AgencyPairs.STORIES;
        for (int i = 0; i < stories.size(); i++) {
            String e = "e" + (7 * i % 5) + ".txt";
            String r = "r" + (3 * i % 5) + ".txt";
            Files.copy(AgencyPairs.file(stories.get(i), "en"), en.resolve(e));
            Files.copy(AgencyPairs.file(stories.get(i), "ru"), ru.resolve(r));
            truth.put(en.resolve(e).toString(), ru.resolve(r).toString());
        }
        Files.copy(AgencyPairs.AGENCY.resolveSibling("story/story.en.txt"), en.resolve("lonely.txt"));
        Files.writeString(en.resolve("empty.txt"), "");

        ContentPairing.Result r = Sverka.aligner().build().contentPairing(2).pair(en, ru);
        assertEquals(5, r.pairs().size(), r.toString());
        for (ContentPairing.Pair p : r.pairs()) {
            assertEquals(truth.get(p.english()), p.russian(), p.toString());
            assertTrue(p.score() >= ContentPairing.MIN_SCORE && p.confidence() > 0.3, p.toString());
        }
        assertEquals(1, r.unpaired().size());
        assertEquals(en.resolve("lonely.txt").toString(), r.unpaired().get(0).path());
        assertEquals("en", r.unpaired().get(0).language());
        assertEquals(1, r.failed().size());
        assertTrue(r.failed().get(0).file().endsWith("empty.txt"));

        Path out = Files.createDirectories(dir.resolve("out"));
        r.write(out.resolve("pairs.tsv"), out.resolve("pairing.tsv"));
        List<PairSource> manifest = Manifest.read(out.resolve("pairs.tsv"), true);
        assertEquals(5, manifest.size());
        for (PairSource p : manifest) {
            assertEquals(truth.get(p.english()), p.russian(), p.toString());
        }
        List<String> details = Files.readAllLines(out.resolve("pairing.tsv"));
        assertEquals(1 + 5 + 1, details.size(), details.toString());
        assertTrue(details.get(6).startsWith("unpaired-en\t\t" + en.resolve("lonely.txt")), details.get(6));
    }
}
