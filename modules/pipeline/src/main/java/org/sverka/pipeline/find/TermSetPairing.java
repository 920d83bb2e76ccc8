package org.sverka.pipeline.find;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.sverka.core.SegmentedDocument;
import org.sverka.index.IndexedDocument;
import org.sverka.index.QueryTerm;

/**
 * Pairing by term sets, the pieces a distributed job needs around its own similarity search: each
 * document as a set of terms in one shared vocabulary, and the one-to-one assignment of scored
 * candidate pairs into the same result as {@link ContentPairing}'s. A Russian document's terms are
 * its content words (Snowball stems), its names' transliteration keys and its normalised numbers,
 * as {@link IndexTerms} indexes them; an English document's content words are translated through
 * the lexicon into their first {@link #RENDERINGS} renderings as {@link IndexTerms} searches with
 * them, its name keys and numbers go as they are. Two documents that render each other then share
 * many terms, and the Jaccard similarity of their sets scores the pair.
 * <pre>{@code
 * TermSetPairing pairing = new TermSetPairing(sverka.indexTerms());
 * Set<String> en = pairing.terms(sverka.pipeline().read(Path.of("en/a.txt")));   // {"переговор", "name:lavrov", "number:16", ...}
 * ContentPairing.Result r = TermSetPairing.assign(englishPaths, russianPaths,
 *         List.of(new TermSetPairing.Candidate("/en/a.txt", "/ru/x.txt", 0.31)), List.of(), 12.5);
 * }</pre>
 * Thread-safe.
 */
public final class TermSetPairing {
    /** Renderings of an English word kept in its term set: the best-weighted ones. */
    public static final int RENDERINGS = 2;
    /** The prefix of a name key among the terms. */
    public static final String NAME = "name:";
    /** The prefix of a normalised number among the terms. */
    public static final String NUMBER = "number:";

    private final IndexTerms terms;

