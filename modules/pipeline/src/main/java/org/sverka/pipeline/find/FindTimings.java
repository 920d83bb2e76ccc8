package org.sverka.pipeline.find;

/**
 * Where the time of one {@code find} went, in milliseconds of wall-clock time: turning the report
 * into queries, the first stage's BM25 searches, reading the candidates' stored sentences, and
 * aligning them with the report.
 * <pre>{@code
 * FindTimings t = finder.find(report, index, 10).timings();
 * System.out.printf("BM25 %.0f ms, alignment %.0f ms%n", t.searchMillis(), t.alignMillis());
 * }</pre>
 *
 * @param queryMillis  analysing the report's sentences and translating its words
 * @param searchMillis the BM25 searches (the whole report's and each searched sentence's) with the evidence of their hits
 * @param loadMillis   reading the candidates' sentences from the index
 * @param alignMillis  aligning the candidates with the report
 * @param searches     how many BM25 searches were run (the whole report's and the sentences')
 */
public record FindTimings(double queryMillis, double searchMillis, double loadMillis, double alignMillis, int searches) {
    /** No time spent: a result made without searching. */
    public static final FindTimings NONE = new FindTimings(0, 0, 0, 0, 0);
}
