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
 * English and Russian are decided from the letters where they leave no doubt ({@link ScriptRule}:
 * Cyrillic with no letter of another Cyrillic alphabet and with ы, э or ё, or with a word or ending
 * only Russian writes and none that only the others write; Latin with English function
 * words and no German or French ones), with confidence 1; only the rest goes to Lingua, in its
 * low-accuracy mode for texts of 120 characters or more. Lingua's detectors are built on first use,
 * once per process, and load a language's models only when a text needs them, so plain English and
 * Russian text loads none. A Cyrillic text long enough to have written Ukrainian's і or Serbian's ј
 * and written none is not asked about those languages ({@link MissingLetters}). Instances are immutable and
 * thread-safe.
 *
 * <p>Over 300 lines because document, block and script-run decisions share the lazily built detectors and the script rule, and their builder is documented here.
 */
public final class LanguageIdentifier {
    /** English, Russian, Ukrainian, Belarusian, Bulgarian, Serbian, German, French. */
    public static final Set<String> DEFAULT_LANGUAGES = Set.of("en", "ru", "uk", "be", "bg", "sr", "de", "fr");
    private static final Map<DetectorKey, LanguageDetector> DETECTORS = new ConcurrentHashMap<>();
    private static final int DOCUMENT_SAMPLE_CHARS = 20_000;
    /**
     * Texts this long or longer go to Lingua's low-accuracy mode (trigrams only), which agreed with
     * the high-accuracy mode on all NTREX-128 lines of this length and on 99.8% of WCXB's blocks of
     * this length, but differed on 8.5% of the shorter blocks.
     */
    static final int LONG_TEXT = 120;

    /** ISO 639-1 codes Lingua is known to support; others are checked against Lingua's own list. */
    private static final Set<String> KNOWN_CODES = Set.of("en", "ru", "uk", "be", "bg", "sr", "mk", "de", "fr");

    private final Set<String> languages;
    private final boolean lowAccuracy;
    private final Map<Character.UnicodeScript, Set<String>> byScript = new EnumMap<>(Character.UnicodeScript.class);
    private final Map<Character.UnicodeScript, String> onlyOfScript = new EnumMap<>(Character.UnicodeScript.class);
    /** The languages {@link ScriptRule} may decide for this set: those whose script-mates it knows. */
    private final Set<String> ruleDecides;

    private record DetectorKey(Set<String> languages, boolean lowAccuracy) {
    }

    private LanguageIdentifier(Set<String> languages, boolean lowAccuracy, boolean scriptRule) {
        this.languages = Set.copyOf(languages);
        this.lowAccuracy = lowAccuracy;
        Map<Character.UnicodeScript, Set<String>> scripts = new EnumMap<>(Character.UnicodeScript.class);
        for (String l : languages) {
            scripts.computeIfAbsent(scriptOf(l), s -> new LinkedHashSet<>()).add(l);
        }
        scripts.forEach((script, set) -> {
            if (set.size() == 1) {
                onlyOfScript.put(script, set.iterator().next());
            } else {
                byScript.put(script, Set.copyOf(set));
            }
        });
        Set<String> decides = new java.util.HashSet<>();
        if (scriptRule) {
            for (String code : List.of("en", "ru")) {
                if (this.languages.contains(code) && scripts.get(scriptOf(code)).stream().allMatch(ScriptRule.KNOWN::contains)) {
                    decides.add(code);
                }
            }
        }
        this.ruleDecides = Set.copyOf(decides);
    }

    /** @return a builder with {@link #DEFAULT_LANGUAGES} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The Lingua detector for a language set, built on first use and shared by the process; Lingua
     * loads a language's models when a text first needs them.
     */
    private LanguageDetector detectorFor(Set<String> set, String text) {
        boolean low = lowAccuracy || text.length() >= LONG_TEXT;
        return DETECTORS.computeIfAbsent(new DetectorKey(set, low), k -> {
            LanguageDetectorBuilder b = LanguageDetectorBuilder.fromLanguages(
                    k.languages().stream().map(LanguageIdentifier::lingua).toArray(Language[]::new));
            return (k.lowAccuracy() ? b.withLowAccuracyMode() : b).build();
        });
    }

    /** @return true once any Lingua detector has been built in this process (for the start-up figures) */
    static boolean linguaBuilt() {
        return !DETECTORS.isEmpty();
    }

    /** The rule's decision where the letters decide and the language set lets it, else null. */
    private LanguageGuess byLetters(String text) {
        if (ruleDecides.isEmpty()) {
            return null;
        }
        String decided = ScriptRule.decide(text);
        return decided != null && ruleDecides.contains(decided) ? new LanguageGuess(decided, 1.0) : null;
    }

