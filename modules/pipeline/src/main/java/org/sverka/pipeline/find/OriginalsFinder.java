package org.sverka.pipeline.find;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sverka.align.Aligner;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.InputException;
import org.sverka.core.SegmentedDocument;
import org.sverka.core.Sentence;
import org.sverka.index.Assessment;
import org.sverka.index.Candidate;
import org.sverka.index.OriginalsIndex;
import org.sverka.index.RerankedCandidate;
import org.sverka.index.SearchSettings;
import org.sverka.index.StoredDocument;

/**
 * Finds the originals a report renders: the report's words (translated through the lexicon), names
 * and numbers search the index by BM25 ({@link IndexTerms}); the whole report's first
 * {@link #RERANKED} candidates (or more, when more are asked for) are aligned with the report by the
 * pipeline's aligner; a report of at most {@link #SHORT_REPORT} words also searches the documents of
 * at most {@link #WORDS_PER_REPORT_WORD} times its length and adds their first
 * {@link #SHORT_CANDIDATES}; then each report sentence (of a report longer than
 * {@link #SENTENCE_SEARCHES} sentences, only those the best candidate so far does not explain,
 * {@link #SENTENCE_SEARCHES} at most) searches alone and adds its own first {@link #PER_SENTENCE},
 * which are aligned too. All are ranked by how much of the report they explain: the share of report sentences with a confident match (a bead scored at least
 * {@link #CONFIDENT}), times {@code 0.9 + 0.1 × order agreement} (the share of consecutive matches
 * that keep the original's order). A confident match is not counted when another candidate matches one of
 * its report sentences far more surely ({@link SurestMatches}: a report sentence renders one original sentence,
 * and a match of 0.55 is the one to doubt against a match of 0.99); a match that merges several report
 * sentences does not count those that another candidate renders alone more surely. Candidates of the same score (the agendas of two meetings, a
 * heading found in many documents) are told apart by, in turn: fewer numbers on which matched
 * sentences disagree ({@link NumberConflicts}); then more of the report's matches and less
 * unexplained text, as the weighted share (each matched report sentence counted by its bead's score)
 * plus {@link #UNEXPLAINED_WEIGHT} times the share of the original's characters the matches
 * explain; then the first stage's order. An English report searches the Russian documents of the
 * index, a Russian report the English ones.
 * <pre>{@code
 * OriginalsFinder finder = sverka.finder();
 * FindResult r = finder.find(sverka.pipeline().read(Path.of("report.html")), index, 10);
 * r.best().ifPresent(b -> System.out.println(b.path() + " explains " + b.matchedShare() + " of the report"));
 * }</pre>
 * Thread-safe when its aligner is.
 *
 * <p>Over 300 lines because the three searches of the first stage (the whole report, the short documents,
 * each sentence), the assessment of a candidate and the ranking share one report's queries and timings.
 */
public final class OriginalsFinder {
    /** Candidates of the whole report's query aligned with the report. */
    public static final int RERANKED = 20;
    /** Candidates each report sentence adds when searched alone. */
    public static final int PER_SENTENCE = 2;
    /**
     * Candidates the sentences add at most, so that a long report is not aligned with hundreds of
     * documents (a report of 30 sentences whose sentences all find their original first adds at most 30).
     */
    public static final int MAX_ADDED = 2 * RERANKED;
    /**
     * Report sentences searched alone at most: of a report of more sentences, only those its best
     * candidate does not explain are searched (each search costs about as much as a short report's whole search,
     * and its candidates are aligned too).
     */
    public static final int SENTENCE_SEARCHES = 12;
    /**
     * Content words up to which a report is short: its whole query also searches the documents of at most
     * {@link #WORDS_PER_REPORT_WORD} times its length and adds their first {@link #SHORT_CANDIDATES}. A
     * short report's original is short too (a one-line heading, a paragraph), and among all documents a
     * heading of one or two common words is outranked by longer documents that say them more often.
     */
    public static final int SHORT_REPORT = 12;
    /** How many times a short report's length its original may be, at most, in the search among short documents. */
    public static final int WORDS_PER_REPORT_WORD = 4;
    /** Candidates the search among short documents adds. */
    public static final int SHORT_CANDIDATES = 5;
    /** The lowest bead score that counts as a confident match: "as likely right as wrong" (see the README's bead kinds). */
    public static final double CONFIDENT = 0.5;
    /**
     * How much the share of the original explained weighs against the weighted share of the report
     * among candidates of the same score (chosen on the documents of even position in the find benchmark).
     */
    static final double UNEXPLAINED_WEIGHT = 0.5;

    private final IndexTerms terms;
    private final Aligner aligner;
    private final int reranked;

