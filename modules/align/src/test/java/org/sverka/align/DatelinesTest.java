package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.BeadKind;
import org.sverka.core.LanguageGuess;
import org.sverka.core.SegmentedDocument;
import org.sverka.core.Sentence;
import org.sverka.core.SentenceKind;

/** Datelines pair with datelines, or stand alone, in every aligner; never with story text. */
class DatelinesTest {
    static final List<String> EN = List.of(
            "MOSCOW, May 24. /TASS/.",
            "Russia and China will hold talks on energy cooperation in Beijing next week, Foreign Minister Sergei Lavrov said on Tuesday.",
            "The minister said the two countries had agreed on the dates of the meeting.",
            "Moscow expects the talks to last two days.");
    static final List<String> RU = List.of(
            "МОСКВА, 24 мая. /ТАСС/.",
            "Россия и Китай проведут на следующей неделе в Пекине переговоры о сотрудничестве в энергетике, заявил во вторник министр иностранных дел Сергей Лавров.",
            "По словам министра, две страны договорились о сроках встречи.",
            "Москва рассчитывает, что переговоры продлятся два дня.");

    @Test
    void shapeOfADateline() {
        assertTrue(Datelines.isDateline("MOSCOW, May 24. /TASS/."));
        assertTrue(Datelines.isDateline("МОСКВА, 24 мая. /ТАСС/."));
        assertTrue(Datelines.isDateline("NEW YORK, March 3, 2026."));
        assertTrue(Datelines.isDateline("ВАШИНГТОН, 3 марта /ТАСС/."));
        assertFalse(Datelines.isDateline("Moscow, he said, is ready."));
        assertFalse(Datelines.isDateline("MOSCOW, May 24. /TASS/. Russia and China will hold talks on energy."));
        assertFalse(Datelines.isDateline("Россия и Китай проведут переговоры 24 мая."));
    }

    @Test
    void datelinesPairWithEachOtherInEveryMode() {
        for (AlignMode mode : AlignMode.values()) {
            Alignment a = mode.aligner(AlignersTest.MODEL, false).align(AlignersTest.doc("en", EN), AlignersTest.doc("ru", RU));
            Bead first = a.beads().get(0);
            assertEquals(List.of(0), first.en(), mode + " " + a.beads());
            assertEquals(List.of(0), first.ru(), mode + " " + a.beads());
            assertEquals(BeadKind.DATELINE, first.kind(), mode + " " + a.beads());
            assertTrue(a.beads().stream().skip(1).noneMatch(b -> b.en().contains(0) || b.ru().contains(0)), mode + " " + a.beads());
        }
    }

    @Test
    void aDatelineOnOneSideStandsAlone() {
        List<String> en = EN.subList(1, EN.size());
        for (AlignMode mode : AlignMode.values()) {
            Alignment a = mode.aligner(AlignersTest.MODEL, false).align(AlignersTest.doc("en", en), AlignersTest.doc("ru", RU));
            Bead dateline = a.beads().stream().filter(b -> b.ru().contains(0)).findFirst().orElseThrow();
            assertEquals(List.of(), dateline.en(), mode + " " + a.beads());
            assertEquals(BeadKind.RUSSIAN_ONLY, dateline.kind(), mode + " " + a.beads());
        }
    }

    @Test
    void aSentenceMarkedAsDatelineByTheSegmenterIsOne() {
        // no dateline shape: only the segmenter's mark says what it is
        List<String> ru = new ArrayList<>(RU);
        ru.set(0, "Москва. 24 мая. ТАСС");
        SegmentedDocument marked = marked("ru", ru, 0);
        for (AlignMode mode : AlignMode.values()) {
            Alignment a = mode.aligner(AlignersTest.MODEL, false).align(AlignersTest.doc("en", EN), marked);
            Bead first = a.beads().stream().filter(b -> b.ru().contains(0)).findFirst().orElseThrow();
            assertEquals(BeadKind.DATELINE, first.kind(), mode + " " + a.beads());
            assertEquals(List.of(0), first.en(), mode + " " + a.beads());
        }
    }

    static SegmentedDocument marked(String lang, List<String> lines, int dateline) {
        SegmentedDocument plain = AlignersTest.doc(lang, lines);
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : plain.sentences()) {
            sentences.add(new Sentence(s.index(), s.block(), s.start(), s.text(),
                    s.index() == dateline ? SentenceKind.DATELINE : SentenceKind.SENTENCE));
        }
        return new SegmentedDocument(plain.document(), new LanguageGuess(lang, 1.0), sentences);
    }
}
