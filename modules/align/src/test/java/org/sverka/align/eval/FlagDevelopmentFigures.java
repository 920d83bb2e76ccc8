package org.sverka.align.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.PairFlags;
import org.sverka.align.model.SimilarityModel;

/**
 * The flag benchmark run on TICO-19 (learning data, never reported as evaluation): the set on which
 * flag rules are developed, so that NTREX-128 and FLORES-200 stay held out. Prints recall and the
 * false flags of untouched pairs with their sentences; run with
 * {@code mvn -pl modules/align test -Dtest=FlagDevelopmentFigures -Dsverka.flagDev=true}. With
 * {@code -Dsverka.flagDevNews=true} it runs on the even-numbered NTREX-128 and FLORES-200 documents
 * instead (the development half; the odd half stays held out); {@code -Dsverka.flagInDocuments=true}
 * reads each pair in its documents, as {@link FlagEvaluationTest} does; {@code -Dsverka.flagShow=N}
 * prints up to N flagged untouched pairs, {@code -Dsverka.flagMisses=N} up to N perturbed pairs of
 * the kinds in {@code -Dsverka.flagKinds} (default {@code name-en,name-ru}; {@code date-en,date-ru},
 * {@code number-word-en,number-word-ru}, {@code unit-en,unit-ru}, {@code scale-en,scale-ru} and
 * {@code proper-name-en,proper-name-ru} too)
 * that gained no flag, with
 * their notes; {@code -Dsverka.flagFalse=true} prints every flagged untouched pair of the sample (read
 * in documents). {@code -Dsverka.flagSeed=N} and {@code -Dsverka.flagPairs=N} draw another sample
 * (seed 7 and 800 pairs unless told); {@code -Dsverka.flagPairs=0} reads every pair of the
 * documents once ({@link FlagEvaluation#everyPair}).
 */
