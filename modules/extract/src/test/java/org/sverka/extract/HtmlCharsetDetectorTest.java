package org.sverka.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sverka.core.Document;

/** Web pages decoded as browsers decode them, and the one rule where sverka differs, on real-looking pages. */
class HtmlCharsetDetectorTest {
    static final String STORY_RU = "Министр иностранных дел России Сергей Лавров и госсекретарь США Джон Керри "
            + "встретились в Женеве во вторник. Переговоры продолжались более пяти часов и были посвящены "
            + "прекращению огня в Сирии и гуманитарному доступу к Дейр-эз-Зору и Ракке.";
    static final String STORY_FR = "Le ministre russe des Affaires étrangères et le secrétaire d'État américain se sont "
            + "rencontrés à Genève mardi. Les négociations ont duré plus de cinq heures et ont porté sur un cessez-le-feu.";

    static String page(String head, String headline, String paragraph) {
        return "<!DOCTYPE html>\n<html>\n<head>" + head + "<title>" + headline + "</title></head>\n<body>\n"
                + "<div class=\"menu\"><a href=\"/\">Главная</a> <a href=\"/world\">В мире</a></div>\n<article>\n<h1>"
                + headline + "</h1>\n<p>" + paragraph + "</p>\n<p>" + paragraph.replace("вторник", "среду") + "</p>\n"
                + "</article>\n</body>\n</html>\n";
    }

    static Document extract(byte[] bytes) {
        return ExtractorTest.EXTRACTOR.extract(new ByteArrayInputStream(bytes), "page.html");
    }

    @Test
    void utf8WithoutADeclarationIsUtf8NotLatin1() {
        byte[] bytes = page("", "Лавров и Керри встретились в Женеве", STORY_RU).getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, HtmlCharsetDetector.detect(bytes));
        assertTrue(extract(bytes).text().contains(STORY_RU));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "KOI8-R"})
    void cyrillicCodePageWithoutADeclarationIsDetected(String charset) {
        byte[] bytes = page("", "Лавров и Керри встретились в Женеве", STORY_RU).getBytes(Charset.forName(charset));
        assertEquals(Charset.forName(charset), HtmlCharsetDetector.detect(bytes));
        assertTrue(extract(bytes).text().contains(STORY_RU));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "KOI8-R"})
    void declaredCyrillicCodePageIsUsed(String charset) {
        String head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset.toLowerCase() + "\">";
        byte[] bytes = page(head, "Лавров и Керри встретились в Женеве", STORY_RU).getBytes(Charset.forName(charset));
        assertEquals(Charset.forName(charset), HtmlCharsetDetector.detect(bytes));
        assertTrue(extract(bytes).text().contains(STORY_RU));
    }

    @Test
    void validMultiByteUtf8WinsOverADeclaredSingleByteCharset() {
        String lying = "<meta charset=\"windows-1251\">";
        byte[] bytes = page(lying, "Лавров и Керри встретились в Женеве", STORY_RU).getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, HtmlCharsetDetector.detect(bytes));
        assertTrue(extract(bytes).text().contains(STORY_RU));
    }

    @Test
    void aByteOrderMarkComesFirst() {
        String html = page("<meta charset=\"windows-1251\">", "Лавров", STORY_RU);
        byte[] body = html.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertEquals(StandardCharsets.UTF_16LE, HtmlCharsetDetector.detect(bytes));
        assertTrue(HtmlCharsetDetector.decode(bytes).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void latinAccentsWithoutADeclarationAreNotReadAsCyrillic() {
        byte[] bytes = page("", "Rencontre à Genève", STORY_FR).getBytes(Charset.forName("windows-1252"));
        Charset cs = HtmlCharsetDetector.detect(bytes);
        assertEquals(STORY_FR, new String(STORY_FR.getBytes(Charset.forName("windows-1252")), cs));
        assertTrue(extract(bytes).text().contains(STORY_FR));
    }

    @Test
    void aDeclarationAfterTheFirst1024BytesIsNotSeen() {
        String head = "<!--" + "x".repeat(1100) + "--><meta charset=\"KOI8-R\">";
        byte[] bytes = page(head, "Talks", "The talks ended on Friday.").getBytes(StandardCharsets.US_ASCII);
        assertEquals(null, HtmlCharsetDetector.declared(bytes));
    }
}
