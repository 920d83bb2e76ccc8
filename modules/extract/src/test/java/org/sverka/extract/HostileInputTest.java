package org.sverka.extract;

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
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sverka.core.Document;
import org.sverka.core.InputException;

/** Zip bombs, XML entities, spinning parsers and fuzzed bytes: a clear error or a document, never worse. */
class HostileInputTest {
    static final Extractor EXTRACTOR = ExtractorTest.EXTRACTOR;
    static final Path CASES = Path.of(System.getProperty("sverka.testdata", "../../test-data"), "fuzz", "extract");

    static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    /** A minimal DOCX whose document part is what the test says. */
    static byte[] docx(String documentXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES);
            put(zip, "_rels/.rels", RELS);
            put(zip, "word/document.xml", documentXml);
        }
        return out.toByteArray();
    }

    static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String wordDocument(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body>" + body + "</w:body></w:document>";
    }

    @Test
    void aMinimalDocxReads() throws IOException {
        byte[] ok = docx(wordDocument("<w:p><w:r><w:t>The talks ended on Friday.</w:t></w:r></w:p>"));
        Document d = EXTRACTOR.extract(new ByteArrayInputStream(ok), "ok.docx");
        assertTrue(d.text().contains("The talks ended on Friday."));
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        String huge = "<w:p><w:r><w:t>" + "a ".repeat(40_000_000) + "</w:t></w:r></w:p>";
        byte[] bomb = docx(wordDocument(huge));
        assertTrue(bomb.length < 1_000_000, "the bomb is small: " + bomb.length);
        InputException e = assertThrows(InputException.class, () -> EXTRACTOR.extract(new ByteArrayInputStream(bomb), "bomb.docx"));
        assertTrue(e.getMessage().startsWith("bomb.docx: "), e.getMessage());
    }

    /** A zip of {@code entries} entries of {@code entryBytes} zero bytes each: tiny on disk, large inflated. */
    static byte[] zipOfZeros(int entries, int entryBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[entryBytes];
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".bin"));
                zip.write(zeros);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static final long ONE_MIB = 1024 * 1024;
    /** File limit 1 MiB, so zip containers may expand to 2 MiB. */
    static final Extractor SMALL = Extractor.builder().maxFileBytes(ONE_MIB).build();
    static final String ZIP_BOMB = "corrupt or unsupported document: suspected zip bomb";

    @Test
    void aZipOfZerosIsRefusedAsABombNotReadAsAListOfNames() throws IOException {
        byte[] bomb = zipOfZeros(40, 8 * 1024 * 1024);
        assertTrue(bomb.length < 400_000, "the bomb is small: " + bomb.length);
        InputException e = assertThrows(InputException.class, () -> SMALL.extract(new ByteArrayInputStream(bomb), "bomb.zip"));
        assertEquals("bomb.zip: " + ZIP_BOMB + " (its entries expand past " + 2 * ONE_MIB + " bytes)", e.getMessage());
    }

    @Test
    void theGuardStopsInflatingAtTheCap() throws IOException {
        byte[] bomb = zipOfZeros(40, 8 * 1024 * 1024);
        long cap = 3 * ONE_MIB + 17;
        InputException e = assertThrows(InputException.class, () -> ZipBombGuard.check(bomb, cap, "bomb.zip"));
        assertTrue(e.getMessage().endsWith("past " + cap + " bytes)"), e.getMessage());
        byte[] fine = zipOfZeros(3, 1024 * 1024);
        assertEquals(3 * ONE_MIB, ZipBombGuard.check(fine, cap, "fine.zip"), "every byte of every entry is counted");
    }

    @Test
    void aDocxThatExpandsPastTheCapIsRefusedBeforeParsing() throws IOException {
        byte[] bomb = docx(wordDocument("<w:p><w:r><w:t>" + "a ".repeat(2_000_000) + "</w:t></w:r></w:p>"));
        assertTrue(bomb.length < ONE_MIB / 10, "the bomb is small: " + bomb.length);
        InputException e = assertThrows(InputException.class, () -> SMALL.extract(new ByteArrayInputStream(bomb), "bomb.docx"));
        assertTrue(e.getMessage().startsWith("bomb.docx: " + ZIP_BOMB), e.getMessage());
    }

    @Test
    void aBombInsideAZipIsCountedToo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(0);
            zip.putNextEntry(new ZipEntry("inner.zip"));
            zip.write(zipOfZeros(4, 1024 * 1024));
            zip.closeEntry();
        }
        byte[] nested = out.toByteArray();
        assertTrue(nested.length < 2 * ONE_MIB, "the outer zip alone is within the cap: " + nested.length);
        InputException e = assertThrows(InputException.class, () -> SMALL.extract(new ByteArrayInputStream(nested), "nested.zip"));
        assertTrue(e.getMessage().startsWith("nested.zip: " + ZIP_BOMB), e.getMessage());
    }

    @Test
    void aDocxWithinTheCapStillReads() throws IOException {
        byte[] ok = docx(wordDocument("<w:p><w:r><w:t>The talks ended on Friday.</w:t></w:r></w:p>"));
        assertTrue(SMALL.extract(new ByteArrayInputStream(ok), "ok.docx").text().contains("The talks ended on Friday."));
    }

    @Test
    void attachmentsOfAnEmailAreListedNotParsed() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            put(zip, "inside.txt", "A sentence hidden inside the zip.");
        }
        java.util.Base64.Encoder base64 = java.util.Base64.getMimeEncoder();
        String eml = "From: a@example.org\r\nSubject: Talks\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n"
                + "--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe talks ended on Friday.\r\n\r\nBoth sides will meet again.\r\n"
                + "--m\r\nContent-Type: application/zip; name=\"report.zip\"\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"report.zip\"\r\n\r\n"
                + base64.encodeToString(zipped.toByteArray()) + "\r\n"
                + "--m\r\nContent-Type: text/plain; charset=utf-8; name=\"notes.txt\"\r\n"
                + "Content-Disposition: attachment; filename=\"notes.txt\"\r\n\r\nA sentence of the attached notes.\r\n"
                + "--m--\r\n";
        Document d = EXTRACTOR.extract(new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)), "m.eml");
        assertEquals(java.util.List.of("The talks ended on Friday.", "Both sides will meet again."), ExtractorTest.texts(d));
        java.util.List<org.sverka.core.DroppedBlock> attachments = d.dropped().stream()
                .filter(b -> b.reason().equals("attachment")).toList();
        assertEquals(java.util.List.of("report.zip (application/zip)", "notes.txt (text/plain)"),
                attachments.stream().map(org.sverka.core.DroppedBlock::text).toList());
    }

    @Test
    void externalEntitiesInADocxAreNotRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + wordDocument("<w:p><w:r><w:t>before &x; after</w:t></w:r></w:p>").substring(38);
        try {
            Document d = EXTRACTOR.extract(new ByteArrayInputStream(docx(xxe)), "xxe.docx");
            assertFalse(d.text().contains("TOP SECRET"), d.text());
        } catch (InputException refused) {
            assertFalse(refused.getMessage().contains("TOP SECRET"));
        }
    }

    @Test
    void entityExpansionInHtmlDoesNotBlowUp() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE html [<!ENTITY a \"lol\">");
        for (char c = 'b'; c <= 'j'; c++) {
            dtd.append("<!ENTITY ").append(c).append(" \"").append(("&" + (char) (c - 1) + ";").repeat(10)).append("\">");
        }
        String html = dtd + "]><html><body><p>Laughs: &j;</p><p>The talks ended on Friday.</p></body></html>";
        try {
            Document d = EXTRACTOR.extract(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "laughs.html");
            assertTrue(d.text().length() < 100_000, "entities were not expanded: " + d.text().length());
        } catch (InputException refused) {
            assertTrue(refused.getMessage().startsWith("laughs.html: "));
        }
    }

    @Test
    void aPageNestedTenThousandsDeepIsReadNotSpunOn() {
        String html = "<html><body>" + "<div>".repeat(50_000) + "<p>The talks ended on Friday in Geneva.</p></body></html>";
        Document d = EXTRACTOR.extract(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "deep.html");
        assertTrue(d.text().contains("The talks ended on Friday in Geneva."), d.text());
    }

    @Test
    void aParserThatTakesTooLongIsGivenUp() {
        Extractor impatient = Extractor.builder().timeout(Duration.ofMillis(1)).build();
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(ExtractorTest.STORY.resolve("story.ru.pdf"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        InputException e = assertThrows(InputException.class, () -> impatient.extract(new ByteArrayInputStream(pdf), "slow.pdf"));
        assertTrue(e.getMessage().startsWith("slow.pdf: parsing took longer than the limit of 0.001 s"), e.getMessage());
    }

    /** Any bytes under any of these names: a document or an InputException, nothing else. */
    static void extractAnything(byte[] bytes, String name) {
        try {
            EXTRACTOR.extract(new ByteArrayInputStream(bytes), name);
        } catch (InputException expected) {
            // a clear refusal is a right answer
        }
    }

    @FuzzTest(maxDuration = "60s")
    void fuzz(FuzzedDataProvider data) {
        String name = data.pickValue(new String[] {"x.html", "x.rtf", "x.txt"});
        extractAnything(data.consumeRemainingAsBytes(), name);
    }

    @Test
    void mutatedInputs() throws IOException {
        Random rnd = new Random(11);
        for (String seedFile : new String[] {"page.ru.html", "story.en.rtf", "story.ru.cp1251.txt"}) {
            byte[] seed = Files.readAllBytes(ExtractorTest.STORY.resolve(seedFile));
            String ext = seedFile.substring(seedFile.lastIndexOf('.'));
            for (int i = 0; i < 60; i++) {
                byte[] b = java.util.Arrays.copyOf(seed, 1 + rnd.nextInt(seed.length));
                for (int k = 1 + rnd.nextInt(10); k > 0; k--) {
                    b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                }
                extractAnything(b, "mutated" + ext);
            }
        }
    }

    static Stream<Path> regressionCases() throws IOException {
        return Files.isDirectory(CASES) ? Files.list(CASES).filter(Files::isRegularFile).sorted() : Stream.empty();
    }

    @ParameterizedTest
    @MethodSource("regressionCases")
    void regressionCase(Path input) throws IOException {
        extractAnything(Files.readAllBytes(input), input.getFileName().toString());
    }
}
