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
 * weak match of it is outweighed by the sure one and is not counted.
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
}
