package org.sverka.pipeline.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sverka.core.ParallelTable;
import org.sverka.export.MosesWriter;
import org.sverka.export.RowOrigin;
import org.sverka.export.TmxWriter;
import org.sverka.export.TsvWriter;
import org.sverka.pipeline.OutputGroup;

/**
 * Puts the pair files of a run together into the corpus outputs, through the filters. The outputs are
 * written together ({@link OutputGroup}): a failure in any (a full disk) leaves every earlier output
 * as it was, so {@code corpus.en} and {@code corpus.ru} always match.
 */
final class CorpusAssembly {
    private CorpusAssembly() {
    }

    static CorpusStats assemble(Path manifest, List<PairSource> pairs, Path out, CorpusBuilder.Options options,
                                CorpusStats.Learning learning, long millis, int thisRun) {
        Map<String, RowOrigin> origins = PairOrigins.of(manifest, pairs);
        PairJournal journal = new PairJournal(out);
        BeadFilters filters = new BeadFilters(options.threshold(), options.maxLengthRatio());
        List<CorpusBead> kept = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        Map<String, Integer> types = new TreeMap<>();
        int[] histogram = new int[10];
        int done = 0;
        int matched = 0;
        long sentences = 0;
        long alignMillis = 0;
        double sum = 0;
        List<Double> scores = new ArrayList<>();
        for (PairSource p : pairs) {
            PairResult r = journal.read(p.id());
            if (r == null) {
                continue;
            }
            alignMillis += r.millis();
            if (!r.ok()) {
                failures.put(p.id(), r.reason());
                continue;
            }
            done++;
            sentences += r.enSentences() + r.ruSentences();
            for (CorpusBead b : r.beads()) {
                matched++;
                scores.add(b.score());
                if (filters.accept(b)) {
                    kept.add(b);
                    types.merge(b.type(), 1, Integer::sum);
                    histogram[Math.min(9, (int) Math.floor(b.score() * 10))]++;
                    sum += b.score();
                }
            }
        }
        List<Integer> hist = new ArrayList<>();
        for (int h : histogram) {
            hist.add(h);
        }
        Map<String, Integer> filtered = new LinkedHashMap<>();
        for (String n : BeadFilters.NAMES) {
            filtered.put(n, filters.counts().get(n));
        }
        CorpusStats stats = new CorpusStats(pairs.size(), done, thisRun, failures, sentences, matched, kept.size(), types, filtered, hist,
                kept.isEmpty() ? 0 : sum / kept.size(), millis / 1000.0, alignMillis / 1000.0, learning,
                CorpusStats.thresholdRows(scores.stream().mapToDouble(Double::doubleValue).toArray()));
        ParallelTable table = table(kept);
        java.util.function.Function<ParallelTable.Row, RowOrigin> originOf = r -> origins.get(kept.get(r.bead() - 1).pairId());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try (OutputGroup group = new OutputGroup()) {
            group.add(out.resolve("corpus.tmx"), o -> new TmxWriter(originOf).write(table, o));
            group.add(out.resolve("corpus.en"), o -> new MosesWriter(true).write(table, o));
            group.add(out.resolve("corpus.ru"), o -> new MosesWriter(false).write(table, o));
            group.add(out.resolve("corpus.tsv"), o -> new TsvWriter(originOf).write(table, o));
            group.add(out.resolve("corpus.jsonl"), o -> JsonlCorpusWriter.write(kept, origins, o));
            group.addFile(out.resolve("corpus.parquet"), f -> ParquetCorpusWriter.write(kept, origins, f));
            group.add(out.resolve("stats.json"), o -> json.writeValue(o, stats));
            group.add(out.resolve("report.html"), o -> o.write(CorpusReport.html(stats).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            group.commit();
        }
        return stats;
    }

    private static ParallelTable table(List<CorpusBead> beads) {
        List<ParallelTable.Row> rows = new ArrayList<>();
        int n = 0;
        for (CorpusBead b : beads) {
            n++;
            rows.add(new ParallelTable.Row(n, List.of(n), b.en(), List.of(n), b.ru(), b.score(), List.of(), ""));
        }
        return new ParallelTable("corpus", "corpus", "corpus", "built by sverka corpus build", List.of(), List.of(), rows);
    }
}
