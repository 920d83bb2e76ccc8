package org.sverka.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void defaults() {
        assertEquals(new JobOptions("auto", null, 0, false, "pairs.tsv", "out", 0.5), JobOptions.parse(new String[] {"pairs.tsv", "out"}));
    }

    @Test
    void everyOption() {
        assertEquals(new JobOptions("report", "terms.tsv", 64, true, "hdfs:///c/pairs.tsv", "hdfs:///c/out", 0.7),
                JobOptions.parse(new String[] {"--mode", "report", "--lexicon", "terms.tsv", "--partitions", "64", "--keep-going",
                    "hdfs:///c/pairs.tsv", "hdfs:///c/out", "0.7"}));
    }

    @Test
    void pairByContent() {
        assertEquals(new JobOptions("auto", null, 0, false, null, "out", 0.5,
                        new PairByContent("en", "ru", PairByContent.MIN_SIMILARITY, PairByContent.HASH_TABLES)),
                JobOptions.parse(new String[] {"--pair-by", "content", "en", "ru", "out"}));
        assertEquals(new JobOptions("auto", null, 8, false, null, "out", 0.6, new PairByContent("en", "ru", 0.1, 12)),
                JobOptions.parse(new String[] {"--partitions", "8", "--pair-by", "content", "--min-similarity", "0.1", "--hash-tables", "12",
                    "en", "ru", "out", "0.6"}));
        assertEquals("--pair-by takes content, not name",
                assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"--pair-by", "name", "a", "b", "c"}))
                        .getMessage());
        assertEquals("expected EN_DIR RU_DIR OUTPUT [THRESHOLD], got 2 arguments",
                assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"--pair-by", "content", "a", "b"}))
                        .getMessage());
        assertEquals("--min-similarity must be a number between 0 and 1, not 0.0",
                assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"--pair-by", "content",
                    "--min-similarity", "0", "a", "b", "c"})).getMessage());
        assertEquals("--hash-tables must be a whole number of at least 1, not 0",
                assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"--pair-by", "content",
                    "--hash-tables", "0", "a", "b", "c"})).getMessage());
    }

    @Test
    void malformedArgumentsSayWhat() {
        assertEquals("--partitions must be a whole number of at least 1, not 0",
                assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"--partitions", "0", "a", "b"})).getMessage());
        assertEquals("--partitions must be a whole number of at least 1, not many",
                assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"--partitions", "many", "a", "b"})).getMessage());
        assertEquals("--mode needs a value", assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"a", "b", "--mode"}))
                .getMessage());
        assertEquals("unknown option --keepgoing",
                assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"--keepgoing", "a", "b"})).getMessage());
        assertEquals("expected MANIFEST OUTPUT [THRESHOLD], got 1 arguments",
                assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"a"})).getMessage());
        assertEquals("THRESHOLD must be a number between 0 and 1, not 1.5",
                assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"a", "b", "1.5"})).getMessage());
    }
}
