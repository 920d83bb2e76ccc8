package org.sverka.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report is searched by: its words with their renderings, its name keys and its numbers,
 * and the language the originals must be in. The caller translates the report's words through the
 * lexicon; names and numbers go as they are, in the written form the documents were indexed with.
 * <pre>{@code
 * FindQuery query = FindQuery.builder()
 *         .documentLanguage("ru")                         // an English report: search Russian documents
 *         .term(new QueryTerm("talks", Map.of("переговор", 1.0, "беседа", 0.4), 1))
 *         .name("lavrov").name("kerri")
 *         .number("2015-09-16")
 *         .build();
 * }</pre>
 *
 * @param terms            the report's words, one entry a distinct word
 * @param nameKeys         the report's name keys, distinct
 * @param numbers          the report's numbers and dates, distinct
 * @param documentLanguage the language the documents must be in, or empty for any
 */
public record FindQuery(List<QueryTerm> terms, List<String> nameKeys, List<String> numbers,
                        Optional<String> documentLanguage) {
    /** Copies the lists. */
    public FindQuery {
        terms = List.copyOf(terms);
        nameKeys = List.copyOf(new LinkedHashSet<>(nameKeys));
        numbers = List.copyOf(new LinkedHashSet<>(numbers));
        Objects.requireNonNull(documentLanguage, "documentLanguage");
    }

    /** @return whether the query has nothing to search by */
    public boolean isEmpty() {
        return terms.isEmpty() && nameKeys.isEmpty() && numbers.isEmpty();
    }

    /** @return a builder of an empty query over documents in any language */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects a query. A word given twice is one term whose weights add and whose translations
     * merge (the higher weight kept); names and numbers given twice count once.
     */
    public static final class Builder {
        private final Map<String, QueryTerm> terms = new LinkedHashMap<>();
        private final List<String> names = new ArrayList<>();
        private final List<String> numbers = new ArrayList<>();
        private String language;

        private Builder() {
        }

        /**
         * @param term a word of the report with its renderings
         * @return this builder
         */
        public Builder term(QueryTerm term) {
            terms.merge(term.source(), term, Builder::merge);
            return this;
        }

        /**
         * @param nameKey a name key of the report
         * @return this builder
         */
        public Builder name(String nameKey) {
            if (!nameKey.isEmpty()) {
                names.add(nameKey);
            }
            return this;
        }

        /**
         * @param number a normalised number or date of the report
         * @return this builder
         */
        public Builder number(String number) {
            if (!number.isEmpty()) {
                numbers.add(number);
            }
            return this;
        }

        /**
         * @param code the language the documents must be in ({@code "ru"} for an English report), or
         *             null for any
         * @return this builder
         */
        public Builder documentLanguage(String code) {
            this.language = code;
            return this;
        }

        /** @return the query */
        public FindQuery build() {
            return new FindQuery(new ArrayList<>(terms.values()), names, numbers, Optional.ofNullable(language));
        }

        private static QueryTerm merge(QueryTerm a, QueryTerm b) {
            Map<String, Double> translations = new LinkedHashMap<>(a.translations());
            b.translations().forEach((t, w) -> translations.merge(t, w, Math::max));
            return new QueryTerm(a.source(), translations, a.weight() + b.weight());
        }
    }
}
