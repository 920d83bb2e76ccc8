package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.Flag;
import org.sverka.core.LinksFormat;
import org.sverka.core.SegmentedDocument;

/** The aligners on the test story, on edited versions of it, and on the report written for the tests. */
class AlignersTest {
    static final Path DATA = Path.of(System.getProperty("sverka.testdata", "../../test-data"));
    static final SimilarityModel MODEL = SimilarityModel.defaultModel();

    static List<String> lines(String name) throws IOException {
        return Files.readAllLines(DATA.resolve(name));
    }

    static SegmentedDocument doc(String lang, List<String> lines) {
        return SegmentedDocument.ofLines(lang, lang, lines);
    }

    static Set<String> matches(Alignment a) {
        Set<String> out = new HashSet<>();
        for (Bead b : a.beads()) {
            if (b.isMatch()) {
                out.add(LinksFormat.format(b, false));
            }
        }
        return out;
    }

    @Test
    void parallelStoryAlignsOneToOne() throws IOException {
        Alignment a = new ParallelAligner(MODEL).align(doc("en", lines("story/expected.en.txt")),
                doc("ru", lines("story/expected.ru.txt")));
        assertEquals(Set.of("1\t1", "2\t2", "3\t3", "4\t4", "5\t5", "6\t6", "7\t7", "8\t8", "9\t9"), matches(a));
        assertTrue(a.beads().stream().allMatch(b -> b.score() > 0.5), a.beads().toString());
    }

    @Test
    void parallelFindsMergesAndOmissions() throws IOException {
        List<String> en = new ArrayList<>(lines("story/expected.en.txt"));
        List<String> ru = new ArrayList<>(lines("story/expected.ru.txt"));
        en.set(2, en.get(2) + " " + en.remove(3));   // English 3 now renders Russian 3 and 4
        ru.remove(6);                                   // Russian 7 left out: English 6 has no counterpart
        Alignment a = new ParallelAligner(MODEL).align(doc("en", en), doc("ru", ru));
        assertEquals(Set.of("1\t1", "2\t2", "3\t3,4", "4\t5", "5\t6", "7\t7", "8\t8"), matches(a));
        assertTrue(a.beads().contains(Bead.of(List.of(5), List.of(), 0.0)), a.beads().toString());
    }

    @Test
    void reportQuotesAreFoundOutOfOrderAndCommentaryStaysUnmatched() throws IOException {
        SegmentedDocument report = doc("en", List.of(
                "Moscow and Washington will hold another round of talks on Syria, the Russian Foreign Ministry said on Wednesday.",
                "Neither side disclosed the details of the final document, the ministry's statement read.",
                "The meeting comes after weeks of tension over aid convoys.",
                "“We have agreed on the next steps, and our experts will meet again on Sept. 20,” Lavrov told reporters late in the evening.",
                "Western diplomats were cautious about the outcome.",
                "According to the UN, about 1.5 million people in the region need help, and 62% of them are children.",
                "The two ministers talked for more than five hours in Geneva on Tuesday."));
        List<Bead> gold = LinksFormat.parse("report.gold", lines("report/report.gold"));
        Alignment a = new ReportAligner(MODEL).align(report, doc("ru", lines("story/expected.ru.txt")));
        Set<String> expected = new HashSet<>();
        gold.stream().filter(Bead::isMatch).forEach(b -> expected.add(LinksFormat.format(b, false)));
        assertEquals(expected, matches(a));
        assertEquals(9, a.beads().stream().mapToInt(b -> b.ru().size()).sum(), "every Russian sentence stands once");
    }

    @Test
    void autoChoosesAndSaysWhy() throws IOException {
        AutoAligner auto = new AutoAligner(MODEL);
        Alignment parallel = auto.align(doc("en", lines("story/expected.en.txt")), doc("ru", lines("story/expected.ru.txt")));
        assertEquals("parallel", parallel.mode());
        assertTrue(parallel.reason().startsWith("auto chose parallel: "), parallel.reason());
        List<String> report = List.of("Officials in Brussels declined to comment on Tuesday.",
                "Neither side disclosed the details of the final document, the statement read.",
                "Markets barely moved on the news.", "Analysts expect little progress before winter.");
        Alignment r = auto.align(doc("en", report), doc("ru", lines("story/expected.ru.txt")));
        assertEquals("report", r.mode());
        assertEquals(Set.of("2\t9"), matches(r));
    }

    @Test
    void numbersAndNamesThatDifferAreFlagged() {
        Alignment a = new ParallelAligner(MODEL).align(
                doc("en", List.of("About 1.5 million people need aid, and 62% of them are children, Petrova said.")),
                doc("ru", List.of("Около 1,5 млн человек нуждаются в помощи, из них 65% — дети.")));
        List<String> flags = a.beads().get(0).flags().stream().map(Flag::toString).toList();
        // the numbers differ at the same place; "Petrova said" only stands on one side: a note, not a flag,
        // carried after the flags
        assertEquals(List.of("number-only-en:62", "number-only-ru:65", "note:name-only-en:Petrova"), flags);
    }

    @Test
    void lengthBaselineStaysInOrder() throws IOException {
        Alignment a = new LengthAligner().align(doc("en", lines("story/expected.en.txt")), doc("ru", lines("story/expected.ru.txt")));
        assertEquals(9, matches(a).size());
    }

    @Test
    void adaptiveSecondPassKeepsAGoodAlignment() throws IOException {
        Alignment a = new AdaptiveAligner(MODEL, ParallelAligner::new).align(doc("en", lines("story/expected.en.txt")),
                doc("ru", lines("story/expected.ru.txt")));
        assertEquals(9, matches(a).size());
        assertTrue(a.reason().contains("second pass"), a.reason());
    }

    @Test
    void adaptiveSecondPassOnTheAnalysedPairEqualsTwoFullPasses() throws IOException {
        org.sverka.core.SegmentedDocument en = doc("en", lines("story/expected.en.txt"));
        org.sverka.core.SegmentedDocument ru = doc("ru", lines("story/expected.ru.txt"));
        // the two passes done the long way: each analyses every sentence afresh
        Alignment first = new AutoAligner(MODEL).align(en, ru);
        java.util.List<org.sverka.align.lexicon.LexiconAdaptation.Pair> confident = new java.util.ArrayList<>();
        for (org.sverka.core.Bead b : first.beads()) {
            if (b.isMatch() && b.score() >= AdaptiveAligner.CONFIDENT) {
                confident.add(new org.sverka.align.lexicon.LexiconAdaptation.Pair(
                        b.en().stream().map(i -> MODEL.english().analyze(en.text(i))).toList(),
                        b.ru().stream().map(i -> MODEL.russian().analyze(ru.text(i))).toList()));
            }
        }
        SimilarityModel richer = MODEL.withLexicon(MODEL.lexicon().with(
                org.sverka.align.lexicon.LexiconAdaptation.learn(confident, 0.2)));
        Alignment longWay = new AutoAligner(richer).align(en, ru);
        Alignment adaptive = new AdaptiveAligner(MODEL, AutoAligner::new).align(en, ru);
        assertTrue(confident.size() >= 3, "the story teaches a second pass");
        assertEquals(longWay.beads(), adaptive.beads());
        assertTrue(adaptive.reason().startsWith(longWay.reason() + "; second pass"), adaptive.reason());
    }
}
