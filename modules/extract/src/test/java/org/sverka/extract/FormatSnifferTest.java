package org.sverka.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {
    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void webPagesUnderHtmlNamesAreRecognised() {
        assertEquals(MediaType.TEXT_HTML, FormatSniffer.sniff(bytes("<!DOCTYPE html><html><body>x"), "a/page.html"));
        assertEquals(MediaType.TEXT_HTML, FormatSniffer.sniff(bytes("\uFEFF  <!-- saved --> <HTML lang=ru>"), "p.HTM"));
        // an HTML name over something else, or HTML under another name, is left to Tika
        assertNull(FormatSniffer.sniff(bytes("Just a note about <html> tags."), "note.html"));
        assertNull(FormatSniffer.sniff(bytes("<!DOCTYPE html><html>"), "page.txt"));
        assertNull(FormatSniffer.sniff(bytes("<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'>"), "p.xhtml"));
    }

    @Test
    void pdfIsRecognisedByItsSignature() {
        assertEquals(MediaType.application("pdf"), FormatSniffer.sniff(bytes("%PDF-1.7\n%âãÏÓ"), "report.bin"));
    }

    @Test
    void plainTextUnderATxtNameIsRecognisedButNotMailRtfOrBinary() {
        assertEquals(MediaType.TEXT_PLAIN, FormatSniffer.sniff(bytes("Переговоры продлились пять часов.\r\n"), "story.ru.txt"));
        assertEquals(MediaType.TEXT_PLAIN, FormatSniffer.sniff(new byte[] {(byte) 0xCF, (byte) 0xE5, (byte) 0xF0, ' '}, "cp1251.txt"));
        assertNull(FormatSniffer.sniff(bytes("From: press@mid.ru\r\nSubject: talks\r\n\r\nText"), "mail.txt"));
        assertNull(FormatSniffer.sniff(bytes("{\\rtf1\\ansi text}"), "doc.txt"));
        assertNull(FormatSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, "utf16.txt"));
        assertNull(FormatSniffer.sniff(new byte[] {'a', 1, 2, 3}, "noise.txt"));
        assertNull(FormatSniffer.sniff(bytes("Plain words"), "notes.md"));
    }
}
