package org.sverka.align.lexicon;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A lexicon's pairs in one byte array: sorted stems and sorted rows of ids and weights, read in one
 * piece and searched in place, so that loading costs one read instead of building maps of strings.
 * <pre>{@code
 * byte[] bytes = PackedLexicon.pack(Lexicon.builder().add("hous", "дом", 1f).build());
 * Lexicon again = Lexicon.ofPacked(bytes);            // again.russianFor("hous") = {дом=1.0}
 * }</pre>
 *
 * <p>The format (big-endian): the 8 bytes {@code SVLEX\0\0\1}; the numbers of English stems,
 * Russian stems and pairs, and the byte lengths of the two stem pools; for each language the
 * stems' start offsets (one more than stems) and the pool of their UTF-8 bytes, stems sorted by
 * their bytes (that is, by code point); then for each direction the rows' starts (one more than
 * stems), the target stem ids of all rows and their weights as floats, each row sorted by target
 * id. A word is looked up by binary search over its UTF-8 bytes; only its row's targets become
 * strings. The bytes are a function of the pairs alone, so packing the same lexicon twice gives the
 * same bytes.
 *
 * <p>Reading copies the tables once into plain arrays ({@code int[]}, {@code float[]}, each stem pool
 * a {@code byte[]}) instead of keeping big-endian buffer views over the bytes: under C1 alone (the
 * launcher's JVM) every read through a view was a call that swapped bytes, about 2% of the book's
 * CPU samples, while the copy is a few milliseconds of bulk work on the loading thread.
 */
public final class PackedLexicon implements StemTable {
    private static final byte[] MAGIC = {'S', 'V', 'L', 'E', 'X', 0, 0, 1};
    private static final int HEADER = MAGIC.length + 5 * Integer.BYTES;

    private final Side english;
    private final Side russian;

    /**
     * One language's stems and its rows towards the other language: stem {@code id}'s UTF-8 bytes are
     * {@code pool[offsets[id]..offsets[id + 1])}, its row {@code targets} and {@code weights} from
     * {@code rowStarts[id]} to {@code rowStarts[id + 1]}.
     */
    private record Side(int count, int[] offsets, byte[] pool, int[] rowStarts, int[] targets, float[] weights,
                        String[] decoded) {
        Side(int count, int[] offsets, byte[] pool, int[] rowStarts, int[] targets, float[] weights) {
            this(count, offsets, pool, rowStarts, targets, weights, new String[count]);
        }
    }

    private PackedLexicon(byte[] data, boolean checkEveryEntry) {
        if (data.length < HEADER || !Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IllegalArgumentException("not a packed sverka lexicon (no SVLEX header)");
        }
        ByteBuffer b = ByteBuffer.wrap(data);
        b.position(MAGIC.length);
        int enCount = b.getInt();
        int ruCount = b.getInt();
        int pairs = b.getInt();
        int enPool = b.getInt();
        int ruPool = b.getInt();
        if (enCount < 0 || ruCount < 0 || pairs < 0 || enPool < 0 || ruPool < 0) {
            throw new IllegalArgumentException("packed lexicon: negative count in the header");
        }
        long expected = HEADER + 4L * (enCount + 1) + enPool + 4L * (ruCount + 1) + ruPool
                + 4L * (enCount + 1) + 8L * pairs + 4L * (ruCount + 1) + 8L * pairs;
        if (expected != data.length) {
            throw new IllegalArgumentException("packed lexicon: " + data.length + " bytes where the header promises "
                    + expected + " (truncated or damaged)");
        }
        int p = HEADER;
        int[] enOffsets = ints(b, p, enCount + 1);
        p += 4 * (enCount + 1);
        byte[] enStems = Arrays.copyOfRange(data, p, p + enPool);
        p += enPool;
        int[] ruOffsets = ints(b, p, ruCount + 1);
        p += 4 * (ruCount + 1);
        byte[] ruStems = Arrays.copyOfRange(data, p, p + ruPool);
        p += ruPool;
        int[] enRows = ints(b, p, enCount + 1);
        p += 4 * (enCount + 1);
        int[] enTargets = ints(b, p, pairs);
        p += 4 * pairs;
        float[] enWeights = floats(b, p, pairs);
        p += 4 * pairs;
        int[] ruRows = ints(b, p, ruCount + 1);
        p += 4 * (ruCount + 1);
        int[] ruTargets = ints(b, p, pairs);
        p += 4 * pairs;
        float[] ruWeights = floats(b, p, pairs);
        if (checkEveryEntry) {
            checkRising(enOffsets, enPool, "English stem offsets");
            checkRising(ruOffsets, ruPool, "Russian stem offsets");
            checkRising(enRows, pairs, "English rows");
            checkRising(ruRows, pairs, "Russian rows");
            checkBelow(enTargets, ruCount, "Russian target ids");
            checkBelow(ruTargets, enCount, "English target ids");
        }
        this.english = new Side(enCount, enOffsets, enStems, enRows, enTargets, enWeights);
        this.russian = new Side(ruCount, ruOffsets, ruStems, ruRows, ruTargets, ruWeights);
    }

    /** {@code count} big-endian ints from byte {@code at}, copied in one bulk read. */
    private static int[] ints(ByteBuffer b, int at, int count) {
        int[] out = new int[count];
        b.slice(at, 4 * count).asIntBuffer().get(out);
        return out;
    }

    /** {@code count} big-endian floats from byte {@code at}, copied in one bulk read. */
    private static float[] floats(ByteBuffer b, int at, int count) {
        float[] out = new float[count];
        b.slice(at, 4 * count).asFloatBuffer().get(out);
        return out;
    }

    private static void checkRising(int[] starts, int end, String what) {
        int previous = 0;
        for (int i = 0; i < starts.length; i++) {
            int v = starts[i];
            if (v < previous || v > end || (i == 0 && v != 0) || (i == starts.length - 1 && v != end)) {
                throw new IllegalArgumentException("packed lexicon: " + what + " out of order at " + i);
            }
            previous = v;
        }
    }

    private static void checkBelow(int[] ids, int count, String what) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0 || ids[i] >= count) {
                throw new IllegalArgumentException("packed lexicon: " + what + " out of range at " + i);
            }
        }
    }

    /**
     * Reads a packed lexicon. Its tables are copied into arrays: the bytes are not kept.
     *
     * @param bytes what {@link #pack(Lexicon)} wrote
     * @return the lexicon's pairs, searched in place
     * @throws IllegalArgumentException when the bytes are not a whole packed lexicon
     */
    public static PackedLexicon read(byte[] bytes) {
        return new PackedLexicon(java.util.Objects.requireNonNull(bytes, "bytes"), true);
    }

    /**
     * Reads the packed default lexicon without walking every entry: its bytes came through gzip's
     * CRC-32 check, and a test checks at build time that they are what packing the text files gives
     * and that every entry passes {@link #read}'s checks. Walking the entries took about 50 ms of each
     * run's start-up (a JFR profile of a 1x1 pair, 2026-11-30).
     *
     * @param bytes the packed default lexicon, as {@link PackedDefault#loadIfCurrent()} read it
     * @return its pairs, searched in place
     * @throws IllegalArgumentException when the header or the length is wrong
     */
    static PackedLexicon readChecked(byte[] bytes) {
        return new PackedLexicon(java.util.Objects.requireNonNull(bytes, "bytes"), false);
    }

    /**
     * Packs a lexicon's own pairs (those of {@link Lexicon#forEachPair}).
     *
     * @param lexicon a lexicon that is not combined with another ({@link Lexicon#with})
     * @return the bytes, the same for the same pairs
     */
    public static byte[] pack(Lexicon lexicon) {
        if (lexicon.isCombined()) {
            throw new IllegalArgumentException("a combined lexicon cannot be packed; pack each part");
        }
        TreeMap<byte[], Integer> enIds = new TreeMap<>(Arrays::compareUnsigned);
        TreeMap<byte[], Integer> ruIds = new TreeMap<>(Arrays::compareUnsigned);
        Map<String, byte[]> utf8 = new HashMap<>();
        List<String[]> pairs = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        lexicon.forEachPair((en, ru, w) -> {
            enIds.put(utf8.computeIfAbsent(en, s -> s.getBytes(StandardCharsets.UTF_8)), 0);
            ruIds.put(utf8.computeIfAbsent(ru, s -> s.getBytes(StandardCharsets.UTF_8)), 0);
            pairs.add(new String[] {en, ru});
            weights.add(w);
        });
        number(enIds);
        number(ruIds);
        int n = pairs.size();
        long[] enSide = new long[n];   // (English id << 32 | Russian id), sorted for the English rows
        long[] ruSide = new long[n];
        Map<Long, Float> weightOf = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            long e = enIds.get(utf8.get(pairs.get(i)[0]));
            long r = ruIds.get(utf8.get(pairs.get(i)[1]));
            enSide[i] = e << 32 | r;
            ruSide[i] = r << 32 | e;
            weightOf.put(enSide[i], weights.get(i));
        }
        Arrays.sort(enSide);
        Arrays.sort(ruSide);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeInt(enIds.size());
            out.writeInt(ruIds.size());
            out.writeInt(n);
            out.writeInt(enIds.keySet().stream().mapToInt(k -> k.length).sum());
            out.writeInt(ruIds.keySet().stream().mapToInt(k -> k.length).sum());
            writePool(enIds.keySet(), out);
            writePool(ruIds.keySet(), out);
            writeRows(enSide, enIds.size(), out, k -> weightOf.get(k));
            writeRows(ruSide, ruIds.size(), out, k -> weightOf.get((k & 0xFFFFFFFFL) << 32 | k >>> 32));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
    }

    private static void number(TreeMap<byte[], Integer> ids) {
        int next = 0;
        for (Map.Entry<byte[], Integer> e : ids.entrySet()) {
            e.setValue(next++);
        }
    }

    private static void writePool(Iterable<byte[]> stems, DataOutputStream out) throws IOException {
        int offset = 0;
        out.writeInt(0);
        for (byte[] s : stems) {
            offset += s.length;
            out.writeInt(offset);
        }
        for (byte[] s : stems) {
            out.write(s);
        }
    }

    private static void writeRows(long[] sorted, int count, DataOutputStream out,
                                  java.util.function.LongFunction<Float> weight) throws IOException {
        int k = 0;
        out.writeInt(0);
        for (int id = 0; id < count; id++) {
            while (k < sorted.length && sorted[k] >>> 32 == id) {
                k++;
            }
            out.writeInt(k);
        }
        for (long pair : sorted) {
            out.writeInt((int) pair);
        }
        for (long pair : sorted) {
            out.writeFloat(weight.apply(pair));
        }
    }

    /**
     * Rows already built, by stem: the aligner asks for the same stems again and again, and a row
     * built from the bytes each time made alignment about 1.5 times slower than maps (eval speed,
     * 2026-11-30). Filled as stems are asked for, so start-up pays for none of it.
     */
    private final Map<String, Map<String, Float>> russianRows = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<String, Float>> englishRows = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Map<String, Float> russianFor(String enStem) {
        return remembered(russianRows, enStem, english, russian);
    }

    @Override
    public Map<String, Float> englishFor(String ruStem) {
        return remembered(englishRows, ruStem, russian, english);
    }

    private Map<String, Float> remembered(Map<String, Map<String, Float>> rows, String stem, Side from, Side to) {
        Map<String, Float> row = rows.get(stem);
        if (row == null) {
            row = row(from, to, stem);
            rows.putIfAbsent(stem, row);
        }
        return row;
    }

    @Override
    public int englishStems() {
        return english.count;
    }

    /** Visits the pairs with English stems, then Russian stems, in code-point order. */
    @Override
    public void forEachPair(Lexicon.PairConsumer consumer) {
        for (int e = 0; e < english.count; e++) {
            String en = stem(english, e);
            for (int k = english.rowStarts[e]; k < english.rowStarts[e + 1]; k++) {
                consumer.accept(en, stem(russian, english.targets[k]), english.weights[k]);
            }
        }
    }

    private Map<String, Float> row(Side from, Side to, String stem) {
        int id = find(from, stem.getBytes(StandardCharsets.UTF_8));
        if (id < 0) {
            return Map.of();
        }
        int start = from.rowStarts[id];
        int end = from.rowStarts[id + 1];
        Map<String, Float> out = new HashMap<>(2 * (end - start));
        for (int k = start; k < end; k++) {
            out.put(stem(to, from.targets[k]), from.weights[k]);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Stems (both lists together) from which a machine of several cores finds the two directions on two threads. */
    static final int PARALLEL_STEMS = 4000;

    /**
     * The translations between two lists of stems found by ids: each stem is searched once, and a
     * row's targets are matched by id against the other list's, without becoming strings. Long
     * lists on a machine of several cores find the Russian stems' rows on another thread while
     * this one finds the English stems' (each direction writes only its own arrays, so the result
     * is the same).
     */
    StemTranslations translations(List<String> en, List<String> ru) {
        int[] enIds = ids(english, en);
        int[] ruIds = ids(russian, ru);
        int[][] ruTargets = new int[en.size()][];
        float[][] ruWeights = new float[en.size()][];
        int[][] enTargets = new int[ru.size()][];
        float[][] enWeights = new float[ru.size()][];
        int[] enAt = positions(enIds, english.count);
        int[] ruAt = positions(ruIds, russian.count);
        Runnable russianRows = () -> rows(russian, ruIds, enAt, enTargets, enWeights);
        if (en.size() + ru.size() < PARALLEL_STEMS || Runtime.getRuntime().availableProcessors() < 2) {
            rows(english, enIds, ruAt, ruTargets, ruWeights);
            russianRows.run();
        } else {
            java.util.concurrent.CompletableFuture<Void> other = java.util.concurrent.CompletableFuture.runAsync(russianRows);
            rows(english, enIds, ruAt, ruTargets, ruWeights);
            try {
                other.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return new StemTranslations(ruTargets, ruWeights, enTargets, enWeights);
    }

    private int[] ids(Side side, List<String> stems) {
        int[] ids = new int[stems.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = find(side, stems.get(k).getBytes(StandardCharsets.UTF_8));
        }
        return ids;
    }

    /**
     * Each packed id's position in a list of stems, -1 for the ids the list does not hold (the first
     * position where a stem is listed twice): one array over all of a language's ids, so that matching
     * a row's targets is a look-up each instead of a binary search.
     */
    private static int[] positions(int[] ids, int count) {
        int[] at = new int[count];
        Arrays.fill(at, -1);
        for (int k = ids.length - 1; k >= 0; k--) {
            if (ids[k] >= 0) {
                at[ids[k]] = k;
            }
        }
        return at;
    }

    private static void rows(Side from, int[] ids, int[] positions, int[][] targets, float[][] weights) {
        long[] found = new long[16];
        for (int k = 0; k < ids.length; k++) {
            int count = 0;
            if (ids[k] >= 0) {
                int end = from.rowStarts[ids[k] + 1];
                for (int r = from.rowStarts[ids[k]]; r < end; r++) {
                    int position = positions[from.targets[r]];
                    if (position >= 0) {
                        if (count == found.length) {
                            found = Arrays.copyOf(found, 2 * count);
                        }
                        found[count++] = (long) position << 32 | Float.floatToIntBits(from.weights[r]) & 0xFFFFFFFFL;
                    }
                }
            }
            Arrays.sort(found, 0, count);
            StemTranslations.sorted(found, count, k, targets, weights);
        }
    }

    private int find(Side side, byte[] key) {
        int low = 0;
        int high = side.count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = Arrays.compareUnsigned(side.pool, side.offsets[mid], side.offsets[mid + 1], key, 0, key.length);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * Stem {@code id} as a string, decoded once and kept: the rows the aligner asks for share many
     * targets, and decoding them again and again was about 3% of the book's CPU samples. Two threads
     * may both decode a stem and store equal strings; a string is safe to share that way (its fields
     * are final).
     */
    private String stem(Side side, int id) {
        String s = side.decoded[id];
        if (s == null) {
            int from = side.offsets[id];
            s = new String(side.pool, from, side.offsets[id + 1] - from, StandardCharsets.UTF_8);
            side.decoded[id] = s;
        }
        return s;
    }
}
