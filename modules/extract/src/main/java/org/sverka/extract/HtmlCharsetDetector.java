package org.sverka.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the character encoding of a web page's bytes the way browsers do, in this order:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);</li>
 *   <li>a charset declared in a {@code <meta charset>} or {@code <meta http-equiv="Content-Type">}
 *       within the first 1024 bytes (the spirit of the WHATWG prescan); one rule differs from
 *       browsers: <b>bytes that are valid UTF-8 and contain multi-byte sequences are read as UTF-8
 *       even when the page declares a single-byte charset</b> (windows-1251, KOI8-R, ISO-8859-1...):
 *       a lying declaration is a common CMS error, while text in a single-byte code page that
 *       happens to be valid multi-byte UTF-8 practically never occurs;</li>
 *   <li>with no declaration: bytes that are valid UTF-8 are UTF-8 (not Latin-1, as the
 *       old default was);</li>
 *   <li>otherwise ICU's statistical {@link CharsetDetector}, its answer among Cyrillic code pages
 *       checked by {@link CyrillicCharsetGuard#score(String)}.</li>
 * </ol>
 * <pre>{@code
 * Charset cs = HtmlCharsetDetector.detect(Files.readAllBytes(page));
 * String html = HtmlCharsetDetector.decode(bytes);   // detect and decode, BOM removed
 * }</pre>
 */
public final class HtmlCharsetDetector {
    private static final int PRESCAN = 1024;
    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]*?(?:charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+))", Pattern.CASE_INSENSITIVE);
    private static final String[] CYRILLIC = {"windows-1251", "KOI8-R", "IBM866", "ISO-8859-5", "x-mac-cyrillic"};

    private HtmlCharsetDetector() {
    }

    /**
     * @param bytes the page as fetched or stored
     * @return the charset to decode it with; never null
     */
    public static Charset detect(byte[] bytes) {
        Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        Charset declared = declared(bytes);
        boolean utf8 = isValidUtf8(bytes);
        if (declared != null) {
            boolean unicode = declared.name().toUpperCase(Locale.ROOT).startsWith("UTF");
            if (!unicode && utf8 && hasHighBytes(bytes)) {
                return StandardCharsets.UTF_8;
            }
            // a page declaring UTF-16 in an ASCII-compatible prescan is in fact UTF-8 (WHATWG)
            return unicode ? StandardCharsets.UTF_8 : declared;
        }
        if (utf8) {
            return StandardCharsets.UTF_8;
        }
        return statistical(bytes);
    }

    /**
     * Detects the charset and decodes, dropping a byte-order mark.
     *
     * @param bytes the page
     * @return its text
     */
    public static String decode(byte[] bytes) {
        Charset cs = detect(bytes);
        int skip = 0;
        if (cs.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (cs.name().startsWith("UTF-16") && (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF))) {
            skip = 2;
        }
        return new String(bytes, skip, bytes.length - skip, cs);
    }

    static Charset byteOrderMark(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The charset a meta element in the first 1024 bytes declares, or null. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(PRESCAN, bytes.length), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        while (m.find()) {
            Charset cs = forLabel(m.group(1));
            if (cs != null) {
                return cs;
            }
        }
        return null;
    }

    private static Charset forLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        // WHATWG maps these labels to windows-1252, a superset that browsers use instead
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("us-ascii") || l.equals("ascii")) {
            l = "windows-1252";
        }
        try {
            return Charset.forName(l);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * Checks the bytes as a UTF-8 decoder that reports malformed input would, without decoding:
     * shortest forms only, no surrogates, nothing above U+10FFFF, no truncated sequence at the end.
     */
    static boolean isValidUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            int len;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + len > n) {
                return false;
            }
            int cp = b & (0xFF >> (len + 1));
            for (int k = 1; k < len; k++) {
                int c = bytes[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return false;
            }
            i += len;
        }
        return true;
    }

    private static boolean hasHighBytes(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    private static Charset statistical(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        detector.enableInputFilter(true);
        CharsetMatch match = detector.detect();
        Charset guess = match == null ? null : forLabel(match.getName());
        if (guess == null || guess.name().toUpperCase(Locale.ROOT).startsWith("UTF")) {
            guess = Charset.forName("windows-1252");
        }
        int n = Math.min(bytes.length, 64 * 1024);
        if (!isCyrillic(guess) && !looksCyrillic(new String(bytes, 0, n, Charset.forName("windows-1251")))) {
            return guess;
        }
        Charset best = guess;
        double bestScore = CyrillicCharsetGuard.score(new String(bytes, 0, n, guess));
        for (String name : CYRILLIC) {
            if (!Charset.isSupported(name)) {
                continue;
            }
            Charset cs = Charset.forName(name);
            double s = CyrillicCharsetGuard.score(new String(bytes, 0, n, cs));
            if (s > bestScore + 1e-9) {
                best = cs;
                bestScore = s;
            }
        }
        return best;
    }

    private static boolean isCyrillic(Charset cs) {
        for (String name : CYRILLIC) {
            if (Charset.isSupported(name) && Charset.forName(name).equals(cs)) {
                return true;
            }
        }
        return cs.name().toUpperCase(Locale.ROOT).startsWith("KOI8");
    }

    /**
     * True when the high bytes, read as Cyrillic letters, make Cyrillic words rather than Latin
     * words with a stray Cyrillic letter (which is what accented Latin letters become).
     */
    static boolean looksCyrillic(String text) {
        int cyrillicWords = 0;
        int mixedWords = 0;
        boolean latin = false;
        boolean cyrillic = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyrillic = true;
                } else {
                    latin = true;
                }
                continue;
            }
            if (cyrillic && latin) {
                mixedWords++;
            } else if (cyrillic) {
                cyrillicWords++;
            }
            latin = false;
            cyrillic = false;
        }
        return cyrillicWords >= 2 && cyrillicWords > 3 * mixedWords;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
