package org.sverka.pipeline.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.SegmentedDocument;
import org.sverka.index.OriginalsIndex;
import org.sverka.pipeline.Sverka;

/**
 * A report of the UN development set searched among the 1,136 Russian documents of {@code eval find}'s
 * pool: one sentence quotes two sentences of its original (matched surely), the other is commentary taken
 * from another document. A resolution of a third document matches both report sentences, each barely
 * above the confident line; counted as they are, its two weak matches explain the whole report and the
 * original's one sure match half of it. The report's first sentence renders one original sentence, so the
 * weak match of it is outweighed by the sure one and is not counted. Then two reports in which another document
 * merges a quote with the sentence beside it into one match, against the quote's original that renders it alone.
 */
class SurestMatchesTest {
    private static final Sverka SVERKA = Sverka.aligner().build();
    private static final String ORIGINAL = "un-devset/2015/e/cn_9/2015/l_2";
    private static final String RESOLUTION = "un-devset/2015/e/res/2014/38";
    @TempDir
    static Path dir;
    static OriginalsIndex index;
    static final Map<String, List<String>> ENGLISH = new HashMap<>();

    @BeforeAll
    static void index() throws IOException {
        index = OriginalsIndex.openForWriting(dir.resolve("pool.idx"));
        FindPool.index(SVERKA, index).forEach((key, doc) -> ENGLISH.put(key, doc.english()));
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void aWeakMatchOfASentenceThatTheOriginalMatchesSurelyIsNotCounted() throws IOException {
        List<String> original = ENGLISH.get(ORIGINAL);
        // the original's third and fourth sentences (a heading and the agenda's first paragraph) as one report
        // sentence, then a sentence of another document's summary of a debate as commentary
        String quote = original.get(2) + " " + original.get(3);
        String commentary = ENGLISH.get("un-devset/2015/a/ac_182/2015/l_2").get(3);
        SegmentedDocument report = SegmentedDocument.ofLines("report", "en", List.of(quote, commentary));

        FindResult r = SVERKA.finder().find(report, index, 10);

        FoundOriginal best = r.best().orElseThrow();
        assertEquals(ORIGINAL, best.path(), r.ranked().stream().map(FoundOriginal::path).toList().toString());
        assertEquals(1, best.matches().size(), best.matches().toString());
        assertEquals(List.of(0), best.matches().get(0).report());
        assertTrue(best.matches().get(0).score() > 0.95, "the quote is matched surely: " + best.matches());
        assertEquals(0, best.outweighed());
        FoundOriginal resolution = r.ranked().stream().filter(f -> f.path().equals(RESOLUTION)).findFirst().orElseThrow();
        assertEquals(1, resolution.outweighed(), "its weak match of the quote: " + resolution.alignment().orElseThrow().beads());
        assertEquals(List.of(List.of(1)), resolution.matches().stream().map(MatchedSentence::report).toList(),
                "the commentary stays matched: nothing surer claims it");
        assertEquals(0.5, resolution.matchedShare(), 1e-9);
        assertFalse(resolution.score() > best.score(), resolution + " against " + best);
    }

    /**
     * A report of four sentences (seed 2026's report of the CEDAW observations on the Maldives): two quote the
     * observations (each matched at 1.00 by its original), one is commentary from an NGO statement, one from the
     * observations on Denmark. Another NGO statement merges the first quote with the commentary after it into
     * one match of 0.62 and matches the second quote at 0.69: counted whole, it explains three report sentences
     * against the original's two. The original renders the first quote alone at 1.00 and the commentary's own
     * statement renders the commentary alone, each more surely: the merge counts for neither.
     */
    @Test
    void aMergeOfSentencesThatOthersRenderAloneMoreSurelyDoesNotCount() throws IOException {
        String original = "un-devset/2015/cedaw/c/mdv/co/4_5";
        String merging = "un-devset/2015/e/cn_9/2015/ngo/11";
        String commentary = "un-devset/2015/e/cn_6/2015/ngo/269";
        SegmentedDocument report = SegmentedDocument.ofLines("report", "en", List.of(
                sentence("un-devset/2015/cedaw/c/dnk/co/8", "The Committee is also concerned about the inadequacy"),
                sentence(original, "31. The Committee recommends that the State party revise its nationality laws"),
                sentence(commentary, "We urge that the inclusion of such efforts"),
                sentence(original, "The Committee is also concerned about the insufficient financial")));

        FindResult r = SVERKA.finder().find(report, index, 20);

        assertEquals(original, r.best().orElseThrow().path(), r.ranked().stream().map(FoundOriginal::path).toList().toString());
        assertEquals(0.5, r.best().get().matchedShare(), 1e-9);
        FoundOriginal other = found(r, merging);
        assertEquals(List.of(List.of(3)), other.matches().stream().map(MatchedSentence::report).toList(),
                "the merge of report sentences 1 and 2 is not counted: " + other.alignment().orElseThrow().beads());
        assertEquals(1, other.outweighed());
        assertEquals(0.25, other.matchedShare(), 1e-9);
        assertTrue(found(r, commentary).matches().stream().anyMatch(m -> m.report().equals(List.of(2)) && m.score() > 0.67),
                "the commentary's own document renders it alone: " + found(r, commentary).matches());
    }

    /**
     * Seed 2026's report of a UNCITRAL working paper: two of its sentences, a sentence of a report on
     * fellowships and a heading of another paper ("III. Peaceful settlement of disputes"). A Security Council
     * letter merges the paper's third sentence with the heading into one match of 0.71 and so ties the paper (two
     * report sentences each), which the letter won by explaining more of its own text. The paper renders that
     * sentence alone at 0.99: the merge counts for the heading only.
     */
    @Test
    void aMergeThatTiesTheOriginalLosesTheSentenceTheOriginalRendersAlone() throws IOException {
        String original = "un-devset/2015/a/cn_9/833";
        String letter = "un-devset/2015/s/2015/87";
        SegmentedDocument report = SegmentedDocument.ofLines("report", "en", List.of(
                sentence(original, "30. It was also queried whether a system with non-binding"),
                sentence("un-devset/2015/a/70/66", "Specifically, Spain has granted a total of 55 scholarships"),
                sentence(original, "The Secretariat was requested to place the provision"),
                sentence("un-devset/2015/a/ac_182/2015/l_8", "III. Peaceful settlement of disputes")));

        FindResult r = SVERKA.finder().find(report, index, 20);

        assertEquals(original, r.best().orElseThrow().path(), r.ranked().stream().map(FoundOriginal::path).toList().toString());
        assertEquals(0.5, r.best().get().matchedShare(), 1e-9);
        FoundOriginal other = found(r, letter);
        assertEquals(List.of(List.of(3)), other.matches().stream().map(MatchedSentence::report).toList(),
                other.alignment().orElseThrow().beads().toString());
        assertEquals(0.25, other.matchedShare(), 1e-9);
        assertEquals(1, other.outweighed());
        assertTrue(other.matches().get(0).reportText().startsWith("III. Peaceful"), "the counted sentence's text alone: "
                + other.matches().get(0).reportText());
    }

    private static FoundOriginal found(FindResult r, String key) {
        return r.ranked().stream().filter(f -> f.path().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " is not among " + r.ranked().stream().map(FoundOriginal::path).toList()));
    }

