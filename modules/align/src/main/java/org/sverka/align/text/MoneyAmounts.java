package org.sverka.align.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sums of money a sentence names, each a number in digits with its currency: "$5 million",
 * "£125m", "5 billion rubles", "US$ 40", «5 млн долларов», «350 тыс. долл. США», «€20», «120
 * миллионов фунтов стерлингов».
 * <pre>{@code
 * MoneyAmounts.of("DARPA announced a $2 billion investment.");
 * // [Amount[number=2, value=2E+9, currency=DOLLAR, written=$2 billion, start=18]]
 * MoneyAmounts.of("DARPA объявила об инвестировании 2 миллиардов долларов.");
 * // [Amount[number=2, value=2E+9, currency=DOLLAR, written=2 миллиардов долларов, start=33]]
 * }</pre>
 *
 * <p>The same expressions read both languages. A currency is read from a sign right before the number ($, £, €, ¥, ₽, ₹; US$, C$, A$, HK$,
 * NZ$, S$) or from a word or code right after it and its scale ("million", «млн», «тыс.»): dollars
 * (with the country where it is named: US, Canadian, «канадских»), euros, pounds sterling, rubles,
 * yuan, yen, rupees, hryvnias, tenge, Swiss francs, and the ISO codes of these. A bare "pounds" or
 * «фунтов» is left out: it weighs as often as it pays. A "$" or «долларов» with no country is
 * any dollar ({@link Currency#DOLLAR}), "¥" yuan or yen ({@link Currency#YUAN_OR_YEN}).
 */
public final class MoneyAmounts {
    /** The currencies told apart; two amounts agree when {@link #compatible} says so. */
    public enum Currency {
        /** A dollar whose country is not named ("$", "dollars", «долларов»). */
        DOLLAR,
        /** United States dollars. */
        USD,
        /** Canadian dollars. */
        CAD,
        /** Australian dollars. */
        AUD,
        /** Hong Kong dollars. */
        HKD,
        /** New Zealand dollars. */
        NZD,
        /** Singapore dollars. */
        SGD,
        /** Euros. */
        EUR,
        /** Pounds sterling. */
        GBP,
        /** Russian rubles. */
        RUB,
        /** Chinese yuan. */
        CNY,
        /** Japanese yen. */
        JPY,
        /** The sign ¥, which both write. */
        YUAN_OR_YEN,
        /** Indian rupees. */
        INR,
        /** Ukrainian hryvnias. */
        UAH,
        /** Kazakh tenge. */
        KZT,
        /** Swiss francs. */
        CHF;

        /**
         * @param other another currency
         * @return whether the two may name the same money: equal, a dollar of no named country and a
         *         named one, or ¥ and yuan or yen
         */
        public boolean compatible(Currency other) {
            return this == other || isDollar() && other.isDollar() && (this == DOLLAR || other == DOLLAR)
                    || this == YUAN_OR_YEN && (other == CNY || other == JPY) || other == YUAN_OR_YEN && (this == CNY || this == JPY);
        }

        private boolean isDollar() {
            return this == DOLLAR || this == USD || this == CAD || this == AUD || this == HKD || this == NZD || this == SGD;
        }
    }

    /**
     * A sum of money as a sentence writes it.
     *
     * @param number   the number as written ("2", "1.5", "350,000")
     * @param value    the amount it names, its scale applied ("$2 billion" 2000000000, «350 тыс.» 350000), or
     *                 null when the number cannot be read as one
     * @param currency its currency
     * @param written  the number with its scale and currency as written ("$2 billion", «2 миллиардов долларов»)
     * @param start    the offset of {@code written} in the sentence
     */
    public record Amount(String number, java.math.BigDecimal value, Currency currency, String written, int start) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String NUMBER = "(\\d+(?:[.,\\u00a0\\u202f ]\\d{3})*(?:[.,]\\d+)?)";
    /** A sign right before the number, a space or none between: $5, US$ 40, £125m, € 20. */
    private static final Pattern SIGN = Pattern.compile("(US\\$|U\\.S\\.\\$|C\\$|A\\$|HK\\$|NZ\\$|S\\$|\\$|£|€|¥|₽|₹)\\s?" + NUMBER);
    /** The scale after a number: million, bn, m, «млн», «тыс.», «миллиардов». */
    private static final String SCALE = "(?:\\s?(?:thousand|million|billion|trillion|mln|bn|m|k|тыс\\.?|тысяч\\p{L}*|млн\\.?|миллион\\p{L}*"
            + "|млрд\\.?|миллиард\\p{L}*|трлн\\.?|триллион\\p{L}*)(?![\\p{L}]))?";
    private static final Pattern SCALE_AFTER_SIGN = Pattern.compile(SCALE, FLAGS);
    /** A currency word or code after a number and its scale: 5 million dollars, «5 млн долл. США», 40 EUR. */
    private static final Pattern AFTER = Pattern.compile(NUMBER + SCALE + "\\s(?:(US|U\\.S\\.|American|Canadian|Australian|Hong Kong"
            + "|New Zealand|Singapore|Swiss|американск\\p{L}*|канадск\\p{L}*|австралийск\\p{L}*|гонконгск\\p{L}*|новозеландск\\p{L}*"
            + "|сингапурск\\p{L}*|швейцарск\\p{L}*)\\s)?(dollars?|euros?|pounds?\\s+sterling|sterling|rubles?|roubles?|yuan|renminbi|yen|rupees?"
            + "|hryvnias?|tenge|francs?|USD|EUR|GBP|RUB|CNY|JPY|INR|UAH|KZT|CHF|CAD|AUD"
            + "|долл\\.|доллар\\p{L}*|евро|фунт\\p{L}*\\s+стерлинг\\p{L}*|руб\\.|рубл\\p{L}*|юан\\p{L}*|иен\\p{L}*|йен\\p{L}*|рупи\\p{L}*"
            + "|гривн\\p{L}*|гривен|тенге|франк\\p{L}*)(?:\\s+(США|Канады|Австралии))?(?![\\p{L}])", FLAGS);

    private MoneyAmounts() {
    }

    /**
     * @param text an English or a Russian sentence
     * @return its sums of money, in order
     */
    public static List<Amount> of(String text) {
        List<Amount> out = new ArrayList<>();
        if (!hasDigit(text)) {
            return out;
        }
        Matcher sign = SIGN.matcher(text);
        while (sign.find()) {
            if (sign.start() > 0 && Character.isLetterOrDigit(text.charAt(sign.start() - 1)) && !sign.group(1).contains("$")) {
                continue;
            }
            Currency c = signCurrency(sign.group(1));
            Matcher scale = SCALE_AFTER_SIGN.matcher(text).region(sign.end(), text.length());
            int end = scale.lookingAt() ? scale.end() : sign.end();
            out.add(new Amount(sign.group(2), value(sign.group(2), text.substring(sign.end(), end)), c, text.substring(sign.start(), end),
                    sign.start()));
        }
        Matcher after = AFTER.matcher(text);
        while (after.find()) {
            if (after.start() > 0 && (Character.isLetterOrDigit(text.charAt(after.start() - 1)) || "$£€¥₽₹".indexOf(text.charAt(after.start() - 1)) >= 0
                    || after.start() > 1 && text.charAt(after.start() - 1) == ' ' && "$£€¥₽₹".indexOf(text.charAt(after.start() - 2)) >= 0)) {
                continue;   // the number of a sign's amount ("$5 million dollars" is read once), or inside a longer one
            }
            Currency c = wordCurrency(after.group(3).toLowerCase(Locale.ROOT), after.group(2), after.group(4));
            if (c != null) {
                out.add(new Amount(after.group(1), value(after.group(1), after.group().substring(after.end(1) - after.start())), c,
                        after.group(), after.start()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Amount::start));
        return out;
    }

    /** The number as written with its scale word, the first word of {@code rest}, applied; null when unreadable. */
    private static java.math.BigDecimal value(String number, String rest) {
        String n = NumberNormalizer.plainDecimal(number);
        String w = rest.replaceFirst("^[\\s\\u00a0\\u202f]+", "").toLowerCase(Locale.ROOT);   // «350 тыс.» with a no-break space
        int zeros = w.startsWith("тыс") || w.startsWith("thousand") || w.matches("k(?![\\p{L}]).*") ? 3
                : w.startsWith("млн") || w.startsWith("миллион") || w.startsWith("million") || w.startsWith("mln")
                        || w.matches("m(?![\\p{L}]).*") ? 6
                : w.startsWith("млрд") || w.startsWith("миллиард") || w.startsWith("billion") || w.startsWith("bn") ? 9
                : w.startsWith("трлн") || w.startsWith("триллион") || w.startsWith("trillion") ? 12 : 0;
        try {
            return new java.math.BigDecimal(n).movePointRight(zeros).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static Currency signCurrency(String sign) {
        switch (sign) {
            case "US$":
            case "U.S.$":
                return Currency.USD;
            case "C$":
                return Currency.CAD;
            case "A$":
                return Currency.AUD;
            case "HK$":
                return Currency.HKD;
            case "NZ$":
                return Currency.NZD;
            case "S$":
                return Currency.SGD;
            case "$":
                return Currency.DOLLAR;
            case "£":
                return Currency.GBP;
            case "€":
                return Currency.EUR;
            case "¥":
                return Currency.YUAN_OR_YEN;
            case "₽":
                return Currency.RUB;
            default:
                return Currency.INR;
        }
    }

    /** The currency of a word after a number, with the country named before or after it, or null for a bare pound. */
    private static Currency wordCurrency(String word, String countryBefore, String countryAfter) {
        String country = (countryBefore == null ? countryAfter == null ? "" : countryAfter : countryBefore).toLowerCase(Locale.ROOT);
        if (word.startsWith("dollar") || word.startsWith("долл")) {
            if (country.isEmpty()) {
                return Currency.DOLLAR;
            }
            return country.startsWith("us") || country.startsWith("u.s") || country.startsWith("american") || country.startsWith("америк")
                    || country.equals("сша") ? Currency.USD
                    : country.startsWith("canad") || country.startsWith("канад") ? Currency.CAD
                    : country.startsWith("austral") || country.startsWith("австрал") ? Currency.AUD
                    : country.startsWith("hong") || country.startsWith("гонконг") ? Currency.HKD
                    : country.startsWith("new") || country.startsWith("новозел") ? Currency.NZD
                    : country.startsWith("singap") || country.startsWith("сингап") ? Currency.SGD : Currency.DOLLAR;
        }
        if (word.startsWith("franc") || word.startsWith("франк")) {
            return country.startsWith("swiss") || country.startsWith("швейцар") ? Currency.CHF : null;
        }
        if (word.startsWith("euro") || word.equals("евро") || word.equals("eur")) {
            return Currency.EUR;
        }
        if (word.contains("sterling") || word.contains("стерлинг") || word.equals("gbp")) {
            return Currency.GBP;
        }
        if (word.startsWith("rub") || word.startsWith("roub") || word.startsWith("руб")) {
            return Currency.RUB;
        }
        if (word.equals("yuan") || word.equals("renminbi") || word.startsWith("юан") || word.equals("cny")) {
            return Currency.CNY;
        }
        if (word.equals("yen") || word.startsWith("иен") || word.startsWith("йен") || word.equals("jpy")) {
            return Currency.JPY;
        }
        if (word.startsWith("rupee") || word.startsWith("рупи") || word.equals("inr")) {
            return Currency.INR;
        }
        if (word.startsWith("hryvnia") || word.startsWith("гривн") || word.equals("гривен") || word.equals("uah")) {
            return Currency.UAH;
        }
        if (word.equals("tenge") || word.equals("тенге") || word.equals("kzt")) {
            return Currency.KZT;
        }
        switch (word) {
            case "usd":
                return Currency.USD;
            case "cad":
                return Currency.CAD;
            case "aud":
                return Currency.AUD;
            case "chf":
                return Currency.CHF;
            default:
                return null;   // "pounds", «фунтов»: mass as often as money
        }
    }
}
