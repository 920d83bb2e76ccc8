package org.sverka.align.lexicon;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
 */
public final class PackedLexicon implements StemTable {
    private static final byte[] MAGIC = {'S', 'V', 'L', 'E', 'X', 0, 0, 1};
    private static final int HEADER = MAGIC.length + 5 * Integer.BYTES;

    private final byte[] data;
    private final Side english;
    private final Side russian;

    /** One language's stems and its rows towards the other language. */
    private record Side(int count, IntBuffer offsets, int pool, IntBuffer rowStarts, IntBuffer targets,
                        FloatBuffer weights, String[] decoded) {
        Side(int count, IntBuffer offsets, int pool, IntBuffer rowStarts, IntBuffer targets, FloatBuffer weights) {
            this(count, offsets, pool, rowStarts, targets, weights, new String[count]);
        }
    }

    private PackedLexicon(byte[] data, boolean checkEveryEntry) {
        this.data = data;
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
        IntBuffer enOffsets = ints(b, p, enCount + 1);
        p += 4 * (enCount + 1);
        int enPoolAt = p;
        p += enPool;
        IntBuffer ruOffsets = ints(b, p, ruCount + 1);
        p += 4 * (ruCount + 1);
        int ruPoolAt = p;
        p += ruPool;
        IntBuffer enRows = ints(b, p, enCount + 1);
        p += 4 * (enCount + 1);
        IntBuffer enTargets = ints(b, p, pairs);
        p += 4 * pairs;
        FloatBuffer enWeights = floats(b, p, pairs);
        p += 4 * pairs;
        IntBuffer ruRows = ints(b, p, ruCount + 1);
        p += 4 * (ruCount + 1);
        IntBuffer ruTargets = ints(b, p, pairs);
        p += 4 * pairs;
        FloatBuffer ruWeights = floats(b, p, pairs);
        if (checkEveryEntry) {
            checkRising(enOffsets, enPool, "English stem offsets");
            checkRising(ruOffsets, ruPool, "Russian stem offsets");
            checkRising(enRows, pairs, "English rows");
            checkRising(ruRows, pairs, "Russian rows");
            checkBelow(enTargets, ruCount, "Russian target ids");
            checkBelow(ruTargets, enCount, "English target ids");
        }
        this.english = new Side(enCount, enOffsets, enPoolAt, enRows, enTargets, enWeights);
        this.russian = new Side(ruCount, ruOffsets, ruPoolAt, ruRows, ruTargets, ruWeights);
    }

    private static IntBuffer ints(ByteBuffer b, int at, int count) {
        return b.slice(at, 4 * count).asIntBuffer();
    }

    private static FloatBuffer floats(ByteBuffer b, int at, int count) {
        return b.slice(at, 4 * count).asFloatBuffer();
    }

    private static void checkRising(IntBuffer starts, int end, String what) {
        int previous = 0;
        for (int i = 0; i < starts.limit(); i++) {
            int v = starts.get(i);
            if (v < previous || v > end || (i == 0 && v != 0) || (i == starts.limit() - 1 && v != end)) {
                throw new IllegalArgumentException("packed lexicon: " + what + " out of order at " + i);
            }
            previous = v;
        }
    }

    private static void checkBelow(IntBuffer ids, int count, String what) {
        for (int i = 0; i < ids.limit(); i++) {
            if (ids.get(i) < 0 || ids.get(i) >= count) {
                throw new IllegalArgumentException("packed lexicon: " + what + " out of range at " + i);
            }
        }
    }

    /**
     * Reads a packed lexicon. The array is kept, not copied: do not change it afterwards.
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
            for (int k = english.rowStarts.get(e); k < english.rowStarts.get(e + 1); k++) {
                consumer.accept(en, stem(russian, english.targets.get(k)), english.weights.get(k));
            }
        }
    }

    private Map<String, Float> row(Side from, Side to, String stem) {
        int id = find(from, stem.getBytes(StandardCharsets.UTF_8));
        if (id < 0) {
            return Map.of();
        }
        int start = from.rowStarts.get(id);
        int end = from.rowStarts.get(id + 1);
        Map<String, Float> out = new HashMap<>(2 * (end - start));
        for (int k = start; k < end; k++) {
            out.put(stem(to, from.targets.get(k)), from.weights.get(k));
        }
        return new CompactRow(out);   // in the map's order, which every reader read before
    }

    /** Stems (both lists together) from which two threads, where allowed, find the two directions at once. */
    static final int PARALLEL_STEMS = 4000;

