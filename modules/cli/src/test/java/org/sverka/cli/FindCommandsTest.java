package org.sverka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sverka index build|add}, {@code sverka find} and {@code sverka corpus build --pair-by content}
 * on the agency pairs of test-data: failures listed and the rest indexed, idempotent adding, the right
 * original first in text and JSON, the alignment written, one clear line for a bad index.
 */
class FindCommandsTest {
    private static final Path AGENCY = SverkaTest.STORY.resolveSibling("agency");
    private static final List<String> STORIES = List.of("briefing", "convoys", "kremlin", "talks", "trade");

    private static Path archive(Path dir, String language) throws IOException {
        Path a = Files.createDirectories(dir.resolve(language));
        for (String s : STORIES) {
            Files.copy(AGENCY.resolve(s + "." + language + ".txt"), a.resolve(s + ".txt"));
        }
        return a;
    }

    @Test
    void indexBuildAddFindAndAlign(@TempDir Path dir) throws IOException {
        Path ru = archive(dir, "ru");
        Files.write(ru.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Path index = dir.resolve("archive.idx");
        SverkaTest.Run build = SverkaTest.run("index", "build", ru.toString(), "-o", index.toString(), "--threads", "2");
        assertEquals(1, build.code(), build.err());
        List<String> err = build.err().lines().toList();
        assertEquals(2, err.size(), build.err());
        assertTrue(err.get(0).startsWith("sverka: " + ru.resolve("broken.docx") + ": "), err.get(0));
        assertTrue(err.get(1).contains("6 documents: 5 added, 0 replaced (changed), 0 unchanged, 1 failed"), err.get(1));
        assertTrue(err.get(1).contains("holds 5 Russian and 0 English documents"), err.get(1));

        Files.delete(ru.resolve("broken.docx"));
        SverkaTest.Run again = SverkaTest.run("index", "add", index.toString(), ru.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("5 documents: 0 added, 0 replaced (changed), 5 unchanged, 0 failed"), again.err());

        Path tsv = dir.resolve("talks.tsv");
        SverkaTest.Run find = SverkaTest.run("find", AGENCY.resolve("talks.en.txt").toString(), "--index", index.toString(),
                "--top", "3", "--align", tsv.toString());
        assertEquals(0, find.code(), find.err());
        List<String> out = find.out().lines().toList();
        assertTrue(out.get(0).contains("(English, 5 sentences) against 5 Russian documents:"), out.get(0));
        assertTrue(out.get(1).matches(" 1  0\\.\\d{3}  " + java.util.regex.Pattern.quote(ru.resolve("talks.txt").toString())), out.get(1));
        assertTrue(find.out().contains("shares names: ") && find.out().contains("Lavrov"), find.out());
        assertTrue(find.out().contains("= original 1 \"МОСКВА, 24 мая. /ТАСС/.\""), find.out());
        assertTrue(out.get(3).matches("      weighted share [01]\\.\\d{3}, \\d+% of the original explained, \\d+ numbers? the matches disagree on"),
                out.get(3));
        List<String> lines = Files.readAllLines(tsv);
        assertEquals("en\tru\tscore\tkind\tflags", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("MOSCOW, May 24. /TASS/.\tМОСКВА, 24 мая. /ТАСС/.\t")), lines.toString());
        assertTrue(find.err().contains("wrote the alignment with " + ru.resolve("talks.txt")), find.err());

        SverkaTest.Run json = SverkaTest.run("find", AGENCY.resolve("kremlin.en.txt").toString(), "--index", index.toString(), "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("en", root.get("language").asText());
        assertEquals(5, root.get("searched").asInt());
        JsonNode best = root.get("candidates").get(0);
        assertEquals(ru.resolve("kremlin.txt").toString(), best.get("path").asText());
        assertTrue(best.get("score").asDouble() > root.get("candidates").get(1).get("score").asDouble());
        assertTrue(best.get("matches").size() >= 2);
        assertTrue(best.get("matches").get(0).get("report").get(0).asInt() >= 1);
        assertFalse(best.get("shared_names").isEmpty());
        double weighted = best.get("weighted_share").asDouble();
        assertTrue(weighted > 0.3 && weighted <= best.get("matched_share").asDouble(), best.toString());
        assertTrue(best.get("original_share").asDouble() > 0 && best.get("original_share").asDouble() <= 1, best.toString());
        assertTrue(best.get("number_conflicts").isInt() && best.get("number_conflicts").asInt() >= 0, best.toString());
    }

    @Test
    void aMissingOrForeignIndexIsOneLineAndExitOne(@TempDir Path dir) throws IOException {
        String report = AGENCY.resolve("talks.en.txt").toString();
        SverkaTest.Run missing = SverkaTest.run("find", report, "--index", dir.resolve("none.idx").toString());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("sverka: " + dir.resolve("none.idx") + ": no index here"), missing.err());
        Files.createDirectories(dir.resolve("notes"));
        Files.writeString(dir.resolve("notes/a.txt"), "not an index");
        SverkaTest.Run foreign = SverkaTest.run("index", "add", dir.resolve("notes").toString(), report);
        assertEquals(1, foreign.code());
        assertTrue(foreign.err().contains("no sverka index"), foreign.err());
        assertEquals(1, foreign.err().lines().count(), foreign.err());
        SverkaTest.Run usage = SverkaTest.run("find", report, "--index", dir.toString(), "--top", "0");
        assertEquals(2, usage.code(), usage.err());
    }

    @Test
    void corpusBuildPairsTwoFoldersByContent(@TempDir Path dir) throws IOException {
        Path en = Files.createDirectories(dir.resolve("en"));
        Path ru = Files.createDirectories(dir.resolve("ru"));
        for (int i = 0; i < STORIES.size(); i++) {
            Files.copy(AGENCY.resolve(STORIES.get(i) + ".en.txt"), en.resolve("doc" + i + ".txt"));
            Files.copy(AGENCY.resolve(STORIES.get(i) + ".ru.txt"), ru.resolve("x" + (4 - i) + ".txt"));
        }
        Path out = dir.resolve("out");
        SverkaTest.Run r = SverkaTest.run("corpus", "build", "--pair-by", "content", en.toString(), ru.toString(), "-o", out.toString(),
                "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("5 pairs (0 with confidence under 0.2), 0 documents unpaired"), r.err());
        List<String> pairs = Files.readAllLines(out.resolve("pairs.tsv")).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(5, pairs.size());
        for (String line : pairs) {
            String[] f = line.split("\t");
            int i = Integer.parseInt(f[0].substring(3));
            assertEquals(en.resolve("doc" + i + ".txt").toString(), f[1]);
            assertEquals(ru.resolve("x" + (4 - i) + ".txt").toString(), f[2]);
        }
        assertTrue(Files.size(out.resolve("corpus.tmx")) > 0);
        assertTrue(r.err().contains("5 of 5 pairs aligned"), r.err());
        SverkaTest.Run wrong = SverkaTest.run("corpus", "build", "--pair-by", "content", en.toString(), "-o", dir.resolve("o2").toString());
        assertEquals(2, wrong.code(), wrong.err());
    }
}
