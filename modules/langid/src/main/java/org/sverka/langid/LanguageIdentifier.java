package org.sverka.langid;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import org.sverka.core.Block;
import org.sverka.core.Document;
import org.sverka.core.LanguageGuess;

/**
 * Tells the language of texts among a fixed set: the facade of the language stage.
 * <pre>{@code
 * LanguageIdentifier id = LanguageIdentifier.builder().build();        // the default set
 * id.detect("Переговоры продлились пять часов.");                     // ru, confidence 0.9..
 * id.scriptRuns("He called it «неприемлемым» on Monday.");            // en, ru, en runs
 * }</pre>
 * Detectors, and Lingua's models behind them, are built once per process and shared; instances
 * are immutable and thread-safe.
 */
public final class LanguageIdentifier {
    /** English, Russian, Ukrainian, Belarusian, Bulgarian, Serbian, German, French. */
    public static final Set<String> DEFAULT_LANGUAGES = Set.of("en", "ru", "uk", "be", "bg", "sr", "de", "fr");
    private static final Map<Set<Language>, LanguageDetector> DETECTORS = new ConcurrentHashMap<>();
    private static final int DOCUMENT_SAMPLE_CHARS = 20_000;

    private final Set<Language> languages;
    private final LanguageDetector detector;
    private final Map<Character.UnicodeScript, LanguageDetector> byScript = new EnumMap<>(Character.UnicodeScript.class);
    private final Map<Character.UnicodeScript, Language> onlyOfScript = new EnumMap<>(Character.UnicodeScript.class);

    private LanguageIdentifier(Set<Language> languages) {
        this.languages = Set.copyOf(languages);
        this.detector = detectorFor(this.languages);
        Map<Character.UnicodeScript, Set<Language>> scripts = new EnumMap<>(Character.UnicodeScript.class);
        for (Language l : languages) {
            scripts.computeIfAbsent(scriptOf(l), s -> new LinkedHashSet<>()).add(l);
        }
        scripts.forEach((script, set) -> {
            if (set.size() == 1) {
                onlyOfScript.put(script, set.iterator().next());
            } else {
                byScript.put(script, detectorFor(set));
            }
        });
    }

    /** @return a builder with {@link #DEFAULT_LANGUAGES} */
    public static Builder builder() {
        return new Builder();
    }

    private static LanguageDetector detectorFor(Set<Language> set) {
        return DETECTORS.computeIfAbsent(Set.copyOf(set),
                s -> LanguageDetectorBuilder.fromLanguages(s.toArray(new Language[0])).build());
    }

    private static Character.UnicodeScript scriptOf(Language l) {
        return switch (l) {
            case RUSSIAN, UKRAINIAN, BELARUSIAN, BULGARIAN, SERBIAN, MACEDONIAN, KAZAKH, MONGOLIAN -> Character.UnicodeScript.CYRILLIC;
            case GREEK -> Character.UnicodeScript.GREEK;
            case ARABIC, PERSIAN, URDU -> Character.UnicodeScript.ARABIC;
            case HEBREW -> Character.UnicodeScript.HEBREW;
            case CHINESE -> Character.UnicodeScript.HAN;
            case JAPANESE -> Character.UnicodeScript.HIRAGANA;
            case KOREAN -> Character.UnicodeScript.HANGUL;
            case ARMENIAN -> Character.UnicodeScript.ARMENIAN;
            case GEORGIAN -> Character.UnicodeScript.GEORGIAN;
            case HINDI, MARATHI -> Character.UnicodeScript.DEVANAGARI;
            default -> Character.UnicodeScript.LATIN;
        };
    }

    /** @return the ISO 639-1 codes of the languages told apart */
    public Set<String> languages() {
        Set<String> codes = new java.util.TreeSet<>();
        languages.forEach(l -> codes.add(code(l)));
        return codes;
    }

    /**
     * @param text any text
     * @return its language and the detector's confidence; {@link LanguageGuess#UNKNOWN} when no language can be told
     */
    public LanguageGuess detect(String text) {
        return guess(detector, text);
    }

    /**
     * Language of a whole document, judged on its text (the first 20,000 characters).
     *
     * @param document an extracted document
     * @return its language
     */
    public LanguageGuess detect(Document document) {
        String t = document.text();
        return detect(t.length() > DOCUMENT_SAMPLE_CHARS ? t.substring(0, DOCUMENT_SAMPLE_CHARS) : t);
    }

