package org.sverka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rough edges of the command line a first week of use finds. */
class CommandLineEdgesTest {
    @Test
    void noCommandListsEveryCommand() {
        SverkaTest.Run r = SverkaTest.run();
        assertEquals(2, r.code());
        for (String c : new String[] {"align", "extract", "detect", "review", "corpus", "eval", "lexicon"}) {
            assertTrue(r.err().contains(c), c + " missing from: " + r.err());
        }
    }

    @Test
    void aTimeoutThatIsNotANumberOfSecondsIsAUsageError() {
        for (String t : new String[] {"NaN", "Infinity", "-1", "0"}) {
            SverkaTest.Run r = SverkaTest.run("extract", SverkaTest.story("story.en.txt"), "--timeout", t);
            assertEquals(2, r.code(), t + ": " + r.err());
            assertTrue(r.err().contains("--timeout"), r.err());
        }
    }

    @Test
    void detectReadsStandardInputUpToTheFileSizeLimit() {
        InputStream stdin = System.in;
        try {
            byte[] text = "Переговоры продлились пять часов. ".repeat(100).getBytes(StandardCharsets.UTF_8);
            System.setIn(new ByteArrayInputStream(text));
            SverkaTest.Run r = SverkaTest.run("detect", "-", "--max-file-size", "1K");
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains("standard input has more than 1024 bytes"), r.err());
            System.setIn(new ByteArrayInputStream(text));
            assertEquals(0, SverkaTest.run("detect", "-", "--max-file-size", "10K").code());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void alignSaysHowMuchOfEachSideItPaired(@TempDir Path dir) {
        Path out = dir.resolve("a.tsv");
        SverkaTest.Run r = SverkaTest.run("align", SverkaTest.STORY.getParent().resolve("report/report.en.txt").toString(),
                SverkaTest.story("story.ru.txt"), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*the English renders \\d+% of the Russian \\(\\d+ of \\d+ sentences\\); "
                + "\\d+ of \\d+ English sentences matched.*"), r.err());
        assertTrue(Files.exists(out));
    }

    @Test
    void alignCountsTheFlagsAndNotesOfItsMatchedBeads(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a.tsv");
        SverkaTest.Run r = SverkaTest.run("align", SverkaTest.STORY.getParent().resolve("report/report.en.txt").toString(),
                SverkaTest.story("story.ru.txt"), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        // Count the flags column of the written beads: red flags and grey notes ("note:…"), separated by "; ".
        List<String> lines = Files.readAllLines(out);
        int column = List.of(lines.get(0).split("\t")).indexOf("flags");
        int flags = 0;
        int notes = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            for (String label : cells[column].isEmpty() ? new String[0] : cells[column].split("; ")) {
                if (label.startsWith("note:")) {
                    notes++;
                } else {
                    flags++;
                }
            }
        }
        assertTrue(flags + notes > 0, "the demo report has flagged beads");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("to check: (\\d+) flags? on \\d+ beads?, (\\d+) notes? on \\d+ beads?")
                .matcher(r.err());
        assertTrue(m.find(), r.err());
        assertEquals(flags, Integer.parseInt(m.group(1)), r.err());
        assertEquals(notes, Integer.parseInt(m.group(2)), r.err());
    }
}
