package org.sverka.align.lexicon;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * The packed form of the default lexicon on the class path, and the check that it was made from
 * the text files beside it: {@value #SOURCES_SUFFIX} next to the packed file holds the CRC-32 of
 * the three text files' bytes, and a packed form whose sum differs (the text files were rebuilt and
 * the packed form not yet) is ignored, so the text files always win.
 */
final class PackedDefault {
    /** Appended to {@link Lexicon#DEFAULT_PACKED}'s name for the file with the text files' checksum. */
    static final String SOURCES_SUFFIX = ".sources";
    private static final String[] TEXT_FILES = {Lexicon.DEFAULT_DICTIONARY, Lexicon.DEFAULT_PROBABILITIES,
        Lexicon.DEFAULT_ACRONYMS};

    private PackedDefault() {
    }

    /**
     * @return the packed default lexicon's bytes when it is on the class path and was made from
     *     the text files there; else null
     */
    static byte[] loadIfCurrent() {
        return madeFromTheseTexts(resourceText(Lexicon.DEFAULT_PACKED + SOURCES_SUFFIX)) ? read(Lexicon.DEFAULT_PACKED) : null;
    }

    /**
     * @param recorded the checksum recorded beside a packed form, or null when there is none
     * @return whether it is that of the text files on the class path
     */
    static boolean madeFromTheseTexts(String recorded) {
        return recorded != null && recorded.strip().equals(textChecksum());
    }

    /** @return the CRC-32, in hex, of the default text files' bytes as they lie on the class path */
    static String textChecksum() {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        for (String name : TEXT_FILES) {
            try (InputStream in = open(name)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    crc.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the lexicon resource " + name, e);
            }
        }
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    /**
     * @param resource a gzip-compressed packed lexicon on the class path
     * @return its bytes, or null when the class path has no such resource
     */
    static byte[] read(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            byte[] compressed = in.readAllBytes();
            byte[] whole = OneMemberGzip.inflate(compressed);
            return whole != null ? whole : new GZIPInputStream(new ByteArrayInputStream(compressed), 1 << 16).readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the packed lexicon " + resource, e);
        }
    }

    private static String resourceText(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the lexicon resource " + resource + " is missing from the class path");
        }
        return in;
    }
}
