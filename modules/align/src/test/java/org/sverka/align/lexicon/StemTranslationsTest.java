package org.sverka.align.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sverka.align.text.TextAnalyzer;

/**
 * The packed lexicon's translations of a document pair's stems, found by ids, are those its maps of
 * strings give row by row.
 */
class StemTranslationsTest {
    @Test
    void theSearchByIdsFindsWhatTheMapsSayForTheStemsOfTheNtrexBook() throws IOException {
        Path ntrex = Path.of(System.getProperty("sverka.data", "../../../shared/data")).resolve("ntrex128");
        assumeTrue(Files.isRegularFile(ntrex.resolve("ntrex.en")), "the evaluation data is absent");
        List<String> en = stems(TextAnalyzer.english(), ntrex.resolve("ntrex.en"));
        List<String> ru = stems(TextAnalyzer.russian(), ntrex.resolve("ntrex.ru"));
        Lexicon lexicon = Lexicon.defaultLexicon();
        assumeTrue(lexicon.isPacked(), "the default lexicon is read from its packed form");
        StemTranslations byIds = lexicon.translations(en, ru, 2);
        // one thread searches the two directions in turn (the lists are long enough for two to split them)
        StemTranslations oneThread = lexicon.translations(en, ru, 1);
        StemTranslations byMaps = StemTranslations.byMaps(lexicon, en, ru);
        int links = 0;
        for (int e = 0; e < en.size(); e++) {
            assertArrayEquals(byMaps.russianTargets(e), byIds.russianTargets(e), en.get(e));
            assertArrayEquals(byMaps.russianWeights(e), byIds.russianWeights(e), en.get(e));
            assertArrayEquals(byIds.russianTargets(e), oneThread.russianTargets(e), en.get(e));
            assertArrayEquals(byIds.russianWeights(e), oneThread.russianWeights(e), en.get(e));
            links += byIds.russianTargets(e).length;
        }
        for (int r = 0; r < ru.size(); r++) {
            assertArrayEquals(byMaps.englishTargets(r), byIds.englishTargets(r), ru.get(r));
            assertArrayEquals(byMaps.englishWeights(r), byIds.englishWeights(r), ru.get(r));
            assertArrayEquals(byIds.englishTargets(r), oneThread.englishTargets(r), ru.get(r));
            assertArrayEquals(byIds.englishWeights(r), oneThread.englishWeights(r), ru.get(r));
        }
        assertThrows(IllegalArgumentException.class, () -> lexicon.translations(en, ru, 3));
        assertTrue(en.size() > 4000 && ru.size() > 4000, en.size() + " and " + ru.size() + " stems");
        assertTrue(links > 10_000, "translations found: " + links);
    }

    @Test
    void aCombinedLexiconAnswersByItsMapsWithTheLargerWeight() {
        Lexicon base = Lexicon.ofPacked(PackedLexicon.pack(Lexicon.builder().add("talk", "переговор", 0.3f)
                .add("talk", "беседа", 1f).add("hous", "дом", 1f).build()));
        Lexicon both = base.with(Lexicon.builder().add("talk", "переговор", 0.9f).build());
        StemTranslations t = both.translations(List.of("hous", "talk", "tree"), List.of("переговор", "дом"));
        assertArrayEquals(new int[] {1}, t.russianTargets(0));
        assertArrayEquals(new int[] {0}, t.russianTargets(1));
        assertArrayEquals(new float[] {0.9f}, t.russianWeights(1));
        assertArrayEquals(new int[] {}, t.russianTargets(2));
        assertArrayEquals(new int[] {1}, t.englishTargets(0));
        StemTranslations packed = base.translations(List.of("hous", "talk", "tree"), List.of("переговор", "дом"));
        assertArrayEquals(new float[] {0.3f}, packed.russianWeights(1));
        assertArrayEquals(new int[] {0}, packed.englishTargets(1));
    }

    private static List<String> stems(TextAnalyzer analyzer, Path file) throws IOException {
        Set<String> stems = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            stems.addAll(analyzer.analyze(line).stems());
        }
        return new ArrayList<>(stems);
    }
}
