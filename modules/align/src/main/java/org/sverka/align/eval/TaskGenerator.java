package org.sverka.align.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sverka.core.Bead;

/**
 * Builds alignment tasks with exact gold from line-aligned documents, reproducibly from a seed.
 *
 * <ul>
 * <li><b>parallel</b>: 3 to 6 documents concatenated; then two adjacent sentences merged on the
 *     English side (a 1-2 bead) or on the Russian side (2-1), a sentence left out of one side
 *     (the other side's sentence stays unmatched), and a stray sentence from a document outside
 *     the task inserted on one side (never two strays of one line).</li>
 * <li><b>report</b>: 30 to 60% of one document's sentences quoted in English, adjacent quotes
 *     sometimes merged into one English sentence (1-2), in a quarter of the tasks a block of quotes
 *     moved elsewhere, and unrelated English sentences from other documents between the quotes;
 *     the Russian side is the whole document, in a third of the tasks followed by another one
 *     (never one that an English stray sentence comes from: the stray's translation would stand on the
 *     Russian side while the gold calls the stray commentary).</li>
 * <li><b>hard</b>: reports as agencies write them (see {@link HardReportGenerator}): commentary on
 *     the same topic (sentences of documents sharing the source's names and numbers, and near-misses:
 *     the English of source sentences left out of the Russian side) and restructured quotes (a lead
 *     merged with the next sentence, half a sentence, clauses reordered, a sentence split in two).</li>
 * </ul>
 */
public final class TaskGenerator {
    private final List<ParallelDocument> documents;
    private final String corpus;
    private final long seed;

    /**
     * @param corpus    name of the corpus, for task ids
     * @param documents its documents
     * @param seed      the seed: the same seed gives the same tasks
     */
    public TaskGenerator(String corpus, List<ParallelDocument> documents, long seed) {
        if (documents.size() < 8) {
            throw new IllegalArgumentException("need at least 8 documents, got " + documents.size());
        }
        this.corpus = corpus;
        this.documents = List.copyOf(documents);
        this.seed = seed;
    }

    /** One side's sentence with the gold partner unit it belongs to. */
    private record Unit(List<String> en, List<String> ru) {
    }

