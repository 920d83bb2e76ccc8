package org.sverka.align.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns word translation probabilities from sentence pairs with IBM Model 1 (Brown et al. 1993),
 * in both directions, by expectation maximisation with an empty word on the conditioning side.
 * <pre>{@code
 * Ibm1Trainer.Table t = Ibm1Trainer.train(pairs, 5);
 * t.forward().get("minist").get("министр");   // t(министр | minist)
 * }</pre>
 */
public final class Ibm1Trainer {
    /** The empty word that may produce any word of the other side. */
    public static final String NULL = "<null>";

    private Ibm1Trainer() {
    }

    /**
     * A pair of token lists (stems, stop words included).
     *
     * @param english English stems
     * @param russian Russian stems
     */
    public record SentencePair(List<String> english, List<String> russian) {
    }

    /**
     * Both directions of the learned table.
     *
     * @param forward  t(ru | en): for each English stem, the Russian stems and probabilities
     * @param backward t(en | ru): for each Russian stem, the English stems and probabilities
     */
    public record Table(Map<String, Map<String, Double>> forward, Map<String, Map<String, Double>> backward) {
    }

    /**
     * @param pairs      the training pairs
     * @param iterations rounds of expectation maximisation (5 is usual)
     * @return the probabilities in both directions
     */
    public static Table train(List<SentencePair> pairs, int iterations) {
        List<List<String>> en = new ArrayList<>();
        List<List<String>> ru = new ArrayList<>();
        for (SentencePair p : pairs) {
            en.add(p.english());
            ru.add(p.russian());
        }
        return new Table(direction(en, ru, iterations), direction(ru, en, iterations));
    }

    /** t(target | source) with a NULL source word. */
    private static Map<String, Map<String, Double>> direction(List<List<String>> sources, List<List<String>> targets,
                                                            int iterations) {
        Map<String, Map<String, Double>> t = new HashMap<>();
        for (int s = 0; s < sources.size(); s++) {
            for (String f : withNull(sources.get(s))) {
                Map<String, Double> row = t.computeIfAbsent(f, k -> new HashMap<>());
                for (String e : targets.get(s)) {
                    row.put(e, 1.0);
                }
            }
        }
        t.values().forEach(row -> {
            double u = 1.0 / row.size();
            row.replaceAll((k, v) -> u);
        });
        for (int it = 0; it < iterations; it++) {
            Map<String, Map<String, Double>> count = new HashMap<>();
            Map<String, Double> total = new HashMap<>();
            for (int s = 0; s < sources.size(); s++) {
                List<String> src = withNull(sources.get(s));
                for (String e : targets.get(s)) {
                    double z = 0;
                    for (String f : src) {
                        z += t.get(f).get(e);
                    }
                    for (String f : src) {
                        double c = t.get(f).get(e) / z;
                        count.computeIfAbsent(f, k -> new HashMap<>()).merge(e, c, Double::sum);
                        total.merge(f, c, Double::sum);
                    }
                }
            }
            count.forEach((f, row) -> {
                double tot = total.get(f);
                Map<String, Double> tr = t.get(f);
                row.forEach((e, c) -> tr.put(e, c / tot));
            });
        }
        return t;
    }

    private static List<String> withNull(List<String> words) {
        List<String> out = new ArrayList<>(words.size() + 1);
        out.add(NULL);
        out.addAll(words);
        return out;
    }
}
