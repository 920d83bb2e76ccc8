package org.sverka.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlagTest {
    @Test
    void valuesWithSpacesSeparatorsAndBackslashesComeBackExactly() {
        List<Flag> flags = List.of(
                new Flag(Flag.Kind.NUMBER, Flag.Side.RUSSIAN, "1 000"),
                new Flag(Flag.Kind.NUMBER, Flag.Side.RUSSIAN, "1\u00a0000 руб."),
                new Flag(Flag.Kind.NAME, Flag.Side.ENGLISH, "Deir ez-Zor; \"Syria\""),
                new Flag(Flag.Kind.NAME, Flag.Side.ENGLISH, "a\\b\tc"),
                new Flag(Flag.Kind.NEGATION, Flag.Side.RUSSIAN, "не"),
                new Flag(Flag.Kind.DATE, Flag.Side.RUSSIAN, "среду"),
                new Flag(Flag.Kind.NAME, Flag.Side.ENGLISH, "note: Kerry; x").asNote());
        String written = Flag.format(flags);
        assertEquals(flags, Flag.parseList(written));
        for (Flag f : flags) {
            assertEquals(f, Flag.parse(f.toString()));
        }
    }

    @Test
    void labelsNameKindAndSide() {
        Flag f = new Flag(Flag.Kind.NUMBER, Flag.Side.ENGLISH, "62%");
        assertEquals("number-only-en:62%", f.toString());
        assertTrue(f.english());
        assertEquals("number only here", f.kind().description());
        assertEquals(List.of(), Flag.parseList("  "));
        assertEquals(new Flag(Flag.Kind.DATE, Flag.Side.RUSSIAN, "мая"), Flag.parse("date-only-ru:мая"));
        assertEquals("date only here", Flag.Kind.DATE.description());
    }

    @Test
    void notesAreWrittenAfterNoteAndReadBackAsNotes() {
        Flag note = new Flag(Flag.Kind.NAME, Flag.Side.ENGLISH, "Flake").asNote();
        assertEquals("note:name-only-en:Flake", note.toString());
        assertTrue(note.isNote());
        assertEquals(Flag.Grade.FLAG, new Flag(Flag.Kind.NAME, Flag.Side.ENGLISH, "Flake").grade());
        assertEquals(List.of(new Flag(Flag.Kind.NUMBER, Flag.Side.RUSSIAN, "65"), note),
                Flag.parseList("number-only-ru:65; Note: name-only-en:Flake"));
        assertEquals(note, Flag.parse(" note:name-only-en:Flake "));
    }

    @Test
    void malformedFlagsAreRefusedWithTheirText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Flag.parse("colour-only-en:red"));
        assertTrue(e.getMessage().contains("colour-only-en"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Flag.parse("number-only-en"));
        assertThrows(IllegalArgumentException.class, () -> new Flag(Flag.Kind.NAME, Flag.Side.RUSSIAN, " "));
    }

    @Test
    void beadKindFollowsShapeAndRoundTrips() {
        assertEquals(BeadKind.TRANSLATION, Bead.of(List.of(0), List.of(0), 0.9).kind());
        assertEquals(BeadKind.ENGLISH_ONLY, Bead.of(List.of(0), List.of(), 0).kind());
        assertEquals(BeadKind.RUSSIAN_ONLY, Bead.of(List.of(), List.of(3), 0).kind());
        for (BeadKind k : BeadKind.values()) {
            assertEquals(k, BeadKind.parse(k.label().toUpperCase()));
        }
        assertThrows(IllegalArgumentException.class, () -> Bead.of(List.of(0), List.of(), 0).withKind(BeadKind.PARTIAL_EN,
                java.util.Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> BeadKind.parse("quote"));
        TextSpan s = new TextSpan(3, 9);
        assertEquals(s, TextSpan.parse(s.toString()));
        assertEquals("lo wor", s.of("hello world"));
    }
}
