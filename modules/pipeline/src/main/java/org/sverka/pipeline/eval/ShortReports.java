package org.sverka.pipeline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sverka.align.eval.HardReportGenerator;
import org.sverka.align.eval.ParallelDocument;

/**
 * Report-style queries for documents too short for the hard report generator (fewer than four
 * sentences): 30–60% of the document's English sentences (at least one) in order, two adjacent ones
 * merged in 30% of the chances, and, when two or more quotes remain, one sentence of commentary on
 * the same topic between them (from the document of the same corpus that shares the most names and
 * numbers with it). A single quote gets no commentary: every English sentence of the data is the
 * translation of a document in the pool, so one quote beside one sentence of another document would
 * be a report of two documents, not of one.
 * <pre>{@code
 * List<String> report = new ShortReports(documents, 2026).report(17);
 * }</pre>
 */
final class ShortReports {
    private final List<ParallelDocument> documents;
    private final List<Set<String>> terms = new ArrayList<>();
    private final long seed;

    /**
     * @param documents the documents of one corpus (at least two)
     * @param seed      the seed: the same seed gives the same reports
     */
    ShortReports(List<ParallelDocument> documents, long seed) {
        if (documents.size() < 2) {
            throw new IllegalArgumentException("need at least 2 documents, got " + documents.size());
        }
        this.documents = List.copyOf(documents);
        this.seed = seed;
        for (ParallelDocument d : documents) {
            terms.add(HardReportGenerator.topicalTerms(d));   // the same notion of topic as the hard reports'
        }
    }

    /**
     * @param di the document's index
     * @return the report's English sentences
     */
    List<String> report(int di) {
        Random rnd = new Random(seed * 31 + 17 + di);
        List<String> en = documents.get(di).english();
        double share = 0.3 + 0.3 * rnd.nextDouble();
        int k = Math.max(1, (int) Math.round(share * en.size()));
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            picked.add(i);
        }
        java.util.Collections.shuffle(picked, rnd);
        picked = new ArrayList<>(picked.subList(0, k));
        java.util.Collections.sort(picked);
        List<String> out = new ArrayList<>();
        for (int j = 0; j < picked.size(); j++) {
            int i = picked.get(j);
            if (j + 1 < picked.size() && picked.get(j + 1) == i + 1 && rnd.nextDouble() < 0.3) {
                out.add(en.get(i) + " " + en.get(i + 1));
                j++;
            } else {
                out.add(en.get(i));
            }
        }
        if (out.size() >= 2) {
            out.add(1 + rnd.nextInt(out.size() - 1), topical(di, rnd));
        }
        return out;
    }

    private String topical(int di, Random rnd) {
        int best = -1;
        int shared = -1;
        for (int d = 0; d < documents.size(); d++) {
            if (d == di) {
                continue;
            }
            int n = 0;
            for (String t : terms.get(d)) {
                if (terms.get(di).contains(t)) {
                    n++;
                }
            }
            if (n > shared) {
                shared = n;
                best = d;
            }
        }
        List<String> s = documents.get(best).english();
        return s.get(rnd.nextInt(s.size()));
    }
}
