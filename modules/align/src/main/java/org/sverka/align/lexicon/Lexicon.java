package org.sverka.align.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.sverka.core.InputException;

/**
 * Translation weights between English and Russian stems, in both directions. Immutable.
 * <pre>{@code
 * Lexicon lex = Lexicon.defaultLexicon();
 * lex.russianFor("minist");   // {министр=1.0, ...}
 * }</pre>
 *
 * <p>A weight in (0, 1] says how surely one stem translates the other: 1 for a one-word
 * dictionary translation, less for a word inside a longer translation, and for learned pairs a
 * value that grows with the IBM Model 1 probability in either direction.
 *
 * <p>The default lexicon is read from its packed form ({@link PackedLexicon}, made from the text
 * files by {@code PackedLexiconTest} and checked against them there) in one read; the text files
 * stay the source of truth and are parsed instead when the packed form is missing or was made
 * from other text files (its recorded checksum differs).
 */
public final class Lexicon {
    /** Where the default lexicon lies on the class path. */
    public static final String DEFAULT_DICTIONARY = "/org/sverka/lexicon/enru/dictionary.tsv.gz";
    /** Acronyms and names written for sverka (U.S. ~ США), on the class path. */
    public static final String DEFAULT_ACRONYMS = "/org/sverka/lexicon/enru/acronyms.tsv";
    /** Where the default learned probabilities lie on the class path. */
    public static final String DEFAULT_PROBABILITIES = "/org/sverka/lexicon/enru/ibm1.tsv.gz";
    /** The three default files above in one packed lexicon ({@link PackedLexicon}), gzip-compressed, on the class path. */
    public static final String DEFAULT_PACKED = "/org/sverka/lexicon/enru/lexicon.bin.gz";

    private static volatile Lexicon defaultLexicon;

    private final StemTable own;
    private final Lexicon base;
    private final Map<String, Map<String, Float>> mergedEn = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<String, Float>> mergedRu = new java.util.concurrent.ConcurrentHashMap<>();

    private Lexicon(StemTable own, Lexicon base) {
        this.own = own;
        this.base = base;
    }

    /**
     * A lexicon over packed pairs, searched in place.
     * <pre>{@code
     * Lexicon lex = Lexicon.ofPacked(PackedLexicon.pack(Lexicon.builder().add("hous", "дом", 1f).build()));
     * }</pre>
     *
     * @param packed what {@link PackedLexicon#pack(Lexicon)} wrote; kept, not copied
     * @return the lexicon
     * @throws IllegalArgumentException when the bytes are not a whole packed lexicon
     */
    public static Lexicon ofPacked(byte[] packed) {
        return new Lexicon(PackedLexicon.read(packed), null);
    }

    /** @return whether this lexicon's own pairs are packed ({@link #ofPacked}) rather than in maps */
    boolean isPacked() {
        return own instanceof PackedLexicon;
    }

    /** @return whether this lexicon answers with a base's pairs too ({@link #with}) */
    boolean isCombined() {
        return base != null;
    }

    /**
     * A lexicon that answers with this one's pairs and those of {@code extra}; where both know a
     * pair, the larger weight counts. Neither is copied.
     * <pre>{@code
     * Lexicon mine = Lexicon.defaultLexicon().with(Lexicon.builder().addFile(Path.of("mine.tsv")).build());
     * }</pre>
     *
     * @param extra pairs to add, such as a user's lexicon or one learned from a document
     * @return the combined lexicon
     */
    public Lexicon with(Lexicon extra) {
        if (extra.base != null) {
            throw new IllegalArgumentException("the extra lexicon must not itself be combined");
        }
        return new Lexicon(extra.own, this);
    }

