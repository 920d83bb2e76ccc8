package org.sverka.index;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sverka.align.lexicon.Lexicon;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.align.text.NameKey;
import org.sverka.align.text.NumberNormalizer;
import org.sverka.align.text.TextAnalyzer;

/**
 * Measures the field weights of the first stage across languages, with the align module's real
 * stems, name keys, numbers and default lexicon standing in for the pipeline: the pool is every
 * Russian document of NTREX-128, FLORES-200 and the UN development set (1,136), the queries their
 * English documents (a seeded sample of 300), whole ("full") and as a seeded 30–60% of their
 * sentences in order ("part"; no commentary added). The weights are chosen on one half of the
 * sample (names and numbers tied, then numbers alone) and reported on the other half, which the
 * choice never saw. A figures runner, not a test:
 * <pre>
 * mvn -o -q -pl modules/index test -Dtest=FieldWeightFigures -Dsverka.benchmark=true
 * </pre>
 */
class FieldWeightFigures {
    private static final TextAnalyzer RU = TextAnalyzer.russian();
    private static final TextAnalyzer EN = TextAnalyzer.english();
    private static final double[] GRID = {0, 1, 2, 4};
    private static final int SAMPLE = 150;

    /** A query of one half (0 tune, 1 held out) with the path of its original. */
    private record Probe(int half, String target, String kind, FindQuery query) {
    }