    /**
     * @param count how many tasks
     * @return parallel tasks
     */
    public List<AlignmentTask> parallel(int count) {
        Random rnd = new Random(seed * 31 + 1);
        List<AlignmentTask> tasks = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            int k = 3 + rnd.nextInt(4);
            int first = rnd.nextInt(documents.size());
            List<Integer> used = new ArrayList<>();
            List<Unit> units = new ArrayList<>();
            for (int d = 0; d < k; d++) {
                int idx = (first + d) % documents.size();
                used.add(idx);
                ParallelDocument doc = documents.get(idx);
                for (int i = 0; i < doc.size(); i++) {
                    units.add(new Unit(List.of(doc.english().get(i)), List.of(doc.russian().get(i))));
                }
            }
            List<Unit> edited = new ArrayList<>();
            List<Integer> strayDocuments = new ArrayList<>();
            Set<Long> strayLines = new HashSet<>();
            for (int u = 0; u < units.size(); u++) {
                Unit x = units.get(u);
                double r = rnd.nextDouble();
                if (r < 0.05 && u + 1 < units.size()) {
                    Unit y = units.get(++u);
                    edited.add(new Unit(List.of(x.en().get(0) + " " + y.en().get(0)), List.of(x.ru().get(0), y.ru().get(0))));
                } else if (r < 0.10 && u + 1 < units.size()) {
                    Unit y = units.get(++u);
                    edited.add(new Unit(List.of(x.en().get(0), y.en().get(0)), List.of(x.ru().get(0) + " " + y.ru().get(0))));
                } else if (r < 0.13) {
                    edited.add(new Unit(List.of(), x.ru()));
                } else if (r < 0.16) {
                    edited.add(new Unit(x.en(), List.of()));
                } else if (r < 0.18) {
                    edited.add(new Unit(List.of(stray(rnd, used, true, strayDocuments, strayLines)), List.of()));
                    edited.add(x);
                } else if (r < 0.20) {
                    edited.add(new Unit(List.of(), List.of(stray(rnd, used, false, strayDocuments, strayLines))));
                    edited.add(x);
                } else {
                    edited.add(x);
                }
            }
            tasks.add(build(String.format("parallel-%s-%03d", corpus, t + 1), "parallel", edited, List.of()));
        }
        return tasks;
    }

    /**
     * @param count how many tasks
     * @return report tasks, from documents with at least three sentences
     */
    public List<AlignmentTask> report(int count) {
        Random rnd = new Random(seed * 31 + 2);
        List<Integer> eligible = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            if (documents.get(d).size() >= 3) {
                eligible.add(d);
            }
        }
        List<AlignmentTask> tasks = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            int di = eligible.get(t % eligible.size());
            if (t >= eligible.size()) {
                di = eligible.get(rnd.nextInt(eligible.size()));
            }
            ParallelDocument doc = documents.get(di);
            int n = doc.size();
            double share = 0.3 + 0.3 * rnd.nextDouble();
            int q = Math.max(1, (int) Math.round(share * n));
            List<Integer> picked = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                picked.add(i);
            }
            Collections.shuffle(picked, rnd);
            picked = new ArrayList<>(picked.subList(0, q));
            Collections.sort(picked);
            List<int[]> quotes = new ArrayList<>();
            for (int k = 0; k < picked.size(); k++) {
                int i = picked.get(k);
                if (k + 1 < picked.size() && picked.get(k + 1) == i + 1 && rnd.nextDouble() < 0.3) {
                    quotes.add(new int[] {i, 2});
                    k++;
                } else {
                    quotes.add(new int[] {i, 1});
                }
            }
            if (quotes.size() >= 3 && rnd.nextDouble() < 0.25) {
                int len = 1 + rnd.nextInt(Math.min(2, quotes.size() - 1));
                int from = rnd.nextInt(quotes.size() - len + 1);
                List<int[]> block = new ArrayList<>(quotes.subList(from, from + len));
                quotes.subList(from, from + len).clear();
                int to = rnd.nextInt(quotes.size() + 1);
                while (to == from && quotes.size() > 0) {
                    to = rnd.nextInt(quotes.size() + 1);
                }
                quotes.addAll(to, block);
            }
            List<Integer> used = new ArrayList<>(List.of(di));
            // the documents the English strays come from: the appended Russian document is none of them,
            // or a stray's true translation would stand on the Russian side while the gold calls it commentary
            List<Integer> strayDocuments = new ArrayList<>();
            Set<Long> strayLines = new HashSet<>();
            List<String> english = new ArrayList<>();
            List<int[]> quoteAt = new ArrayList<>();
            for (int[] quote : quotes) {
                int extra = rnd.nextDouble() < 0.5 ? 1 + rnd.nextInt(2) : 0;
                for (int c = 0; c < extra; c++) {
                    english.add(stray(rnd, used, true, strayDocuments, strayLines));
                }
                String text = quote[1] == 1 ? doc.english().get(quote[0])
                        : doc.english().get(quote[0]) + " " + doc.english().get(quote[0] + 1);
                quoteAt.add(new int[] {english.size(), quote[0], quote[1]});
                english.add(text);
            }
            if (rnd.nextDouble() < 0.5) {
                english.add(stray(rnd, used, true, strayDocuments, strayLines));
            }
            List<String> russian = new ArrayList<>(doc.russian());
            if (rnd.nextDouble() < 0.33) {
                int other;
                do {
                    other = rnd.nextInt(documents.size());
                } while (used.contains(other));
                // a stray's document is passed over for the next one that is free, drawing nothing more,
                // so that the tasks without that conflict stay as they were
                for (int step = 0; step < documents.size() && (used.contains(other) || strayDocuments.contains(other)); step++) {
                    other = (other + 1) % documents.size();
                }
                if (!used.contains(other) && !strayDocuments.contains(other)) {
                    used.add(other);
                    russian.addAll(documents.get(other).russian());
                }
            }
            List<Bead> gold = new ArrayList<>();
            boolean[] matchedEn = new boolean[english.size()];
            for (int[] qa : quoteAt) {
                List<Integer> ru = new ArrayList<>();
                for (int r = qa[1]; r < qa[1] + qa[2]; r++) {
                    ru.add(r);
                }
                gold.add(Bead.of(List.of(qa[0]), ru, 0));
                matchedEn[qa[0]] = true;
            }
            for (int e = 0; e < english.size(); e++) {
                if (!matchedEn[e]) {
                    gold.add(Bead.of(List.of(e), List.of(), 0));
                }
            }
            boolean[] matchedRu = new boolean[russian.size()];
            gold.forEach(b -> b.ru().forEach(r -> matchedRu[r] = true));
            for (int r = 0; r < russian.size(); r++) {
                if (!matchedRu[r]) {
                    gold.add(Bead.of(List.of(), List.of(r), 0));
                }
            }
            tasks.add(new AlignmentTask(String.format("report-%s-%03d", corpus, t + 1), "report", corpus, english, russian, gold));
        }
        return tasks;
    }

    /**
     * @param count how many tasks
     * @return hard report tasks, from documents with at least four sentences
     */
    public List<AlignmentTask> hard(int count) {
        return new HardReportGenerator(corpus, documents, seed).tasks(count);
    }

    /**
     * A sentence of a document outside {@code exclude}, never the translation of a line already drawn
     * for this task on the other side (an English stray and a Russian stray of one line would be a
     * translation the gold calls two strays); its document is added to {@code from}. Such a line is
     * drawn anew, which changes nothing for tasks where that does not happen.
     */
    private String stray(Random rnd, List<Integer> exclude, boolean english, List<Integer> from, Set<Long> taken) {
        while (true) {
            int d = rnd.nextInt(documents.size());
            if (!exclude.contains(d)) {
                ParallelDocument doc = documents.get(d);
                int i = rnd.nextInt(doc.size());
                long line = ((long) d << 32) | i;
                if (taken.contains(english ? -line - 1 : line)) {
                    continue;
                }
                taken.add(english ? line : -line - 1);
                from.add(d);
                return english ? doc.english().get(i) : doc.russian().get(i);
            }
        }
    }

    private AlignmentTask build(String id, String family, List<Unit> units, List<Bead> extra) {
        List<String> english = new ArrayList<>();
        List<String> russian = new ArrayList<>();
        List<Bead> gold = new ArrayList<>(extra);
        for (Unit u : units) {
            List<Integer> e = new ArrayList<>();
            List<Integer> r = new ArrayList<>();
            for (String s : u.en()) {
                e.add(english.size());
                english.add(s);
            }
            for (String s : u.ru()) {
                r.add(russian.size());
                russian.add(s);
            }
            gold.add(Bead.of(e, r, 0));
        }
        return new AlignmentTask(id, family, corpus, english, russian, gold);
    }
}
