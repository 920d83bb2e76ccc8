package org.sverka.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sverka.align.AlignMode;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.InputException;
import org.sverka.core.SegmentedDocument;

/** The front door, used only through its own API, and the README's example run as a program. */
class FrontDoorTest {
    static final Path ROOT = Path.of(System.getProperty("sverka.testdata", "../../test-data")).toAbsolutePath().normalize().getParent();

    /** English sentence number to Russian sentence number, 1-based, from test-data/report/report.gold. */
    private static List<int[]> gold() throws IOException {
        List<int[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("test-data/report/report.gold"))) {
            String[] f = line.split("\t", -1);
            if (f.length > 1 && !f[1].isBlank()) {
                out.add(new int[] {Integer.parseInt(f[0].strip()), Integer.parseInt(f[1].strip())});
            }
        }
        return out;
    }

    @Test
    void theReadmeExamplePrintsTheGoldPairs() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReadmeExample.class.getName())
                .directory(ROOT.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        Sverka sverka = Sverka.aligner().build();
        SegmentedDocument en = sverka.pipeline().read(ROOT.resolve("test-data/report/report.en.txt"));
        SegmentedDocument ru = sverka.pipeline().read(ROOT.resolve("test-data/story/story.ru.txt"));
        StringBuilder expected = new StringBuilder();
        for (int[] link : gold()) {
            expected.append(en.text(link[0] - 1)).append(" = ").append(ru.text(link[1] - 1)).append(System.lineSeparator());
        }
        assertEquals(expected.toString(), printed);
    }

    @Test
    void theReadmeShowsExactlyTheExampleThatRuns() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int section = readme.indexOf("## Use it from Java");
        assertTrue(section >= 0, "the README has no 'Use it from Java' section");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String block = readme.substring(start, readme.indexOf("```", start));
        String program = Files.readString(ROOT.resolve("modules/pipeline/src/test/java/org/sverka/pipeline/ReadmeExample.java"));
        List<String> lines = block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(3, lines.size(), block);
        for (String line : lines) {
            assertTrue(program.contains(line), "README line not in ReadmeExample: " + line);
        }
    }

    @Test
    void textsAlignInEitherOrder() {
        Sverka sverka = Sverka.aligner().mode("parallel").build();
        Alignment a = sverka.align("Переговоры в Женеве продлились пять часов. Министр вылетел в Москву.",
                "The talks in Geneva lasted five hours. The minister flew to Moscow.");
        assertEquals("en", a.english().language().language());
        List<String> pairs = a.beads().stream().filter(Bead::isMatch).map(b -> a.englishText(b) + " = " + a.russianText(b)).toList();
        assertEquals(List.of("The talks in Geneva lasted five hours. = Переговоры в Женеве продлились пять часов.",
                "The minister flew to Moscow. = Министр вылетел в Москву."), pairs);
    }

    @Test
    void extractAndDetectGiveTheDocumentsLanguage() {
        Sverka sverka = Sverka.aligner().build();
        assertEquals("ru", sverka.detect("Переговоры продлились пять часов, сообщил источник.").language());
        assertEquals("ru", sverka.extract(ROOT.resolve("test-data/story/story.ru.txt")).language().language());
        assertEquals("en", sverka.extract(ROOT.resolve("test-data/report/report.en.txt")).language().language());
    }

    @Test
    void anUnknownModeNamesTheModes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sverka.aligner().mode("fast"));
        assertEquals("unknown --mode 'fast': use " + Sverka.modes(), e.getMessage());
        assertEquals("report", Sverka.aligner().mode(AlignMode.REPORT).build().mode());
    }

    @Test
    void twoEnglishTextsAreRefused() {
        Sverka sverka = Sverka.aligner().build();
        InputException e = assertThrows(InputException.class, () -> sverka.align("The talks lasted five hours in Geneva.",
                "The minister flew to Moscow on Tuesday evening."));
        assertTrue(e.getMessage().contains("both documents are in English"), e.getMessage());
    }
}
