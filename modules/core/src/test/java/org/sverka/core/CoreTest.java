package org.sverka.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoreTest {
    static SegmentedDocument side(String lang, int n) {
        return SegmentedDocument.ofLines(lang, lang, java.util.stream.IntStream.range(0, n).mapToObj(i -> "s" + i).toList());
    }

    @Test
    void documentBuilderKeepsOffsets() {
        Document d = Document.builder("x").add(BlockKind.HEADING, " Title ").add(BlockKind.PARAGRAPH, "").add(BlockKind.PARAGRAPH, "Body.").build();
        assertEquals("Title\n\nBody.", d.text());
        assertEquals(2, d.blocks().size());
        assertEquals(7, d.blocks().get(1).start());
    }

    @Test
    void alignmentMustCoverEverySentenceOnce() {
        SegmentedDocument en = side("en", 2);
        SegmentedDocument ru = side("ru", 2);
        List<Bead> ok = List.of(Bead.of(List.of(0), List.of(1), 0.9), Bead.of(List.of(1), List.of(), 0), Bead.of(List.of(), List.of(0), 0));
        assertEquals(3, new Alignment(en, ru, ok, "m", "r").beads().size());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> new Alignment(en, ru,
                List.of(Bead.of(List.of(0, 1), List.of(0), 1), Bead.of(List.of(1), List.of(1), 1)), "m", "r"));
        assertEquals("English sentence 2 is in two beads", twice.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new Alignment(en, ru, List.of(Bead.of(List.of(0, 1), List.of(0), 1)), "m", "r"));
        assertEquals("Russian sentence 2 is in no bead", missing.getMessage());
    }

    @Test
    void linksFormatRoundTrips() {
        List<Bead> beads = List.of(Bead.of(List.of(0, 1), List.of(0), 0.912), Bead.of(List.of(2), List.of(), 0),
                Bead.of(List.of(), List.of(1, 2), 0));
        List<String> lines = beads.stream().map(b -> LinksFormat.format(b, true)).toList();
        assertEquals(List.of("1,2\t1\t0.912", "3\t\t0.000", "\t2,3\t0.000"), lines);
        assertEquals(beads, LinksFormat.parse("t", lines));
    }

    @Test
    void malformedLinksNameTheLine() {
        InputException e = assertThrows(InputException.class, () -> LinksFormat.parse("gold.txt", List.of("1\t1", "x\t2")));
        assertTrue(e.getMessage().startsWith("gold.txt: line 2: "), e.getMessage());
        assertThrows(InputException.class, () -> LinksFormat.parse("g", List.of("0\t1")));
    }

    @Test
    void beadsCheckTheirInvariants() {
        assertThrows(IllegalArgumentException.class, () -> Bead.of(List.of(), List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> Bead.of(List.of(2, 1), List.of(0), 0.5));
        assertThrows(IllegalArgumentException.class, () -> Bead.of(List.of(1), List.of(0), 1.5));
        assertEquals("2-1", Bead.of(List.of(1, 2), List.of(0), 0.5).type());
    }
}
