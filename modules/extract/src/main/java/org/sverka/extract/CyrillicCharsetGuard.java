package org.sverka.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Decorates Tika's encoding detector for Russian text in 8-bit code pages.
 *
 * <p>Tika's statistical detectors confuse the Cyrillic code pages on short texts (windows-1251
 * taken for x-mac-cyrillic, which share the lower-case letters and differ in the capitals).
 * When the detector answers with anything but a Unicode encoding and the sample has bytes above
 * 127, this guard decodes the sample with each Cyrillic code page and with the detector's answer,
 * and keeps the one whose text looks most like Russian: lower-case letters inside words, capitals
 * only at word starts, no stray symbols between letters.
 */
public final class CyrillicCharsetGuard implements EncodingDetector {
    private static final long serialVersionUID = 1L;
    private static final int SAMPLE = 64 * 1024;
    private static final List<String> CANDIDATES =
            List.of("windows-1251", "KOI8-R", "IBM866", "ISO-8859-5", "x-mac-cyrillic", "KOI8-U");
    private static final String FREQUENT = "оеаинтсрвлкмдпу";

    private final EncodingDetector delegate;

    /** @param delegate the detector whose answers are checked */
    public CyrillicCharsetGuard(EncodingDetector delegate) {
        this.delegate = delegate;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset guess = delegate.detect(input, metadata);
        if (input == null || (guess != null && guess.name().toUpperCase(java.util.Locale.ROOT).startsWith("UTF"))) {
            return guess;
        }
        input.mark(SAMPLE);
        byte[] sample;
        try {
            sample = input.readNBytes(SAMPLE);
        } finally {
            input.reset();
        }
        if (!hasHighBytes(sample) || isUtf8(sample)) {
            return guess == null && isUtf8(sample) ? StandardCharsets.UTF_8 : guess;
        }
        Charset best = guess;
        double bestScore = guess == null ? Double.NEGATIVE_INFINITY : score(new String(sample, guess));
        for (String name : CANDIDATES) {
            if (!Charset.isSupported(name)) {
                continue;
            }
            Charset cs = Charset.forName(name);
            double s = score(new String(sample, cs));
            if (s > bestScore + 1e-9) {
                best = cs;
                bestScore = s;
            }
        }
        return best;
    }

    private static boolean hasHighBytes(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** Higher is more like Russian text. */
    static double score(String text) {
        double score = 0;
        char prev = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean cyr = Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
            if (cyr && Character.isLowerCase(c)) {
                score += Character.isLetter(prev) ? 1 : 0.5;
                if (FREQUENT.indexOf(c) >= 0) {
                    score += 0.5;
                }
            } else if (cyr && Character.isUpperCase(c)) {
                score += Character.isLowerCase(prev) ? -3 : 0.5;
            } else if (c > 127 && !Character.isLetter(c) && "«»—–“”„’…№".indexOf(c) < 0) {
                score -= 3;
            }
            prev = c;
        }
        return score;
    }
}