class FlagDevelopmentFigures {
    @Test
    void printFlagsOnTico19() throws IOException {
        assumeTrue(Boolean.getBoolean("sverka.flagDev"));
        Path train = BenchmarkFigures.data().resolve("train");
        assumeTrue(Files.isRegularFile(train.resolve("tico19.en")));
        List<String> en = Files.readAllLines(train.resolve("tico19.en"), StandardCharsets.UTF_8);
        List<String> ru = Files.readAllLines(train.resolve("tico19.ru"), StandardCharsets.UTF_8);
        List<ParallelDocument> docs = new ArrayList<>();
        for (int i = 0; i + 20 <= en.size(); i += 20) {
            docs.add(new ParallelDocument("tico-" + i, en.subList(i, i + 20), ru.subList(i, i + 20)));
        }
        if (Boolean.getBoolean("sverka.flagDevNews")) {
            // the even-numbered documents of NTREX-128 and FLORES-200: the development half; the odd half is held out
            en = new ArrayList<>();
            ru = new ArrayList<>();
            docs = new ArrayList<>();
            List<ParallelDocument> all = new ArrayList<>();
            for (String[] c : new String[][] {{"ntrex128", "ntrex"}, {"flores200", "flores200.devtest"}}) {
                Path dir = BenchmarkFigures.data().resolve(c[0]);
                all.addAll(ParallelDocument.read(dir.resolve(c[1] + ".en"), dir.resolve(c[1] + ".ru"), dir.resolve(c[1] + ".docids")));
            }
            for (int d = 0; d < all.size(); d += 2) {
                docs.add(all.get(d));
                en.addAll(all.get(d).english());
                ru.addAll(all.get(d).russian());
            }
        }
        SimilarityModel model = SimilarityModel.defaultModel();
        // with -Dsverka.flagFalse=true every flagged untouched pair of the sample is printed (a pair whose two
        // lines are a line pair of the documents is untouched)
        java.util.Set<String> original = new java.util.HashSet<>();
        docs.forEach(d -> {
            for (int i = 0; i < d.size(); i++) {
                original.add(d.english().get(i) + "\t" + d.russian().get(i));
            }
        });
        boolean printFalse = Boolean.getBoolean("sverka.flagFalse");
        // the development half's false flags as read one by one (benchmarks/flag-audit-development.tsv): each printed
        // false flag says its class, and the classes are counted at the end (a pair no reader has seen is "not read")
        java.util.Map<String, String> audited = Boolean.getBoolean("sverka.flagDevNews") ? auditedClasses() : java.util.Map.of();
        java.util.Map<String, Integer> byClass = new java.util.TreeMap<>();
        // -Dsverka.flagSeed and -Dsverka.flagPairs draw another or a larger sample; -Dsverka.flagPairs=0 reads every pair once
        int seed = Integer.getInteger("sverka.flagSeed", 7);
        int pairs = Integer.getInteger("sverka.flagPairs", 800);
        FlagEvaluation.DocumentFlagger documentFlags = (e, r2, line) -> {
            List<String> flags = PairFlags.labels(e, line, r2, line, model);
            if (printFalse && !flags.isEmpty() && original.contains(e.get(line) + "\t" + r2.get(line))) {
                String kind = audited.isEmpty() ? "" : audited.getOrDefault(e.get(line), "not read");
                synchronized (byClass) {
                    byClass.merge(kind, 1, Integer::sum);
                }
                System.out.println("FALSE " + flags + (kind.isEmpty() ? "" : " (" + kind + ")") + "\n  EN " + e.get(line) + "\n  RU " + r2.get(line));
            }
            return flags;
        };
        FlagEvaluation.Result r = !Boolean.getBoolean("sverka.flagInDocuments")
                ? FlagEvaluation.run(docs, seed, pairs, (e, r2) -> PairFlags.labels(e, r2, model))
                : pairs == 0 ? FlagEvaluation.everyPair(docs, seed, documentFlags) : FlagEvaluation.run(docs, seed, pairs, documentFlags);
        System.out.print(r);
        if (!audited.isEmpty() && printFalse) {
            System.out.println("false flags by what the reading found them to be: " + byClass);
        }
        java.util.Random rnd = new java.util.Random(5);
        List<java.util.Set<String>> lowerCase = List.of(FlagEvaluation.lowerCaseWords(docs, true), FlagEvaluation.lowerCaseWords(docs, false));
        int misses = 0;
        boolean inDocumentsForMisses = Boolean.getBoolean("sverka.flagInDocuments") && Boolean.getBoolean("sverka.flagDevNews");
        for (int i = 0; i < en.size() && misses < Integer.getInteger("sverka.flagMisses", 0); i++) {
            int line = i;   // the pair's number, as the benchmark draws it
            String[] other = {en.get((i * 7 + 13) % en.size()), ru.get((i * 7 + 13) % en.size())};
            for (String kind : System.getProperty("sverka.flagKinds", "name-en,name-ru").split(",")) {
                String[] c = kind.startsWith("proper-name-") ? properNameSwapped(kind.endsWith("en"), en.get(i), ru.get(i), other, lowerCase)
                        : kind.startsWith("date-") ? oneSideChanged(kind, en.get(i), ru.get(i), (t, e) -> FlagEvaluation.changeDate(t, e, line))
                        : kind.startsWith("number-word-") ? oneSideChanged(kind, en.get(i), ru.get(i),
                                (t, e) -> FlagEvaluation.changeNumberWord(t, e, line))
                        : kind.startsWith("ordinal-") ? oneSideChanged(kind, en.get(i), ru.get(i),
                                (t, e) -> FlagEvaluation.changeOrdinal(t, e, line))
                        : kind.startsWith("unit-") ? oneSideChanged(kind, en.get(i), ru.get(i), FlagEvaluation::changeUnit)
                        : kind.startsWith("scale-") ? oneSideChanged(kind, en.get(i), ru.get(i), FlagEvaluation::changeScale)
                        : FlagEvaluation.perturb(kind, en.get(i), ru.get(i), other, rnd);
                if (c != null) {
                    List<String> after = inDocumentsForMisses ? labelsInDocument(docs, i, c, model) : PairFlags.labels(c[0], c[1], model);
                    String label = kind.startsWith("proper-") ? "name-" : kind.startsWith("unit-") || kind.startsWith("scale-") || kind.startsWith("ordinal-") ? "number-" : kind.substring(0, kind.indexOf('-')) + "-";
                    if (after.stream().noneMatch(l -> l.startsWith(label))) {
                        misses++;
                        System.out.println(changedWord(kind.endsWith("en") ? en.get(i) : ru.get(i), kind.endsWith("en") ? c[0] : c[1]));
                        System.out.println("MISS " + kind + " " + after + " notes " + PairFlags.notes(c[0], c[1], model) + "\n  EN " + c[0]
                                + "\n  RU " + c[1]);
                    }
                }
            }
        }
        int shown = 0;
        int seen = 0;
        boolean inDocuments = Boolean.getBoolean("sverka.flagInDocuments");
        for (ParallelDocument doc : docs) {
            for (int i = 0; i < doc.size() && shown < Integer.getInteger("sverka.flagShow", 60); i++) {
                if (seen++ % 3 != 0) {
                    continue;
                }
                List<String> flags = inDocuments ? PairFlags.labels(doc.english(), i, doc.russian(), i, model)
                        : PairFlags.labels(doc.english().get(i), doc.russian().get(i), model);
                if (!flags.isEmpty()) {
                    shown++;
                    System.out.println(flags + "\n  EN " + doc.english().get(i) + "\n  RU " + doc.russian().get(i));
                }
            }
        }
    }

