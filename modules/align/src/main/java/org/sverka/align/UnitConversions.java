package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities with units in a sentence (5 miles, 8 км, 70 °F, 21 градус по Цельсию; a speed by its
 * distance: 400 mph ~ «650 км/ч», 800 kph) converted to a
 * common scale, so that a number a translator converted (miles to kilometres, Fahrenheit to
 * Celsius, inches to centimetres, pounds to kilograms, feet and yards to metres) is not flagged as
 * differing. Bare degrees are Fahrenheit in English ("a sunny 80 degrees") and Celsius in Russian
 * («27 градусов»).
 * Two quantities in different units agree when they measure the same dimension and differ by at
 * most 12% (2 degrees for temperatures), and by no more than the rounding of the numbers as written
 * allows: 650 pounds (645 to 655, 293 to 297 kg) agrees with 300 kg (250 to 350) but not with 307 kg.
 * In the same unit, only equal numbers agree.
 */
final class UnitConversions {
    private static final String NUMBER = "(\\d+(?:[.,\\u00a0 ]\\d{3})*(?:[.,]\\d+)?)";
    private static final Pattern QUANTITY = Pattern.compile(NUMBER + "(?:\\s*(?:to|-|–|—|до|или|or|and|и)\\s*" + NUMBER + ")?"
            + "\\s*(-|\\s)?(miles?|mi|mph|kilomet(?:er|re)s?|km|kph|км|километр\\p{L}*|мил[ьиюея]\\p{L}*|met(?:er|re)s?|метр\\p{L}*|m|м|"
            + "feet|foot|ft|фут\\p{L}*|yards?|yd|ярд\\p{L}*|inch(?:es)?|дюйм\\p{L}*|centimet(?:er|re)s?|cm|см|сантиметр\\p{L}*|millimet(?:er|re)s?|mm|мм|"
            + "pounds?|lbs?|фунт\\p{L}*|kilo(?:gram|gramme)?s?|kg|кг|килограмм\\p{L}*|tons?|tonnes?|тонн\\p{L}*|"
            + "gallons?|галлон\\p{L}*|lit(?:er|re)s?|литр\\p{L}*|acres?|акр\\p{L}*|hectares?|гектар\\p{L}*|га|"
            + "°\\s*F|°\\s*C|degrees?\\s+(?:Fahrenheit|Celsius|F|C)|градус\\p{L}*\\s+(?:по\\s+)?(?:Фаренгейт\\p{L}*|Цельси\\p{L}*)|"
            + "degrees?|градус\\p{L}*)"
            + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A measured amount.
     *
     * @param dimension length, mass, volume, area or temperature
     * @param value     on the common scale (metres, kilograms, litres, hectares, degrees Celsius)
     * @param unit      the unit's factor to the common scale (-1 for Fahrenheit, 0 for Celsius)
     * @param written   the number as written
     * @param surface   the number and its unit as written ("40 kilometres", «40 миль»; a range whole)
     */
    record Quantity(String dimension, double value, double unit, String written, String surface) {
    }

    private UnitConversions() {
    }

    /**
     * @param text a sentence
     * @return its quantities, one per number (a range gives two)
     */
    static List<Quantity> of(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text).useTransparentBounds(true);
        // the expression is tried only where a number starts: a match that starts inside a run of digits starts at
        // its first digit too (the number's leading digits take the rest), and the engine's own search tries every
        // character with a dozen units written in any case
        int at = numberStart(text, 0);
        while (at >= 0) {
            m.region(at, text.length());
            if (!m.lookingAt()) {
                at = numberStart(text, at + 1);
                continue;
            }
            at = numberStart(text, m.end());
            String unit = m.group(4).toLowerCase(Locale.ROOT);
            if (unit.startsWith("фунт") && text.substring(m.end()).strip().toLowerCase(Locale.ROOT).startsWith("стерлинг")) {
                continue;   // pounds sterling
            }
            for (int g = 1; g <= 2; g++) {
                if (m.group(g) != null) {
                    Double v = parse(m.group(g));
                    Quantity q = v == null ? null : convert(v, unit, m.group(g), m.group());
                    if (q != null) {
                        out.add(q);
                    }
                }
            }
        }
        return out;
    }