    /**
     * @param terms    the terms recipe the index was built with
     * @param aligner  the aligner candidates are assessed by
     * @param reranked how many candidates of the whole report's query are aligned (at least this many, and as
     *                 many as are asked for), at least 0
     */
    public OriginalsFinder(IndexTerms terms, Aligner aligner, int reranked) {
        if (reranked < 0) {
            throw new IllegalArgumentException("reranked = " + reranked + " is negative");
        }
        this.terms = Objects.requireNonNull(terms, "terms");
        this.aligner = Objects.requireNonNull(aligner, "aligner");
        this.reranked = reranked;
    }

    /** @return the terms recipe the finder queries by (the index must have been built with it) */
    IndexTerms terms() {
        return terms;
    }

    /**
     * @param report a report read by the pipeline
     * @param index  the index of originals
     * @param top    how many candidates to return, at least 1
     * @return the candidates, best first
     * @throws InputException when the report is in neither English nor Russian or has no text
     * @throws IOException    when the index cannot be read
     */
    public FindResult find(SegmentedDocument report, OriginalsIndex index, int top) throws IOException {
        String language = report.language().language();
        if (!IndexTerms.supports(language)) {
            throw new InputException(report.document().source(), "the report is in " + language
                    + "; sverka finds originals of English and Russian reports");
        }
        if (report.sentences().stream().allMatch(s -> s.text().isBlank())) {
            throw new InputException(report.document().source(), "the report has no text to search by");
        }
        if (top < 1) {
            throw new IllegalArgumentException("top = " + top + " is not positive");
        }
        String documents = language.equals("en") ? "ru" : "en";
        Clock clock = new Clock();
        List<String> sentences = report.sentences().stream().map(Sentence::text).toList();
        IndexTerms.Queries queries = terms.queries(language, sentences, documents);
        ReportQuery query = queries.whole();
        clock.query = clock.lap();
        int searched = index.size(documents);
        List<RerankedCandidate<Assessed>> ranked = new ArrayList<>();
        List<String> considered = new ArrayList<>();
        if (!query.query().isEmpty() && searched > 0) {
            List<Candidate> first = index.search(query.query(), Math.max(top, reranked));
            clock.searches++;
            clock.search += clock.lap();
            ranked.addAll(index.rerank(first, first.size(), (c, stored) -> clock.assess(report, stored)));
            clock.rerank += clock.lap();
            List<Candidate> shortOnes = shortCandidates(query, queries.words(), first, index, clock);
            clock.search += clock.lap();
            ranked.addAll(index.rerank(shortOnes, shortOnes.size(), (c, stored) -> clock.assess(report, stored)));
            clock.rerank += clock.lap();
            List<Candidate> before = new ArrayList<>(first);
            before.addAll(shortOnes);
            List<Candidate> added = sentenceCandidates(queries.sentences(), searchedAlone(ranked, report.size()), before, index, clock);
            clock.search += clock.lap();
            ranked.addAll(index.rerank(added, added.size(), (c, stored) -> clock.assess(report, stored)));
            clock.rerank += clock.lap();
            before.forEach(c -> considered.add(c.path()));
            added.forEach(c -> considered.add(c.path()));
        }
        ranked = withoutOutweighed(ranked, language.equals("en"));
        // stable: the whole report's candidates by score, then the sentences' ones, stand unless a tie-breaker tells apart
        ranked.sort(java.util.Comparator.comparingDouble((RerankedCandidate<Assessed> r) -> -score(r))
                .thenComparingInt(r -> r.assessment().map(a -> a.detail().numberConflicts()).orElse(0))
                .thenComparingDouble(r -> -r.assessment().map(a -> a.detail().tieBreak()).orElse(0.0)));
        List<FoundOriginal> out = new ArrayList<>();
        for (RerankedCandidate<Assessed> r : ranked.subList(0, Math.min(top, ranked.size()))) {
            Candidate c = r.candidate();
            List<String> names = query.shownNames(c.evidence().matchedNames());
            List<String> numbers = query.shownNumbers(c.evidence().matchedNumbers());
            if (r.assessment().isPresent()) {
                Assessed a = r.assessment().get().detail();
                out.add(new FoundOriginal(c.path(), c.title(), c.language(), c.score(), true, r.assessment().get().score(),
                        a.share(), a.order(), a.matches(), names, numbers, Optional.of(a.alignment()), a.weightedShare(),
                        a.originalShare(), a.numberConflicts(), a.outweighed()));
            } else {
                out.add(new FoundOriginal(c.path(), c.title(), c.language(), c.score(), false, 0, 0, 0, List.of(),
                        names, numbers, Optional.empty(), 0, 0, 0, 0));
            }
        }
        return new FindResult(report.document().source(), language, report.size(), documents, searched, out, considered,
                new FindTimings(clock.query / 1e6, clock.search / 1e6, (clock.rerank - clock.align) / 1e6, clock.align / 1e6,
                        clock.searches));
    }

