package org.sverka.pipeline.find;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sverka.index.FindQuery;

/**
 * A report's query with what a person reads in the evidence: each name key with the name as the
 * report writes it, and each normalised number with its written form.
 *
 * @param query   the query the index is searched by
 * @param names   name key to the name as written in the report (first occurrence)
 * @param numbers normalised number to its written form in the report (first occurrence)
 */
public record ReportQuery(FindQuery query, Map<String, String> names, Map<String, String> numbers) {
    /** Copies the maps, keeping their order. */
    public ReportQuery {
        Objects.requireNonNull(query, "query");
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    }

    /**
     * @param keys name keys a document shares with the report
     * @return the names as the report writes them
     */
    public List<String> shownNames(List<String> keys) {
        return keys.stream().map(k -> names.getOrDefault(k, k)).distinct().toList();
    }

    /**
     * @param tokens numbers a document shares with the report
     * @return the numbers as the report writes them
     */
    public List<String> shownNumbers(List<String> tokens) {
        return tokens.stream().map(k -> numbers.getOrDefault(k, k)).distinct().toList();
    }
}
