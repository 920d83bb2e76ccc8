package org.sverka.align;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sverka.core.Bead;

/**
 * Evidence from the rest of an alignment that a name is rendered by a name of the other side that
 * the name rules could not match to it (an institution word translated, Judiciary ~ «Юридическим»;
 * a far transliteration, Southwest ~ «Юго-Запада»). Counted over the <em>other</em> matched beads of
 * the same documents, the two keep company: they stand together in at least {@value #TOGETHER}
 * beads and more often together than apart (in more beads together than in beads that hold one of
 * them only; a Dice coefficient above two thirds), and no word that the bead under check lacks keeps
 * company with either of them as closely (El keeps company with «Сальвадор» no less than Salvador
 * does, so where Salvador was swapped out, El does not explain «Сальвадора»); an ordinary word that
 * the lexicon renders by other words (tried, Senate) is rendered by them and rivals nothing. A name swapped in
 * from another document keeps company with nothing in this one.
 * <pre>{@code
 * NameCompanions.of(pair, beads).explains("Judiciary", true, bead, List.of("Юридическим"));   // true in a story that
 * // writes "Senate Judiciary Committee" ~ «Юридический комитет Сената» in two other beads
 * }</pre>
 * The table of which bead holds which stem is made once per alignment, when the first name asks,
 * and only names the other rules left unmatched on both sides ask.
 */
final class NameCompanions {
    /** The fewest other beads in which a name and its companion must stand together. */
    static final int TOGETHER = 2;

    private static final NameCompanions NONE = new NameCompanions(null, List.of());

    private final ScoredPair pair;
    private final List<Bead> matches;
    private volatile Table table;

    private NameCompanions(ScoredPair pair, List<Bead> matches) {
        this.pair = pair;
        this.matches = matches;
    }

    /** @return no other beads: nothing is explained */
    static NameCompanions none() {
        return NONE;
    }

    /**
     * @param pair  the scored documents
     * @param beads the beads of an alignment of them (the matches are read)
     * @return their companions
     */
    static NameCompanions of(ScoredPair pair, List<Bead> beads) {
        return new NameCompanions(pair, beads.stream().filter(Bead::isMatch).toList());
    }

