package org.sverka.align;

import java.util.List;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.core.Bead;
import org.sverka.core.Flag;

/**
 * What a reviewer should check in a matched bead: a number that differs or stands on one side only
 * ({@link NumberFlags}), the same number with another currency or unit ({@link UnitFlags}), a day of
 * the week or a month that differs or stands on one side only ({@link DateFlags}), a name that does
 * ({@link NameFlags}), a negation on one side only ({@link Negation}). The bead carries its flags, then its notes ({@link Flag#asNote()}), so every
 * output shows both and tells them apart.
 */
final class BeadFlags {
    private BeadFlags() {
    }

    /**
     * The bead with its flags and notes, a name's companions in the other beads of its alignment
     * read as evidence of its rendering ({@link NameCompanions}).
     */
    static Bead flag(ScoredPair pair, Bead bead, NameCompanions companions) {
        if (!bead.isMatch()) {
            return bead;
        }
        Findings found = check(pair, bead, companions);
        List<Flag> flags = new java.util.ArrayList<>(found.flags());
        found.notes().forEach(n -> flags.add(n.asNote()));
        return flags.isEmpty() ? bead : bead.withFlags(flags);
    }

    /**
     * The flags and notes of a matched bead (none for a bead with an empty side).
     *
     * @param companions what the other beads of its alignment say about its names
     */
    static Findings check(ScoredPair pair, Bead bead, NameCompanions companions) {
        if (!bead.isMatch()) {
            return Findings.none();
        }
        List<AnalyzedSentence> en = pair.analysed(bead.en(), true);
        List<AnalyzedSentence> ru = pair.analysed(bead.ru(), false);
        List<String> enTexts = pair.texts(bead.en(), true);
        List<String> ruTexts = pair.texts(bead.ru(), false);
        String enText = String.join(" ", enTexts);
        String ruText = String.join(" ", ruTexts);
        // the quantities with units, read once for the number flags (conversions) and the unit flags (another unit)
        List<UnitConversions.Quantity> enQuantities = FlagScans.hasDigit(enText) ? UnitConversions.of(enText) : List.of();
        List<UnitConversions.Quantity> ruQuantities = FlagScans.hasDigit(ruText) ? UnitConversions.of(ruText) : List.of();
        // a day or month on one side only (a date note) tells the name rules that the other side's lone name stands for another thing
        Findings dates = DateFlags.of(enText, ruText);
        return NumberFlags.of(en, ru, enTexts, ruTexts, enText, ruText, enQuantities, ruQuantities)
                .and(UnitFlags.of(enText, ruText, enQuantities, ruQuantities)).and(dates)
                .and(NameFlags.of(pair, bead, en, ru, enText, ruText, companions, dates.notes()))
                .and(Negation.check(enText, ruText, pair.model));
    }
}
