package org.sverka.align.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    /** The words as the expression finds them, {start, end} each. */
    private static List<List<Integer>> byExpression(String text) {
        List<List<Integer>> out = new ArrayList<>();
        Matcher m = TextAnalyzer.WORD.matcher(text);
        while (m.find()) {
            out.add(List.of(m.start(), m.end()));
        }
        return out;
    }

    /** The words as the scan finds them, the way the analyzer walks a text. */
    private static List<List<Integer>> byScan(String text) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int end = TextAnalyzer.wordEnd(text, i);
            if (end < 0) {
                i++;
            } else {
                out.add(List.of(i, end));
                i = end;
            }
        }
        return out;
    }

    @Test
    void aStopWordWrittenWithYoIsOneAsWithYe() {
        // the stop list writes е for ё («ее», «еще»); a text may write either
        TextAnalyzer ru = TextAnalyzer.russian();
        assertTrue(ru.isStopWord("её") && ru.isStopWord("ещё") && ru.isStopWord("ее"));
        assertEquals(ru.analyze("Он ее еще не видел.").stems(), ru.analyze("Он её ещё не видел.").stems());
        assertEquals(1, ru.analyze("Он её ещё не видел.").stems().size());   // «видел» alone
    }

    @Test
    void theWordScanFindsWhatTheWordExpressionFinds() {
        for (String text : List.of("The U.S. and the U.N.O. met U.K's envoy; U.S", "A.B.c. X.Y.Z A. B. U.S.-Russian",
                "O'Neill’s rock’n’roll 'quoted' Kim\u0301 \u0301x", "МИД РФ: «Лавров, С.В.» — ООН.",
                "𝐀𝐁 \ud835\udc00.\ud835\udc01. lone \udc00 high \ud835 end", "ǅemal Ǉ.Ǌ. ’x '", "", ".", "Ё.Ж.")) {
            assertEquals(byExpression(text), byScan(text), text);
        }
    }

    @Test
    void theWordScanFindsWhatTheWordExpressionFindsInEveryTextOfTheData() throws IOException {
        Path data = Path.of(System.getProperty("sverka.data", "../../../shared/data"));
        assumeTrue(Files.isDirectory(data), "no evaluation data at " + data);
        int lines = 0;
        for (String file : List.of("ntrex128/ntrex.en", "ntrex128/ntrex.ru", "flores200/flores200.devtest.en",
                "flores200/flores200.devtest.ru", "un-devset/UNv1.0.devset.en", "un-devset/UNv1.0.devset.ru",
                "train/tatoeba.en", "train/tatoeba.ru", "train/tico19.en", "train/tico19.ru")) {
            for (String line : Files.readAllLines(data.resolve(file))) {
                assertEquals(byExpression(line), byScan(line), line);
                lines++;
            }
        }
        assertTrue(lines > 40_000, "lines read: " + lines);
    }

    @Test
    void russianInflectionsShareAStem() {
        TextAnalyzer ru = TextAnalyzer.russian();
        assertEquals(ru.stem("освобождение"), ru.stem("освобождения"));
        assertEquals(ru.stem("переговоры"), ru.stem("переговорах"));
    }

    @Test
    void stopWordsAreLeftOutOfContentButKeptForTraining() {
        AnalyzedSentence s = TextAnalyzer.english().analyze("The talks focused on a ceasefire in Syria.");
        assertEquals(List.of("talk", "focus", "ceasefir", "syria"), s.stems());
        assertEquals(8, s.allStems().size());
    }

    @Test
    void acronymsWithPeriodsAreOneWordAndNotStopWords() {
        AnalyzedSentence s = TextAnalyzer.english().analyze("The U.S. and the U.N. agreed.");
        assertEquals(List.of("us", "un", "agre"), s.stems());
    }

    @Test
    void anAcronymThatSpellsAStopWordIsContentButTheStopWordIsNot() {
        AnalyzedSentence s = TextAnalyzer.english().analyze("They asked who leads the WHO and whether it helps US troops.");
        assertEquals(List.of("ask", "lead", "who", "whether", "help", "us", "troop"), s.stems());
        assertEquals(List.of("WHO", "US"), s.names());
    }

    @Test
    void aWordAnalysedAgainGivesWhatItGaveTheFirstTime() {
        TextAnalyzer en = TextAnalyzer.english();
        AnalyzedSentence first = en.analyze("Lavrov met Kerry; Lavrov and Kerry talked.");
        AnalyzedSentence again = en.analyze("Lavrov met Kerry; Lavrov and Kerry talked.");
        assertEquals(first.stems(), again.stems());
        assertEquals(first.keys(), again.keys());
        assertEquals(first.keys().get(0), first.keys().get(3));
        assertEquals(NameKey.ofEnglish("lavrov"), first.keys().get(0));
    }

    @Test
    void hyphenatedNamesSplitIntoParts() {
        AnalyzedSentence s = TextAnalyzer.russian().analyze("Дейр-эз-Зор");
        assertEquals(3, s.stems().size());
    }

    @Test
    void capitalisedWordsInsideASentenceAreNameCandidates() {
        AnalyzedSentence s = TextAnalyzer.english().analyze("Officials said Lavrov met Kerry in Geneva.");
        assertEquals(List.of("Lavrov", "Kerry", "Geneva"), s.names());
        assertTrue(s.numbers().isEmpty());
    }
}
