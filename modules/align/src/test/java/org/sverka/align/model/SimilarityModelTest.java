package org.sverka.align.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.text.AnalyzedSentence;

class SimilarityModelTest {
    static final Path STORY = Path.of(System.getProperty("sverka.testdata", "../../test-data"), "story");
    static final SimilarityModel MODEL = SimilarityModel.defaultModel();

    @Test
    void everyStorySentenceScoresHighestWithItsTranslation() throws IOException {
        List<String> en = Files.readAllLines(STORY.resolve("expected.en.txt"));
        List<String> ru = Files.readAllLines(STORY.resolve("expected.ru.txt"));
        List<AnalyzedSentence> ea = en.stream().map(MODEL.english()::analyze).toList();
        List<AnalyzedSentence> ra = ru.stream().map(MODEL.russian()::analyze).toList();
        PairVocabulary v = MODEL.vocabulary(ea, ra);
        for (int i = 0; i < en.size(); i++) {
            double truth = MODEL.score(v.english(List.of(ea.get(i))), v.russian(List.of(ra.get(i))));
            assertTrue(truth > 0.5, en.get(i) + ": " + truth);
            for (int j = 0; j < ru.size(); j++) {
                if (j != i) {
                    double other = MODEL.score(v.english(List.of(ea.get(i))), v.russian(List.of(ra.get(j))));
                    assertTrue(other < truth, en.get(i) + " scored " + other + " with " + ru.get(j));
                }
            }
        }
    }

    @Test
    void unrelatedSentencesScoreLow() {
        assertTrue(MODEL.score("The weather was cold in Oslo.", "Министр обсудил план на 2027-2036 гг.") < 0.1);
    }

    @Test
    void aNumberThatDiffersLowersTheScore() {
        double same = MODEL.score("About 62% of them are children.", "Из них 62% — дети.");
        double differs = MODEL.score("About 62% of them are children.", "Из них 26% — дети.");
        assertTrue(differs < same, same + " vs " + differs);
    }

    @Test
    void namesMatchAcrossScriptsWithoutTheLexicon() {
        SimilarityModel bare = MODEL.withLexicon(org.sverka.align.lexicon.Lexicon.builder().build());
        AnalyzedSentence e = bare.english().analyze("Lavrov and Kerry in Raqqa and Geneva");
        AnalyzedSentence r = bare.russian().analyze("Лавров и Керри в Ракке и Женеве");
        PairVocabulary v = bare.vocabulary(List.of(e), List.of(r));
        double[] f = bare.features(v.english(List.of(e)), v.russian(List.of(r)));
        assertEquals(LexicalCoverage.NAME_KEY_WEIGHT, f[0], 1e-9, "every English content word is covered by a name key");
    }
}
