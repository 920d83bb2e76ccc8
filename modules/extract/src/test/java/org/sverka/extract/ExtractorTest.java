package org.sverka.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sverka.core.Block;
import org.sverka.core.BlockKind;
import org.sverka.core.Document;
import org.sverka.core.InputException;

class ExtractorTest {
    static final Path STORY = Path.of(System.getProperty("sverka.testdata", "../../test-data"), "story");
    static final Path STRUCTURE = STORY.resolveSibling("structure");
    static final Extractor EXTRACTOR = Extractor.builder().build();

    /** The paragraphs of the story source: headline, dateline, body paragraphs. */
    static List<String> paragraphs(String lang, boolean eightBit) throws IOException {
        String text = Files.readString(STORY.resolve("story." + lang + ".txt"));
        if (eightBit) {
            text = text.replaceAll("[«»]", "\"").replace('—', '-');
        }
        return Arrays.stream(text.split("\n\n")).map(p -> p.replace('\n', ' ').strip()).toList();
    }

    static List<String> texts(Document d) {
        return d.blocks().stream().map(Block::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page.en.html", "story.en.pdf", "story.en.docx", "story.en.doc", "story.en.odt",
        "story.en.rtf", "story.en.eml", "story.en.txt", "story.en.utf16.txt",
        "page.ru.html", "story.ru.pdf", "story.ru.docx", "story.ru.doc", "story.ru.odt",
        "story.ru.rtf", "story.ru.eml", "story.ru.txt", "story.ru.utf16.txt",
        "story.ru.cp1251.txt", "story.ru.koi8r.txt", "story.ru.ibm866.txt"})
    void everyFormatGivesTheStoryParagraphs(String file) throws IOException {
        String lang = file.contains(".ru.") ? "ru" : "en";
        boolean eightBit = file.matches(".*\\.(cp1251|koi8r|ibm866)\\.txt");
        Document doc = EXTRACTOR.extract(STORY.resolve(file));
        assertEquals(paragraphs(lang, eightBit), texts(doc), file);
    }

    @Test
    void headlinesAreHeadingsInStructuredFormats() {
        for (String f : List.of("page.ru.html", "story.ru.docx", "story.ru.odt")) {
            assertEquals(BlockKind.HEADING, EXTRACTOR.extract(STORY.resolve(f)).blocks().get(0).kind(), f);
        }
    }

    @Test
    void boilerplateOfTheWebPageIsDropped() {
        String text = EXTRACTOR.extract(STORY.resolve("page.en.html")).text();
        for (String chrome : List.of("cookie", "Subscribe", "Back to top", "Share on", "Politics", "Oil prices",
                "All rights reserved", "analytics", "World news")) {
            assertFalse(text.contains(chrome), chrome);
        }
    }

    @Test
    void pageWithoutArticleMarkupStillLosesItsChrome() {
        String html = "<html><body><div class='menu'><a href='/'>Home</a> <a href='/w'>World</a></div>"
                + "<h1>Talks end</h1><p>The talks ended on Friday. Both sides were pleased.</p>"
                + "<p><a href='#'>Back to top</a></p><div id='footer'>Contact us</div>"
                + "<p>Subscribe to our newsletter</p></body></html>";
        Document doc = EXTRACTOR.extract(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "x.html");
        assertEquals(List.of("Talks end", "The talks ended on Friday. Both sides were pleased."), texts(doc));
    }

