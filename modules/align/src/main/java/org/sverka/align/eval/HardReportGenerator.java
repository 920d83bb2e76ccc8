package org.sverka.align.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.align.text.Clauses;
import org.sverka.core.Bead;
import org.sverka.core.BeadKind;

/**
 * Builds the <b>hard</b> report family: reports as news agencies write them, with exact gold.
 *
 * <p>Commentary is on the same topic as the source, so that shared names and numbers are no evidence
 * of translation:
 * <ul>
 * <li><i>near-misses</i>: about one source sentence in six is left out of the Russian side and its
 *     English translation stands in the report as commentary, next to where it was (never one whose
 *     Russian text another line of the document repeats);</li>
 * <li><i>topical neighbours</i>: sentences of the documents that share the most names and numbers
 *     with the source (the second to fifth closest); in a third of the tasks the closest one follows
 *     the source on the Russian side.</li>
 * </ul>
 * Quotes are restructured: a quote merged with the next source sentence into one English sentence
 * (a 1-2 bead; the lead with its attribution most often), half of a sentence (split at a comma near
 * the middle), the clauses of a sentence swapped around that comma, and one long sentence split into
 * two English ones (a 2-1 bead). Gold beads carry their kind: halves are {@code partial-en}, swapped
 * clauses {@code paraphrase}, the rest {@code translation}. The gold links each English sentence to exactly the Russian
 * sentences it renders.
 * <pre>{@code
 * List<AlignmentTask> tasks = new HardReportGenerator("ntrex128", documents, 2026).tasks(120);
 * }</pre>
 */