    /** @return a builder of an empty lexicon */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The lexicon shipped with sverka: the Mueller dictionary and probabilities learned from
     * Tatoeba and TICO-19. Loaded once per process.
     *
     * @return the default lexicon
     */
    public static Lexicon defaultLexicon() {
        Lexicon l = defaultLexicon;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = defaultLexicon;
                if (l == null) {
                    byte[] packed = PackedDefault.loadIfCurrent();
                    l = packed != null ? new Lexicon(PackedLexicon.readChecked(packed), null) : defaultFromText();
                    defaultLexicon = l;
                }
            }
        }
        return l;
    }

    /**
     * The default lexicon parsed from its text files, ignoring the packed form: the source of truth
     * the packed form is checked against.
     *
     * @return a new lexicon of the three default files
     */
    public static Lexicon defaultFromText() {
        return builder().addResource(DEFAULT_DICTIONARY).addResource(DEFAULT_PROBABILITIES)
                .addResource(DEFAULT_ACRONYMS).build();
    }

    /**
     * @param enStem an English stem
     * @return the Russian stems it translates to, with weights; empty when unknown
     */
    public Map<String, Float> russianFor(String enStem) {
        return lookup(enStem, mergedEn, true);
    }

    private Map<String, Float> lookup(String stem, Map<String, Map<String, Float>> merged, boolean english) {
        Map<String, Float> mine = english ? own.russianFor(stem) : own.englishFor(stem);
        if (base == null) {
            return mine;
        }
        Map<String, Float> theirs = english ? base.russianFor(stem) : base.englishFor(stem);
        if (mine.isEmpty()) {
            return theirs;
        }
        return merged.computeIfAbsent(stem, k -> {
            Map<String, Float> m = new HashMap<>(theirs);
            mine.forEach((t, w) -> m.merge(t, w, Math::max));
            return Collections.unmodifiableMap(m);
        });
    }

    /**
     * @param ruStem a Russian stem
     * @return the English stems it translates to, with weights; empty when unknown
     */
    public Map<String, Float> englishFor(String ruStem) {
        return lookup(ruStem, mergedRu, false);
    }

    /**
     * What this lexicon says of the stems of two documents, by position in the lists given; a packed
     * lexicon without a base answers by ids, without making a string of any translation.
     * <pre>{@code
     * StemTranslations t = Lexicon.defaultLexicon().translations(List.of("minist"), List.of("дом", "министр"));
     * t.russianTargets(0);   // [1]
     * }</pre>
     *
     * @param englishStems distinct English stems
     * @param russianStems distinct Russian stems
     * @return their translations among each other
     */
    public StemTranslations translations(java.util.List<String> englishStems, java.util.List<String> russianStems) {
        return translations(englishStems, russianStems, Runtime.getRuntime().availableProcessors() >= 2 ? 2 : 1);
    }

    /**
     * {@link #translations(java.util.List, java.util.List)} on at most {@code threads} threads: with 2,
     * a packed lexicon searches long lists' two directions at once; the result is the same.
     * <pre>{@code
     * StemTranslations t = Lexicon.defaultLexicon().translations(englishStems, russianStems, 1);   // this thread only
     * }</pre>
     *
     * @param englishStems distinct English stems
     * @param russianStems distinct Russian stems
     * @param threads      1 or 2
     * @return their translations among each other
     */
    public StemTranslations translations(java.util.List<String> englishStems, java.util.List<String> russianStems, int threads) {
        if (threads < 1 || threads > 2) {
            throw new IllegalArgumentException("threads must be 1 or 2: " + threads);
        }
        if (base == null && own instanceof PackedLexicon packed) {
            return packed.translations(englishStems, russianStems, threads);
        }
        return StemTranslations.byMaps(this, englishStems, russianStems);
    }

    /** Receives the pairs of a lexicon. */
    @FunctionalInterface
    public interface PairConsumer {
        /**
         * @param en     English stem
         * @param ru     Russian stem
         * @param weight its weight
         */
        void accept(String en, String ru, float weight);
    }

    /**
     * Visits this lexicon's own pairs (not a base's), English stems in sorted order and, within
     * one, Russian stems in sorted order (code-point order; the same as {@link String#compareTo}
     * for stems of the Basic Multilingual Plane below U+E000).
     *
     * @param consumer receives every pair
     */
    public void forEachPair(PairConsumer consumer) {
        own.forEachPair(consumer);
    }

    /** @return the number of English stems with a translation of this lexicon's own (not counting a base) */
    public int size() {
        return own.englishStems();
    }

    /**
     * Weight of a learned pair: grows with the larger of the two IBM Model 1 probabilities.
     *
     * @param pRuGivenEn t(ru | en)
     * @param pEnGivenRu t(en | ru)
     * @return the weight in [0, 1]
     */
    public static float learnedWeight(double pRuGivenEn, double pEnGivenRu) {
        return (float) Math.min(1.0, 1.2 * Math.sqrt(Math.max(pRuGivenEn, pEnGivenRu)));
    }

    /** Collects pairs; when a pair comes twice, the larger weight stays. */
    public static final class Builder {
        private final Map<String, Map<String, Float>> enToRu = new HashMap<>();
        private final Map<String, Map<String, Float>> ruToEn = new HashMap<>();

        private Builder() {
        }

        /**
         * @param en     English stem
         * @param ru     Russian stem
         * @param weight in (0, 1]
         * @return this builder
         */
        public Builder add(String en, String ru, float weight) {
            enToRu.computeIfAbsent(en, k -> new HashMap<>()).merge(ru, weight, Math::max);
            ruToEn.computeIfAbsent(ru, k -> new HashMap<>()).merge(en, weight, Math::max);
            return this;
        }

        /**
         * Adds a lexicon file: TSV lines {@code en ru weight} (a dictionary) or
         * {@code en ru p(ru|en) p(en|ru)} (learned probabilities); gzip when the name ends in .gz.
         *
         * @param file the file
         * @return this builder
         * @throws InputException naming the file and line when it cannot be read
         */
        public Builder addFile(Path file) {
            if (!Files.isRegularFile(file)) {
                throw new InputException(file.toString(), "no such lexicon file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return add(file.toString(), file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in);
            } catch (IOException e) {
                throw new InputException(file.toString(), "cannot read the lexicon: " + e.getMessage(), e);
            }
        }

        /**
         * @param resource a class-path resource in the format of {@link #addFile(Path)}, gzip-compressed when its name ends in .gz
         * @return this builder
         */
        public Builder addResource(String resource) {
            try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the lexicon resource " + resource + " is missing from the class path");
                }
                return add(resource, resource.endsWith(".gz") ? new GZIPInputStream(in) : in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the lexicon resource " + resource, e);
            }
        }

        private Builder add(String source, InputStream in) throws IOException {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                try {
                    if (f.length == 3) {
                        add(f[0], f[1], Float.parseFloat(f[2]));
                    } else if (f.length == 4) {
                        add(f[0], f[1], learnedWeight(Double.parseDouble(f[2]), Double.parseDouble(f[3])));
                    } else {
                        throw new NumberFormatException("expected 3 or 4 tab-separated fields, found " + f.length);
                    }
                } catch (NumberFormatException e) {
                    throw new InputException(source, "line " + n + ": " + e.getMessage(), e);
                }
            }
            return this;
        }

        /** @return the lexicon */
        public Lexicon build() {
            return new Lexicon(new MapStemTable(enToRu, ruToEn), null);
        }
    }
}
