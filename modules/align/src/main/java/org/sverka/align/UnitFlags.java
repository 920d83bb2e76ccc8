package org.sverka.align;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sverka.align.text.MoneyAmounts;
import org.sverka.core.Flag;

/**
 * The unit flags of a matched bead: the same number with another unit on the other side, where the
 * number flags see nothing amiss. A sum of money in another currency ("$5 million" ~ «5 млн евро»;
 * a dollar whose country is not named agrees with any dollar, {@link MoneyAmounts}) and a measure in
 * another unit of its dimension that no conversion explains ("40 kilometres" ~ «40 миль»; yards
 * against metres agree, {@link UnitConversions#agree}; a measure the other side converts elsewhere in
 * the bead is rendered there) are flagged on both sides, as numbers with
 * their units. A number that the other side also writes with the same unit, or with no unit, is not:
 * the other side's bare number renders it ("$1,000 … $250" ~ «1000 долларов … 250»). Temperatures
 * are left to the conversions, since a bare "degrees" is Fahrenheit in English and Celsius in Russian.
 * <pre>{@code
 * String en = "The convoy lost $5 million over 40 kilometres.";
 * String ru = "Колонна потеряла 5 млн евро на 40 милях.";
 * UnitFlags.of(en, ru, UnitConversions.of(en), UnitConversions.of(ru));
 * // flags number-only-en:$5 million, number-only-ru:5 млн евро, number-only-en:40 kilometres, number-only-ru:40 милях
 * }</pre>
 */
final class UnitFlags {
    private UnitFlags() {
    }

    /**
     * @param enText       the English side of a bead
     * @param ruText       the Russian side
     * @param enQuantities the English side's quantities with units ({@link UnitConversions#of})
     * @param ruQuantities the Russian side's
     * @return the flags of numbers whose units differ (no notes)
     */
    static Findings of(String enText, String ruText, List<UnitConversions.Quantity> enQuantities,
                       List<UnitConversions.Quantity> ruQuantities) {
        if (!FlagScans.hasDigit(enText) || !FlagScans.hasDigit(ruText)) {
            return Findings.none();
        }
        Set<Flag> flags = new LinkedHashSet<>();
        List<MoneyAmounts.Amount> enMoney = MoneyAmounts.of(enText);
        List<MoneyAmounts.Amount> ruMoney = enMoney.isEmpty() ? List.of() : MoneyAmounts.of(ruText);
        for (MoneyAmounts.Amount a : enMoney) {
            List<MoneyAmounts.Amount> same = ruMoney.stream().filter(b -> sameAmount(a, b)).toList();
            if (!same.isEmpty() && same.stream().noneMatch(b -> b.currency().compatible(a.currency()))) {
                flags.add(new Flag(Flag.Kind.NUMBER, Flag.Side.ENGLISH, a.written()));
                same.forEach(b -> flags.add(new Flag(Flag.Kind.NUMBER, Flag.Side.RUSSIAN, b.written())));
            }
        }
        List<UnitConversions.Quantity> enMeasures = new ArrayList<>(enQuantities);
        List<UnitConversions.Quantity> ruMeasures = new ArrayList<>(ruQuantities);
        // a measure written the same on both sides pairs with its twin first, and may then convert nothing else: in
        // "30 meters (100 feet)" ~ «30 футов (100 футов)» the 100 feet are the 100 футов, so that the 30 meters stand
        // against the 30 футов
        for (java.util.Iterator<UnitConversions.Quantity> i = enMeasures.iterator(); i.hasNext(); ) {
            UnitConversions.Quantity q = i.next();
            for (java.util.Iterator<UnitConversions.Quantity> j = ruMeasures.iterator(); j.hasNext(); ) {
                UnitConversions.Quantity o = j.next();
                if (o.unit() == q.unit() && o.dimension().equals(q.dimension()) && sameNumber(q.written(), o.written())) {
                    i.remove();
                    j.remove();
                    break;
                }
            }
        }
        List<UnitConversions.Quantity> enLeft = unconverted(enMeasures, ruMeasures);
        List<UnitConversions.Quantity> ruLeft = unconverted(ruMeasures, enMeasures);
        for (UnitConversions.Quantity q : enLeft) {
            List<UnitConversions.Quantity> same = ruLeft.stream()
                    .filter(o -> o.dimension().equals(q.dimension()) && sameNumber(q.written(), o.written())).toList();
            if (!same.isEmpty()) {
                flags.add(new Flag(Flag.Kind.NUMBER, Flag.Side.ENGLISH, q.surface()));
                same.forEach(o -> flags.add(new Flag(Flag.Kind.NUMBER, Flag.Side.RUSSIAN, o.surface())));
            }
        }
        return new Findings(new ArrayList<>(flags), List.of());
    }

    /**
     * The measures of one side that no measure of the other side converts ("up to 10 inches" ~ «до 25
     * см» is rendered, beside «7–10 см»), temperatures aside.
     */
    private static List<UnitConversions.Quantity> unconverted(List<UnitConversions.Quantity> side, List<UnitConversions.Quantity> other) {
        return side.stream().filter(q -> !q.dimension().equals("temperature") && other.stream().noneMatch(o -> UnitConversions.agree(q, o)))
                .toList();
    }

    /** Whether two sums name one amount: the same value, their scales applied, or the same digits. */
    private static boolean sameAmount(MoneyAmounts.Amount a, MoneyAmounts.Amount b) {
        return a.value() != null && b.value() != null && a.value().compareTo(b.value()) == 0 || sameNumber(a.number(), b.number());
    }

    /** Whether two numbers as written have the same digits (1.5 ~ «1,5», 350,000 ~ «350 000»). */
    private static boolean sameNumber(String a, String b) {
        return NumberFlags.digits(a).equals(NumberFlags.digits(b));
    }
}