    /** The first place from {@code from} on where a run of decimal digits starts, or -1. */
    private static int numberStart(String text, int from) {
        for (int i = from; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isDigit(c) && (i == 0 || !Character.isDigit(text.codePointBefore(i)))) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /**
     * @param a a quantity of one side
     * @param b one of the other side
     * @return whether one is a conversion of the other into another unit (the same unit must give the same number)
     */
    static boolean agree(Quantity a, Quantity b) {
        if (!a.dimension().equals(b.dimension()) || a.unit() == b.unit()) {
            return false;
        }
        if (a.dimension().equals("temperature")) {
            return Math.abs(a.value() - b.value()) <= 2.0;
        }
        double hi = Math.max(Math.abs(a.value()), Math.abs(b.value()));
        if (hi == 0) {
            return true;
        }
        double gap = Math.abs(a.value() - b.value());
        // each number stands for the values that round to it as written (650 for 645 to 655, 300 for 250 to 350):
        // a conversion's two numbers must be able to name one amount, give or take the factors' rounding
        double rounding = halfUnit(a.written()) * a.unit() + halfUnit(b.written()) * b.unit() + SLACK * hi;
        return gap / hi <= 0.12 && gap <= rounding;
    }

    /** What a conversion factor's rounding may add (1.6 km to the mile, 0.45 kg to the pound), as a share of the amount. */
    private static final double SLACK = 0.02;

    /**
     * Half a unit of the last digit that is not a zero of a number as written: 650 gives 5, 300 gives
     * 50, 307 and 2,5 give 0.5 and 0.05.
     */
    static double halfUnit(String written) {
        String s = normalized(written);
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(s).stripTrailingZeros();
            return 0.5 * Math.pow(10, -d.scale());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Double parse(String number) {
        try {
            return Double.parseDouble(normalized(number));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A number as written with its group separators taken out and a decimal point for its decimal comma. */
    private static String normalized(String number) {
        return org.sverka.align.text.NumberNormalizer.plainDecimal(number);
    }

    private static Quantity convert(double v, String unit, String written, String surface) {
        String u = unit.replaceAll("\\s+", " ");
        if (u.contains("fahrenheit") || u.contains("фаренгейт") || u.endsWith("f")) {
            return new Quantity("temperature", (v - 32) * 5 / 9, -1, written, surface);
        }
        if (u.contains("celsius") || u.contains("цельси") || u.endsWith("c") || u.startsWith("градус")) {
            return new Quantity("temperature", v, 0, written, surface);   // «27 градусов» in a Russian report is Celsius
        }
        if (u.startsWith("degree")) {
            // "80 degrees" in English news: Fahrenheit in American copy; in Celsius the same number agrees as written
            return new Quantity("temperature", (v - 32) * 5 / 9, -1, written, surface);
        }
        double[] f = factor(u);
        return f == null ? null : new Quantity(f[0] == 0 ? "length" : f[0] == 1 ? "mass" : f[0] == 2 ? "volume" : "area",
                v * f[1], f[1], written, surface);
    }

    /** Dimension code (0 length in metres, 1 mass in kilograms, 2 volume in litres, 3 area in hectares) and factor. */
    private static double[] factor(String u) {
        if (u.startsWith("mi") && !u.startsWith("mil") || u.startsWith("mile") || u.equals("mph") || u.startsWith("мил")) {
            return new double[] {0, 1609.34};
        }
        if (u.startsWith("millimet") || u.equals("mm") || u.equals("мм")) {
            return new double[] {0, 0.001};
        }
        if (u.startsWith("kilomet") || u.equals("km") || u.equals("kph") || u.equals("км") || u.startsWith("километр")) {
            return new double[] {0, 1000};
        }
        if (u.startsWith("centimet") || u.equals("cm") || u.equals("см") || u.startsWith("сантиметр")) {
            return new double[] {0, 0.01};
        }
        if (u.startsWith("met") || u.equals("m") || u.equals("м") || u.startsWith("метр")) {
            return new double[] {0, 1};
        }
        if (u.startsWith("fe") || u.startsWith("foot") || u.equals("ft") || u.startsWith("фут")) {
            return new double[] {0, 0.3048};
        }
        if (u.startsWith("yard") || u.equals("yd") || u.startsWith("ярд")) {
            return new double[] {0, 0.9144};
        }
        if (u.startsWith("inch") || u.startsWith("дюйм")) {
            return new double[] {0, 0.0254};
        }
        if (u.startsWith("pound") || u.startsWith("lb") || u.startsWith("фунт")) {
            return new double[] {1, 0.4536};
        }
        if (u.startsWith("kilo") || u.equals("kg") || u.equals("кг") || u.startsWith("килограмм")) {
            return new double[] {1, 1};
        }
        if (u.startsWith("ton") || u.startsWith("тонн")) {
            return new double[] {1, 1000};
        }
        if (u.startsWith("gallon") || u.startsWith("галлон")) {
            return new double[] {2, 3.785};
        }
        if (u.startsWith("lit") || u.startsWith("литр")) {
            return new double[] {2, 1};
        }
        if (u.startsWith("acre") || u.startsWith("акр")) {
            return new double[] {3, 0.4047};
        }
        if (u.startsWith("hectare") || u.startsWith("гектар") || u.equals("га")) {
            return new double[] {3, 1};
        }
        return null;
    }
}
