package org.sverka.align.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Snowball stems (from Lucene's analysis module) of lower-case words, cached. Thread-safe:
 * Snowball stemmers are not, so each thread has its own.
 */
public final class Stemmer {
    private static final int CACHE_LIMIT = 200_000;
    private final ThreadLocal<SnowballStemmer> stemmer;
    /** Made with room for a long document's distinct words: growing a concurrent map while two threads fill it was about 3% of a book's CPU samples. */
    private final Map<String, String> cache = new ConcurrentHashMap<>(1 << 14);

    private Stemmer(Supplier<SnowballStemmer> factory) {
        this.stemmer = ThreadLocal.withInitial(factory);
    }

    /** @return the English (Porter2) stemmer */
    public static Stemmer english() {
        return new Stemmer(EnglishStemmer::new);
    }

    /** @return the Russian Snowball stemmer */
    public static Stemmer russian() {
        return new Stemmer(RussianStemmer::new);
    }

    /**
     * @param lowerCaseWord a word in lower case
     * @return its stem
     */
    public String stem(String lowerCaseWord) {
        String s = cache.get(lowerCaseWord);
        if (s == null) {
            SnowballStemmer st = stemmer.get();
            st.setCurrent(lowerCaseWord);
            st.stem();
            s = st.getCurrent();
            if (cache.size() < CACHE_LIMIT) {
                cache.put(lowerCaseWord, s);
            }
        }
        return s;
    }
}
