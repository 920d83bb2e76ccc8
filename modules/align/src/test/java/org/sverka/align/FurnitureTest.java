package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.LanguageGuess;
import org.sverka.core.SegmentedDocument;
import org.sverka.core.Sentence;
import org.sverka.core.SentenceKind;

/** Author lines and links to other stories pair only with their own kind, or stand alone; never with story text. */
class FurnitureTest {
    /**
     * A "Read also" line whose headline says what the Russian story's last sentence says (which the
     * English report does not render), then the story.
     */
    static final List<String> EN = List.of(
            "Read also: Moscow expects the talks to last two days",
            "Russia and China will hold talks on energy cooperation in Beijing next week, Foreign Minister Sergei Lavrov said on Tuesday.",
            "The minister said the two countries had agreed on the dates of the meeting.");

    static SegmentedDocument marked(String lang, List<String> lines, SentenceKind... kinds) {
        SegmentedDocument plain = AlignersTest.doc(lang, lines);
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : plain.sentences()) {
            SentenceKind kind = s.index() < kinds.length ? kinds[s.index()] : SentenceKind.SENTENCE;
            sentences.add(new Sentence(s.index(), s.block(), s.start(), s.text(), kind));
        }
        return new SegmentedDocument(plain.document(), new LanguageGuess(lang, 1.0), sentences);
    }

    @Test
    void aLinkToAnotherStoryStandsAloneInEveryMode() {
        List<String> ru = DatelinesTest.RU.subList(1, DatelinesTest.RU.size());
        for (AlignMode mode : AlignMode.values()) {
            Alignment a = mode.aligner(AlignersTest.MODEL, false)
                    .align(marked("en", EN, SentenceKind.RELATED), AlignersTest.doc("ru", ru));
            Bead related = a.beads().stream().filter(b -> b.en().contains(0)).findFirst().orElseThrow();
            assertEquals(List.of(), related.ru(), mode + " " + a.beads());
            if (mode != AlignMode.LENGTH) {
                Bead lead = a.beads().stream().filter(b -> b.ru().contains(0)).findFirst().orElseThrow();
                assertEquals(List.of(1), lead.en(), "the lead pairs with the lead: " + mode + " " + a.beads());
            }
        }
        // Unmarked, the same line is taken for the translation of the last Russian sentence: the mark keeps it apart.
        Alignment plain = AlignMode.REPORT.aligner(AlignersTest.MODEL, false)
                .align(AlignersTest.doc("en", EN), AlignersTest.doc("ru", ru));
        Bead line = plain.beads().stream().filter(b -> b.en().contains(0)).findFirst().orElseThrow();
        assertNotEquals(List.of(), line.ru(), plain.beads().toString());
    }

    @Test
    void authorLinesPairWithEachOtherAndNeverWithTheStory() {
        List<String> en = new ArrayList<>(List.of("By Ivan Petrov"));
        en.addAll(EN.subList(1, EN.size()));
        List<String> ru = new ArrayList<>(List.of("Текст: Иван Петров"));
        ru.addAll(DatelinesTest.RU.subList(1, 3));
        for (AlignMode mode : AlignMode.values()) {
            Alignment a = mode.aligner(AlignersTest.MODEL, false)
                    .align(marked("en", en, SentenceKind.BYLINE), marked("ru", ru, SentenceKind.BYLINE));
            Bead byline = a.beads().stream().filter(b -> b.en().contains(0)).findFirst().orElseThrow();
            assertTrue(byline.ru().isEmpty() || byline.ru().equals(List.of(0)), mode + " " + a.beads());
            assertTrue(a.beads().stream().noneMatch(b -> b.ru().contains(0) && !b.en().isEmpty() && !b.en().equals(List.of(0))),
                    mode + " " + a.beads());
        }
        // An author line is not a dateline: it never pairs with one.
        List<String> withDateline = new ArrayList<>(List.of("МОСКВА, 24 мая. /ТАСС/."));
        withDateline.addAll(DatelinesTest.RU.subList(1, 3));
        Alignment a = AlignMode.REPORT.aligner(AlignersTest.MODEL, false)
                .align(marked("en", en, SentenceKind.BYLINE), AlignersTest.doc("ru", withDateline));
        assertTrue(a.beads().stream().filter(b -> b.en().contains(0)).allMatch(b -> b.ru().isEmpty()), a.beads().toString());
        List<String> enWithDateline = new ArrayList<>(List.of("MOSCOW, May 24. /TASS/."));
        enWithDateline.addAll(EN.subList(1, EN.size()));
        for (AlignMode mode : AlignMode.values()) {
            Alignment b = mode.aligner(AlignersTest.MODEL, false)
                    .align(AlignersTest.doc("en", enWithDateline), marked("ru", ru, SentenceKind.BYLINE));
            assertTrue(b.beads().stream().filter(x -> x.ru().contains(0)).allMatch(x -> x.en().isEmpty()), mode + " " + b.beads());
        }
    }
}