    /**
     * The classes of the development half's false flags as read one by one, by the English line they stand on:
     * {@code benchmarks/flag-audit-development.tsv} names each line pair by corpus and line number, and the lines
     * are read from the shared data.
     */
    private static java.util.Map<String, String> auditedClasses() throws IOException {
        Path audit = Path.of(System.getProperty("sverka.flagAudit", "../../benchmarks/flag-audit-development.tsv"));
        java.util.Map<String, String> out = new java.util.HashMap<>();
        if (!Files.isRegularFile(audit)) {
            return out;
        }
        java.util.Map<String, List<String>> lines = new java.util.HashMap<>();
        lines.put("ntrex128", Files.readAllLines(BenchmarkFigures.data().resolve("ntrex128/ntrex.en"), StandardCharsets.UTF_8));
        lines.put("flores200", Files.readAllLines(BenchmarkFigures.data().resolve("flores200/flores200.devtest.en"), StandardCharsets.UTF_8));
        for (String row : Files.readAllLines(audit, StandardCharsets.UTF_8)) {
            String[] f = row.split("\t");
            if (row.startsWith("#") || f.length < 4 || !lines.containsKey(f[0])) {
                continue;   // a comment, the header
            }
            out.put(lines.get(f[0]).get(Integer.parseInt(f[1]) - 1), f[3]);
        }
        return out;
    }

    /**
     * The first word a change replaced, as "SWAP was -> is" (words split at spaces), so that a miss
     * can be read without comparing the sentences by eye.
     */
    private static String changedWord(String before, String after) {
        String[] was = before.split(" ");
        String[] is = after.split(" ");
        for (int k = 0; k < Math.min(was.length, is.length); k++) {
            if (!was[k].equals(is[k])) {
                return "SWAP " + was[k] + " -> " + is[k];
            }
        }
        return "SWAP (a word added or taken out at the end)";
    }

    /**
     * The flags of a changed line pair read in its documents: line {@code i} of the documents'
     * lines taken in order, replaced by the changed pair.
     */
    private static List<String> labelsInDocument(List<ParallelDocument> docs, int i, String[] changed, SimilarityModel model) {
        int line = i;
        for (ParallelDocument d : docs) {
            if (line < d.size()) {
                List<String> en = new ArrayList<>(d.english());
                List<String> ru = new ArrayList<>(d.russian());
                en.set(line, changed[0]);
                ru.set(line, changed[1]);
                return PairFlags.labels(en, line, ru, line, model);
            }
            line -= d.size();
        }
        throw new IllegalArgumentException("no line " + i);
    }

    /**
     * The pair with the side its kind names ({@code …-en}, {@code …-ru}) changed as the benchmark changes
     * it (a day or month, a number word, a currency or unit, a scale), or null when that side has nothing
     * to change.
     */
    private static String[] oneSideChanged(String kind, String en, String ru, java.util.function.BiFunction<String, Boolean, String> change) {
        boolean english = kind.endsWith("en");
        String s = change.apply(english ? en : ru, english);
        return s == null ? null : english ? new String[] {s, ru} : new String[] {en, s};
    }

    /** The pair with a proper name swapped on one side, as the benchmark swaps it, or null. */
    private static String[] properNameSwapped(boolean english, String en, String ru, String[] other, List<java.util.Set<String>> lowerCase) {
        String s = FlagEvaluation.swapProperName(english ? en : ru, other[english ? 0 : 1], lowerCase.get(english ? 0 : 1));
        return s == null ? null : english ? new String[] {s, ru} : new String[] {en, s};
    }
}
