package org.sverka.segment.eval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The Mersenne Twister of CPython's {@code random} module, bit for bit: seeding from an integer,
 * {@code getrandbits}, {@code _randbelow} and {@code sample}, so that a Java benchmark draws the same
 * sample as a Python one.
 * <pre>{@code
 * PythonRandom random = new PythonRandom(1);          // random.seed(1)
 * long x = random.getrandbits(32);                     // 577090037, as in Python
 * List<String> picked = random.sample(windows, 10000); // random.sample(windows, 10000)
 * }</pre>
 * Not thread-safe: one instance per sequence, as in Python.
 */
public final class PythonRandom {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] state = new int[N];
    private int index = N + 1;

    /**
     * Seeds as {@code random.seed(seed)} does for a Python int.
     *
     * @param seed the seed; its absolute value is used, as in Python
     */
    public PythonRandom(long seed) {
        this(BigInteger.valueOf(seed));
    }

    /**
     * Seeds as {@code random.seed(seed)} does for a Python int of any size.
     *
     * @param seed the seed; its absolute value is used, as in Python
     */
    public PythonRandom(BigInteger seed) {
        BigInteger n = seed.abs();
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        initByArray(key);
    }

    private void initGenrand(int s) {
        state[0] = s;
        for (int i = 1; i < N; i++) {
            state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
        }
        state[0] = 0x80000000;
    }

    /** @return the next 32 random bits as an unsigned value, Python's {@code genrand_uint32} */
    long nextUint32() {
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (state[kk] & UPPER_MASK) | (state[kk + 1] & LOWER_MASK);
                state[kk] = state[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (state[kk] & UPPER_MASK) | (state[kk + 1] & LOWER_MASK);
                state[kk] = state[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            int y = (state[N - 1] & UPPER_MASK) | (state[0] & LOWER_MASK);
            state[N - 1] = state[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        int y = state[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    /**
     * {@code random.getrandbits(k)}: 32-bit words, least significant first, the last one shifted
     * right to keep only the bits asked for.
     *
     * @param k the number of bits, at least 0
     * @return a non-negative number below 2<sup>k</sup>
     */
    public BigInteger getrandbits(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("number of bits must be non-negative");
        }
        if (k <= 32) {
            return BigInteger.valueOf(k == 0 ? 0 : nextUint32() >>> (32 - k));
        }
        BigInteger result = BigInteger.ZERO;
        int shift = 0;
        for (int left = k; left > 0; left -= 32, shift += 32) {
            long word = nextUint32();
            if (left < 32) {
                word >>>= 32 - left;
            }
            result = result.or(BigInteger.valueOf(word).shiftLeft(shift));
        }
        return result;
    }

    /**
     * {@code random._randbelow(n)}: rejection sampling on {@code n.bit_length()} random bits.
     *
     * @param n the exclusive bound, positive
     * @return a number in [0, n)
     */
    public int randbelow(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + n);
        }
        int k = 32 - Integer.numberOfLeadingZeros(n);
        long r = getrandbits(k).longValue();
        while (r >= n) {
            r = getrandbits(k).longValue();
        }
        return (int) r;
    }

    /**
     * {@code random.sample(population, k)}: the same choice of elements in the same order as Python.
     *
     * @param population the items to draw from
     * @param k          how many to draw, at most the population's size
     * @param <T>        the item type
     * @return k distinct items (by position)
     */
    public <T> List<T> sample(List<T> population, int k) {
        int n = population.size();
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("Sample larger than population or is negative");
        }
        List<T> result = new ArrayList<>(k);
        long setSize = 21;
        if (k > 5) {
            setSize += (long) Math.pow(4, Math.ceil(Math.log(k * 3.0) / Math.log(4)));
        }
        if (n <= setSize) {
            List<T> pool = new ArrayList<>(population);
            for (int i = 0; i < k; i++) {
                int j = randbelow(n - i);
                result.add(pool.get(j));
                pool.set(j, pool.get(n - i - 1));
            }
        } else {
            java.util.Set<Integer> selected = new java.util.HashSet<>();
            for (int i = 0; i < k; i++) {
                int j = randbelow(n);
                while (selected.contains(j)) {
                    j = randbelow(n);
                }
                selected.add(j);
                result.add(population.get(j));
            }
        }
        return result;
    }
}
