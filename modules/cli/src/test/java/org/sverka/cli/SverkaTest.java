package org.sverka.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, one-line errors, no output left behind on failure. */
class SverkaTest {
    static final Path STORY = PipelineTest.STORY;

    record Run(int code, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SverkaCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    public static String story(String name) {
        return STORY.resolve(name).toString();
    }

    @Test
    void alignWritesATsvWithEveryBead(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("a.tsv");
        Run r = run("align", story("page.en.html"), story("story.ru.docx"), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("en\tru\tscore\tkind\tflags", lines.get(0));
        assertEquals(10, lines.size());
        assertTrue(lines.get(2).startsWith("Geneva, September 16.\tЖенева, 16 сентября.\t"), lines.get(2));
    }

    @Test
    void alignAcceptsTheSidesInEitherOrder(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.tsv");
        Path b = dir.resolve("b.tsv");
        assertEquals(0, run("align", story("story.en.odt"), story("story.ru.rtf"), "-o", a.toString()).code());
        assertEquals(0, run("align", story("story.ru.rtf"), story("story.en.odt"), "-o", b.toString()).code());
        assertEquals(Files.readString(a), Files.readString(b));
    }

    @Test
    void missingInputIsOneLineExitOneAndNoOutput(@TempDir Path dir) {
        Path out = dir.resolve("a.tsv");
        Run r = run("align", story("missing.en.txt"), story("story.ru.txt"), "-o", out.toString());
        assertEquals(1, r.code());
        assertEquals("sverka: " + story("missing.en.txt") + ": no such file", r.err().strip());
        assertFalse(Files.exists(out));
        assertTrue(listing(dir).isEmpty(), "no temporary file is left");
    }

    @Test
    void failureKeepsAnEarlierGoodOutput(@TempDir Path dir) throws IOException {
        Path out = Files.writeString(dir.resolve("a.tsv"), "earlier result\n");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Run r = run("align", empty.toString(), story("story.ru.txt"), "-o", out.toString());
        assertEquals(1, r.code());
        assertEquals("sverka: " + empty + ": the file is empty", r.err().strip());
        assertEquals("earlier result\n", Files.readString(out));
    }

    @Test
    void sameLanguageIsRefused(@TempDir Path dir) {
        Run r = run("align", story("story.ru.txt"), story("story.ru.pdf"), "-o", dir.resolve("a.tsv").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count());
        assertTrue(r.err().contains("both documents are in Russian"), r.err());
    }

    @Test
    void unwritableOutputIsNamed(@TempDir Path dir) {
        Path out = dir.resolve("no/such/dir/a.tsv");
        Run r = run("align", story("story.en.txt"), story("story.ru.txt"), "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("sverka: " + out + ": cannot write"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("align", story("story.en.txt")).code());
        assertEquals(2, run("align", story("story.en.txt"), story("story.ru.txt"), "-o", "x.tsv", "--format", "pdf").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run().code());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("align", "extract", "detect")) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: sverka " + cmd), r.out());
        }
    }

    @Test
    void theLauncherTurnsPicocliProbesOffUnlessTheUserSetThem() {
        String closures = System.getProperty("picocli.disable.closures");
        String jansi = System.getProperty("org.fusesource.jansi.Ansi.disable");
        try {
            System.clearProperty("picocli.disable.closures");
            System.setProperty("org.fusesource.jansi.Ansi.disable", "false");
            SverkaCli.skipOptionalLibraryProbes();
            assertEquals("true", System.getProperty("picocli.disable.closures"));
            assertEquals("false", System.getProperty("org.fusesource.jansi.Ansi.disable"), "the user's own setting stays");
        } finally {
            restore("picocli.disable.closures", closures);
            restore("org.fusesource.jansi.Ansi.disable", jansi);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    @Test
    void aCommandLineNamingACommandBuildsThatCommandAlone() {
        assertEquals(List.of("detect"), List.copyOf(SverkaCli.commandLine("detect", "x.txt").getSubcommands().keySet()));
        assertEquals(List.of("eval"), List.copyOf(SverkaCli.commandLine("eval", "speed").getSubcommands().keySet()));
        List<String> all = List.of("align", "extract", "detect", "review", "corpus", "index", "find", "eval", "lexicon", "help");
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "align"}, new String[] {"algn"})) {
            assertEquals(all, List.copyOf(SverkaCli.commandLine(args).getSubcommands().keySet()), String.join(" ", args));
        }
        Run help = run("--help");
        assertEquals(0, help.code());
        for (String cmd : all) {
            assertTrue(help.out().contains("\n  " + cmd + " "), cmd + " in\n" + help.out());
        }
        assertEquals(List.of(), List.copyOf(SverkaCli.commandLine("--version").getSubcommands().keySet()));
        assertEquals("sverka 0.1.0", run("--version").out().strip());
        Run sub = run("help", "detect");
        assertEquals(0, sub.code());
        assertTrue(sub.out().contains("Usage: sverka detect"), sub.out());
    }

    @Test
    void extractShowsBlocksSentencesAndLanguages() throws IOException {
        Run r = run("extract", story("story.ru.pdf"), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("ru", json.get("language").asText());
        assertEquals(6, json.get("blocks").size());
        JsonNode first = json.get("blocks").get(2).get("sentences").get(0);
        assertEquals("Министр иностранных дел России С.В. Лавров и госсекретарь США Джон Керри провели во вторник"
                + " в Женеве переговоры, которые длились более пяти часов.", first.get("text").asText());
        Run text = run("extract", story("story.en.txt"));
        assertTrue(text.out().contains("9\tNeither side disclosed the details of the final document."), text.out());
    }

    @Test
    void extractLabelsAQuotedRussianPhrase(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("q.txt"), "Lavrov called the proposal «абсолютно неприемлемым» and left.");
        Run r = run("extract", f.toString());
        assertTrue(r.out().contains("ru: «абсолютно неприемлемым»"), r.out());
    }

    @Test
    void detectTellsTheLanguage() {
        Run r = run("detect", story("story.ru.koi8r.txt"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(story("story.ru.koi8r.txt") + "\tru\t"), r.out());
    }

    @Test
    void detectReadsStandardInput() {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Переговоры продлились пять часов.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Run r = run("detect", "-");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("-\tru\t"), r.out());
            System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
            Run empty = run("detect", "-");
            assertEquals(1, empty.code());
            assertEquals("sverka: -: standard input is empty", empty.err().strip());
        } finally {
            System.setIn(stdin);
        }
    }

    private static List<Path> listing(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
