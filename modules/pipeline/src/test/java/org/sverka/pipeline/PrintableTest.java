package org.sverka.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Control characters are shown as escapes; everything else is left as it is. */
class PrintableTest {
    @Test
    void controlsAreEscaped() {
        assertEquals("a\\u001b[2Jb\\u0000c", Printable.escape("a\u001b[2Jb\u0000c"));
        assertEquals("one\\u000atwo\\u000d", Printable.escape("one\ntwo\r"));
        assertEquals("\\u009b31m \\u202eevil", Printable.escape("\u009b31m \u202eevil"));
        String plain = "Переговоры завершились — 62%.";
        assertSame(plain, Printable.escape(plain));
        assertEquals("null", Printable.escape(null));
    }
}
