package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.core.BeadKind;
import org.sverka.core.InputException;

/** TSV files read back: older layouts, and what cannot be read named by line. */
class TsvReaderTest {
    static List<TsvRow> read(String tsv) {
        return TsvReader.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "t.tsv");
    }

    static String refusal(String tsv) {
        return assertThrows(InputException.class, () -> read(tsv)).getMessage();
    }

    @Test
    void aFileWithoutKindOrFlagsGivesKindsByShape() {
        List<TsvRow> rows = read("en\tru\tscore\nHello.\tПривет.\t0.900\nOnly English.\t\t0.000\n\"\"\tТолько русский.\t0.000\n");
        assertEquals(List.of(BeadKind.TRANSLATION, BeadKind.ENGLISH_ONLY, BeadKind.RUSSIAN_ONLY), rows.stream().map(TsvRow::kind).toList());
        assertEquals(List.of(), rows.get(0).flags());
        assertTrue(rows.get(0).origin().isEmpty());
    }

    @Test
    void columnsAreFoundByTheirNames() {
        List<TsvRow> rows = read("flags\tscore\textra\tkind\tru\ten\nname-only-en:Kerry\t0.5\tx\tpartial-en\tда\tyes\n");
        assertEquals("yes", rows.get(0).english());
        assertEquals(BeadKind.PARTIAL_EN, rows.get(0).kind());
        assertEquals("Kerry", rows.get(0).flags().get(0).value());
    }

    @Test
    void whatCannotBeReadIsNamedByLine() {
        assertEquals("t.tsv: line 1: the column score is missing (the header is en, ru)", refusal("en\tru\na\tb\n"));
        assertEquals("t.tsv: line 3: the score 'high' is not a number",
                refusal("en\tru\tscore\tkind\tflags\na\tb\t0.5\t\t\nc\td\thigh\t\t\n"));
        assertTrue(refusal("en\tru\tscore\tkind\tflags\na\tb\t0.5\tparital\t\n")
                .startsWith("t.tsv: line 2: unknown bead kind 'parital'"));
        assertTrue(refusal("en\tru\tscore\tkind\tflags\na\tb\t0.5\ttranslation\tnumber:5\n")
                .startsWith("t.tsv: line 2: the flags cannot be read: unknown flag 'number'"));
        assertEquals("t.tsv: line 2: 2 cells, the header has 3", refusal("en\tru\tscore\na\tb\n"));
    }
}