    @Test
    void fieldWeights() throws IOException {
        assumeTrue(Boolean.getBoolean("sverka.benchmark"), "a benchmark: -Dsverka.benchmark=true");
        Path data = DataDocuments.data();
        Lexicon lexicon = Lexicon.defaultLexicon();
        List<DataDocuments.Doc> ru = new ArrayList<>();
        List<DataDocuments.Doc> en = new ArrayList<>();
        for (String[] c : new String[][] {{"ntrex128/ntrex", "ntrex128/ntrex.docids"},
                {"flores200/flores200.devtest", "flores200/flores200.devtest.docids"},
                {"un-devset/UNv1.0.devset", "un-devset/UNv1.0.devset.docids"}}) {
            ru.addAll(DataDocuments.read(data.resolve(c[0] + ".ru"), data.resolve(c[1])));
            en.addAll(DataDocuments.read(data.resolve(c[0] + ".en"), data.resolve(c[1])));
        }
        Path folder = Files.createTempDirectory("sverka-index-weights");
        try (OriginalsIndex index = OriginalsIndex.openForWriting(folder.resolve("idx"))) {
            for (int i = 0; i < ru.size(); i++) {
                index.add(russian(i + ":" + ru.get(i).id(), ru.get(i).sentences()));
            }
            List<Probe> probes = new ArrayList<>();
            Random random = new Random(14);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < en.size(); i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, random);
            for (int j = 0; j < 2 * SAMPLE; j++) {
                int i = order.get(j);
                List<String> s = en.get(i).sentences();
                String target = i + ":" + ru.get(i).id();
                probes.add(new Probe(j % 2, target, "full", english(s, lexicon)));
                probes.add(new Probe(j % 2, target, "part", english(part(s, random), lexicon)));
            }
            System.out.printf(Locale.ROOT, "pool %d Russian documents; %d + %d English documents sampled (seed 14) "
                    + "for the tune and held-out halves, each queried whole (full) and in part%n", ru.size(), SAMPLE, SAMPLE);
            System.out.println("content names numbers | tune half: full top-1 MRR, part top-1 MRR");
            List<FieldWeights> tried = new ArrayList<>();
            for (double w : GRID) {
                tried.add(new FieldWeights(1, w, w));
            }
            FieldWeights best = bestOf(index, probes, tried);
            for (double numbers : GRID) {
                if (numbers != best.numbers()) {
                    tried.add(best.withNumbers(numbers));
                }
            }
            best = bestOf(index, probes, tried.subList(GRID.length, tried.size()), best);
            System.out.println("chosen on the tune half: " + best);
            for (FieldWeights w : List.of(new FieldWeights(1, 0, 0), FieldWeights.DEFAULT, best)) {
                double[] held = score(index, probes, 1, SearchSettings.DEFAULT.withWeights(w));
                System.out.printf(Locale.ROOT, "held-out %s: full top-1 %.3f MRR %.3f; part top-1 %.3f MRR %.3f%n",
                        w, held[0], held[1], held[2], held[3]);
            }
            for (double b : new double[] {0.5, 0.3}) {
                double[] held = score(index, probes, 1, SearchSettings.DEFAULT.withWeights(best).withLengthNormalization(b));
                System.out.printf(Locale.ROOT, "held-out, b %.2f: full top-1 %.3f MRR %.3f; part top-1 %.3f MRR %.3f%n",
                        b, held[0], held[1], held[2], held[3]);
            }
            for (int cap : new int[] {100, 40}) {
                double[] held = score(index, probes, 1, SearchSettings.DEFAULT.withWeights(best).withMaxWords(cap));
                System.out.printf(Locale.ROOT, "held-out, at most %d words: full top-1 %.3f MRR %.3f; part top-1 %.3f MRR %.3f%n",
                        cap, held[0], held[1], held[2], held[3]);
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static FieldWeights bestOf(OriginalsIndex index, List<Probe> probes, List<FieldWeights> candidates)
            throws IOException {
        return bestOf(index, probes, candidates, null);
    }

    /** Prints the tune-half figures of each candidate; the best by mean MRR of the two kinds (ties: the earlier). */
    private static FieldWeights bestOf(OriginalsIndex index, List<Probe> probes, List<FieldWeights> candidates,
                                       FieldWeights incumbent) throws IOException {
        FieldWeights best = incumbent;
        double bestScore = incumbent == null ? -1 : mean(score(index, probes, 0, SearchSettings.DEFAULT.withWeights(incumbent)));
        for (FieldWeights w : candidates) {
            double[] t = score(index, probes, 0, SearchSettings.DEFAULT.withWeights(w));
            System.out.printf(Locale.ROOT, "%4.0f %5.0f %7.0f | %.3f %.3f  %.3f %.3f%n",
                    w.content(), w.names(), w.numbers(), t[0], t[1], t[2], t[3]);
            if (mean(t) > bestScore) {
                bestScore = mean(t);
                best = w;
            }
        }
        return best;
    }

    private static double mean(double[] t) {
        return (t[1] + t[3]) / 2;
    }

    /** @return full top-1, full MRR, part top-1, part MRR over the probes of one half (0 even, 1 odd) */
    private static double[] score(OriginalsIndex index, List<Probe> probes, int half, SearchSettings s)
            throws IOException {
        double[] sum = new double[4];
        int[] n = new int[2];
        for (Probe p : probes) {
            if (p.half() != half) {
                continue;
            }
            List<Candidate> found = index.search(p.query(), 10, s);
            int k = p.kind().equals("full") ? 0 : 1;
            n[k]++;
            for (int r = 0; r < found.size(); r++) {
                if (found.get(r).path().equals(p.target())) {
                    sum[2 * k] += r == 0 ? 1 : 0;
                    sum[2 * k + 1] += 1.0 / (r + 1);
                    break;
                }
            }
        }
        return new double[] {sum[0] / n[0], sum[1] / n[0], sum[2] / n[1], sum[3] / n[1]};
    }

    private static List<String> part(List<String> sentences, Random random) {
        double share = 0.3 + 0.3 * random.nextDouble();
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            if (random.nextDouble() < share) {
                out.add(s);
            }
        }
        return out.isEmpty() ? List.of(sentences.get(random.nextInt(sentences.size()))) : out;
    }

    private static IndexedDocument russian(String path, List<String> sentences) {
        List<String> terms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (String s : sentences) {
            AnalyzedSentence a = RU.analyze(s);
            terms.addAll(a.stems());
            for (String name : a.names()) {
                String key = NameKey.ofRussian(name.toLowerCase(Locale.ROOT));
                if (key != null) {
                    names.add(key);
                }
            }
            a.numbers().forEach(v -> numbers.add(v.token()));
        }
        return new IndexedDocument(path, Integer.toHexString(sentences.hashCode()), "ru", sentences.get(0),
                terms, names, numbers, sentences);
    }

    private static FindQuery english(List<String> sentences, Lexicon lexicon) {
        FindQuery.Builder b = FindQuery.builder().documentLanguage("ru");
        for (String s : sentences) {
            AnalyzedSentence a = EN.analyze(s);
            for (String stem : a.stems()) {
                Map<String, Double> renderings = new LinkedHashMap<>();
                lexicon.russianFor(stem).entrySet().stream()
                        .sorted(Map.Entry.<String, Float>comparingByValue().reversed()).limit(5)
                        .forEach(e -> renderings.put(e.getKey(), Math.min(1.0, Math.max(0.01, e.getValue()))));
                if (!renderings.isEmpty()) {
                    b.term(new QueryTerm(stem, renderings, 1));
                }
            }
            for (String name : a.names()) {
                String key = NameKey.ofEnglish(name.toLowerCase(Locale.ROOT));
                if (key != null) {
                    b.name(key);
                }
            }
            for (NumberNormalizer.Value v : a.numbers()) {
                b.number(v.token());
            }
        }
        return b.build();
    }
}
