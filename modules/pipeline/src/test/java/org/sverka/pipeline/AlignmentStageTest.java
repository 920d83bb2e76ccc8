package org.sverka.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.align.AutoAligner;
import org.sverka.align.LengthAligner;
import org.sverka.align.ParallelAligner;
import org.sverka.align.ReportAligner;
import org.sverka.core.Alignment;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.InputException;
import org.sverka.extract.Extractor;
import org.sverka.pipeline.corpus.PairAligner;
import org.sverka.pipeline.corpus.PairResult;
import org.sverka.pipeline.corpus.PairSource;

/** The time limit covers a whole pair, and a pair too large for the heap is refused with a message, not an OutOfMemoryError. */
class AlignmentStageTest {
    static final Path DATA = Path.of(System.getProperty("sverka.testdata", "../../test-data"));
    static final SimilarityModel MODEL = SimilarityModel.defaultModel();

    static Pipeline pipeline(Duration timeout) {
        return new Pipeline(Extractor.builder().timeout(Duration.ofSeconds(60)).build(), PresegmentedTest.LANGUAGES,
                new Limits(50L << 20, 5_000_000, 100_000, 20_000, timeout));
    }

    static Path lines(Path file, List<String> words, int count) throws IOException {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(words.get(i % words.size()));
        }
        return Files.write(file, out);
    }

    @Test
    void thirtyThousandOneWordLinesEndWithAClearMessage(@TempDir Path dir) throws IOException {
        Path en = lines(dir.resolve("en.txt"), List.of("house", "river", "government", "talks", "weather", "minister", "children"), 30_000);
        Path ru = lines(dir.resolve("ru.txt"), List.of("дом", "река", "правительство", "переговоры", "погода", "министр", "дети"), 30_000);
        Pipeline.Pair pair = pipeline(Duration.ofSeconds(600)).readPair(en, ru, true);
        assertEquals(30_000, pair.english().size());
        AlignmentStage twoGigabyteHeap = new AlignmentStage((2L << 30) / 4 * 3);
        InputException e = assertThrows(InputException.class,
                () -> twoGigabyteHeap.align(new ReportAligner(MODEL), pair, Deadline.after(Duration.ofSeconds(600))));
        assertTrue(e.getMessage().contains("aligning 30,000 English with 30,000 Russian sentences would take about 117.3 GB of memory, "
                + "more than the 1.5 GB allowed"), e.getMessage());
        assertTrue(e.getMessage().contains("lower --max-sentences"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void estimatesFollowTheAligner() {
        assertEquals(140L * 1000 * 2000, AlignmentStage.estimate(new AutoAligner(MODEL), 1000, 2000));
        assertEquals(12L * 1000 * 2000, AlignmentStage.estimate(new LengthAligner(), 1000, 2000));
        assertEquals(4_000L * 3000, AlignmentStage.estimate(new ParallelAligner(MODEL), 1000, 2000));
        assertEquals(4_000L * 3000, AlignmentStage.estimate(new AutoAligner(MODEL).withReportLimit(1000), 1000, 2000),
                "auto under a report limit takes what parallel mode takes");
        assertTrue(AlignmentStage.forHeap(2).budget() <= Runtime.getRuntime().maxMemory() / 2);
    }

    @Test
    void autoModeAlignsAPairTooLargeForReportModeInParallelModeAndSaysSo() {
        Pipeline.Pair pair = pipeline(Duration.ofSeconds(120)).readPair(DATA.resolve("report/report.en.txt"),
                DATA.resolve("story/story.ru.txt"), false);
        Deadline later = Deadline.after(Duration.ofSeconds(120));
        Alignment roomy = new AlignmentStage(1L << 30).align(new AutoAligner(MODEL), pair, later);
        assertTrue(roomy.reason().contains("auto chose report"), roomy.reason());
        long cells = (long) pair.english().size() * pair.russian().size();
        Alignment a = new AutoAligner(MODEL).withReportLimit(cells - 1).align(pair.english(), pair.russian());
        assertTrue(a.reason().contains("auto chose parallel, although only"), a.reason());
        assertTrue(a.reason().endsWith("report mode's table of 7 x 9 sentences would not fit in memory"), a.reason());
        assertTrue(new AutoAligner(MODEL).withReportLimit(cells).align(pair.english(), pair.russian()).reason()
                .startsWith("auto chose report"));
    }

    @Test
    void theStageGivesAutoModeItsBudgetAsAReportLimit(@TempDir Path dir) throws IOException {
        Path en = lines(dir.resolve("en.txt"), List.of("house", "river", "government", "talks", "weather", "minister", "children"), 30_000);
        Path ru = lines(dir.resolve("ru.txt"), List.of("дом", "река", "правительство", "переговоры", "погода", "министр", "дети"), 30_000);
        Pipeline.Pair pair = pipeline(Duration.ofSeconds(600)).readPair(en, ru, true);
        InputException e = assertThrows(InputException.class, () -> new AlignmentStage(100L << 20)
                .align(new AutoAligner(MODEL), pair, Deadline.after(Duration.ofSeconds(600))));
        assertTrue(e.getMessage().contains("would take about 229 MB of memory, more than the 100 MB allowed"), e.getMessage());
    }

    @Test
    void aSlowAlignmentIsAbandonedWithTheLimitToRaise(@TempDir Path dir) throws IOException {
        List<String> en = Files.readAllLines(DATA.resolve("story/story.en.txt")).stream().filter(s -> !s.isBlank()).toList();
        List<String> ru = Files.readAllLines(DATA.resolve("story/story.ru.txt")).stream().filter(s -> !s.isBlank()).toList();
        Path enFile = lines(dir.resolve("en.txt"), en, 1500);
        Path ruFile = lines(dir.resolve("ru.txt"), ru, 1500);
        Pipeline.Pair pair = pipeline(Duration.ofSeconds(600)).readPair(enFile, ruFile, true);
        Deadline soon = Deadline.after(Duration.ofMillis(100));
        TimeLimitException e = assertThrows(TimeLimitException.class,
                () -> new AlignmentStage(1L << 40).align(new AutoAligner(MODEL), pair, soon));
        assertTrue(e.getMessage().endsWith("took longer than the time limit of 0.100 s (while aligning) and was abandoned; raise --timeout"),
                e.getMessage());
    }

    @Test
    void theTimeLimitCoversTheWholePair() {
        PairSource story = new PairSource("story", DATA.resolve("story/story.en.txt").toString(), DATA.resolve("story/story.ru.docx").toString());
        PairResult late = new PairAligner(pipeline(Duration.ofMillis(1)), new AutoAligner(MODEL)).align(story);
        assertFalse(late.ok());
        assertTrue(late.reason().endsWith("raise --timeout"), late.reason());
        assertTrue(late.retryable(), "a resumed run with a larger limit tries it again");
        PairResult inTime = new PairAligner(pipeline(Duration.ofSeconds(120)), new AutoAligner(MODEL)).align(story);
        assertTrue(inTime.ok(), inTime.reason());
    }
}
