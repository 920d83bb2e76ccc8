package org.sverka.align.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.PairFlags;
import org.sverka.align.model.SimilarityModel;

/**
 * The flag benchmark on NTREX-128 and FLORES-200 sentence pairs: prints recall and false flags per
 * perturbation, for the flags alone and for flags and notes together, on all documents and on the
 * odd-numbered ones (held out from flag development).
 */
class FlagEvaluationTest {
    @Test
    void flagsFindPerturbationsAndSpareUntouchedPairs() {
        Path data = BenchmarkFigures.data();
        assumeTrue(Files.isDirectory(data.resolve("ntrex128")) && Files.isDirectory(data.resolve("flores200")));
        List<ParallelDocument> docs = new ArrayList<>();
        for (String[] c : new String[][] {{"ntrex128", "ntrex"}, {"flores200", "flores200.devtest"}}) {
            Path dir = data.resolve(c[0]);
            docs.addAll(ParallelDocument.read(dir.resolve(c[1] + ".en"), dir.resolve(c[1] + ".ru"), dir.resolve(c[1] + ".docids")));
        }
        SimilarityModel model = SimilarityModel.defaultModel();
        int pairs = Integer.getInteger("sverka.flagPairs", 800);
        // each pair is read in its documents (the rest of them untouched), as the aligners read a bead
        FlagEvaluation.DocumentFlagger flags = (en, ru, line) -> PairFlags.labels(en, line, ru, line, model);
        FlagEvaluation.DocumentFlagger flagsAndNotes = (en, ru, line) -> {
            List<String> all = new ArrayList<>(PairFlags.labels(en, line, ru, line, model));
            all.addAll(PairFlags.notes(en, line, ru, line, model));
            return all;
        };
        // the odd-numbered documents: held out from flag development, which uses the even ones and TICO-19
        List<ParallelDocument> heldOut = new ArrayList<>();
        for (int d = 1; d < docs.size(); d += 2) {
            heldOut.add(docs.get(d));
        }
        FlagEvaluation.Result r = FlagEvaluation.run(docs, 2026, pairs, flags);
        System.out.print("flags, all documents:\n" + r);
        System.out.print("flags, held-out (odd documents):\n" + FlagEvaluation.run(heldOut, 2026, pairs, flags));
        // every held-out pair once: no pair drawn twice, no pair left out
        FlagEvaluation.Result every = FlagEvaluation.everyPair(heldOut, 2026, flags);
        System.out.print("flags, held-out (odd documents), every pair once:\n" + every);
        FlagEvaluation.Result withNotes = FlagEvaluation.run(docs, 2026, pairs, flagsAndNotes);
        System.out.print("flags and notes, all documents:\n" + withNotes);
        System.out.print("flags and notes, held-out (odd documents):\n" + FlagEvaluation.run(heldOut, 2026, pairs, flagsAndNotes));
        // floors just under the figures (flags alone, all documents): 2026-11-30, f417c44; numbers and negations 2026-12-01;
        // numbers again late on 2026-12-01 (decades, clock times with a dot or a part of the day, yards, bare degrees)
        assertTrue(r.recall("number-en") > 0.96 && r.recall("number-ru") > 0.975, r.toString());
        // negations 2026-12-01 (a verb's other aspect and irregular English verbs read as the words a negation governs);
        // 2026-12-02, f059160 (words that negate hide a negation only at its place; five words governed): 0.915 / 0.933, 0.803 / 0.803;
        // 530cf93 (names and numbers governed): 0.924 / 0.944; 921e8c2 (2026-12-02, the fourth session: verbs of speech, a
        // word that negates read through content words and its own rendering, until/unless): 0.943 / 0.958; "not only" a
        // negation where the Russian adds nothing (the sixth session of 2026-12-02): 0.945 / 0.960; two English negations side
        // by side say the positive (db6ba38, the seventh session): 0.948 / 0.960
        assertTrue(r.recall("negation-add-en") > 0.945 && r.recall("negation-add-ru") > 0.95, r.toString());
        // (a Russian negative pronoun without «не» renders no "not", 2026-12-02: dropped 0.803 / 0.818; 921e8c2: 0.818 / 0.818;
        // the sixth session of 2026-12-02: «никогда» dropped with its «не» 0.818 / 0.848, a negation dropped where both sides
        // keep another, NegationPairing: 0.879 / 0.894; 2026-12-03, fixed phrases read against the other side: 0.894 / 0.894)
        assertTrue(r.recall("negation-drop-en") > 0.885 && r.recall("negation-drop-ru") > 0.885, r.toString());
        // names 2026-12-01 (a name unmatched beside a capitalized word nothing renders: 0.722 / 0.806; a known word
        // opening a sentence read as the name its document makes it, and a learnt title no rendering of a name: 0.722 / 0.824)
        // (2026-12-02, f059160: 0.735 / 0.829, names the lexicon only transliterates standing alone; 9071083: 0.757 / 0.838,
        // an abbreviation's vowel for a vowel, a name rendered by its transliterations only and by adjectives made from it)
        // (the eighth session of 2026-12-02: an abbreviation entry's qualifiers, links learnt within one name: 0.757 / 0.847;
        // a party's members in lower case at a name's place: 0.760 / 0.847; 2026-12-03, one-consonant skeletons begin alike: 0.770 / 0.851;
        // c51d8fb, a lone name against a day or month only the other side names: 0.779 / 0.851)
        assertTrue(r.recall("name-en") > 0.775 && r.recall("name-ru") > 0.845, r.toString());
        // a proper name (a capitalized word inside a sentence the documents never write in lower case) for another
        // (2026-12-02: 0.817 / 0.824, once folded spellings agree; held out, every pair, 0.800 / 0.851)
        // (f059160: 0.822 / 0.833; 9071083: 0.843 / 0.829; the eighth session of 2026-12-02: 0.851 / 0.838; 2026-12-03,
        // Russian compounds and one-consonant skeletons: 0.860 / 0.842)
        assertTrue(r.recall("proper-name-en") > 0.855 && r.recall("proper-name-ru") > 0.838, r.toString());
        // a day or a month changed for another (2026-12-01, the ninth session: 0.942 / 1.000)
        assertTrue(r.recall("date-en") > 0.93 && r.recall("date-ru") > 0.99, r.toString());
        // a number word changed for another (the same session: 0.887 / 0.849; d24d8d6, 2026-12-02, the fifth session: a word
        // joined by a hyphen to a word or before a scale both sides write, and "twice", «трижды»: 0.935 / 0.943)
        // (the seventh session of 2026-12-02: a number in digits stands for one number, and ordinals read, 0.952 / 0.943)
        assertTrue(r.recall("number-word-en") > 0.945 && r.recall("number-word-ru") > 0.935, r.toString());
        // an ordinal in words changed for another (the seventh session of 2026-12-02, when ordinals were first read: 0.967 /
        // 0.867, 29 of 30 and 26 of 30; 0 / 0 before)
        assertTrue(r.recall("ordinal-en") > 0.96 && r.recall("ordinal-ru") > 0.86, r.toString());
        // a currency or unit changed for another (the same session: 0.917 / 1.000, 11 of 12 and 10 of 10)
        assertTrue(r.recall("unit-en") > 0.9 && r.recall("unit-ru") > 0.99, r.toString());
        // a scale changed for another (the same session: 8 of 8 and 9 of 9)
        assertTrue(r.recall("scale-en") > 0.99 && r.recall("scale-ru") > 0.99, r.toString());
        // 46 of 800 on 2026-12-01 (45 at c6d8700; the held-out half unchanged at 47 since); 41 with the number changes of that night
        // 35 of 800 at 9071083 (2026-12-02, the third session)
        assertTrue(r.falseFlagRate() < 0.05, r.toString());
        // every held-out pair once, 2026-12-01 (ae5b267): 91 false flags of 1,507 pairs; 88 with the number changes of that night,
        // 87 with the negation idioms, 88 with the unit flags (a reference error: "800 kph (497 mph)" ~ «497 км/ч»);
        // 83 on 2026-12-02 (negation idioms, «не-» before в, folded spellings), 81 at the session's end; 85 at f059160, where
        // negations added are found 0.921 / 0.932 (were 0.879 / 0.848) and dropped 0.688 / 0.682, names 0.727 / 0.806;
        // 85 at 530cf93, negations added 0.925 / 0.941, dropped 0.701 / 0.688; dropped in Russian 0.714 with negative pronouns;
        // 85 at 9071083, names 0.740 / 0.816; 86 at 921e8c2, negations added 0.942 / 0.961, dropped 0.727 / 0.727;
        // 84 at d24d8d6, number words 0.913 / 0.908; 90 with NegationPairing (the sixth session of 2026-12-02), negations
        // dropped 0.727 / 0.753 -> 0.792 / 0.818 (0.753 in Russian with «никогда» dropped with its «не»); negations added
        // in English 0.943 -> 0.948 with "not only" read against the Russian; 0.949 with "not no" a positive (db6ba38);
        // 90 with ordinals read (the seventh session of 2026-12-02), ordinals 0 / 0 -> 0.907 / 0.750, number words 0.946 / 0.908;
        // 90 in the eighth, names 0.740 / 0.816 -> 0.745 / 0.824, proper names 0.836 / 0.866 -> 0.852 / 0.871; 90 on
        // 2026-12-03 (153c4ca), names 0.755 / 0.829, proper names 0.863 / 0.871; 5987dd6, fixed phrases paired, negations
        // added in English 0.951, dropped in Russian 0.825; 256776b, «а не», «не только» and "not only" read against
        // the other side: dropped 0.825 / 0.831; c51d8fb, a lone name against a day or month only the other side names:
        // names 0.767 / 0.829
        assertTrue(every.falseFlagRate() < 0.062 && every.recall("number-en") > 0.955 && every.recall("number-ru") > 0.955
                && every.recall("name-en") > 0.762 && every.recall("name-ru") > 0.825 && every.recall("negation-add-en") > 0.949
                && every.recall("proper-name-en") > 0.86 && every.recall("proper-name-ru") > 0.868
                && every.recall("negation-add-ru") > 0.955 && every.recall("negation-drop-en") > 0.82
                && every.recall("negation-drop-ru") > 0.825 && every.recall("date-en") > 0.935 && every.recall("date-ru") > 0.985
                && every.recall("number-word-en") > 0.94 && every.recall("number-word-ru") > 0.90
                && every.recall("ordinal-en") > 0.9 && every.recall("ordinal-ru") > 0.745
                && every.recall("unit-en") > 0.84 && every.recall("unit-ru") > 0.9
                && every.recall("scale-en") > 0.99 && every.recall("scale-ru") > 0.99,
                every.toString());
        // flags with notes find what the one-grade flags found, with fewer false ones
        assertTrue(withNotes.recall("name-en") > 0.825 && withNotes.recall("name-ru") > 0.88, withNotes.toString());
        assertTrue(withNotes.recall("negation-drop-en") > 0.855 && withNotes.recall("number-en") > 0.94, withNotes.toString());
        assertTrue(withNotes.falseFlagRate() < 0.1, withNotes.toString());
    }
}
