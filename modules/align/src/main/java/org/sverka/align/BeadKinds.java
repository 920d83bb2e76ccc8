package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sverka.align.model.SimilarityModel;
import org.sverka.align.model.Span;
import org.sverka.align.model.WordAlignment;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.align.text.TextAnalyzer;
import org.sverka.core.Bead;
import org.sverka.core.BeadKind;
import org.sverka.core.SegmentedDocument;
import org.sverka.core.TextSpan;

/**
 * Says what a matched bead is ({@link BeadKind}): a dateline pair, a translation, a partial rendering
 * (one side renders part of the other) or a paraphrase (the same content with its clauses moved).
 *
 * <p>The evidence is the one-to-one word alignment of the two sides ({@link WordAlignment}: each
 * word linked at most once, so one short sentence cannot explain a long one): the share of each
 * side's content words that it links, and how many pairs of links cross. A bead is partial when the
 * side with fewer content words (at most {@link Settings#shorter()} of the other's) is explained
 * (linked share ≥ {@link Settings#explained()}) while the longer side is not (under
 * {@link Settings#partial()}, and at least {@link Settings#gap()} under the shorter side's); the
 * {@link TextSpan} then gives the stretch of the longer side's text (its sentences joined by one
 * space, as {@link org.sverka.core.Alignment#russianText} joins them) that the word alignment links,
 * when the links form one stretch. A bead is a paraphrase when both sides are explained
 * (linked share ≥ {@link Settings#paraphraseCoverage()}) but their clauses come in another order: at
 * least {@link Settings#crossing()} of the pairs of clauses, each placed by its word links, cross. The thresholds were chosen on hard tasks of seed 7.
 * <pre>{@code
 * BeadKinds.Evidence e = BeadKinds.evidence(model, List.of("Lavrov said talks would go on."),
 *         List.of("Переговоры продолжатся, заявил Лавров, но не раньше осени."));
 * BeadKinds.decide(e, BeadKinds.Settings.DEFAULT);   // PARTIAL_EN
 * }</pre>
 */
public final class BeadKinds {
    /**
     * The thresholds of the decision.
     *
     * @param explained          linked share the shorter side needs to count as rendered whole
     * @param partial            linked share under which the longer side counts as rendered in part
     * @param gap                how far the longer side's linked share must lie under the shorter side's
     * @param shorter            the shorter side may have at most this share of the longer side's content words
     * @param paraphraseCoverage linked share both sides need for a paraphrase
     * @param crossing           share of crossing link pairs that makes a paraphrase
     */
    public record Settings(double explained, double partial, double gap, double shorter, double paraphraseCoverage,
                           double crossing) {
        /** The defaults, chosen on hard tasks of seed 7. */
        public static final Settings DEFAULT = new Settings(0.5, 0.6, 0.1, 0.75, 0.3, 0.3);
    }

    /**
     * What the decision looks at.
     *
     * @param englishCoverage share of the English content words translated on the Russian side
     * @param russianCoverage share of the Russian content words translated on the English side
     * @param englishWords    English content words
     * @param russianWords    Russian content words
     * @param crossing        share of pairs of clauses whose order differs on the other side
     * @param englishLinked   share of the English content words with a link in the one-to-one word alignment
     * @param russianLinked   share of the Russian content words with a link
     */
    public record Evidence(double englishCoverage, double russianCoverage, int englishWords, int russianWords,
                           double crossing, double englishLinked, double russianLinked) {
    }

    private BeadKinds() {
    }

    /**
     * @param model   the similarity model
     * @param english the English sentences of a bead
     * @param russian the Russian sentences
     * @return the evidence about them
     */
    public static Evidence evidence(SimilarityModel model, List<String> english, List<String> russian) {
        List<AnalyzedSentence> en = english.stream().map(model.english()::analyze).toList();
        List<AnalyzedSentence> ru = russian.stream().map(model.russian()::analyze).toList();
        var vocabulary = model.vocabulary(en, ru);
        return evidence(model, vocabulary.english(en), vocabulary.russian(ru), WordAlignment.of(vocabulary.english(en),
                vocabulary.russian(ru)), clauses(model.english(), english), clauses(model.russian(), russian));
    }