    /** @param terms the recipe (and lexicon) documents are analysed and translated with */
    public TermSetPairing(IndexTerms terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    /**
     * A scored candidate pair.
     *
     * @param english the English document's path
     * @param russian the Russian document's path
     * @param score   how alike they are, in (0, 1]
     */
    public record Candidate(String english, String russian, double score) {
        /** Checks the score. */
        public Candidate {
            Objects.requireNonNull(english, "english");
            Objects.requireNonNull(russian, "russian");
            if (!(score > 0 && score <= 1)) {
                throw new IllegalArgumentException(english + " / " + russian + ": score " + score + " outside (0, 1]");
            }
        }
    }

    /**
     * The term set of a document in the Russian vocabulary.
     *
     * @param document an English or Russian document
     * @return its terms, sorted
     * @throws IllegalArgumentException when it is neither English nor Russian
     */
    public TreeSet<String> terms(SegmentedDocument document) {
        String language = document.language().language();
        List<String> sentences = document.texts();
        TreeSet<String> out = new TreeSet<>();
        if (language.equals("ru")) {
            // the identity and hash name nothing here: only the terms are kept
            IndexedDocument d = terms.document("term-set", "-", "ru", "", sentences);
            out.addAll(d.contentTerms());
            d.nameKeys().forEach(k -> out.add(NAME + k));
            d.numbers().forEach(n -> out.add(NUMBER + n));
        } else {
            ReportQuery q = terms.query(language, sentences, "ru");
            for (QueryTerm t : q.query().terms()) {
                t.translations().keySet().stream().limit(RENDERINGS).forEach(out::add);
            }
            q.query().nameKeys().forEach(k -> out.add(NAME + k));
            q.query().numbers().forEach(n -> out.add(NUMBER + n));
        }
        return out;
    }

    /**
     * Assigns candidate pairs one to one as {@link ContentPairing} does: optimally (the largest total
     * score, over the candidate edges only, at any size); every pair with
     * its runner-up (the best score either of its documents has with another document) and
     * confidence, every document left over with its best candidate.
     *
     * @param english    the English documents read, in path order
     * @param russian    the Russian documents read, in path order
     * @param candidates the scored candidate pairs (those naming a document not listed are ignored)
     * @param failed     the documents that could not be read
     * @param seconds    the pairing's wall-clock time so far
     * @return the pairing, its pairs named as {@link ContentPairing} names them
     */
    public static ContentPairing.Result assign(List<String> english, List<String> russian, List<Candidate> candidates,
                                               List<ArchiveIndexer.Failure> failed, double seconds) {
        Map<String, Integer> row = index(english);
        Map<String, Integer> col = index(russian);
        List<Assignment.Edge> edges = new ArrayList<>();
        for (Candidate c : candidates) {
            Integer r = row.get(c.english());
            Integer k = col.get(c.russian());
            if (r != null && k != null) {
                edges.add(new Assignment.Edge(r, k, c.score()));
            }
        }
        Map<Long, Assignment.Edge> unique = new java.util.LinkedHashMap<>();
        for (Assignment.Edge e : edges) {
            unique.merge(((long) e.row() << 32) | e.col(), e, (a, b) -> a.score() >= b.score() ? a : b);
        }
        int[] match = Assignment.optimal(english.size(), russian.size(), new ArrayList<>(unique.values()));
        Best[] rowBest = new Best[english.size()];
        Best[] colBest = new Best[russian.size()];
        Map<Long, Double> score = new HashMap<>();
        for (Assignment.Edge e : edges) {
            rowBest[e.row()] = Best.push(rowBest[e.row()], e.col(), e.score());
            colBest[e.col()] = Best.push(colBest[e.col()], e.row(), e.score());
            score.merge(((long) e.row() << 32) | e.col(), e.score(), Math::max);
        }
        List<ContentPairing.Pair> pairs = new ArrayList<>();
        List<ContentPairing.Unpaired> unpaired = new ArrayList<>();
        boolean[] used = new boolean[russian.size()];
        Map<String, Integer> ids = new HashMap<>();
        for (int r = 0; r < english.size(); r++) {
            int c = match[r];
            if (c < 0) {
                Best b = rowBest[r];
                unpaired.add(new ContentPairing.Unpaired("en", english.get(r), b == null ? "" : russian.get(b.first), b == null ? 0 : b.firstScore));
                continue;
            }
            used[c] = true;
            double s = score.get(((long) r << 32) | c);
            double runnerUp = Math.max(rowBest[r].other(c), colBest[c].other(r));
            pairs.add(new ContentPairing.Pair(id(english.get(r), ids), english.get(r), russian.get(c), s, runnerUp, Math.max(0, s - runnerUp)));
        }
        for (int c = 0; c < russian.size(); c++) {
            if (!used[c]) {
                Best b = colBest[c];
                unpaired.add(new ContentPairing.Unpaired("ru", russian.get(c), b == null ? "" : english.get(b.first), b == null ? 0 : b.firstScore));
            }
        }
        List<ArchiveIndexer.Failure> sorted = new ArrayList<>(failed);
        sorted.sort(Comparator.comparing(ArchiveIndexer.Failure::file));
        return new ContentPairing.Result(pairs, unpaired, sorted, seconds);
    }

    private static Map<String, Integer> index(List<String> paths) {
        Map<String, Integer> out = new HashMap<>();
        for (String p : paths) {
            if (out.putIfAbsent(p, out.size()) != null) {
                throw new IllegalArgumentException(p + " is listed twice");
            }
        }
        return out;
    }

    /** A pair's id as {@link ContentPairing} names it: the English file's name without its extension, made unique. */
    private static String id(String english, Map<String, Integer> ids) {
        String name = Path.of(english).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[\\t\\n\\r]", " ");
        int n = ids.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    /** A document's two best counterparts: the best one and the best score of any other. */
    private static final class Best {
        int first = -1;
        double firstScore;
        double secondScore;

        static Best push(Best b, int other, double score) {
            Best out = b == null ? new Best() : b;
            if (other == out.first) {
                out.firstScore = Math.max(out.firstScore, score);
            } else if (out.first < 0 || score > out.firstScore) {
                out.secondScore = out.first < 0 ? 0 : out.firstScore;
                out.first = other;
                out.firstScore = score;
            } else {
                out.secondScore = Math.max(out.secondScore, score);
            }
            return out;
        }

        /** @return the best score with a counterpart other than {@code other} */
        double other(int other) {
            return other == first ? secondScore : firstScore;
        }
    }
}
