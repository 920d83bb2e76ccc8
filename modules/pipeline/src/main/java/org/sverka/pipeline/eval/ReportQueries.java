package org.sverka.pipeline.eval;

import java.util.ArrayList;
import java.util.List;
import org.sverka.align.eval.AlignmentTask;
import org.sverka.align.eval.HardReportGenerator;
import org.sverka.align.eval.ParallelDocument;

/**
 * The report-style version of every document of a corpus, as the find benchmarks query with it: the
 * hard report generator's report for documents of four sentences or more (when the corpus has at
 * least eight of them), a {@link ShortReports short report} for the rest.
 * <pre>{@code
 * List<List<String>> reports = ReportQueries.of("ntrex128", documents, 2026);   // reports.get(d): document d's report
 * }</pre>
 */
final class ReportQueries {
    private ReportQueries() {
    }

    /**
     * @param corpus    the corpus's name (it seeds the generator's task ids)
     * @param documents the corpus's documents
     * @param seed      the seed: the same seed gives the same reports
     * @return the report of each document, in document order
     */
    static List<List<String>> of(String corpus, List<ParallelDocument> documents, long seed) {
        List<Integer> eligible = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            if (documents.get(d).size() >= 4) {
                eligible.add(d);
            }
        }
        // the generator's task t renders eligible document t when there are no more tasks than documents
        List<AlignmentTask> hard = eligible.size() >= 8
                ? new HardReportGenerator(corpus, documents, seed).tasks(eligible.size()) : List.of();
        ShortReports shorts = new ShortReports(documents, seed);
        List<List<String>> out = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            int t = eligible.indexOf(d);
            out.add(t >= 0 && t < hard.size() ? hard.get(t).english() : shorts.report(d));
        }
        return out;
    }
}
