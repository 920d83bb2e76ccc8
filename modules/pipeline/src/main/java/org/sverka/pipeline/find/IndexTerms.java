package org.sverka.pipeline.find;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sverka.align.lexicon.Lexicon;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.align.text.NameKey;
import org.sverka.align.text.NumberNormalizer;
import org.sverka.align.text.TextAnalyzer;
import org.sverka.index.FindQuery;
import org.sverka.index.IndexedDocument;
import org.sverka.index.QueryTerm;

/**
 * The one place that turns sentences into what the index holds and what it is searched by, so that
 * documents and queries share one written form: content words as Snowball stems (the align module's
 * {@link TextAnalyzer}), names as transliteration keys ({@link NameKey}: Лавров and Lavrov share
 * {@code lavrov}), numbers and dates normalised ({@link NumberNormalizer}: 16 сентября and September
 * 16 share {@code month:9} and {@code 16}). A query in the other language than the documents
 * translates each content word through the {@link Lexicon} into its {@link #RENDERINGS} best-weighted renderings
 * (among renderings of the same weight, the ones usual in parallel text first; a query of more than
 * {@link #LONG_QUERY} words keeps {@link #LONG_RENDERINGS} a word);
 * names and numbers go as they are. This is the recipe {@code FieldWeightFigures} in the index
 * module's tests measured the field weights with.
 * <pre>{@code
 * IndexTerms terms = new IndexTerms(Lexicon.defaultLexicon());
 * IndexedDocument doc = terms.document("/archive/a.html", sha256, "ru", "Заголовок", sentences);
 * ReportQuery q = terms.query("en", reportSentences, "ru");
 * }</pre>
 * Thread-safe.
 */
public final class IndexTerms {
    /** Renderings kept per word: the best-weighted ones. */
    static final int RENDERINGS = 5;
    /**
     * Words over which a query is long: each of its words then keeps only its {@link #LONG_RENDERINGS} best
     * renderings. Against 100,000 documents a long report's search spends its time on the synonyms' merged
     * postings; a long query has evidence enough in its words' first renderings. Measured 2026-11-30: the
     * 100,000-document benchmark's whole-find CPU time at the 95th percentile fell from 1.86 s to 1.47 s and
     * its top-1 rose from 0.933 to 0.942 ({@code eval find-scale}, 120 queries); two renderings for every
     * query cost {@code eval find}'s report queries 0.009 of top-1 on the documents of even position.
     */
    static final int LONG_QUERY = 40;
    /** Renderings a word of a long query keeps. */
    static final int LONG_RENDERINGS = 2;
    /** The lowest weight a rendering is searched with (the lexicon's learned weights can be tiny). */
    static final double MIN_WEIGHT = 0.01;

    private static final TextAnalyzer ENGLISH = TextAnalyzer.english();
    private static final TextAnalyzer RUSSIAN = TextAnalyzer.russian();

    private static volatile Lexicon learnedDefault;

    private final Lexicon lexicon;
    private final Lexicon learned;

    /**
     * Translates through a lexicon, breaking ties among equally weighted renderings by the
     * probabilities sverka learned from parallel text.
     *
     * @param lexicon the English–Russian lexicon queries are translated through
     */
    public IndexTerms(Lexicon lexicon) {
        this(lexicon, learnedDefault());
    }