    /** The English sentence of a pool document that starts with the given words. */
    private static String sentence(String key, String start) {
        return ENGLISH.get(key).stream().filter(s -> s.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " has no sentence starting '" + start + "'"));
    }

    @Test
    void matchesOfNearlyEqualScoresAllCount() {
        MatchedSentence sure = new MatchedSentence(List.of(0), List.of(4), "a", "б", 0.99);
        MatchedSentence weak = new MatchedSentence(List.of(0, 1), List.of(2), "a b", "в", 0.58);
        MatchedSentence fair = new MatchedSentence(List.of(1), List.of(7), "b", "г", 0.75);
        SurestMatches surest = SurestMatches.of(List.of(List.of(sure), List.of(weak), List.of(fair)));
        assertTrue(surest.outweighs(weak.report(), weak.score()), "0.58 against 0.99 on report sentence 0");
        assertFalse(surest.outweighs(fair.report(), fair.score()), "0.75 is the surest match of report sentence 1");
        assertFalse(surest.outweighs(List.of(1), 0.6), "0.6 against 0.75: within the margin");
        assertFalse(surest.outweighs(sure.report(), sure.score()));
        assertFalse(SurestMatches.NONE.outweighs(weak.report(), weak.score()));
    }

    @Test
    void aMergedMatchCountsOnlyTheReportSentencesNoOneRendersAloneMoreSurely() {
        MatchedSentence alone = new MatchedSentence(List.of(2), List.of(3), "c", "д", 0.99);
        MatchedSentence merged = new MatchedSentence(List.of(2, 3), List.of(3), "c d", "е", 0.71);
        MatchedSentence close = new MatchedSentence(List.of(5, 6), List.of(1), "f g", "ж", 0.96);
        MatchedSentence aloneOfSix = new MatchedSentence(List.of(6), List.of(0), "g", "з", 0.99);
        SurestMatches surest = SurestMatches.of(List.of(List.of(alone, aloneOfSix), List.of(merged, close)));
        assertEquals(List.of(3), surest.counted(merged.report(), merged.score()), "2 is rendered alone at 0.99");
        assertTrue(surest.doubts(merged.report(), merged.score()));
        assertEquals(List.of(5, 6), surest.counted(close.report(), close.score()), "0.99 against 0.96: within the margin");
        assertFalse(surest.doubts(close.report(), close.score()));
        assertEquals(List.of(2), surest.counted(alone.report(), alone.score()), "a match of one report sentence is whole");
        assertEquals(List.of(), surest.counted(List.of(2, 6), 0.8), "both rendered alone more surely");
        assertEquals(List.of(2, 3), SurestMatches.NONE.counted(merged.report(), merged.score()));
    }
}
