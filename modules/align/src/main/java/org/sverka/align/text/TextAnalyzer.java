package org.sverka.align.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * Analyzes sentences of one language for the similarity model: words, stop words, stems, name
 * keys and numbers. Thread-safe.
 * <pre>{@code
 * AnalyzedSentence s = TextAnalyzer.russian().analyze("Лавров прибыл в Женеву 16 сентября.");
 * s.stems();    // [лавр, прибыл, женев, сентябр]
 * s.numbers();  // [16, month:9]
 * }</pre>
 */
public final class TextAnalyzer {
    /**
     * What a word is: an abbreviation of two capitals or more, each with its point (U.S., U.N.), or a
     * letter followed by letters, combining marks and apostrophes. {@link #wordEnd} scans for exactly this.
     */
    static final Pattern WORD = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{L}[\\p{L}\\p{M}'’]*");
    private static final CharArraySet EN_STOP;
    private static final CharArraySet RU_STOP;

    static {
        EN_STOP = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        EN_STOP.addAll(List.of("he", "she", "his", "her", "him", "we", "our", "us", "you", "your", "i", "me", "my",
                "its", "has", "have", "had", "been", "were", "was", "would", "could", "should", "may", "might", "can",
                "do", "does", "did", "from", "which", "who", "whom", "what", "also", "than", "so", "very", "more",
                "most", "about", "over", "after", "before", "up", "out", "all", "any", "some", "said", "says", "'s"));
        RU_STOP = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), false);
    }

    /** Distinct words whose stem and name key are kept ({@link #forms}); a document has a few thousand. */
    private static final int FORMS_LIMIT = 200_000;

    private final String language;
    private final Stemmer stemmer;
    private final CharArraySet stop;
    /** Each lower-case word's stem and name key, computed once: words repeat through a document. */
    private final java.util.Map<String, Forms> forms = new java.util.concurrent.ConcurrentHashMap<>(1 << 14);

    /** A word's stem and name key (null when it has none). */
    private record Forms(String stem, String key) {
    }

    private TextAnalyzer(String language, Stemmer stemmer, CharArraySet stop) {
        this.language = language;
        this.stemmer = stemmer;
        this.stop = stop;
    }

    /** @return the English analyzer */
    public static TextAnalyzer english() {
        return new TextAnalyzer("en", Stemmer.english(), EN_STOP);
    }

    /** @return the Russian analyzer */
    public static TextAnalyzer russian() {
        return new TextAnalyzer("ru", Stemmer.russian(), RU_STOP);
    }

    /** @return {@code en} or {@code ru} */
    public String language() {
        return language;
    }

    /**
     * @param lowerCaseWord a word in lower case
     * @return its stem
     */
    public String stem(String lowerCaseWord) {
        return stemmer.stem(normalize(lowerCaseWord));
    }

    /**
     * @param lowerCaseWord a word in lower case
     * @return whether it is a stop word
     */
    public boolean isStopWord(String lowerCaseWord) {
        return stop.contains(normalize(lowerCaseWord));
    }

    /**
     * @param text a sentence
     * @return its analysis
     */
    public AnalyzedSentence analyze(String text) {
        List<String> stems = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> all = new ArrayList<>();
        forEachWord(text, (word, lower, start, end) -> {
            boolean first = all.isEmpty();
            Forms f = forms(lower);
            all.add(f.stem());
            if (isContent(word, lower)) {
                stems.add(f.stem());
                keys.add(f.key());
                if (!first && Character.isUpperCase(word.charAt(0))) {
                    names.add(word);
                }
            }
        });
        return new AnalyzedSentence(stems, keys, names, NumberNormalizer.values(text, language), all, text.length());
    }

    /**
     * Where the content words of a sentence stand: the words {@link #analyze(String)} keeps as
     * stems, in the same order, as {@code {start, end}} character offsets into the text.
     * <pre>{@code
     * TextAnalyzer.english().contentWordOffsets("The talks lasted five hours.");   // [4,9] [10,16] [17,21] [22,27]
     * }</pre>
     *
     * @param text a sentence
     * @return one offset pair per stem of {@code analyze(text).stems()}
     */
    public List<int[]> contentWordOffsets(String text) {
        List<int[]> out = new ArrayList<>();
        forEachWord(text, (word, lower, start, end) -> {
            if (isContent(word, lower)) {
                out.add(new int[] {start, end});
            }
        });
        return out;
    }

    /** One word of a text: as written, in lower case as the analysis reads it, and where it stands. */
    @FunctionalInterface
    private interface WordVisitor {
        void word(String word, String lower, int start, int end);
    }

    /** Hands each word of a text ({@link #WORD}) to the visitor, in order. */
    private static void forEachWord(String text, WordVisitor visitor) {
        for (int i = 0, n = text.length(); i < n; ) {
            int end = wordEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            String word = text.substring(i, end);
            visitor.word(word, normalize(word.toLowerCase(Locale.ROOT)).replace(".", ""), i, end);
            i = end;
        }
    }

    /** Whether a word is a content word: an acronym or no stop word, of two letters or more. */
    private boolean isContent(String word, String lower) {
        return (isAcronym(word) || !stop.contains(normalize(lower))) && lower.length() > 1;
    }

    /**
     * Where a {@link #WORD} that starts at a position ends: a scan in place of the expression, which
     * every sentence of a document went through twice (for its analysis and for its words' places).
     *
     * @param text a text
     * @param at   a position in it
     * @return the end of the word starting there, or -1 when none starts there
     */
    static int wordEnd(String text, int at) {
        int n = text.length();
        int end = at;
        int points = 0;
        while (end < n) {
            int c = text.codePointAt(end);
            int next = end + Character.charCount(c);
            if (Character.getType(c) != Character.UPPERCASE_LETTER || next >= n || text.charAt(next) != '.') {
                break;
            }
            end = next + 1;
            points++;
        }
        if (points >= 2) {
            return end;
        }
        int c = text.codePointAt(at);
        if (!Character.isLetter(c)) {
            return -1;
        }
        end = at + Character.charCount(c);
        while (end < n) {
            c = text.codePointAt(end);
            if (!Character.isLetter(c) && !isMark(c) && c != '\'' && c != '’') {
                break;
            }
            end += Character.charCount(c);
        }
        return end;
    }

    /** Whether a code point is a combining mark ({@code \\p{M}}). */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private Forms forms(String lower) {
        Forms f = forms.get(lower);
        if (f == null) {
            f = new Forms(stemmer.stem(lower), language.equals("ru") ? NameKey.ofRussian(lower) : NameKey.ofEnglish(lower));
            if (forms.size() < FORMS_LIMIT) {
                forms.put(lower, f);
            }
        }
        return f;
    }

    /** A word of two letters or more, each of its letters a capital (NATO, U.S. as matched, ООН). */
    private static boolean isAcronym(String word) {
        if (word.length() <= 1) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static String normalize(String lower) {
        return lower.replace('ё', 'е').replace('’', '\'');
    }
}
