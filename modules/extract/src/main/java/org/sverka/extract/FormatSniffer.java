package org.sverka.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.tika.mime.MediaType;

/**
 * Recognises, from a file's first bytes and its name, the formats that need no full detection, so
 * that they go straight to their parser: a web page that opens as one ({@code <!DOCTYPE html} or
 * {@code <html}, after a byte-order mark, white space and comments) under an HTML name, a PDF by
 * its {@code %PDF-} signature, and plain text under a {@code .txt} name whose head has no control
 * bytes (so not UTF-16, not binary) and does not open like a mail message, a web page, RTF or a
 * known binary container. Anything else is left to Tika's detection.
 * <pre>{@code
 * FormatSniffer.sniff("<!doctype html><html>…".getBytes(UTF_8), "page.html");   // text/html
 * FormatSniffer.sniff(bytes, "scan.bin");                                        // null: ask Tika
 * }</pre>
 */
final class FormatSniffer {
    /** Bytes of the head that are looked at. */
    static final int HEAD = 8192;
    private static final MediaType PDF = MediaType.application("pdf");

    private FormatSniffer() {
    }

    /**
     * @param head     the file's first bytes (up to {@link #HEAD})
     * @param fileName its name or path
     * @return its type when the head and the name leave no doubt, else null
     */
    static MediaType sniff(byte[] head, String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (startsWith(head, "%PDF-")) {
            return PDF;
        }
        String ext = name.lastIndexOf('.') > name.lastIndexOf('/') ? name.substring(name.lastIndexOf('.') + 1) : "";
        String start = opening(head);
        if ((ext.equals("html") || ext.equals("htm")) && (start.startsWith("<!doctype html") || start.startsWith("<html"))) {
            return MediaType.TEXT_HTML;
        }
        if (ext.equals("txt") && isPlainText(head) && !start.startsWith("<") && !start.startsWith("{\\rtf")
                && !looksLikeMail(start)) {
            return MediaType.TEXT_PLAIN;
        }
        return null;
    }

    /** The head as Latin-1, lower-cased, after a UTF-8 byte-order mark, white space and HTML comments. */
    private static String opening(byte[] head) {
        int from = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        String s = new String(head, from, Math.min(head.length - from, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int i = 0;
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                if (end < 0) {
                    return "";
                }
                i = end + 3;
            } else {
                return s.substring(i);
            }
        }
    }

    /** No NUL or other control bytes but tab, line feed, form feed and carriage return. */
    private static boolean isPlainText(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                return false;
            }
        }
        return head.length > 0 && !(startsWith(head, "\u00FF\u00FE") || startsWith(head, "\u00FE\u00FF"));
    }

    private static boolean looksLikeMail(String start) {
        int colon = start.indexOf(':');
        int space = start.indexOf(' ');
        // "From: …", "Received: …", "MIME-Version: 1.0": a header name, then a colon, on the first line
        return start.startsWith("from ") || colon > 0 && (space < 0 || colon < space)
                && start.substring(0, colon).matches("[a-z][a-z0-9-]*");
    }

    private static boolean startsWith(byte[] head, String prefix) {
        if (head.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((head[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