    private static Evidence evidence(SimilarityModel model, Span en, Span ru, WordAlignment alignment, int[] enClauses,
                                     int[] ruClauses) {
        int n = en.tokens().length;
        int m = ru.tokens().length;
        return new Evidence(model.coverage(true, en, ru), model.coverage(false, en, ru), n, m,
                clauseCrossing(alignment, enClauses, ruClauses),
                n == 0 ? 0 : 1 - (double) alignment.unlinkedEnglish() / n, m == 0 ? 0 : 1 - (double) alignment.unlinkedRussian() / m);
    }

    /**
     * @param e        the evidence about a matched bead
     * @param settings the thresholds
     * @return {@link BeadKind#PARTIAL_EN}, {@link BeadKind#PARTIAL_RU}, {@link BeadKind#PARAPHRASE} or
     *         {@link BeadKind#TRANSLATION}
     */
    public static BeadKind decide(Evidence e, Settings settings) {
        double ce = e.englishLinked();
        double cr = e.russianLinked();
        if (e.englishWords() < settings.shorter() * e.russianWords() && ce >= settings.explained() && cr < settings.partial()
                && ce - cr >= settings.gap()) {
            return BeadKind.PARTIAL_EN;
        }
        if (e.russianWords() < settings.shorter() * e.englishWords() && cr >= settings.explained() && ce < settings.partial()
                && cr - ce >= settings.gap()) {
            return BeadKind.PARTIAL_RU;
        }
        if (Math.min(ce, cr) >= settings.paraphraseCoverage() && e.crossing() >= settings.crossing()) {
            return BeadKind.PARAPHRASE;
        }
        return BeadKind.TRANSLATION;
    }

    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[,;:—–()«»\"“”]|\\s-\\s");