    /**
     * @param lexicon the English–Russian lexicon queries are translated through
     * @param learned word-pair probabilities learned from parallel text, which order renderings of the
     *                same weight in {@code lexicon} (a dictionary gives "talk" 33 renderings of weight
     *                1: переговоры, беседа, бахвальство…; Tatoeba and TICO-19 say which are usual)
     */
    public IndexTerms(Lexicon lexicon, Lexicon learned) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.learned = Objects.requireNonNull(learned, "learned");
    }

    private static Lexicon learnedDefault() {
        Lexicon l = learnedDefault;
        if (l == null) {
            synchronized (IndexTerms.class) {
                l = learnedDefault;
                if (l == null) {
                    l = Lexicon.builder().addResource(Lexicon.DEFAULT_PROBABILITIES).build();
                    learnedDefault = l;
                }
            }
        }
        return l;
    }

    /**
     * @param language {@code en} or {@code ru}
     * @return whether documents in that language can be indexed and searched
     */
    public static boolean supports(String language) {
        return "en".equals(language) || "ru".equals(language);
    }

    /**
     * The index entry of a document.
     *
     * @param path        its identity in the index
     * @param contentHash the hash of its content
     * @param language    {@code en} or {@code ru}
     * @param title       its title, or an empty string
     * @param sentences   its sentences in order
     * @return the document with its stems, name keys and numbers
     * @throws IllegalArgumentException when the language is neither English nor Russian
     */
    public IndexedDocument document(String path, String contentHash, String language, String title, List<String> sentences) {
        TextAnalyzer analyzer = analyzer(language);
        List<String> stems = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (String s : sentences) {
            AnalyzedSentence a = analyzer.analyze(s);
            stems.addAll(a.stems());
            for (String name : a.names()) {
                String key = nameKey(name, language);
                if (key != null) {
                    names.add(key);
                }
            }
            a.numbers().forEach(v -> numbers.add(v.token()));
        }
        return new IndexedDocument(path, contentHash, language, title, stems, names, numbers, sentences);
    }

    /**
     * The query of a report: its words translated into the documents' language (or as they are when
     * the languages are the same), its name keys and its numbers.
     *
     * @param reportLanguage   the report's language, {@code en} or {@code ru}
     * @param sentences        the report's sentences
     * @param documentLanguage the language of the documents to search, {@code en} or {@code ru}
     * @return the query, with the names as written in the report for display
     * @throws IllegalArgumentException when a language is neither English nor Russian
     */
    public ReportQuery query(String reportLanguage, List<String> sentences, String documentLanguage) {
        return queries(reportLanguage, sentences, documentLanguage, false).whole();
    }

    /**
     * The query of a whole report and of each of its sentences alone, from one reading of each
     * sentence (each word is analysed and looked up in the lexicon once).
     * <pre>{@code
     * IndexTerms.Queries q = terms.queries("en", reportSentences, "ru");
     * index.search(q.whole().query(), 20);
     * index.search(q.sentences().get(3).query(), 2);     // the fourth sentence alone
     * }</pre>
     *
     * @param reportLanguage   the report's language, {@code en} or {@code ru}
     * @param sentences        the report's sentences
     * @param documentLanguage the language of the documents to search, {@code en} or {@code ru}
     * @return the whole report's query and one query a sentence, in order
     * @throws IllegalArgumentException when a language is neither English nor Russian
     */
    public Queries queries(String reportLanguage, List<String> sentences, String documentLanguage) {
        return queries(reportLanguage, sentences, documentLanguage, true);
    }

    /**
     * A report's queries.
     *
     * @param whole     the whole report's query
     * @param sentences each sentence's query alone, in the report's order (an empty query for a
     *                  sentence without words, names or numbers)
     * @param words     the report's content words, counted as a document's length is (every stem,
     *                  translated or not), at least 0
     */
    public record Queries(ReportQuery whole, List<ReportQuery> sentences, int words) {
        /** Copies the list. */
        public Queries {
            Objects.requireNonNull(whole, "whole");
            sentences = List.copyOf(sentences);
            if (words < 0) {
                throw new IllegalArgumentException("words = " + words + " is negative");
            }
        }
    }

    private Queries queries(String reportLanguage, List<String> sentences, String documentLanguage, boolean each) {
        TextAnalyzer analyzer = analyzer(reportLanguage);
        analyzer(documentLanguage);
        boolean same = reportLanguage.equals(documentLanguage);
        Query whole = new Query(documentLanguage);
        List<ReportQuery> alone = new ArrayList<>();
        Map<String, Map<String, Double>> looked = new java.util.HashMap<>();
        int words = 0;
        for (String s : sentences) {
            Query one = each ? new Query(documentLanguage) : null;
            AnalyzedSentence a = analyzer.analyze(s);
            words += a.stems().size();
            for (String stem : a.stems()) {
                QueryTerm t;
                if (same) {
                    t = QueryTerm.same(stem, 1);
                } else {
                    Map<String, Double> renderings = looked.computeIfAbsent(stem, w -> renderings(w, reportLanguage));
                    if (renderings.isEmpty()) {
                        continue;
                    }
                    t = new QueryTerm(stem, renderings, 1);
                }
                whole.builder.term(t);
                if (one != null) {
                    one.builder.term(t);
                }
            }
            for (String name : a.names()) {
                String key = nameKey(name, reportLanguage);
                if (key != null) {
                    whole.name(key, name);
                    if (one != null) {
                        one.name(key, name);
                    }
                }
            }
            for (NumberNormalizer.Value v : a.numbers()) {
                whole.number(v.token(), v.surface());
                if (one != null) {
                    one.number(v.token(), v.surface());
                }
            }
            if (one != null) {
                alone.add(one.build());
            }
        }
        return new Queries(whole.build(), alone, words);
    }

    /** A query of more than {@link #LONG_QUERY} words with each word's first {@link #LONG_RENDERINGS} renderings; a shorter one as it is. */
    private static ReportQuery shortened(ReportQuery q) {
        FindQuery f = q.query();
        if (f.terms().size() <= LONG_QUERY) {
            return q;
        }
        List<QueryTerm> terms = new ArrayList<>();
        for (QueryTerm t : f.terms()) {
            Map<String, Double> first = new LinkedHashMap<>();
            t.translations().entrySet().stream().limit(LONG_RENDERINGS).forEach(e -> first.put(e.getKey(), e.getValue()));
            terms.add(new QueryTerm(t.source(), first, t.weight()));
        }
        return new ReportQuery(new FindQuery(terms, f.nameKeys(), f.numbers(), f.documentLanguage()), q.names(), q.numbers());
    }

    /** A query being collected, with the names and numbers as the report writes them. */
    private static final class Query {
        final FindQuery.Builder builder;
        final Map<String, String> shownNames = new LinkedHashMap<>();
        final Map<String, String> shownNumbers = new LinkedHashMap<>();

        Query(String documentLanguage) {
            builder = FindQuery.builder().documentLanguage(documentLanguage);
        }

        void name(String key, String written) {
            builder.name(key);
            shownNames.putIfAbsent(key, written);
        }

        void number(String token, String written) {
            builder.number(token);
            shownNumbers.putIfAbsent(token, written);
        }

        ReportQuery build() {
            return shortened(new ReportQuery(builder.build(), shownNames, shownNumbers));
        }
    }

    private Map<String, Double> renderings(String stem, String language) {
        boolean english = language.equals("en");
        Map<String, Float> all = english ? lexicon.russianFor(stem) : lexicon.englishFor(stem);
        Map<String, Float> usual = english ? learned.russianFor(stem) : learned.englishFor(stem);
        Map<String, Double> out = new LinkedHashMap<>();
        all.entrySet().stream()
                .sorted(Map.Entry.<String, Float>comparingByValue().reversed()
                        .thenComparing(e -> -usual.getOrDefault(e.getKey(), 0f))
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(RENDERINGS)
                .forEach(e -> out.put(e.getKey(), Math.min(1.0, Math.max(MIN_WEIGHT, e.getValue()))));
        return out;
    }

    private static String nameKey(String name, String language) {
        String lower = name.toLowerCase(Locale.ROOT);
        return language.equals("ru") ? NameKey.ofRussian(lower) : NameKey.ofEnglish(lower);
    }

    private static TextAnalyzer analyzer(String language) {
        return switch (Objects.requireNonNull(language, "language")) {
            case "en" -> ENGLISH;
            case "ru" -> RUSSIAN;
            default -> throw new IllegalArgumentException("language '" + language
                    + "': sverka indexes and searches English and Russian only");
        };
    }

}