    /** The time of one find's parts, in nanoseconds. */
    private final class Clock {
        private long last = System.nanoTime();
        long query;
        long search;
        long rerank;
        long align;
        int searches;

        /** @return the nanoseconds since the last lap */
        long lap() {
            long now = System.nanoTime();
            long d = now - last;
            last = now;
            return d;
        }

        Assessment<Assessed> assess(SegmentedDocument report, StoredDocument stored) {
            long t0 = System.nanoTime();
            try {
                return OriginalsFinder.this.assess(report, stored);
            } finally {
                align += System.nanoTime() - t0;
            }
        }
    }

    /**
     * The report sentences searched alone, in report order: every sentence of a report of at most
     * {@link #SENTENCE_SEARCHES}; of a longer one, those that the best of the whole report's candidates
     * does not match confidently, {@link #SENTENCE_SEARCHES} at most.
     * A report's commentary can outweigh its quotes in the whole report's query, most when the quotes
     * are short; a quote the best candidate does not explain is then searched alone. A long full
     * translation, which its original explains sentence by sentence, is not searched once a sentence.
     */
    private static List<Integer> searchedAlone(List<RerankedCandidate<Assessed>> ranked, int sentences) {
        List<Integer> out = new ArrayList<>();
        if (sentences <= SENTENCE_SEARCHES) {
            for (int i = 0; i < sentences; i++) {
                out.add(i);
            }
            return out;
        }
        java.util.Set<Integer> covered = new java.util.HashSet<>();
        ranked.stream().filter(r -> r.assessment().isPresent())
                .max(java.util.Comparator.comparingDouble(OriginalsFinder::score))
                .ifPresent(best -> best.assessment().get().detail().matches().forEach(m -> covered.addAll(m.report())));
        java.util.TreeSet<Integer> chosen = new java.util.TreeSet<>();
        for (int i = 0; i < sentences && chosen.size() < SENTENCE_SEARCHES; i++) {
            if (!covered.contains(i)) {
                chosen.add(i);
            }
        }
        out.addAll(chosen);
        return out;
    }

