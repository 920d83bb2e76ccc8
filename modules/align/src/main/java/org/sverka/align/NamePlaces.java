package org.sverka.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sverka.align.model.SimilarityModel;
import org.sverka.align.text.AnalyzedSentence;

/**
 * What stands at a word's place on the other side of a matched bead, found by a one-to-one word
 * alignment of the content words in the manner of IBM Model 1's best links (a lexicon translation,
 * the same stem or the same name key; strongest first, each word used once). The place of a word is
 * between the partners of its nearest linked neighbours. A name whose place on the other side holds
 * a content word that nothing explains has a counterpart there that says something else (Kerry ~
 * «Лавровым», Welsh ~ «лейбористов»); a name whose place holds nothing, or only linked words, was
 * left out or rendered by a pronoun (Flake made his decision ~ «Он принял решение»).
 * <pre>{@code
 * NamePlaces.of(model, en, ru).unexplainedAt("Kerry", true);   // true beside «встретился с Лавровым»
 * }</pre>
 */
final class NamePlaces {
    /** The widest place, in content words, that still counts as one word's place. */
    private static final int WIDEST = 3;

    private final SimilarityModel model;
    private final List<String> enStems;
    private final List<String> ruStems;
    private final int[] enPartner;
    private final int[] ruPartner;

    private final boolean[] enNameLike;
    private final boolean[] ruNameLike;

    private NamePlaces(SimilarityModel model, List<String> enStems, List<String> ruStems, int[] enPartner, int[] ruPartner,
                       boolean[] enNameLike, boolean[] ruNameLike) {
        this.enNameLike = enNameLike;
        this.ruNameLike = ruNameLike;
        this.model = model;
        this.enStems = enStems;
        this.ruStems = ruStems;
        this.enPartner = enPartner;
        this.ruPartner = ruPartner;
    }

    /**
     * @param model the model whose lexicon links the words
     * @param en    the English sentences of a bead
     * @param ru    the Russian sentences
     * @return the alignment of their content words
     */
    static NamePlaces of(SimilarityModel model, List<AnalyzedSentence> en, List<AnalyzedSentence> ru, List<String> enTexts,
                         List<String> ruTexts) {
        List<String> es = new ArrayList<>();
        List<String> ek = new ArrayList<>();
        en.forEach(s -> {
            es.addAll(s.stems());
            ek.addAll(s.keys());
        });
        List<String> rs = new ArrayList<>();
        List<String> rk = new ArrayList<>();
        ru.forEach(s -> {
            rs.addAll(s.stems());
            rk.addAll(s.keys());
        });
        int n = es.size();
        int m = rs.size();
        List<double[]> links = new ArrayList<>();
        List<Map<String, Float>> back = new ArrayList<>(m);
        for (String r : rs) {
            back.add(model.lexicon().englishFor(r));
        }
        for (int i = 0; i < n; i++) {
            Map<String, Float> targets = model.lexicon().russianFor(es.get(i));
            for (int j = 0; j < m; j++) {
                double w = targets.getOrDefault(rs.get(j), 0f);
                w = Math.max(w, back.get(j).getOrDefault(es.get(i), 0f));
                if (es.get(i).equals(rs.get(j))) {
                    w = Math.max(w, 1);
                }
                if (w < 0.05 && ek.get(i) != null && ek.get(i).equals(rk.get(j))) {
                    w = 0.05;
                }
                if (w > 0) {
                    links.add(new double[] {w, i, j});
                }
            }
        }
        links.sort((a, b) -> Double.compare(b[0], a[0]));
        int[] enPartner = new int[n];
        int[] ruPartner = new int[m];
        Arrays.fill(enPartner, -1);
        Arrays.fill(ruPartner, -1);
        for (double[] l : links) {
            int i = (int) l[1];
            int j = (int) l[2];
            if (enPartner[i] < 0 && ruPartner[j] < 0) {
                enPartner[i] = j;
                ruPartner[j] = i;
            }
        }
        return new NamePlaces(model, es, rs, enPartner, ruPartner, nameLike(model, true, en, enTexts), nameLike(model, false, ru, ruTexts));
    }

    /**
     * Which content words of one side may render a name: written with a capital, unknown to the
     * lexicon (a transliteration), a Russian adjective made from a name (валлийском, каталанских), or a
     * form of an abbreviation entry, such as a party's members («демократов» ~ Democrats).
     */
    private static boolean[] nameLike(SimilarityModel model, boolean english, List<AnalyzedSentence> sentences, List<String> texts) {
        List<Boolean> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            String text = texts.get(s);
            List<int[]> offsets = (english ? model.english() : model.russian()).contentWordOffsets(text);
            List<String> stems = sentences.get(s).stems();
            for (int w = 0; w < stems.size(); w++) {
                if (offsets.size() != stems.size()) {
                    out.add(false);   // the words could not be placed: claim nothing
                    continue;
                }
                String word = text.substring(offsets.get(w)[0], offsets.get(w)[1]);
                Map<String, Float> known = english ? model.lexicon().russianFor(stems.get(w)) : model.lexicon().englishFor(stems.get(w));
                out.add(Character.isUpperCase(word.charAt(0)) || known.isEmpty() || !english && NAME_ADJECTIVE.matcher(word).find()
                        || Abbreviations.isForm(word, english));
            }
        }
        boolean[] a = new boolean[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    /** A Russian adjective made from a place or a people: валлийском, каталанскими, корейской. */
    private static final java.util.regex.Pattern NAME_ADJECTIVE = java.util.regex.Pattern.compile(
            "\\p{Ll}{3,}(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими|ые|ых|ым|ыми|ей)$", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * @param name    a name of one side, as written
     * @param english true when the name is on the English side
     * @return whether its place on the other side holds a content word that no word of this side explains
     */
    boolean unexplainedAt(String name, boolean english) {
        List<String> mine = english ? enStems : ruStems;
        int[] partner = english ? enPartner : ruPartner;
        int[] theirs = english ? ruPartner : enPartner;
        boolean[] nameLike = english ? ruNameLike : enNameLike;
        String stem = (english ? model.english() : model.russian()).stem(name.toLowerCase(Locale.ROOT));
        int at = mine.indexOf(stem);
        if (at < 0 || theirs.length == 0) {
            return false;
        }
        int left = -1;
        for (int k = at - 1; k >= 0 && left < 0; k--) {
            left = partner[k];
        }
        int right = -1;
        for (int k = at + 1; k < partner.length && right < 0; k++) {
            right = partner[k];
        }
        int from;
        int to;
        if (left >= 0 && right >= 0) {
            from = Math.min(left, right) + 1;
            to = Math.max(left, right) - 1;
        } else if (left >= 0) {
            from = left + 1;
            to = left + WIDEST;
        } else if (right >= 0) {
            from = right - WIDEST;
            to = right - 1;
        } else {
            return false;
        }
        if (to - from + 1 > WIDEST) {
            return false;   // the neighbours' partners lie far apart: no single place
        }
        for (int k = Math.max(0, from); k <= Math.min(theirs.length - 1, to); k++) {
            if (theirs[k] < 0 && nameLike[k]) {
                return true;
            }
        }
        return false;
    }
}
