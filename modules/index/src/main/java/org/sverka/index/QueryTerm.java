package org.sverka.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One word of the report as the query carries it: the word itself and its renderings in the
 * language of the documents searched, each with the lexicon's weight in (0, 1]. A document that
 * holds any of the renderings matches the word once, counted by the best-weighted way (the
 * renderings are searched as weighted synonyms, so a word with five translations does not outweigh
 * a word with one).
 * <pre>{@code
 * new QueryTerm("talks", Map.of("переговор", 1.0, "беседа", 0.4), 2)   // "talks" twice in the report
 * }</pre>
 *
 * @param source       the report's word (for evidence and display)
 * @param translations the renderings, stemmed as the documents' content terms are, with weights in
 *                     (0, 1]; for a query in the documents' own language, the word itself with 1
 * @param weight       how much the word counts in the query, usually its frequency in the report;
 *                     positive; the search damps it to {@code 1 + ln(weight)} (a word said five
 *                     times counts 2.6 times), and a weight under 1 counts as it is
 */
public record QueryTerm(String source, Map<String, Double> translations, double weight) {
    /** Checks the weights and copies the map, keeping its order. */
    public QueryTerm {
        Objects.requireNonNull(source, "source");
        if (translations.isEmpty()) {
            throw new IllegalArgumentException(source + ": no translations");
        }
        for (Map.Entry<String, Double> e : translations.entrySet()) {
            double w = e.getValue();
            if (e.getKey().isEmpty() || !(w > 0 && w <= 1)) {
                throw new IllegalArgumentException(source + ": translation '" + e.getKey()
                        + "' has weight " + w + ", outside (0, 1]");
            }
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(source + ": weight " + weight + " is not positive");
        }
        translations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(translations));
    }

    /**
     * A word searched as itself, for a query in the documents' own language.
     *
     * @param term   the stemmed word
     * @param weight its frequency in the query
     * @return the query term
     */
    public static QueryTerm same(String term, double weight) {
        return new QueryTerm(term, Map.of(term, 1.0), weight);
    }
}
