package org.sverka.align.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * One gzip member inflated in one step gives what {@link GZIPInputStream} gives, and anything it
 * cannot vouch for (damaged data, a wrong size or sum, two members, no gzip at all) gives null.
 */
class OneMemberGzipTest {
    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] sample(int size) {
        byte[] data = new byte[size];
        Random r = new Random(7);
        for (int i = 0; i < size; i++) {
            data[i] = (byte) (i % 97 < 40 ? 'a' + r.nextInt(3) : r.nextInt(256));   // partly compressible
        }
        return data;
    }

    @Test
    void inflatesAsTheStreamDoes() throws IOException {
        for (int size : new int[] {0, 1, 8191, 100_000}) {
            byte[] data = sample(size);
            assertArrayEquals(data, OneMemberGzip.inflate(gzip(data)), "size " + size);
        }
    }

    @Test
    void inflatesTheShippedLexiconAsTheStreamDoes() throws IOException {
        byte[] compressed;
        try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.DEFAULT_PACKED)) {
            compressed = in.readAllBytes();
        }
        byte[] streamed = new GZIPInputStream(new ByteArrayInputStream(compressed)).readAllBytes();
        assertArrayEquals(streamed, OneMemberGzip.inflate(compressed));
        assertArrayEquals(streamed, PackedDefault.read(Lexicon.DEFAULT_PACKED));
    }

    @Test
    void readsAHeaderWithAFileNameAndComment() throws IOException {
        byte[] data = sample(5000);
        byte[] plain = gzip(data);
        // the same member with FNAME and FCOMMENT set: "x.bin\0" and "c\0" after the fixed header
        byte[] named = new byte[plain.length + 8];
        System.arraycopy(plain, 0, named, 0, 10);
        named[3] = (byte) (8 | 16);
        byte[] extra = {'x', '.', 'b', 'i', 'n', 0, 'c', 0};
        System.arraycopy(extra, 0, named, 10, extra.length);
        System.arraycopy(plain, 10, named, 18, plain.length - 10);
        assertArrayEquals(data, OneMemberGzip.inflate(named));
    }

    @Test
    void givesNullForWhatItCannotVouchFor() throws IOException {
        byte[] data = sample(20_000);
        byte[] good = gzip(data);

        byte[] wrongSum = good.clone();
        wrongSum[good.length - 8] ^= 1;
        assertNull(OneMemberGzip.inflate(wrongSum), "CRC-32");

        byte[] wrongSize = good.clone();
        wrongSize[good.length - 4] ^= 1;
        assertNull(OneMemberGzip.inflate(wrongSize), "size");

        byte[] damaged = good.clone();
        damaged[good.length / 2] ^= 0x55;
        assertNull(OneMemberGzip.inflate(damaged), "damaged data");

        byte[] second = gzip(sample(10));
        byte[] twoMembers = Arrays.copyOf(good, good.length + second.length);
        System.arraycopy(second, 0, twoMembers, good.length, second.length);
        assertNull(OneMemberGzip.inflate(twoMembers), "two members");

        assertNull(OneMemberGzip.inflate(Arrays.copyOf(good, good.length - 3)), "cut short");
        assertNull(OneMemberGzip.inflate(data), "not gzip");
        assertNull(OneMemberGzip.inflate(new byte[0]), "empty");
    }
}
