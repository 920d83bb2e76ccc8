package org.sverka.segment.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenRulesEvaluationTest {
    @Test
    void readsTheRulesAndScoresASplitter(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rules.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"text\": \"One. Two.\", \"sentences\": [\"One.\", \"Two.\"]}",
                "{\"text\": \"He said \\\"hi.\\\" Then\\u00a0left.\", \"sentences\": [\"He said \\\"hi.\\\"\", \"Then left.\"]}",
                "",
                "{\"sentences\": [\"Dr. Who came.\"], \"text\": \"Dr. Who came.\"}") + "\n");
        List<GoldenRule> rules = GoldenRulesEvaluation.read(file);
        assertEquals(3, rules.size());
        assertEquals("He said \"hi.\" Then\u00a0left.", rules.get(1).text());
        assertEquals(List.of("Dr. Who came."), rules.get(2).expected());

        GoldenRulesResult naive = GoldenRulesEvaluation.evaluate(file,
                text -> Arrays.asList(text.split("(?<=\\.\"?)\\s+")));
        assertEquals(2, naive.passed());
        assertEquals(3, naive.total());
        assertEquals(1, naive.failures().size());
        assertEquals("Dr. Who came.", naive.failures().get(0).rule().text());
        assertEquals(List.of("Dr.", "Who came."), naive.failures().get(0).actual());
        assertTrue(naive.report().contains("2/3 passed"), naive.report());
        assertTrue(naive.report().contains("FAIL Dr. Who came."), naive.report());
    }

    @Test
    void whiteSpaceIsNormalisedBeforeComparing() {
        GoldenRule rule = new GoldenRule("A  b. C", List.of("A b.", "C"));
        GoldenRulesResult r = GoldenRulesEvaluation.evaluate(List.of(rule), t -> List.of("A  b. ", " ", "C"));
        assertEquals(1, r.passed());
    }
}
