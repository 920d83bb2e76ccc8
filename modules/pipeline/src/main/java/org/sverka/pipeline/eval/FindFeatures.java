package org.sverka.pipeline.eval;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.SegmentedDocument;
import org.sverka.pipeline.find.FindResult;
import org.sverka.pipeline.find.FoundOriginal;
import org.sverka.pipeline.find.OriginalsFinder;

/**
 * Writes, for {@code sverka eval find --features FILE}, every query's assessed candidates with the
 * evidence a rerank score can combine, one line each (TSV with a header), so that a change of the
 * score can be studied on a half of the documents without aligning again: the query (kind, corpus,
 * half, original, sentences), the candidate's rank, whether it is the original, its BM25 score, its
 * score, share of the report matched and order agreement, and from its alignment the sum of the
 * confident beads' scores per report sentence, the shares of the original's sentences and characters
 * that confident beads explain, the share of the report's characters they explain, the number of
 * the original's sentences, and the numbers on which its matched sentences disagree.
 * <pre>{@code
 * try (FindFeatures f = new FindFeatures(Path.of("/tmp/features.tsv"))) {
 *     f.write("report", "un-devset", "even", "un-devset/2015/a/70/1", result);
 * }
 * }</pre>
 * Not thread-safe: one writer, called in query order.
 */
final class FindFeatures implements Closeable {
    private final BufferedWriter out;

    /**
     * @param file the file to write (replaced)
     * @throws IOException when it cannot be created
     */
    FindFeatures(Path file) throws IOException {
        out = Files.newBufferedWriter(file);
        out.write("kind\tcorpus\thalf\ttarget\tn\trank\tis_target\tbm25\tscore\tshare\torder\tsoft\torig_share\torig_chars"
                + "\treport_chars\tm\tconflicts\tpath\n");
    }

    /**
     * Writes the assessed candidates of one query.
     *
     * @param kind   the query's kind
     * @param corpus its corpus
     * @param half   its half
     * @param target the key of its original
     * @param result what the finder returned
     * @throws IOException when the file cannot be written
     */
    void write(String kind, String corpus, String half, String target, FindResult result) throws IOException {
        List<FoundOriginal> ranked = result.ranked();
        for (int i = 0; i < ranked.size(); i++) {
            FoundOriginal f = ranked.get(i);
            if (f.alignment().isEmpty()) {
                continue;
            }
            Alignment a = f.alignment().get();
            boolean english = result.reportLanguage().equals("en");
            SegmentedDocument report = english ? a.english() : a.russian();
            SegmentedDocument original = english ? a.russian() : a.english();
            double soft = 0;
            Set<Integer> originalMatched = new HashSet<>();
            Set<Integer> reportMatched = new HashSet<>();
            for (Bead b : a.beads()) {
                if (!b.isMatch() || b.score() < OriginalsFinder.CONFIDENT) {
                    continue;
                }
                List<Integer> mine = english ? b.en() : b.ru();
                soft += b.score() * mine.size();
                reportMatched.addAll(mine);
                originalMatched.addAll(english ? b.ru() : b.en());
            }
            out.write(String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%d\t%d\t%d\t%.3f\t%.5f\t%.5f\t%.5f\t%.5f\t%.5f\t%.5f\t%.5f\t%d\t%d\t%s%n",
                    kind, corpus, half, target, report.size(), i + 1, f.path().equals(target) ? 1 : 0, f.firstStageScore(),
                    f.score(), f.matchedShare(), f.orderAgreement(), report.size() == 0 ? 0 : soft / report.size(),
                    original.size() == 0 ? 0 : (double) originalMatched.size() / original.size(),
                    charShare(original, originalMatched), charShare(report, reportMatched), original.size(), f.numberConflicts(), f.path()));
        }
    }

    private static double charShare(SegmentedDocument d, Set<Integer> sentences) {
        long all = 0;
        long in = 0;
        for (int i = 0; i < d.size(); i++) {
            int n = d.text(i).length();
            all += n;
            in += sentences.contains(i) ? n : 0;
        }
        return all == 0 ? 0 : (double) in / all;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
