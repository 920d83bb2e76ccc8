package org.sverka.align.lexicon;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A lexicon row, a stem's translations with their weights, kept as two arrays instead of a hash map
 * of boxed weights. The rows a run asks for stay for the rest of it: on the NTREX-128 book the flag
 * rules ask for about 4,300 rows with 83,000 entries, whose hash-map nodes and boxed floats the
 * collector had to copy. A row iterates in the order of the map it was made from, so that whatever
 * reads it in order reads what it read before; a stem is found through a small open-addressing table
 * of the stems' hashes. Unmodifiable.
 * <pre>{@code
 * Map<String, Float> row = new CompactRow(Map.of("министр", 1.0f));
 * row.get("министр");   // 1.0
 * }</pre>
 */
final class CompactRow extends AbstractMap<String, Float> {
    private final String[] stems;
    private final float[] weights;
    /** Each slot holds a stem's index plus one, or 0 when empty; a power of two, at least twice the stems. */
    private final int[] slots;

    /**
     * @param source the row as a map; its iteration order is kept
     */
    CompactRow(Map<String, Float> source) {
        int n = source.size();
        stems = new String[n];
        weights = new float[n];
        int size = Integer.highestOneBit(Math.max(2, 2 * n - 1)) << 1;
        slots = new int[size];
        int i = 0;
        for (Map.Entry<String, Float> e : source.entrySet()) {
            stems[i] = e.getKey();
            weights[i] = e.getValue();
            int s = slot(e.getKey().hashCode());
            while (slots[s] != 0) {
                s = (s + 1) & (slots.length - 1);
            }
            slots[s] = ++i;
        }
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (slots.length - 1);
    }

    /** The index of a stem, or -1. */
    private int indexOf(Object key) {
        if (!(key instanceof String stem)) {
            return -1;
        }
        for (int s = slot(stem.hashCode()); slots[s] != 0; s = (s + 1) & (slots.length - 1)) {
            if (stems[slots[s] - 1].equals(stem)) {
                return slots[s] - 1;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return stems.length;
    }

    @Override
    public boolean isEmpty() {
        return stems.length == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Float get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : weights[i];
    }

    @Override
    public Float getOrDefault(Object key, Float otherwise) {
        int i = indexOf(key);
        return i < 0 ? otherwise : weights[i];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Float> action) {
        for (int i = 0; i < stems.length; i++) {
            action.accept(stems[i], weights[i]);
        }
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return indexOf(o) >= 0;
            }

            @Override
            public int size() {
                return stems.length;
            }

            @Override
            public Iterator<String> iterator() {
                return new Walk<>() {
                    @Override
                    String at(int i) {
                        return stems[i];
                    }
                };
            }
        };
    }

    @Override
    public Set<Map.Entry<String, Float>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return stems.length;
            }

            @Override
            public Iterator<Map.Entry<String, Float>> iterator() {
                return new Walk<>() {
                    @Override
                    Map.Entry<String, Float> at(int i) {
                        return new SimpleImmutableEntry<>(stems[i], weights[i]);
                    }
                };
            }
        };
    }

    /** An iterator over the row's positions in order, giving what {@link #at} makes of each. */
    private abstract class Walk<T> implements Iterator<T> {
        private int next;

        abstract T at(int i);

        @Override
        public boolean hasNext() {
            return next < stems.length;
        }

        @Override
        public T next() {
            if (next >= stems.length) {
                throw new NoSuchElementException();
            }
            return at(next++);
        }
    }
}
