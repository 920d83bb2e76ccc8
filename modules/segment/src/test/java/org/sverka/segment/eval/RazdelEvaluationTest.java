package org.sverka.segment.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RazdelEvaluationTest {
    static final Path DATA = Path.of(System.getProperty("sverka.data", "../../../shared/data"), "segmentation");

    /** razdel's baseline {@code re.split([.?!…])}: a sentence ends at every terminator before white space. */
    static final Function<String, List<String>> DOT_SPLIT = text -> {
        Matcher m = Pattern.compile("([.?!…])\\s+", Pattern.UNICODE_CHARACTER_CLASS).matcher(text);
        List<String> out = new ArrayList<>();
        int previous = 0;
        while (m.find()) {
            out.add(text.substring(previous, m.start()) + m.group(1));
            previous = m.end();
        }
        if (previous < text.length()) {
            out.add(text.substring(previous));
        }
        return out;
    };

    @Test
    void readsPartitionsKeepsSentenceLikeChunksAndBuildsOverlappingWindows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sents.txt.gz");
        StringBuilder sb = new StringBuilder();
        sb.append("Первое предложение.| |Второе с чертой \\| внутри!| |Без конца| |Третье?\n");
        sb.append("Астрономический журнал. — 1987. — С. 178—188.| |Четвёртое…\n");
        for (int i = 5; i <= 21; i++) {
            sb.append("Предложение ").append(i).append(".| |");
        }
        sb.append("Последнее.\n");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        List<String> sentences = RazdelCorpus.sentences(file);
        assertEquals("Второе с чертой | внутри!", sentences.get(1));
        assertEquals(List.of("Первое предложение.", "Второе с чертой | внутри!", "Третье?", "Четвёртое…"),
                sentences.subList(0, 4));
        assertEquals(22, sentences.size());
        List<List<String>> windows = RazdelCorpus.windows(sentences);
        assertEquals(List.of(10, 10, 4), windows.stream().map(List::size).toList());
        assertEquals(windows.get(0).get(9), windows.get(1).get(0));
        assertEquals(windows.get(1).get(9), windows.get(2).get(0));
        assertEquals(windows, RazdelCorpus.sample(windows, 10_000, 1), "fewer windows than the sample: all of them");
    }

    @Test
    void countsFalseAndMissedSplits() {
        List<List<String>> windows = List.of(
                List.of("Пришёл Иванов И.И. из министерства.", "Он сел."),
                List.of("Первое.", "Второе. Ещё часть.", "Третье"));
        RazdelResult r = RazdelEvaluation.evaluate(windows, DOT_SPLIT);
        assertEquals(3, r.etalonSplits());
        assertEquals(5, r.etalonBoundaries());
        assertEquals(2, r.falseSplits(), "after 'И.И.' and after 'Второе.'");
        assertEquals(0, r.missedSplits());
        assertEquals(400.0, r.errorsPer1000(), 1e-9);
        RazdelResult none = RazdelEvaluation.evaluate(windows, text -> List.of(text));
        assertEquals(0, none.falseSplits());
        assertEquals(3, none.missedSplits());
        assertTrue(none.report().contains("3 missed splits"), none.report());
        assertThrows(IllegalArgumentException.class,
                () -> RazdelEvaluation.evaluate(windows, text -> List.of("не из этого текста")));
    }

    @Test
    void theJavaProtocolGivesPythonsFiguresOnOpenCorpora() {
        Path file = DATA.resolve(SegmentationBenchmark.OPENCORPORA);
        Assumptions.assumeTrue(Files.exists(file), "shared data absent");
        List<List<String>> all = RazdelCorpus.windows(RazdelCorpus.sentences(file));
        assertEquals(10800, all.size());
        RazdelResult r = RazdelEvaluation.evaluate(file, DOT_SPLIT);
        // the same protocol written in Python here (random.seed(1); random.sample(windows, 10000))
        assertEquals(10000, r.windows());
        assertEquals(99998, r.etalonBoundaries());
        assertEquals(7707, r.falseSplits());
        assertEquals(2576, r.missedSplits());
    }
}
