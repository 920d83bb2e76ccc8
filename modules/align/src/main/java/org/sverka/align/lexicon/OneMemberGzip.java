package org.sverka.align.lexicon;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A gzip file of one member (what {@link java.util.zip.GZIPOutputStream} writes) inflated in one
 * step into an array of the size its trailer records, its CRC-32 checked as
 * {@link java.util.zip.GZIPInputStream} checks it. Reading the packed lexicon's 10.8 MB through a
 * stream's {@code readAllBytes} collected it in 8 KB pieces and copied them into the final array:
 * twice its size allocated at every start, a young collection's worth.
 * <pre>{@code
 * byte[] bytes = OneMemberGzip.inflate(compressed);   // null: not one plain member; read it as a stream
 * }</pre>
 * Anything else (several members, a size that disagrees with the data) gives null, and the caller
 * reads the file as a stream, which handles every case.
 */
final class OneMemberGzip {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int HEADER = 10;
    private static final int TRAILER = 8;
    /** Deflate inflates to at most about 1,032 times its size: a trailer that claims more is damaged. */
    private static final long MAX_RATIO = 1032;

    private OneMemberGzip() {
    }

    /**
     * @param gzip the bytes of a gzip file
     * @return the inflated bytes, or null when the file is not one whole member whose trailer agrees
     *     with its data (size and CRC-32)
     */
    static byte[] inflate(byte[] gzip) {
        int start = dataStart(gzip);
        if (start < 0 || gzip.length - start < TRAILER) {
            return null;
        }
        ByteBuffer trailer = ByteBuffer.wrap(gzip, gzip.length - TRAILER, TRAILER).order(ByteOrder.LITTLE_ENDIAN);
        int crc = trailer.getInt();
        long size = Integer.toUnsignedLong(trailer.getInt());
        if (size > Integer.MAX_VALUE - 8 || size > MAX_RATIO * gzip.length) {
            return null;
        }
        byte[] out = new byte[(int) size];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(gzip, start, gzip.length - start);
            int n = 0;
            while (n < out.length && !inflater.finished()) {
                int got = inflater.inflate(out, n, out.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                n += got;
            }
            // the array is full: the data must end here, the trailer right after it
            if (!inflater.finished() && inflater.inflate(new byte[1]) != 0) {
                return null;
            }
            if (n != out.length || !inflater.finished() || inflater.getRemaining() != TRAILER) {
                return null;
            }
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
        CRC32 check = new CRC32();
        check.update(out);
        return (int) check.getValue() == crc ? out : null;
    }

    /** @return where a gzip file's deflated data starts, past its header; -1 when it is no gzip file */
    private static int dataStart(byte[] gzip) {
        if (gzip.length < HEADER || (gzip[0] & 0xff) != 0x1f || (gzip[1] & 0xff) != 0x8b || gzip[2] != 8) {
            return -1;
        }
        int flags = gzip[3] & 0xff;
        int p = HEADER;
        if ((flags & FEXTRA) != 0) {
            if (p + 2 > gzip.length) {
                return -1;
            }
            p += 2 + ((gzip[p] & 0xff) | (gzip[p + 1] & 0xff) << 8);
        }
        if ((flags & FNAME) != 0) {
            p = pastZero(gzip, p);
        }
        if ((flags & FCOMMENT) != 0) {
            p = pastZero(gzip, p);
        }
        if ((flags & FHCRC) != 0) {
            p += 2;
        }
        return p >= 0 && p <= gzip.length ? p : -1;
    }

    private static int pastZero(byte[] bytes, int from) {
        if (from < 0) {
            return -1;
        }
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
