package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.Alignment;
import org.sverka.core.SegmentedDocument;

/**
 * A long pair aligned with its work split over two threads gives the same alignment, bead for bead
 * (sentences, scores, flags, kinds), as on one thread.
 */
class TwoThreadsTest {
    private static final SimilarityModel MODEL = SimilarityModel.defaultModel();

    @Test
    void theNtrexBookOnTwoThreadsEqualsOneThread() throws IOException {
        SegmentedDocument english = SegmentedDocument.ofLines("ntrex.en", "en",
                NtrexBook.lines("en"));
        SegmentedDocument russian = SegmentedDocument.ofLines("ntrex.ru", "ru",
                NtrexBook.lines("ru"));
        AutoAligner auto = new AutoAligner(MODEL);
        Alignment one = auto.alignScored(new ScoredPair(english, russian, MODEL, 1));
        Alignment two = auto.alignScored(new ScoredPair(english, russian, MODEL, 2));
        assertTrue(one.beads().size() > 1900, "the book aligns bead by bead: " + one.beads().size());
        assertTrue(one.beads().stream().anyMatch(b -> !b.flags().isEmpty()), "some beads carry flags");
        assertEquals(one.mode(), two.mode());
        assertEquals(one.reason(), two.reason());
        for (int k = 0; k < one.beads().size(); k++) {
            assertEquals(one.beads().get(k), two.beads().get(k), "bead " + k);
        }
        assertEquals(one.beads().size(), two.beads().size());
    }

    @Test
    void aReportAgainstALongSourceOnTwoThreadsEqualsOneThread() throws IOException {
        Path story = Path.of("../../test-data/story");
        List<String> en = Files.readAllLines(story.resolve("expected.en.txt"), StandardCharsets.UTF_8);
        List<String> ru = new ArrayList<>();
        for (int copy = 0; copy < 30; copy++) {
            ru.addAll(Files.readAllLines(story.resolve("expected.ru.txt"), StandardCharsets.UTF_8));
        }
        SegmentedDocument english = SegmentedDocument.ofLines("en", "en", en);
        SegmentedDocument russian = SegmentedDocument.ofLines("ru", "ru", ru);
        AutoAligner auto = new AutoAligner(MODEL);
        assertEquals(auto.alignScored(new ScoredPair(english, russian, MODEL, 1)).beads(),
                auto.alignScored(new ScoredPair(english, russian, MODEL, 2)).beads());
    }

    @Test
    void splitWorkCoversEveryIndexOnceOnTwoThreads() {
        int size = 1_001;
        AtomicInteger[] seen = new AtomicInteger[size];
        for (int k = 0; k < size; k++) {
            seen[k] = new AtomicInteger();
        }
        var threads = ConcurrentHashMap.<String>newKeySet();
        SplitWork.run(size, 2, (from, to) -> {
            threads.add(Thread.currentThread().getName());
            pause();   // a chunk takes long enough for the helper thread to start and take chunks too
            for (int k = from; k < to; k++) {
                seen[k].incrementAndGet();
            }
        });
        for (int k = 0; k < size; k++) {
            assertEquals(1, seen[k].get(), "index " + k);
        }
        assertEquals(2, threads.size(), "two threads: " + threads);
    }

    @Test
    void aFailureOnTheHelperThreadReachesTheCaller() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> SplitWork.run(SplitWork.MIN_ITEMS, 2, (from, to) -> {
                    pause();
                    if (Thread.currentThread().getName().equals("sverka-split")) {
                        throw new IllegalStateException("the helper's chunk failed");
                    }
                }));
        assertEquals("the helper's chunk failed", e.getMessage());
    }

    @Test
    void aCostlyPartOfTheRangeIsSharedByBothThreads() {
        // the first half of the range is costly, the second free: halves cut in the middle would leave
        // the helper thread idle; chunks taken in turn give both threads a share of the costly part
        int size = SplitWork.MIN_ITEMS;
        var costlyBy = new ConcurrentHashMap<String, AtomicInteger>();
        SplitWork.run(size, 2, (from, to) -> {
            for (int k = from; k < to; k++) {
                if (k < size / 2) {
                    costlyBy.computeIfAbsent(Thread.currentThread().getName(), t -> new AtomicInteger()).incrementAndGet();
                    pause();
                }
            }
        });
        assertEquals(2, costlyBy.size(), "both threads did costly items: " + costlyBy);
        assertEquals(size / 2, costlyBy.values().stream().mapToInt(AtomicInteger::get).sum());
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