    @Test
    void listItemsAndTableCellsAreBlocksOfTheirOwn() {
        Document doc = EXTRACTOR.extract(STRUCTURE.resolve("structure.html"));
        assertEquals(List.of("Agenda of the talks", "The ministers agreed on three points", "a ceasefire in the north",
                "humanitarian convoys", "an exchange of prisoners", "City", "Population", "Raqqa", "220,000"), texts(doc));
        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM, BlockKind.TABLE_CELL, BlockKind.TABLE_CELL, BlockKind.TABLE_CELL,
                BlockKind.TABLE_CELL), doc.blocks().stream().map(Block::kind).toList());
    }

    @Test
    void blockOffsetsPointIntoTheText() {
        Document doc = EXTRACTOR.extract(STORY.resolve("story.ru.docx"));
        for (Block b : doc.blocks()) {
            assertEquals(b.text(), doc.text().substring(b.start(), b.end()));
        }
    }

    @Test
    void everyAlternativeOfAnEmailIsRead() {
        String eml = "From: a@example.org\r\nSubject: Talks\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nShared paragraph.\r\n\r\nOnly in the text part.\r\n"
                + "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Shared paragraph.</p><p>Only in the HTML part.</p>\r\n"
                + "--b--\r\n";
        Document doc = EXTRACTOR.extract(new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)), "m.eml");
        assertEquals(List.of("Shared paragraph.", "Only in the text part.", "Only in the HTML part."), texts(doc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "KOI8-R", "IBM866"})
    void shortCyrillicTextInAnyCodePageIsDecoded(String charset) {
        String text = "Лавров прибыл в Женеву.";
        byte[] bytes = text.getBytes(Charset.forName(charset));
        Document doc = EXTRACTOR.extract(new ByteArrayInputStream(bytes), "short.txt");
        assertEquals(text, doc.text());
    }

    @Test
    void plainTextWithoutBlankLinesHasABlockPerLine() {
        byte[] bytes = "Talks end in Geneva\nThe talks ended on Friday.\n".getBytes(StandardCharsets.UTF_8);
        Document doc = EXTRACTOR.extract(new ByteArrayInputStream(bytes), "lines.txt");
        assertEquals(List.of("Talks end in Geneva", "The talks ended on Friday."), texts(doc));
    }

    @Test
    void missingFileIsNamed() {
        InputException e = assertThrows(InputException.class, () -> EXTRACTOR.extract(Path.of("no/such.pdf")));
        assertEquals("no/such.pdf: no such file", e.getMessage());
    }

    @Test
    void directoryIsRefused(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> EXTRACTOR.extract(dir));
        assertTrue(e.getMessage().endsWith("is a directory, not a file"), e.getMessage());
    }

    @Test
    void emptyFileIsRefused(@TempDir Path dir) throws IOException {
        Path f = Files.createFile(dir.resolve("empty.txt"));
        assertEquals(f + ": the file is empty", assertThrows(InputException.class, () -> EXTRACTOR.extract(f)).getMessage());
    }

    @Test
    void namedPipeIsRefusedUnread(@TempDir Path dir) throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe.txt");
        int made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
        } catch (IOException noMkfifo) {
            made = -1;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made == 0 && Files.exists(fifo), "mkfifo is not available");
        InputException e = assertThrows(InputException.class, () -> EXTRACTOR.extract(fifo));
        assertEquals(fifo + ": not a regular file (a named pipe)", e.getMessage());
    }

    @Test
    void deviceIsRefusedUnread() {
        Path device = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device), "no /dev/null here");
        InputException e = assertThrows(InputException.class, () -> EXTRACTOR.extract(device));
        assertEquals("/dev/null: not a regular file (a device)", e.getMessage());
    }

    @Test
    void unreadableFileIsNamedSo(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("locked.txt"), "The talks ended on Friday.");
        try {
            Files.setPosixFilePermissions(f, java.util.Set.of());
        } catch (UnsupportedOperationException noPosix) {
            org.junit.jupiter.api.Assumptions.abort("no POSIX permissions on this file system");
        }
        // root reads anything: then only the mapping below is tested
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(f), "running as root: permissions do not bind");
        InputException e = assertThrows(InputException.class, () -> EXTRACTOR.extract(f));
        assertEquals(f + ": cannot be read: permission denied", e.getMessage());
    }

    @Test
    void readFailuresSayWhy() {
        assertEquals("cannot be read: permission denied",
                Extractor.readFailure(new java.nio.file.AccessDeniedException("/home/a/locked.txt")));
        assertEquals("cannot be read: Input/output error", Extractor.readFailure(new IOException("Input/output error")));
    }

    @Test
    void binaryFileIsRefused(@TempDir Path dir) throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        for (String name : List.of("noise.bin", "noise.txt")) {
            Path f = Files.write(dir.resolve(name), noise);
            InputException e = assertThrows(InputException.class, () -> EXTRACTOR.extract(f));
            assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
        }
    }

    @Test
    void corruptPdfIsRefused(@TempDir Path dir) throws IOException {
        byte[] pdf = Files.readAllBytes(STORY.resolve("story.en.pdf"));
        Path f = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(pdf, 600));
        InputException e = assertThrows(InputException.class, () -> EXTRACTOR.extract(f));
        assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
    }

    @Test
    void passwordProtectedPdfIsNamedSo(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("locked.pdf");
        try (PDDocument pdf = Loader.loadPDF(STORY.resolve("story.en.pdf").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(f.toFile());
        }
        InputException e = assertThrows(InputException.class, () -> EXTRACTOR.extract(f));
        assertEquals(f + ": the document is password-protected", e.getMessage());
    }

    @Test
    void textOverTheLimitIsRefused() {
        Extractor small = Extractor.builder().maxTextChars(100).build();
        InputException e = assertThrows(InputException.class, () -> small.extract(STORY.resolve("story.en.txt")));
        assertTrue(e.getMessage().contains("over the limit of 100 characters"), e.getMessage());
    }

    @Test
    void fileOverTheSizeLimitIsRefused() {
        Extractor small = Extractor.builder().maxFileBytes(100).build();
        InputException e = assertThrows(InputException.class, () -> small.extract(STORY.resolve("story.en.txt")));
        assertTrue(e.getMessage().contains("over the limit of 100"), e.getMessage());
    }
}
