package org.sverka.align.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
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
