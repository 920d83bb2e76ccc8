package org.sverka.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.sverka.core.InputException;

/**
 * Inflates a zip container (DOCX, ODT, EPUB, any zip) into nothing before a parser sees it, and
 * refuses it once its entries expand past a cap: parsers then never inflate or spool more than the
 * cap. Both views of the archive are checked, the central directory (what random-access readers
 * such as POI's use) and the local headers (what streaming readers use), each against the cap, so
 * overlapping or hidden entries count too; zips inside the zip are inflated as well, into the same
 * budget. Everything happens in memory: the archive is at most the file size limit, and inflated
 * bytes are counted and discarded.
 * <pre>{@code
 * if (ZipBombGuard.isZip(head)) {
 *     ZipBombGuard.check(bytes, 100L << 20, "report.docx");   // InputException past 100 MiB
 * }
 * }</pre>
 */
final class ZipBombGuard {
    /** Zips inside zips deeper than this are refused outright. */
    static final int MAX_DEPTH = 4;
    private static final int BUFFER = 64 * 1024;

    private final long maxInflatedBytes;
    private final String source;
    private long inflated;

    private ZipBombGuard(long maxInflatedBytes, String source) {
        this.maxInflatedBytes = maxInflatedBytes;
        this.source = source;
    }

    /**
     * @param head the first bytes of an input (at least four for a yes)
     * @return true when they open a zip archive (a local file header or an empty archive's end record)
     */
    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    /**
     * Inflates every entry of a zip, counting bytes, and refuses it past the cap. An archive the
     * guard cannot read is left to the parser, which names the damage in its own words.
     *
     * @param zip              the whole archive
     * @param maxInflatedBytes most bytes its entries may expand to, in each view of the archive
     * @param source           the file name for the message
     * @return the bytes inflated in the larger of the two views
     * @throws InputException "corrupt or unsupported document: suspected zip bomb …" past the cap
     */
    static long check(byte[] zip, long maxInflatedBytes, String source) {
        ZipBombGuard central = new ZipBombGuard(maxInflatedBytes, source);
        central.centralDirectory(zip);
        ZipBombGuard local = new ZipBombGuard(maxInflatedBytes, source);
        local.localHeaders(new java.io.ByteArrayInputStream(zip), 1);
        return Math.max(central.inflated, local.inflated);
    }

    private void centralDirectory(byte[] zip) {
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            Enumeration<ZipArchiveEntry> entries = file.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (entry.isDirectory() || !file.canReadEntryData(entry)) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    entryData(in, 1);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InputException refused) {
                throw refused;
            }
            // not readable as a zip from its directory: the parser will say what is wrong
        }
    }

    private void localHeaders(InputStream in, int depth) {
        if (depth > MAX_DEPTH) {
            throw refuse("zips nested more than " + MAX_DEPTH + " deep");
        }
        try {
            ZipArchiveInputStream zip = new ZipArchiveInputStream(in);
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory() && zip.canReadEntryData(entry)) {
                    entryData(zip, depth);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InputException refused) {
                throw refused;
            }
            // damaged local headers: the parser will say what is wrong
        }
    }

    /** Counts an entry's bytes; an entry that is itself a zip is opened and counted entry by entry too. */
    private void entryData(InputStream entry, int depth) throws IOException {
        InputStream counted = new org.apache.commons.io.input.ProxyInputStream(entry) {
            @Override
            protected void afterRead(int n) throws IOException {
                if (n > 0) {
                    count(n);
                }
            }
        };
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(counted, BUFFER);
        buffered.mark(4);
        byte[] head = buffered.readNBytes(4);
        buffered.reset();
        if (isZip(head)) {
            localHeaders(buffered, depth + 1);
        }
        byte[] sink = new byte[BUFFER];
        while (buffered.read(sink) >= 0) {
            // counted in count(); the bytes themselves are not needed
        }
    }

    private void count(int n) {
        inflated += n;
        if (inflated > maxInflatedBytes) {
            throw refuse("its entries expand past " + maxInflatedBytes + " bytes");
        }
    }

    private InputException refuse(String why) {
        return new InputException(source, "corrupt or unsupported document: suspected zip bomb (" + why + ")");
    }
}
