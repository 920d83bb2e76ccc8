package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.Bead;
import org.sverka.core.Flag;
import org.sverka.core.SegmentedDocument;

/**
 * The flags a reviewer would see on one English sentence matched with one Russian sentence, as
 * labels in the flag style: the bead flags ({@code number-only-en:62}, {@code name-only-ru:Керри})
 * and the negation check ({@code negation-only-en:not}).
 * <pre>{@code
 * PairFlags.labels("Lavrov did not meet Kerry on 16 May.", "Лавров встретился с Керри 17 мая.", model);
 * // [number-only-en:16, number-only-ru:17, negation-only-en:not]
 * }</pre>
 */
public final class PairFlags {
    private PairFlags() {
    }

    /**
     * @param english an English sentence (or passage)
     * @param russian the Russian one it is matched with
     * @param model   the similarity model (its analyzers and lexicon)
     * @return the flags' labels, bead flags first
     */
    public static List<String> labels(String english, String russian, SimilarityModel model) {
        ScoredPair pair = new ScoredPair(SegmentedDocument.ofLines("en", "en", List.of(english)),
                SegmentedDocument.ofLines("ru", "ru", List.of(russian)), model);
        Bead bead = BeadFlags.flag(pair, Bead.of(List.of(0), List.of(0), 1.0));
        List<String> out = new ArrayList<>();
        bead.flags().forEach(f -> out.add(f.toString()));
        return out;
    }
}