    /**
     * For a report of at most {@link #SHORT_REPORT} words, the first {@link #SHORT_CANDIDATES} of the whole
     * report's query among the documents of at most {@link #WORDS_PER_REPORT_WORD} times as many words, less
     * those among the whole report's candidates already; nothing for a longer report.
     */
    private static List<Candidate> shortCandidates(ReportQuery query, int words, List<Candidate> first,
                                                   OriginalsIndex index, Clock clock) throws IOException {
        if (words < 1 || words > SHORT_REPORT) {
            return List.of();
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        first.forEach(c -> seen.add(c.path()));
        clock.searches++;
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : index.search(query.query(), SHORT_CANDIDATES,
                SearchSettings.DEFAULT.withMaxDocumentWords(WORDS_PER_REPORT_WORD * words))) {
            if (seen.add(c.path())) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The second part of the first stage: the documents that each chosen report sentence alone
     * finds best ({@link #PER_SENTENCE} a sentence, {@link #MAX_ADDED} in all) that are not among the
     * whole report's candidates, in the report's order. Nothing for a report of one sentence.
     */
    private List<Candidate> sentenceCandidates(List<ReportQuery> sentences, List<Integer> chosen,
                                                      List<Candidate> first, OriginalsIndex index, Clock clock)
            throws IOException {
        List<Candidate> out = new ArrayList<>();
        if (sentences.size() < 2) {
            return out;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        first.forEach(c -> seen.add(c.path()));
        for (int i : chosen) {
            ReportQuery one = sentences.get(i);
            if (one.query().isEmpty()) {
                continue;
            }
            clock.searches++;
            for (Candidate c : index.search(one.query(), PER_SENTENCE)) {
                if (out.size() >= MAX_ADDED) {
                    return out;
                }
                if (seen.add(c.path())) {
                    // found by one sentence: BM25 0 in the whole query, the evidence that sentence shares
                    out.add(new Candidate(c.path(), c.title(), c.language(), 0, c.evidence()));
                }
            }
        }
        return out;
    }

    /** A candidate's score, -1 when it was not assessed (after every assessed one). */
    private static double score(RerankedCandidate<Assessed> r) {
        return r.assessment().map(Assessment::score).orElse(-1.0);
    }

    /** What the alignment of a candidate with the report showed. */
    private record Assessed(double share, double order, double weightedShare, double originalShare, int numberConflicts,
                            List<MatchedSentence> matches, int outweighed, Alignment alignment) {
        /** Among candidates of one score: more of the report surely matched, less of the original unexplained. */
        double tieBreak() {
            return weightedShare + UNEXPLAINED_WEIGHT * originalShare;
        }
    }

    private Assessment<Assessed> assess(SegmentedDocument report, StoredDocument stored) {
        SegmentedDocument original = SegmentedDocument.ofLines(stored.path(), stored.language(), stored.sentences());
        boolean english = report.language().language().equals("en");
        Alignment a = english ? aligner.align(report, original) : aligner.align(original, report);
        return summarise(a, english, SurestMatches.NONE);
    }

    /**
     * The candidates with their matches that another candidate's far surer match of the same report sentence
     * outweighs ({@link SurestMatches}) no longer counted, and their merged matches counted only for the report
     * sentences no other candidate renders alone more surely, in the same order.
     */
    private static List<RerankedCandidate<Assessed>> withoutOutweighed(List<RerankedCandidate<Assessed>> ranked,
                                                                       boolean english) {
        SurestMatches surest = SurestMatches.of(ranked.stream().filter(r -> r.assessment().isPresent())
                .map(r -> r.assessment().get().detail().matches()).toList());
        List<RerankedCandidate<Assessed>> out = new ArrayList<>(ranked.size());
        for (RerankedCandidate<Assessed> r : ranked) {
            boolean doubted = r.assessment().isPresent() && r.assessment().get().detail().matches().stream()
                    .anyMatch(m -> surest.doubts(m.report(), m.score()));
            out.add(doubted ? new RerankedCandidate<>(r.candidate(),
                    Optional.of(summarise(r.assessment().get().detail().alignment(), english, surest))) : r);
        }
        return out;
    }

    /**
     * What an alignment of the report with a candidate shows: its confident matches, less those that
     * {@code surest} says another candidate outweighs, each counted for the report sentences {@code surest}
     * leaves it (a merged match whose report sentence another candidate renders alone more surely counts for
     * its other ones, and lists only those), and the score and tie-breakers they give.
     */
    private static Assessment<Assessed> summarise(Alignment a, boolean english, SurestMatches surest) {
        SegmentedDocument report = english ? a.english() : a.russian();
        SegmentedDocument original = english ? a.russian() : a.english();
        List<MatchedSentence> matches = new ArrayList<>();
        int matchedSentences = 0;
        double weighted = 0;
        int conflicts = 0;
        int outweighed = 0;
        java.util.Set<Integer> explained = new java.util.HashSet<>();
        for (Bead b : a.beads()) {
            if (!b.isMatch() || b.score() < CONFIDENT) {
                continue;
            }
            List<Integer> mine = english ? b.en() : b.ru();
            List<Integer> theirs = english ? b.ru() : b.en();
            if (surest.outweighs(mine, b.score())) {
                outweighed++;
                continue;
            }
            List<Integer> counted = surest.counted(mine, b.score());
            if (counted.size() < mine.size()) {
                outweighed++;
                if (counted.isEmpty()) {
                    continue;
                }
            }
            String reportText = counted.size() == mine.size() ? (english ? a.englishText(b) : a.russianText(b))
                    : String.join(" ", counted.stream().map(report::text).toList());
            matches.add(new MatchedSentence(counted, theirs, reportText, english ? a.russianText(b) : a.englishText(b),
                    b.score()));
            matchedSentences += counted.size();
            weighted += b.score() * counted.size();
            explained.addAll(theirs);
            conflicts += NumberConflicts.count(a.englishText(b), a.russianText(b));
        }
        matches.sort(java.util.Comparator.comparing(m -> m.report().get(0)));
        int inOrder = 0;
        int previous = -1;
        for (MatchedSentence m : matches) {
            int at = m.original().get(0);
            if (previous >= 0 && at > previous) {
                inOrder++;
            }
            previous = at;
        }
        double share = report.size() == 0 ? 0 : (double) matchedSentences / report.size();
        double order = matches.size() < 2 ? 1 : (double) inOrder / (matches.size() - 1);
        double weightedShare = report.size() == 0 ? 0 : weighted / report.size();
        return new Assessment<>(share * (0.9 + 0.1 * order), new Assessed(share, order, weightedShare,
                characterShare(original, explained), conflicts, matches, outweighed, a));
    }

    /** The share of a document's characters in the given sentences (0 for a document without text). */
    private static double characterShare(SegmentedDocument d, java.util.Set<Integer> sentences) {
        long all = 0;
        long in = 0;
        for (int i = 0; i < d.size(); i++) {
            int n = d.text(i).length();
            all += n;
            in += sentences.contains(i) ? n : 0;
        }
        return all == 0 ? 0 : (double) in / all;
    }
}
