package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IrregularVerbsTest {
    @Test
    void pastsAndParticiplesGiveTheirBase() {
        assertEquals("tell", IrregularVerbs.base("told"));
        assertEquals("say", IrregularVerbs.base("said"));
        assertEquals("go", IrregularVerbs.base("went"));
        assertEquals("go", IrregularVerbs.base("gone"));
        assertEquals("write", IrregularVerbs.base("written"));
    }

    @Test
    void regularVerbsBasesAndOtherWordsGiveNothing() {
        assertNull(IrregularVerbs.base("walked"));
        assertNull(IrregularVerbs.base("say"));
        assertNull(IrregularVerbs.base("table"));
    }
}
