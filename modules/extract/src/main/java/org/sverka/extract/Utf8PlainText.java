package org.sverka.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Reads a plain text file that is valid UTF-8 without Tika: the text goes to the content handler
 * as the one paragraph Tika's text parser makes of it, so the blocks are the same, but without
 * Tika's metadata, its encoding detectors and their start-up (about a tenth of a second of a
 * {@code detect} run, JFR profile, 2026-11-30). A file that is not valid UTF-8 throughout is left
 * to Tika and the Cyrillic code-page guard. As in Tika, a character XML 1.0 does not allow (a control
 * character other than tab, line feed and carriage return, U+FFFE, U+FFFF) becomes U+FFFD, so that
 * every export stays valid XML and the junk check counts it.
 * <pre>{@code
 * if (Utf8PlainText.read(bytes, handler)) { ... } else { ... Tika's TXTParser ... }
 * }</pre>
 */
final class Utf8PlainText {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final int CHUNK = 4096;

    private Utf8PlainText() {
    }

    /**
     * @param bytes   the whole file
     * @param handler where the text goes, as one {@code p} element
     * @return false, with nothing sent, when the bytes are not valid UTF-8
     * @throws SAXException when the handler refuses the text (for example over the text limit)
     */
    static boolean read(byte[] bytes, ContentHandler handler) throws SAXException {
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return false;
        }
        char[] chars = new char[text.remaining()];
        text.get(chars);
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                chars[i] = '\uFFFD';
            }
        }
        int from = chars.length > 0 && chars[0] == '\uFEFF' ? 1 : 0;   // a byte-order mark is not text
        handler.startDocument();
        handler.startElement(XHTML, "p", "p", new AttributesImpl());
        for (int i = from; i < chars.length; i += CHUNK) {
            handler.characters(chars, i, Math.min(CHUNK, chars.length - i));
        }
        handler.endElement(XHTML, "p", "p");
        handler.endDocument();
        return true;
    }
}