    /**
     * @param document an extracted document
     * @return the language of each block, in block order
     */
    public List<LanguageGuess> detectBlocks(Document document) {
        List<LanguageGuess> out = new ArrayList<>();
        for (Block b : document.blocks()) {
            out.add(detect(b.text()));
        }
        return out;
    }

    /**
     * Tells, without detecting any language, whether a text has letters of more than one script, so
     * that {@link #scriptRuns(String)} (which runs the detector on every run) is called only where
     * it can find something.
     * <pre>{@code
     * id.hasSeveralScripts("He called it «неприемлемым».");   // true
     * id.hasSeveralScripts("Переговоры начались.");            // false
     * }</pre>
     *
     * @param text a sentence
     * @return true when letters of two or more scripts occur
     */
    public static boolean hasSeveralScripts(String text) {
        Character.UnicodeScript first = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                if (first == null) {
                    first = s;
                } else if (s != first) {
                    return true;
                }
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * Splits a text into runs of one script and labels each. Digits, spaces and punctuation join
     * the run they stand in; an opening quote joins the run it opens.
     *
     * @param text a sentence
     * @return its runs in order; one run when the text has one script
     */
    public List<ScriptRun> scriptRuns(String text) {
        List<int[]> spans = new ArrayList<>();
        List<Character.UnicodeScript> scripts = new ArrayList<>();
        Character.UnicodeScript current = null;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                if (current == null) {
                    current = s;
                } else if (s != current) {
                    int cut = i;
                    while (cut > start && !Character.isLetterOrDigit(text.charAt(cut - 1))
                            && !Character.isWhitespace(text.charAt(cut - 1))) {
                        cut--;
                    }
                    spans.add(new int[] {start, cut});
                    scripts.add(current);
                    start = cut;
                    current = s;
                }
            }
            i += Character.charCount(cp);
        }
        spans.add(new int[] {start, text.length()});
        scripts.add(current == null ? Character.UnicodeScript.COMMON : current);
        List<ScriptRun> runs = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            int s = spans.get(k)[0];
            int e = spans.get(k)[1];
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                String run = text.substring(s, e);
                runs.add(new ScriptRun(s, run, scripts.get(k), languageOfScript(scripts.get(k), run)));
            }
        }
        return runs;
    }

    private LanguageGuess languageOfScript(Character.UnicodeScript script, String run) {
        Language only = onlyOfScript.get(script);
        if (only != null) {
            return new LanguageGuess(code(only), 1.0);
        }
        LanguageDetector d = byScript.get(script);
        return d == null ? LanguageGuess.UNKNOWN : guess(d, run);
    }

    private static LanguageGuess guess(LanguageDetector d, String text) {
        SortedMap<Language, Double> values = d.computeLanguageConfidenceValues(text);
        if (values.isEmpty()) {
            return LanguageGuess.UNKNOWN;
        }
        Language best = values.firstKey();
        double confidence = values.get(best);
        if (best == Language.UNKNOWN || confidence <= 0) {
            return LanguageGuess.UNKNOWN;
        }
        return new LanguageGuess(code(best), Math.min(1.0, confidence));
    }

    private static String code(Language l) {
        return l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** Chooses the languages to tell apart. */
    public static final class Builder {
        private final Set<Language> languages = new LinkedHashSet<>();

        private Builder() {
            DEFAULT_LANGUAGES.forEach(this::add);
        }

        /**
         * Replaces the language set.
         *
         * @param isoCodes ISO 639-1 codes, at least two
         * @return this builder
         * @throws IllegalArgumentException for an unknown code or fewer than two languages
         */
        public Builder languages(Set<String> isoCodes) {
            Objects.requireNonNull(isoCodes, "isoCodes");
            if (isoCodes.size() < 2) {
                throw new IllegalArgumentException("give at least two languages, got " + isoCodes);
            }
            languages.clear();
            isoCodes.forEach(this::add);
            return this;
        }

        private void add(String iso) {
            try {
                languages.add(Language.getByIsoCode639_1(IsoCode639_1.valueOf(iso.strip().toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown ISO 639-1 language code: " + iso, e);
            }
        }

        /** @return the identifier; the first one for a language set loads its models */
        public LanguageIdentifier build() {
            return new LanguageIdentifier(languages);
        }
    }
}