    /**
     * The translations between two lists of stems found by ids: each stem is searched once, and a
     * row's targets are matched by id against the other list's, without becoming strings. Long
     * lists, given two threads, search the Russian stems, then find their rows, on another thread
     * while this one does the English stems' (each side writes only its own arrays, so the result is
     * the same).
     *
     * @param threads 1 to work on this thread alone, 2 to split long lists
     */
    StemTranslations translations(List<String> en, List<String> ru, int threads) {
        boolean split = threads >= 2 && en.size() + ru.size() >= PARALLEL_STEMS;
        int[][] ruTargets = new int[en.size()][];
        float[][] ruWeights = new float[en.size()][];
        int[][] enTargets = new int[ru.size()][];
        float[][] enWeights = new float[ru.size()][];
        java.util.concurrent.CompletableFuture<int[]> russianIds = split
                ? java.util.concurrent.CompletableFuture.supplyAsync(() -> ids(russian, ru)) : null;
        int[] enIds = ids(english, en);
        int[] ruIds = split ? joined(russianIds) : ids(russian, ru);
        long[] enById = byId(enIds);
        long[] ruById = byId(ruIds);
        Runnable russianRows = () -> rows(russian, ruIds, enById, enTargets, enWeights);
        if (!split) {
            rows(english, enIds, ruById, ruTargets, ruWeights);
            russianRows.run();
        } else {
            java.util.concurrent.CompletableFuture<Void> other = java.util.concurrent.CompletableFuture.runAsync(russianRows);
            rows(english, enIds, ruById, ruTargets, ruWeights);
            joined(other);
        }
        return new StemTranslations(ruTargets, ruWeights, enTargets, enWeights);
    }

    private static <T> T joined(java.util.concurrent.CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private int[] ids(Side side, List<String> stems) {
        int[] ids = new int[stems.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = find(side, stems.get(k).getBytes(StandardCharsets.UTF_8));
        }
        return ids;
    }

    /** The known stems of a list as (packed id, position), sorted by id. */
    private static long[] byId(int[] ids) {
        long[] out = new long[ids.length];
        int count = 0;
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] >= 0) {
                out[count++] = (long) ids[k] << 32 | k;
            }
        }
        Arrays.sort(out, 0, count);
        return Arrays.copyOf(out, count);
    }

    private static void rows(Side from, int[] ids, long[] targetsById, int[][] targets, float[][] weights) {
        long[] found = new long[16];
        for (int k = 0; k < ids.length; k++) {
            int count = 0;
            if (ids[k] >= 0) {
                int end = from.rowStarts.get(ids[k] + 1);
                for (int r = from.rowStarts.get(ids[k]); r < end; r++) {
                    int position = positionOf(targetsById, from.targets.get(r));
                    if (position >= 0) {
                        if (count == found.length) {
                            found = Arrays.copyOf(found, 2 * count);
                        }
                        found[count++] = (long) position << 32 | Float.floatToIntBits(from.weights.get(r)) & 0xFFFFFFFFL;
                    }
                }
            }
            Arrays.sort(found, 0, count);
            StemTranslations.sorted(found, count, k, targets, weights);
        }
    }

    /** The position stored with a packed id in {@code byId}, or -1 when the list does not hold it. */
    private static int positionOf(long[] byId, int id) {
        int low = 0;
        int high = byId.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int at = (int) (byId[mid] >>> 32);
            if (at < id) {
                low = mid + 1;
            } else if (at > id) {
                high = mid - 1;
            } else {
                return (int) byId[mid];
            }
        }
        return -1;
    }

    private int find(Side side, byte[] key) {
        int low = 0;
        int high = side.count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int from = side.pool + side.offsets.get(mid);
            int to = side.pool + side.offsets.get(mid + 1);
            int c = Arrays.compareUnsigned(data, from, to, key, 0, key.length);
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

    private String stem(Side side, int id) {
        String s = side.decoded[id];
        if (s == null) {
            int from = side.pool + side.offsets.get(id);
            s = new String(data, from, side.pool + side.offsets.get(id + 1) - from, StandardCharsets.UTF_8);
            side.decoded[id] = s;
        }
        return s;
    }
}
