package org.sverka.pipeline.find;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The candidates an index holds for a report, best first.
 *
 * @param report           the report's name (its file)
 * @param reportLanguage   the report's language
 * @param reportSentences  how many sentences the report has
 * @param documentLanguage the language of the documents searched
 * @param searched         how many documents of that language the index holds
 * @param ranked           the candidates, best first: the aligned ones by their score, then the rest by BM25
 * @param considered       every document the first stage handed to the second (aligned with the report), in the
 *                         first stage's order; {@code ranked} holds the best of them
 * @param timings          where the time went
 */
public record FindResult(String report, String reportLanguage, int reportSentences, String documentLanguage, int searched,
                         List<FoundOriginal> ranked, List<String> considered, FindTimings timings) {
    /** Copies the lists. */
    public FindResult {
        Objects.requireNonNull(report, "report");
        ranked = List.copyOf(ranked);
        considered = List.copyOf(considered);
        Objects.requireNonNull(timings, "timings");
    }

    /** @return the best candidate, or empty when nothing matched */
    public Optional<FoundOriginal> best() {
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }

    /**
     * @param path a document's identity
     * @return its 1-based rank, or 0 when it is not among the candidates
     */
    public int rankOf(String path) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).path().equals(path)) {
                return i + 1;
            }
        }
        return 0;
    }
}