    /** The script of a language, by its ISO 639-1 code. */
    private static Character.UnicodeScript scriptOf(String code) {
        return switch (code) {
            case "ru", "uk", "be", "bg", "sr", "mk", "kk", "mn" -> Character.UnicodeScript.CYRILLIC;
            case "el" -> Character.UnicodeScript.GREEK;
            case "ar", "fa", "ur" -> Character.UnicodeScript.ARABIC;
            case "he" -> Character.UnicodeScript.HEBREW;
            case "zh" -> Character.UnicodeScript.HAN;
            case "ja" -> Character.UnicodeScript.HIRAGANA;
            case "ko" -> Character.UnicodeScript.HANGUL;
            case "hy" -> Character.UnicodeScript.ARMENIAN;
            case "ka" -> Character.UnicodeScript.GEORGIAN;
            case "hi", "mr" -> Character.UnicodeScript.DEVANAGARI;
            case "bn" -> Character.UnicodeScript.BENGALI;
            case "gu" -> Character.UnicodeScript.GUJARATI;
            case "pa" -> Character.UnicodeScript.GURMUKHI;
            case "ta" -> Character.UnicodeScript.TAMIL;
            case "te" -> Character.UnicodeScript.TELUGU;
            case "th" -> Character.UnicodeScript.THAI;
            default -> Character.UnicodeScript.LATIN;
        };
    }

    private static Language lingua(String code) {
        return Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
    }

    /** @return the ISO 639-1 codes of the languages told apart */
    public Set<String> languages() {
        return new java.util.TreeSet<>(languages);
    }

    /**
     * @param text any text
     * @return its language and the detector's confidence; {@link LanguageGuess#UNKNOWN} when no language can be told
     */
    public LanguageGuess detect(String text) {
        LanguageGuess byLetters = byLetters(text);
        if (byLetters != null) {
            return byLetters;
        }
        Character.UnicodeScript script = scriptOfWords(text);
        return script != null && (byScript.containsKey(script) || onlyOfScript.containsKey(script))
                ? languageOfScript(script, withoutLabels(text)) : guess(languages, text);
    }

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("(?<!\\p{L})\\p{Lu}{1,4}(?!\\p{L})");

    /** The text without its words of up to four capitals (see {@link #scriptOfWords}). */
    static String withoutLabels(String text) {
        return LABEL.matcher(text).replaceAll(" ");
    }

    /**
     * The one script of a text's words, not counting words of up to four capitals (roman numerals,
     * letters that label a part, acronyms: "II. Здание E"), whose letters would otherwise make the
     * detector answer a language of their script for a short heading; null when the words are of
     * several scripts or there are none but such labels.
     */
    static Character.UnicodeScript scriptOfWords(String text) {
        Character.UnicodeScript found = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean mixed = false;
            boolean allUpper = true;
            int letters = 0;
            while (i < n && Character.isLetter(cp = text.codePointAt(i))) {
                mixed |= Character.UnicodeScript.of(cp) != script;
                allUpper &= Character.isUpperCase(cp);
                letters++;
                i += Character.charCount(cp);
            }
            if (allUpper && letters <= 4 && !mixed) {
                continue;
            }
            if (mixed || found != null && found != script) {
                return null;
            }
            found = script;
        }
        return found;
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
        String only = onlyOfScript.get(script);
        if (only != null) {
            return new LanguageGuess(only, 1.0);
        }
        Set<String> set = byScript.get(script);
        if (set == null) {
            return LanguageGuess.UNKNOWN;
        }
        LanguageGuess byLetters = byLetters(run);
        return byLetters != null ? byLetters : guess(set, run);
    }

    /**
     * The detector's guess among a set of languages, less those the text's missing letters rule out
     * ({@link MissingLetters}); the one left when only one is.
     */
    private LanguageGuess guess(Set<String> set, String text) {
        Set<String> ruledOut = MissingLetters.ruledOut(text);
        Set<String> asked = set;
        if (!ruledOut.isEmpty() && set.stream().anyMatch(ruledOut::contains)) {
            asked = new java.util.HashSet<>(set);
            asked.removeAll(ruledOut);
            if (asked.isEmpty()) {
                asked = set;
            } else if (asked.size() == 1) {
                return new LanguageGuess(asked.iterator().next(), 1.0);
            } else {
                asked = Set.copyOf(asked);
            }
        }
        return guess(detectorFor(asked, text), text);
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
        private final Set<String> languages = new LinkedHashSet<>();
        private boolean lowAccuracy;
        private boolean scriptRule = true;

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
                String code = iso.strip().toLowerCase(Locale.ROOT);
                if (!KNOWN_CODES.contains(code)) {
                    lingua(code);   // throws for a code Lingua does not know
                }
                languages.add(code);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown ISO 639-1 language code: " + iso, e);
            }
        }

        /**
         * @param low true for Lingua's low-accuracy mode on every text (trigram models only: less to
         *            load, faster, less accurate on short texts); default false: only texts of 120
         *            characters or more, where it was measured as accurate as the full mode
         * @return this builder
         */
        public Builder lowAccuracyMode(boolean low) {
            this.lowAccuracy = low;
            return this;
        }

        /**
         * For measurement: with false every text goes to Lingua, as before the script rule.
         *
         * @param use whether English and Russian may be decided from the letters (default true)
         * @return this builder
         */
        Builder scriptRule(boolean use) {
            this.scriptRule = use;
            return this;
        }

        /** @return the identifier; cheap: Lingua's detectors are built, and its models loaded, on first use */
        public LanguageIdentifier build() {
            return new LanguageIdentifier(languages, lowAccuracy, scriptRule);
        }
    }
}