    /**
     * For each content word of some sentences (joined by one space), the clause it stands in: clauses
     * end at commas, semicolons, colons, dashes, brackets, quotation marks and sentence ends.
     */
    static int[] clauses(TextAnalyzer analyzer, List<String> sentences) {
        List<Integer> out = new ArrayList<>();
        int clause = 0;
        for (String text : sentences) {
            java.util.regex.Matcher m = CLAUSE_BREAK.matcher(text);
            int next = m.find() ? m.start() : Integer.MAX_VALUE;
            for (int[] o : analyzer.contentWordOffsets(text)) {
                while (o[0] > next) {
                    clause++;
                    next = m.find() ? m.start() : Integer.MAX_VALUE;
                }
                out.add(clause);
            }
            clause++;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Whether the clauses come in another order on the other side: each English clause with two links
     * or more goes to the Russian clause holding most of its links, and the result is the share of
     * pairs of such clauses (going to different Russian clauses) whose order is inverted. Word order
     * inside a clause, free in Russian, does not count.
     */
    static double clauseCrossing(WordAlignment alignment, int[] enClauses, int[] ruClauses) {
        int[] p = alignment.partners();
        Map<Integer, Map<Integer, Integer>> votes = new java.util.TreeMap<>();
        for (int i = 0; i < p.length && i < enClauses.length; i++) {
            if (p[i] >= 0 && p[i] < ruClauses.length) {
                votes.computeIfAbsent(enClauses[i], k -> new java.util.HashMap<>()).merge(ruClauses[p[i]], 1, Integer::sum);
            }
        }
        List<Integer> target = new ArrayList<>();
        for (Map<Integer, Integer> v : votes.values()) {
            int total = v.values().stream().mapToInt(Integer::intValue).sum();
            if (total >= 2) {
                target.add(v.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey());
            }
        }
        long pairs = 0;
        long inverted = 0;
        for (int a = 0; a < target.size(); a++) {
            for (int b = a + 1; b < target.size(); b++) {
                if (!target.get(a).equals(target.get(b))) {
                    pairs++;
                    inverted += target.get(b) < target.get(a) ? 1 : 0;
                }
            }
        }
        return pairs == 0 ? 0 : (double) inverted / pairs;
    }

    /** Gives every bead of an aligner's output its kind: matches by their evidence, the others by shape. */
    static List<Bead> classify(ScoredPair pair, List<Bead> beads) {
        pair.singleSpans();   // every name key known: the spans made below only read the vocabulary
        Bead[] out = new Bead[beads.size()];
        SplitWork.run(out.length, pair.threads, (from, to) -> {
            for (int k = from; k < to; k++) {
                Bead b = beads.get(k);
                out[k] = b.isMatch() ? classify(pair, b) : b.withKind(BeadKind.byShape(b.en().size(), b.ru().size()), Optional.empty());
            }
        });
        return List.of(out);
    }

    private static Bead classify(ScoredPair pair, Bead b) {
        if (pair.isDatelineBead(b.en(), b.ru())) {
            return b.withKind(BeadKind.DATELINE, Optional.empty());
        }
        Span en = pair.vocabulary.english(pair.analysed(b.en(), true));
        Span ru = pair.vocabulary.russian(pair.analysed(b.ru(), false));
        WordAlignment alignment = WordAlignment.of(en, ru);
        BeadKind kind = decide(evidence(pair.model, en, ru, alignment,
                clauses(pair.model.english(), pair.texts(b.en(), true)),
                clauses(pair.model.russian(), pair.texts(b.ru(), false))), Settings.DEFAULT);
        Optional<TextSpan> span = Optional.empty();
        if (kind == BeadKind.PARTIAL_EN) {
            span = renderedStretch(pair.model.russian(), pair.russian, b.ru(), linkedRussian(alignment, ru.tokens().length));
        } else if (kind == BeadKind.PARTIAL_RU) {
            span = renderedStretch(pair.model.english(), pair.english, b.en(), linkedEnglish(alignment, en.tokens().length));
        }
        return b.withKind(kind, span);
    }

    private static boolean[] linkedEnglish(WordAlignment alignment, int words) {
        boolean[] linked = new boolean[words];
        int[] partners = alignment.partners();
        for (int i = 0; i < partners.length && i < words; i++) {
            linked[i] = partners[i] >= 0;
        }
        return linked;
    }

    private static boolean[] linkedRussian(WordAlignment alignment, int words) {
        boolean[] linked = new boolean[words];
        for (int j : alignment.partners()) {
            if (j >= 0 && j < words) {
                linked[j] = true;
            }
        }
        return linked;
    }

    /**
     * The stretch of the longer side's joined text that the links cover: the run of content words
     * with the most links, where runs break at three unlinked words in a row; empty when that run
     * holds under 80% of the links or is the whole text.
     */
    static Optional<TextSpan> renderedStretch(TextAnalyzer analyzer, SegmentedDocument side, List<Integer> ids, boolean[] linked) {
        List<int[]> offsets = new ArrayList<>();
        int shift = 0;
        for (int id : ids) {
            String text = side.text(id);
            for (int[] o : analyzer.contentWordOffsets(text)) {
                offsets.add(new int[] {o[0] + shift, o[1] + shift});
            }
            shift += text.length() + 1;
        }
        int words = Math.min(offsets.size(), linked.length);
        int total = 0;
        for (int w = 0; w < words; w++) {
            total += linked[w] ? 1 : 0;
        }
        if (total == 0) {
            return Optional.empty();
        }
        int bestFrom = -1;
        int bestTo = -1;
        int bestLinks = 0;
        int from = -1;
        int last = -1;
        int links = 0;
        for (int w = 0; w <= words; w++) {
            boolean l = w < words && linked[w];
            if (l && (from < 0 || w - last > 3)) {
                from = w;
                links = 0;
            }
            if (l) {
                last = w;
                links++;
                if (links > bestLinks) {
                    bestLinks = links;
                    bestFrom = from;
                    bestTo = w;
                }
            }
        }
        if (bestLinks < 0.8 * total || (bestFrom == 0 && bestTo == words - 1)) {
            return Optional.empty();
        }
        return Optional.of(new TextSpan(offsets.get(bestFrom)[0], offsets.get(bestTo)[1]));
    }
}
