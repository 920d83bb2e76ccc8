package org.sverka.index;

import java.util.List;

/**
 * Why a candidate was found: which of the query's names and numbers it holds, and how many of the
 * query's words it holds in some rendering.
 *
 * @param matchedNames   the query's name keys the document holds, in query order
 * @param matchedNumbers the query's numbers and dates the document holds, in query order
 * @param matchedTerms   the query's words the document holds in at least one rendering, in query order
 * @param queryTerms     how many words the query has (searched, after any cut of a very long query)
 */
public record Evidence(List<String> matchedNames, List<String> matchedNumbers, List<String> matchedTerms,
                       int queryTerms) {
    /** Copies the lists. */
    public Evidence {
        matchedNames = List.copyOf(matchedNames);
        matchedNumbers = List.copyOf(matchedNumbers);
        matchedTerms = List.copyOf(matchedTerms);
    }

    /** @return the share of the query's words the document holds, 0 for a query without words */
    public double termCoverage() {
        return queryTerms == 0 ? 0 : (double) matchedTerms.size() / queryTerms;
    }
}
