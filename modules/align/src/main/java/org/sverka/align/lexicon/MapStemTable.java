package org.sverka.align.lexicon;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The pairs of a {@link Lexicon.Builder} in hash maps, both directions; immutable once made. */
final class MapStemTable implements StemTable {
    private final Map<String, Map<String, Float>> enToRu;
    private final Map<String, Map<String, Float>> ruToEn;

    MapStemTable(Map<String, Map<String, Float>> enToRu, Map<String, Map<String, Float>> ruToEn) {
        this.enToRu = freeze(enToRu);
        this.ruToEn = freeze(ruToEn);
    }

    private static Map<String, Map<String, Float>> freeze(Map<String, Map<String, Float>> m) {
        Map<String, Map<String, Float>> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(new HashMap<>(v))));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public Map<String, Float> russianFor(String enStem) {
        return enToRu.getOrDefault(enStem, Map.of());
    }

    @Override
    public Map<String, Float> englishFor(String ruStem) {
        return ruToEn.getOrDefault(ruStem, Map.of());
    }

    @Override
    public int englishStems() {
        return enToRu.size();
    }

    /** Visits the pairs with English stems, then Russian stems, in sorted order. */
    @Override
    public void forEachPair(Lexicon.PairConsumer consumer) {
        new TreeMap<>(enToRu).forEach((en, row) -> new TreeMap<>(row).forEach((ru, w) -> consumer.accept(en, ru, w)));
    }
}
