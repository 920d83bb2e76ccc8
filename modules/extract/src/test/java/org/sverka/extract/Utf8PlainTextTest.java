package org.sverka.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.Document;
import org.sverka.core.InputException;

/**
 * Plain text in UTF-8 read without Tika gives the document Tika's text parser gives: the same file
 * under a name the sniffer does not take for plain text ({@code .text}) goes through Tika's detection
 * and its text parser, and the two documents must be equal but for their source.
 */
class Utf8PlainTextTest {
    private static final Extractor EXTRACTOR = Extractor.builder().build();

    private static Document sourceless(Document d) {
        return new Document("", d.text(), d.blocks(), d.info(), d.dropped(), d.notes());
    }

    private static void assertSameAsTika(Path txt, Path dir) throws IOException {
        Path viaTika = Files.copy(txt, dir.resolve(txt.getFileName() + ".text"));
        Document fast = EXTRACTOR.extract(txt);
        Document tika = EXTRACTOR.extract(viaTika);
        assertEquals(sourceless(tika), sourceless(fast), txt.toString());
    }

    @Test
    void everyUtf8TextOfTheTestDataReadsAsTikaReadsIt(@TempDir Path dir) throws Exception {
        Path root = ExtractorTest.STORY.getParent();
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".txt")).forEach(texts::add);
        }
        int utf8 = 0;
        for (Path txt : texts) {
            byte[] bytes = Files.readAllBytes(txt);
            if (bytes.length == 0 || !Utf8PlainText.read(bytes, new BlockCollector(BlockCollector.LineBreaks.PLAIN_TEXT))) {
                continue;
            }
            utf8++;
            Path copy = dir.resolve(utf8 + "-" + txt.getFileName());
            Files.write(copy, bytes);
            try {
                assertSameAsTika(copy, dir);
            } catch (InputException e) {
                assertEquals(e.getMessage().replace(copy.toString(), ""),
                        assertThrows(InputException.class, () -> EXTRACTOR.extract(Files.copy(copy, dir.resolve(copy.getFileName() + ".text"))))
                                .getMessage().replace(copy + ".text", ""), txt.toString());
            }
        }
        assertTrue(utf8 >= 15, "UTF-8 texts compared: " + utf8);
    }

    @Test
    void byteOrderMarksLineEndsAndParagraphsReadAsTikaReadsThem(@TempDir Path dir) throws IOException {
        String[] texts = {
            "\uFEFFМОСКВА, 24 мая. /ТАСС/. Лавров и Керри обсудили ситуацию в Сирии.\n\nЭто заявил Лавров.\n",
            "First line.\r\nSecond line.\r\n\r\nA new paragraph\r\nwrapped over two lines.\r\n",
            "One line a sentence.\nAnother line.\nA third, with no blank line anywhere.",
            "  Leading spaces\t and tabs.  \n\n\n\n  Many blank lines between.  \n",
            "Non-breaking\u00A0space, dashes — and «quotes» in one paragraph.\f\nAfter a form feed."};
        for (int i = 0; i < texts.length; i++) {
            assertSameAsTika(Files.writeString(dir.resolve("t" + i + ".txt"), texts[i], StandardCharsets.UTF_8), dir);
        }
    }

    @Test
    void textThatIsNotUtf8IsLeftToTikaAndItsCodePageGuard(@TempDir Path dir) throws Exception {
        String russian = "Лавров и Керри обсудили по телефону ситуацию в Сирии.";
        byte[] cp1251 = russian.getBytes(Charset.forName("windows-1251"));
        assertFalse(Utf8PlainText.read(cp1251, new BlockCollector(BlockCollector.LineBreaks.PLAIN_TEXT)));
        Document d = EXTRACTOR.extract(Files.write(dir.resolve("cp1251.txt"), cp1251));
        assertEquals(russian, d.text());
    }

    @Test
    void theTextLimitHoldsOnTheFastPath(@TempDir Path dir) throws IOException {
        Path big = Files.writeString(dir.resolve("big.txt"), "Слово. ".repeat(2000));
        Extractor small = Extractor.builder().maxTextChars(1000).build();
        InputException e = assertThrows(InputException.class, () -> small.extract(big));
        assertTrue(e.getMessage().contains("over the limit of 1000 characters"), e.getMessage());
    }
}
