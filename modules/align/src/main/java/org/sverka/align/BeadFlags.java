package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.core.Bead;
import org.sverka.core.Flag;

/**
 * What a reviewer should check in a matched bead: a number that differs or stands on one side only
 * ({@link NumberFlags}), a name that does ({@link NameFlags}), a negation on one side only
 * ({@link Negation}).
 */
final class BeadFlags {
    private BeadFlags() {
    }

    static Bead flag(ScoredPair pair, Bead bead) {
        if (!bead.isMatch()) {
            return bead;
        }
        List<AnalyzedSentence> en = bead.en().stream().map(pair.en::get).toList();
        List<AnalyzedSentence> ru = bead.ru().stream().map(pair.ru::get).toList();
        String enText = String.join(" ", bead.en().stream().map(pair.english::text).toList());
        String ruText = String.join(" ", bead.ru().stream().map(pair.russian::text).toList());
        List<Flag> flags = new ArrayList<>(NumberFlags.of(en, ru, enText, ruText));
        flags.addAll(NameFlags.of(pair, bead, en, ru, enText, ruText));
        for (String label : Negation.flags(enText, ruText, pair.model)) {
            int colon = label.indexOf(':');
            flags.add(new Flag(Flag.Kind.NEGATION, label.startsWith("negation-only-en") ? Flag.Side.ENGLISH : Flag.Side.RUSSIAN,
                    label.substring(colon + 1)));
        }
        return flags.isEmpty() ? bead : bead.withFlags(flags);
    }
}