    /**
     * @param pair documents whose lines are parallel (line i renders line i)
     * @return the companions of the line pairs
     */
    static NameCompanions parallelLines(ScoredPair pair) {
        List<Bead> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(pair.n(), pair.m()); i++) {
            lines.add(Bead.of(List.of(i), List.of(i), 1.0));
        }
        return new NameCompanions(pair, lines);
    }

    /**
     * Whether a name of one side of a bead is rendered, by the evidence of the other beads, by one
     * of the names of the bead's other side that the name rules left unmatched.
     *
     * @param name      the name as written
     * @param english   true when the name is English
     * @param bead      the bead under check
     * @param unmatched the other side's names that nothing on this side matched, as written
     * @return whether a companion of the name is among them
     */
    boolean explains(String name, boolean english, Bead bead, List<String> unmatched) {
        if (unmatched.isEmpty() || matches.size() <= TOGETHER) {
            return false;
        }
        Table t = table();
        String nameStem = (english ? pair.model.english() : pair.model.russian()).stem(name.toLowerCase(Locale.ROOT));
        BitSet withName = t.beads(english, nameStem, bead);
        if (withName.cardinality() < TOGETHER) {
            return false;
        }
        for (String word : unmatched) {
            String wordStem = (english ? pair.model.russian() : pair.model.english()).stem(word.toLowerCase(Locale.ROOT));
            BitSet withWord = t.beads(!english, wordStem, bead);
            int together = together(withName, withWord);
            int apart = withName.cardinality() + withWord.cardinality() - 2 * together;
            if (together >= TOGETHER && together > apart && !t.rivalled(english, nameStem, withName, withWord, wordStem, bead)
                    && !t.rivalled(!english, wordStem, withWord, withName, nameStem, bead)) {
                return true;
            }
        }
        return false;
    }

    private static int together(BitSet a, BitSet b) {
        BitSet both = (BitSet) a.clone();
        both.and(b);
        return both.cardinality();
    }

    /** The table, made by the first caller; read without a lock once made (every name check asks for it). */
    private Table table() {
        Table t = table;
        if (t != null) {
            return t;
        }
        synchronized (this) {
            if (table == null) {
                table = new Table(pair, matches);
            }
            return table;
        }
    }

    /** Which matched beads hold each stem, side by side, and which bead holds each sentence. */
    private static final class Table {
        private final ScoredPair pair;
        private final List<Bead> matches;
        private final Map<String, Postings> english = new HashMap<>();
        private final Map<String, Postings> russian = new HashMap<>();
        private final Map<String, Map<String, Integer>> englishCompany = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Map<String, Integer>> russianCompany = new java.util.concurrent.ConcurrentHashMap<>();
        private final int[] enBead;
        private final int[] ruBead;

        Table(ScoredPair pair, List<Bead> matches) {
            this.pair = pair;
            this.matches = matches;
            enBead = new int[pair.n()];
            ruBead = new int[pair.m()];
            java.util.Arrays.fill(enBead, -1);
            java.util.Arrays.fill(ruBead, -1);
            for (int b = 0; b < matches.size(); b++) {
                for (int i : matches.get(b).en()) {
                    enBead[i] = b;
                    for (String stem : pair.en.get(i).stems()) {
                        english.computeIfAbsent(stem, k -> new Postings()).add(b);
                    }
                }
                for (int j : matches.get(b).ru()) {
                    ruBead[j] = b;
                    for (String stem : pair.ru.get(j).stems()) {
                        russian.computeIfAbsent(stem, k -> new Postings()).add(b);
                    }
                }
            }
        }

        /** The other beads (none sharing a sentence with the bead under check) that hold a stem on one side. */
        BitSet beads(boolean englishSide, String stem, Bead bead) {
            Postings found = (englishSide ? english : russian).get(stem);
            BitSet out = new BitSet();
            if (found == null) {
                return out;
            }
            for (int k = 0; k < found.size; k++) {
                out.set(found.beads[k]);
            }
            for (int i : bead.en()) {
                if (enBead[i] >= 0) {
                    out.clear(enBead[i]);
                }
            }
            for (int j : bead.ru()) {
                if (ruBead[j] >= 0) {
                    out.clear(ruBead[j]);
                }
            }
            return out;
        }

        /** How many other beads (none sharing a sentence with the bead under check) hold a stem on one side. */
        int count(boolean englishSide, String stem, Bead bead) {
            Postings found = (englishSide ? english : russian).get(stem);
            if (found == null) {
                return 0;
            }
            int n = found.size;
            for (int b : holding(bead)) {
                if (java.util.Arrays.binarySearch(found.beads, 0, found.size, b) >= 0) {
                    n--;
                }
            }
            return n;
        }

        /** The beads that share a sentence with a bead, each once. */
        private int[] holding(Bead bead) {
            int[] out = new int[bead.en().size() + bead.ru().size()];
            int n = 0;
            for (int i : bead.en()) {
                n = addOnce(out, n, enBead[i]);
            }
            for (int j : bead.ru()) {
                n = addOnce(out, n, ruBead[j]);
            }
            return java.util.Arrays.copyOf(out, n);
        }

        /** Puts a bead number after the first {@code n} of {@code into} unless it is -1 or already there; the new count. */
        private static int addOnce(int[] into, int n, int bead) {
            if (bead < 0) {
                return n;
            }
            for (int k = 0; k < n; k++) {
                if (into[k] == bead) {
                    return n;
                }
            }
            into[n] = bead;
            return n + 1;
        }

        /**
         * Whether a word of the partner's side that the bead under check lacks keeps company with an
         * anchor at least as closely as the partner does, by the Dice coefficient over the other beads:
         * then the bead may have lost the anchor's true partner, and the partner at hand proves nothing.
         *
         * @param anchorEnglish true when the anchor is English
         * @param anchorStem    the anchor's stem
         * @param anchor        the other beads that hold the anchor
         * @param withPartner   the other beads that hold the partner
         * @param partner       the partner's stem
         * @param bead          the bead under check
         */
        boolean rivalled(boolean anchorEnglish, String anchorStem, BitSet anchor, BitSet withPartner, String partner, Bead bead) {
            Set<String> here = stems(!anchorEnglish, bead);
            // the beads under check that hold the anchor are left out of its company, word by word
            List<Set<String>> left = new ArrayList<>();
            Postings anchorBeads = (anchorEnglish ? english : russian).get(anchorStem);
            for (int b : holding(bead)) {
                if (anchorBeads != null && java.util.Arrays.binarySearch(anchorBeads.beads, 0, anchorBeads.size, b) >= 0) {
                    left.add(stems(!anchorEnglish, matches.get(b)));
                }
            }
            long partnerTogether = NameCompanions.together(anchor, withPartner);
            for (Map.Entry<String, Integer> e : company(anchorEnglish, anchorStem).entrySet()) {
                String y = e.getKey();
                if (y.equals(partner) || here.contains(y)) {
                    continue;
                }
                int together = e.getValue();
                for (Set<String> l : left) {
                    together -= l.contains(y) ? 1 : 0;
                }
                // Dice(anchor, y) >= Dice(anchor, partner), multiplied out
                if (together > 0 && (long) together * (withPartner.cardinality() + anchor.cardinality())
                        >= partnerTogether * (count(!anchorEnglish, y, bead) + anchor.cardinality())
                        && !translatedOtherwise(anchorEnglish, anchorStem, y)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the lexicon renders a word of the partner's side by words other than the anchor: then
         * it is an ordinary word rendered by its own translation (tried, Senate ~ «Сената», which keep
         * company with «Юридический» as closely as Judiciary does), not the anchor's rendering, and it
         * rivals no partner. A name has no translation, or the anchor among its translations (Salvador
         * ~ «Сальвадор»), and stays a rival.
         */
        private boolean translatedOtherwise(boolean anchorEnglish, String anchorStem, String word) {
            Set<String> translations = (anchorEnglish ? pair.model.lexicon().englishFor(word) : pair.model.lexicon().russianFor(word)).keySet();
            return !translations.isEmpty() && !translations.contains(anchorStem);
        }

        /**
         * The company of an anchor: for each stem of the other side, how many of the beads that hold
         * the anchor hold it too; counted once per anchor and alignment (a name recurs).
         */
        private Map<String, Integer> company(boolean anchorEnglish, String anchorStem) {
            return (anchorEnglish ? englishCompany : russianCompany).computeIfAbsent(anchorStem, k -> {
                Map<String, Integer> out = new HashMap<>();
                Postings p = (anchorEnglish ? english : russian).get(k);
                for (int n = 0; p != null && n < p.size; n++) {
                    stems(!anchorEnglish, matches.get(p.beads[n])).forEach(y -> out.merge(y, 1, Integer::sum));
                }
                return out;
            });
        }

        /** The distinct stems of one side of a bead. */
        private Set<String> stems(boolean englishSide, Bead bead) {
            Set<String> out = new HashSet<>();
            for (int k : englishSide ? bead.en() : bead.ru()) {
                out.addAll((englishSide ? pair.en : pair.ru).get(k).stems());
            }
            return out;
        }
    }

    /** The beads that hold one stem, in ascending order, each once (a stem recurs within a bead). */
    private static final class Postings {
        private int[] beads = new int[2];
        private int size;

        void add(int bead) {
            if (size > 0 && beads[size - 1] == bead) {
                return;
            }
            if (size == beads.length) {
                beads = java.util.Arrays.copyOf(beads, size * 2);
            }
            beads[size++] = bead;
        }
    }
}
