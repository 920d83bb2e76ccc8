package org.sverka.align.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.NtrexBook;
import org.sverka.align.text.AnalyzedSentence;

class WordAlignmentTest {
    private final SimilarityModel model = SimilarityModel.defaultModel();

    private WordAlignment align(String en, String ru) {
        AnalyzedSentence e = model.english().analyze(en);
        AnalyzedSentence r = model.russian().analyze(ru);
        PairVocabulary v = model.vocabulary(List.of(e), List.of(r));
        return WordAlignment.of(v.english(List.of(e)), v.russian(List.of(r)));
    }

    @Test
    void aTranslationIsExplainedByTheLexiconAndATopicalNeighbourOnlyByItsNames() {
        String ru = "Лавров заявил, что переговоры в Женеве с Керри были трудными.";
        WordAlignment translation = align("Lavrov said that the talks in Geneva with Kerry were difficult.", ru);
        WordAlignment neighbour = align("Kerry arrived in Geneva on Monday to meet Lavrov.", ru);
        assertTrue(translation.lexicalDice() > 0.3, "lexical " + translation.lexicalDice());
        assertTrue(neighbour.lexicalDice() < translation.lexicalDice() / 2, "neighbour " + neighbour.lexicalDice());
        assertTrue(neighbour.dice() > neighbour.lexicalDice(), "names link the neighbour");
        assertEquals(0.0, translation.crossing(), 0.1);
    }

    @Test
    void oneWordExplainsOneWordAndSwappedClausesCross() {
        WordAlignment repeated = align("talks talks talks", "переговоры");
        assertEquals(2, repeated.unlinkedEnglish());
        assertEquals(0, repeated.unlinkedRussian());
        WordAlignment swapped = align("the talks were difficult, Lavrov said in Geneva",
                "Лавров заявил в Женеве, переговоры были трудными");
        assertTrue(swapped.crossing() > 0.4, "crossing " + swapped.crossing());
    }

    @Test
    void refinementSeparatesTheTranslationFromTheNeighbour() {
        String ru = "Лавров заявил, что переговоры в Женеве с Керри были трудными.";
        double translation = model.score("Lavrov said that the talks in Geneva with Kerry were difficult.", ru);
        double neighbour = model.score("Kerry arrived in Geneva on Monday to meet Lavrov.", ru);
        double unrefinedNeighbour = model.withRefinement(null).score("Kerry arrived in Geneva on Monday to meet Lavrov.", ru);
        assertTrue(translation > 0.9, "translation " + translation);
        assertTrue(neighbour < unrefinedNeighbour, neighbour + " vs " + unrefinedNeighbour);
    }

    /**
     * The links found through the Russian positions of each stem are those that comparing every
     * English word with every Russian word finds (the definition, written out below), on the
     * NTREX-128 book's sentences against their neighbours: repeated words, name keys and several
     * translations of one word included.
     */
    @Test
    void theIndexedSearchFindsTheLinksOfTheAllPairsComparison() throws IOException {
        List<AnalyzedSentence> en = NtrexBook.lines("en").stream()
                .limit(600).map(model.english()::analyze).toList();
        List<AnalyzedSentence> ru = NtrexBook.lines("ru").stream()
                .limit(600).map(model.russian()::analyze).toList();
        PairVocabulary v = model.vocabulary(en, ru);
        int compared = 0;
        int keyLinks = 0;
        for (int i = 0; i + 2 < en.size(); i++) {
            for (int j = Math.max(0, i - 2); j <= Math.min(ru.size() - 3, i + 2); j++) {
                for (int a = 1; a <= 3; a += 2) {
                    Span e = v.english(en.subList(i, i + a));
                    Span r = v.russian(ru.subList(j, j + (a == 1 ? 1 : 2)));
                    WordAlignment found = WordAlignment.of(e, r);
                    Expected expected = allPairs(e, r);
                    String where = "English " + i + "+" + a + ", Russian " + j;
                    assertArrayEquals(expected.partners(), found.partners(), where);
                    assertArrayEquals(expected.figures(), new double[] {found.dice(), found.lexicalDice(), found.crossing(),
                        found.unlinkedEnglish(), found.unlinkedRussian()}, 1e-12, where);
                    keyLinks += expected.viaKeys();
                    compared++;
                }
            }
        }
        assertTrue(compared > 5000, "pairs compared: " + compared);
        assertTrue(keyLinks > 100, "links through name keys: " + keyLinks);
    }

    /**
     * The alignment by its definition: every English word against every Russian word, the link
     * weighted by the best translation or else a shared name key; links taken strongest first (ties
     * by key flag, then position), each word once.
     *
     * @return the links and their figures
     */
    private static Expected allPairs(Span en, Span ru) {
        int n = en.tokens().length;
        int m = ru.tokens().length;
        long[] links = new long[n * m];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int[] targets = en.vocabulary().russianTargetsOf(en.tokens()[i]);
                float[] weights = en.vocabulary().russianWeightsOf(en.tokens()[i]);
                double w = 0;
                for (int k = 0; k < targets.length; k++) {
                    if (targets[k] == ru.tokens()[j]) {
                        w = Math.max(w, weights[k]);
                    }
                }
                boolean key = w < LexicalCoverage.NAME_KEY_WEIGHT && en.keys()[i] >= 0 && en.keys()[i] == ru.keys()[j];
                if (key) {
                    w = LexicalCoverage.NAME_KEY_WEIGHT;
                }
                if (w > 0) {
                    links[count++] = (Math.round(w * 1_000_000) << 33) | ((key ? 1L : 0L) << 32) | ((long) i << 16) | j;
                }
            }
        }
        Arrays.sort(links, 0, count);
        int[] partner = new int[n];
        Arrays.fill(partner, -1);
        boolean[] usedRu = new boolean[m];
        double sum = 0;
        double lexical = 0;
        int linked = 0;
        int viaKeys = 0;
        for (int c = count - 1; c >= 0; c--) {
            int i = (int) ((links[c] >>> 16) & 0xFFFF);
            int j = (int) (links[c] & 0xFFFF);
            if (partner[i] >= 0 || usedRu[j]) {
                continue;
            }
            partner[i] = j;
            usedRu[j] = true;
            linked++;
            double w = (links[c] >>> 33) / 1_000_000.0;
            sum += w;
            if (((links[c] >>> 32) & 1) == 0) {
                lexical += w;
            } else {
                viaKeys++;
            }
        }
        long inversions = 0;
        long pairs = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n && partner[a] >= 0; b++) {
                if (partner[b] >= 0) {
                    pairs++;
                    inversions += partner[b] < partner[a] ? 1 : 0;
                }
            }
        }
        return new Expected(new double[] {n + m == 0 ? 0 : 2 * sum / (n + m), n + m == 0 ? 0 : 2 * lexical / (n + m),
            pairs == 0 ? 0 : (double) inversions / pairs, n - linked, m - linked}, partner, viaKeys);
    }

    /**
     * @param figures  dice, lexical dice, crossing, unlinked English, unlinked Russian
     * @param partners each English word's Russian partner, or -1
     * @param viaKeys  links made through a name key
     */
    private record Expected(double[] figures, int[] partners, int viaKeys) {
    }
}