public final class HardReportGenerator {
    private static final Pattern NAME_OR_NUMBER = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}\\p{M}'-]+|\\p{N}+(?:[.,]\\p{N}+)*",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final String corpus;
    private final List<ParallelDocument> documents;
    private final long seed;
    private final List<Set<String>> terms = new ArrayList<>();

    /**
     * @param corpus    name of the corpus, for task ids
     * @param documents its documents (at least 8)
     * @param seed      the seed: the same seed gives the same tasks
     */
    public HardReportGenerator(String corpus, List<ParallelDocument> documents, long seed) {
        if (documents.size() < 8) {
            throw new IllegalArgumentException("need at least 8 documents, got " + documents.size());
        }
        this.corpus = corpus;
        this.documents = List.copyOf(documents);
        this.seed = seed;
        for (ParallelDocument d : this.documents) {
            terms.add(topicalTerms(d));
        }
    }

    /**
     * What makes two documents of a corpus "on the same topic" for commentary: the names (words with
     * a capital inside a sentence) and numbers of the English side, lower-cased.
     *
     * @param document a document
     * @return its names and numbers
     */
    public static Set<String> topicalTerms(ParallelDocument document) {
        Set<String> t = new HashSet<>();
        for (String s : document.english()) {
            Matcher m = NAME_OR_NUMBER.matcher(s);
            while (m.find()) {
                t.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return t;
    }

    /** One English sentence of the report with the source sentences (original numbering) it renders, and how. */
    private record Line(String text, List<Integer> source, BeadKind kind) {
        Line(String text, List<Integer> source) {
            this(text, source, source.isEmpty() ? BeadKind.ENGLISH_ONLY : BeadKind.TRANSLATION);
        }
    }

    /**
     * @param count how many tasks
     * @return the tasks, ids {@code hard-CORPUS-NNN}
     */
    public List<AlignmentTask> tasks(int count) {
        Random rnd = new Random(seed * 31 + 3);
        List<Integer> eligible = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            if (documents.get(d).size() >= 4) {
                eligible.add(d);
            }
        }
        List<AlignmentTask> tasks = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            int di = t < eligible.size() ? eligible.get(t) : eligible.get(rnd.nextInt(eligible.size()));
            tasks.add(task(String.format("hard-%s-%03d", corpus, t + 1), di, rnd));
        }
        return tasks;
    }

    private AlignmentTask task(String id, int di, Random rnd) {
        ParallelDocument doc = documents.get(di);
        int n = doc.size();
        List<Integer> neighbours = neighbours(di);
        // near-misses: source sentences left out of the Russian side, their English kept as commentary
        boolean[] absent = new boolean[n];
        int misses = Math.max(1, (int) Math.round(n / 6.0 * (0.5 + rnd.nextDouble())));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, rnd);
        // a sentence whose Russian the document also gives another line ("It Is Very Bad." and "It is very
        // bad.") is no near-miss: its translation would stay on the Russian side
        java.util.Map<String, Integer> russianCount = new java.util.HashMap<>();
        doc.russian().forEach(r -> russianCount.merge(r, 1, Integer::sum));
        for (int k = 0, left = 0; k < n && left < misses && left < n - 3; k++) {
            if (russianCount.get(doc.russian().get(order.get(k))) == 1) {
                absent[order.get(k)] = true;
                left++;
            }
        }
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!absent[i]) {
                present.add(i);
            }
        }
        double share = 0.3 + 0.3 * rnd.nextDouble();
        int q = Math.max(2, (int) Math.round(share * present.size()));
        List<Integer> picked = new ArrayList<>(present);
        Collections.shuffle(picked, rnd);
        picked = new ArrayList<>(picked.subList(0, Math.min(q, picked.size())));
        Collections.sort(picked);
        Set<Integer> pickedSet = new HashSet<>(picked);

        List<Line> lines = new ArrayList<>();
        boolean lead = true;
        for (int k = 0; k < picked.size(); k++) {
            int i = picked.get(k);
            // near-misses of sentences just before this quote come first, as the story goes
            for (int a = i - 1; a >= 0 && !pickedSet.contains(a); a--) {
                if (absent[a] && rnd.nextDouble() < 0.8) {
                    lines.add(new Line(doc.english().get(a), List.of()));
                    absent[a] = false;   // used; stays out of the Russian side
                    break;
                }
            }
            if (rnd.nextDouble() < 0.35) {
                lines.add(new Line(topical(neighbours, rnd), List.of()));
            }
            String en = doc.english().get(i);
            boolean nextPresent = i + 1 < n && present.contains(i + 1);
            double r = rnd.nextDouble();
            if (nextPresent && (lead ? r < 0.6 : r < 0.2)) {
                lines.add(new Line(en + " " + doc.english().get(i + 1), List.of(i, i + 1)));
                if (pickedSet.contains(i + 1)) {
                    k++;
                }
            } else if (r < 0.35 && halves(en) != null) {
                String[] h = halves(en);
                lines.add(new Line(sentence(h[0].length() >= h[1].length() ? h[0] : h[1]), List.of(i), BeadKind.PARTIAL_EN));
            } else if (r < 0.5 && halves(en) != null) {
                String[] h = halves(en);
                lines.add(new Line(Clauses.swapped(en), List.of(i), BeadKind.PARAPHRASE));
            } else if (r < 0.6 && halves(en) != null) {
                String[] h = halves(en);
                lines.add(new Line(sentence(h[0]), List.of(i)));
                lines.add(new Line(sentence(h[1]), List.of(i)));
            } else {
                lines.add(new Line(en, List.of(i)));
            }
            lead = false;
        }
        for (int a = 0; a < n; a++) {
            if (absent[a] && rnd.nextDouble() < 0.5) {
                lines.add(new Line(doc.english().get(a), List.of()));
            }
        }
        if (rnd.nextDouble() < 0.5) {
            lines.add(new Line(topical(neighbours, rnd), List.of()));
        }

        List<String> russian = new ArrayList<>();
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            position[i] = -1;
            if (present.contains(i)) {
                position[i] = russian.size();
                russian.add(doc.russian().get(i));
            }
        }
        if (rnd.nextDouble() < 0.33) {
            russian.addAll(documents.get(neighbours.get(0)).russian());
        }
        List<String> english = new ArrayList<>();
        List<Bead> gold = new ArrayList<>();
        for (int e = 0; e < lines.size(); e++) {
            Line line = lines.get(e);
            english.add(line.text());
            if (line.source().isEmpty()) {
                gold.add(Bead.of(List.of(e), List.of(), 0));
            } else if (e + 1 < lines.size() && line.source().size() == 1 && lines.get(e + 1).source().equals(line.source())) {
                gold.add(Bead.of(List.of(e, e + 1), List.of(position[line.source().get(0)]), 0));
                english.add(lines.get(++e).text());
            } else {
                gold.add(Bead.of(List.of(e), line.source().stream().map(i -> position[i]).toList(), 0)
                        .withKind(line.kind(), java.util.Optional.empty()));
            }
        }
        boolean[] matched = new boolean[russian.size()];
        gold.forEach(b -> b.ru().forEach(r -> matched[r] = true));
        for (int r = 0; r < russian.size(); r++) {
            if (!matched[r]) {
                gold.add(Bead.of(List.of(), List.of(r), 0));
            }
        }
        return new AlignmentTask(id, "hard", corpus, english, russian, gold);
    }

    /** The other documents, those sharing the most names and numbers with document {@code di} first. */
    private List<Integer> neighbours(int di) {
        Set<String> mine = terms.get(di);
        List<Integer> others = new ArrayList<>();
        int[] shared = new int[documents.size()];
        for (int d = 0; d < documents.size(); d++) {
            if (d != di) {
                others.add(d);
                for (String x : terms.get(d)) {
                    if (mine.contains(x)) {
                        shared[d]++;
                    }
                }
            }
        }
        others.sort(Comparator.comparingInt((Integer d) -> -shared[d]).thenComparingInt(d -> d));
        return others.subList(0, 5);
    }

    /** A sentence of one of the most similar documents, preferring one that shares a name or number. */
    private String topical(List<Integer> neighbours, Random rnd) {
        // the closest neighbour may follow the source on the Russian side: commentary comes from the others
        ParallelDocument d = documents.get(neighbours.get(1 + rnd.nextInt(neighbours.size() - 1)));
        String best = d.english().get(rnd.nextInt(d.size()));
        for (int tries = 0; tries < 4 && !NAME_OR_NUMBER.matcher(best).find(); tries++) {
            best = d.english().get(rnd.nextInt(d.size()));
        }
        return best;
    }

    static String[] halves(String s) {
        return Clauses.halves(s);
    }

    private static String sentence(String clause) {
        return Clauses.asSentence(clause);
    }
}
