package org.sverka.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.sverka.align.text.AnalyzedSentence;
import org.sverka.align.text.NumberNormalizer;
import org.sverka.core.Flag;

/**
 * The number flags of a matched bead: a number written in digits on one side that the other side
 * neither writes nor converts (5 miles ~ 8 км, within the precision both are written to). A number is
 * flagged when the other side has an unmatched number too (62% ~ 65%: a difference), in digits, in
 * words ("nineteen" ~ «11»), as ordinals ("the second round" ~ «третий раунд») or in Roman numerals ("12th
 * century" ~ «XVIII век»), and so is the other
 * side's number, digits, words and numerals alike ("three" ~ «четырех»: numbers in words are matched
 * one for one, so that a second "five" stands against «два»); the same digits with another scale
 * differ ("$2 billion" ~ «2 млн долларов»: a number's digits written on the other side match it
 * otherwise, 3 p.m. ~ «3 часов»); "first" and «первый», said freely, stand against the other side's words
 * only, not its digits; a decade is matched
 * with or without its century (the 1930s ~ «30-е годы»); one the other side has
 * nowhere (a number added or left out) is a note; a repeat the translation merged ("16 January 2020 to 3 March 2020" ~ «с 16
 * января по 3 марта 2020») is neither.
 */
final class NumberFlags {
    private NumberFlags() {
    }

    /**
     * @param en      the English sentences of a bead, analysed
     * @param ru      the Russian ones
     * @param enTexts the English sentences' texts
     * @param ruTexts the Russian ones
     * @param enText  the English texts joined by a space
     * @param ruText  the Russian ones
     * @param enQuantities the English text's quantities with units ({@link UnitConversions#of})
     * @param ruQuantities the Russian text's
     */
    static Findings of(List<AnalyzedSentence> en, List<AnalyzedSentence> ru, List<String> enTexts, List<String> ruTexts,
                       String enText, String ruText, List<UnitConversions.Quantity> enQuantities,
                       List<UnitConversions.Quantity> ruQuantities) {
        List<Flag> flags = new ArrayList<>();
        List<Flag> notes = new ArrayList<>();
        // quantities and codes are written with digits: a side without one has none (a scan finds that cheaply)
        boolean enDigit = FlagScans.hasDigit(enText);
        boolean ruDigit = FlagScans.hasDigit(ruText);
        // the words that hold a number the analyser does not read, read once for a bead: how many times ("twice",
        // «трижды») and ordinals ("third", «пятом»)
        List<WrittenNumbers.NumberWord> enNumberWords = new ArrayList<>(WrittenNumbers.multipliers(enText));
        List<WrittenNumbers.NumberWord> ruNumberWords = new ArrayList<>(WrittenNumbers.multipliers(ruText));
        enNumberWords.addAll(WrittenNumbers.ordinals(enText, true));
        ruNumberWords.addAll(WrittenNumbers.ordinals(ruText, false));
        if (!enDigit && !ruDigit && !((!enNumberWords.isEmpty() || hasNumberWord(en)) && (!ruNumberWords.isEmpty() || hasNumberWord(ru)))) {
            return Findings.none();   // a number in digits on neither side, and number words on one side at most
        }
        Map<String, Integer> enWritten = WrittenNumbers.of(enText);
        Map<String, Integer> ruWritten = WrittenNumbers.of(ruText);
        Set<String> enDigits = digitsOf(en);
        Set<String> ruDigits = digitsOf(ru);
        Set<String> enDecades = decades(en, enTexts, false);
        Set<String> ruDecades = decades(ru, ruTexts, true);
        List<String> enNumbers = unmatchedNumbers(en, ru, converted(enQuantities, ruQuantities, ruDigits, enDigits), ruWritten,
                enTexts, ruTexts, false, ruDecades);
        List<String> ruNumbers = unmatchedNumbers(ru, en, converted(ruQuantities, enQuantities, enDigits, ruDigits), enWritten,
                ruTexts, enTexts, true, enDecades);
        if (enDigit) {
            enNumbers.addAll(unmatchedIdentifiers(enText, enWritten, ruWritten, ruText));
        }
        if (ruDigit) {
            ruNumbers.addAll(unmatchedIdentifiers(ruText, ruWritten, enWritten, enText));
        }
        // the other side's evidence of a difference: a number of its own that nothing matched, in digits, or in words
        // or Roman numerals that this side writes in no form
        List<String> enWords = inWordsOnly(en, enTexts, enText, enNumberWords, ru, ruWritten, ruText, ruNumberWords);
        List<String> ruWords = inWordsOnly(ru, ruTexts, ruText, ruNumberWords, en, enWritten, enText, enNumberWords);
        // "first" and «первый» are said freely («Первыми жертвами стали» ~ "Hundreds had gathered"): they stand against
        // a word of the other side only, never against its digits
        boolean enDiffers = !ruNumbers.isEmpty() || !ruWords.isEmpty();
        boolean ruDiffers = !enNumbers.isEmpty() || !enWords.isEmpty();
        boolean enDigitsDiffer = !ruNumbers.isEmpty() || ruWords.stream().anyMatch(w -> !WrittenNumbers.saysFirst(w, false));
        boolean ruDigitsDiffer = !enNumbers.isEmpty() || enWords.stream().anyMatch(w -> !WrittenNumbers.saysFirst(w, true));
        for (String n : enNumbers) {
            if (enDigitsDiffer) {
                flags.add(new Flag(Flag.Kind.NUMBER, Flag.Side.ENGLISH, n));
            } else if (!ruWritten.containsKey(digits(n))) {
                notes.add(new Flag(Flag.Kind.NUMBER, Flag.Side.ENGLISH, n));
            }
        }
        // a number in words is flagged against a different number of the other side ("three" ~ «четырех», XII ~ 18th);
        // on its own it is neither flag nor note: words are rendered too freely ("two" ~ «оба», "a dozen" ~ «12»)
        for (String w : enWords) {
            if (WrittenNumbers.saysFirst(w, true) ? !ruWords.isEmpty() : enDiffers) {
                flags.add(new Flag(Flag.Kind.NUMBER, Flag.Side.ENGLISH, w));
            }
        }
        for (String n : ruNumbers) {
            if (ruDigitsDiffer) {
                flags.add(new Flag(Flag.Kind.NUMBER, Flag.Side.RUSSIAN, n));
            } else if (!enWritten.containsKey(digits(n))) {
                notes.add(new Flag(Flag.Kind.NUMBER, Flag.Side.RUSSIAN, n));
            }
        }
        for (String w : ruWords) {
            if (WrittenNumbers.saysFirst(w, false) ? !enWords.isEmpty() : ruDiffers) {
                flags.add(new Flag(Flag.Kind.NUMBER, Flag.Side.RUSSIAN, w));
            }
        }
        return new Findings(flags, notes);
    }

    /**
     * The numbers as written on one side whose quantity is a unit conversion of one on the other
     * side. Numbers written on both sides pair with each other first: in «65 км (40 миль)» ~ "61 km
     * (40 miles)" the 40 miles are the 40 миль, not a conversion of 61 km.
     */
    private static Set<String> converted(List<UnitConversions.Quantity> side, List<UnitConversions.Quantity> other,
                                         Set<String> otherDigits, Set<String> sideDigits) {
        Set<String> out = new java.util.HashSet<>();
        for (UnitConversions.Quantity q : side) {
            if (!otherDigits.contains(digits(q.written()))
                    && other.stream().anyMatch(o -> !sideDigits.contains(digits(o.written())) && UnitConversions.agree(q, o))) {
                out.add(digits(q.written()));
            }
        }
        return out;
    }

    /** Whether a number written in groups (555 111) has each group written on the other side (0800 555 111). */
    private static boolean groupsWritten(String surface, Map<String, Integer> written) {
        String[] groups = surface.split("[ \u00a0\u202f]");
        if (groups.length < 2 || groups[0].length() < 3) {
            return false;
        }
        for (String g : groups) {
            if (!written.containsKey(digits(g))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The numbers one side writes in words ("nineteen", «сорока») or in Roman numerals (XVIII) that the
     * other side writes in no form at all, as written: the values the other side's unmatched numbers
     * stand against. Only a word that is a whole number by itself counts: not one (a pronoun as often as a
     * number), not a word next to another number or joined to one by a hyphen ("one hundred and
     * eleven", "sixty-ninth", "seventy five"; "two-goal" counts, as does the "seven" of "seven
     * one-sided"), not a word before a scale ("five decades", «три тысячи») unless the other side writes
     * that scale too ("twelve million" ~ «шесть миллионов»); month names do not count. A number in words
     * is rendered by a number of the other side, or else by a word that says how many times which no word
     * of this side took ("twice" ~ «два раза»), never by an ordinal («два года» is no "second"). A word that
     * says how many times, or an ordinal, counts as its number (twice, «трижды», third): it takes such a word
     * of the other side first, then a number. A Roman numeral counts unless the other side
     * writes its letters too (Habitat III ~ «ХабитатIII»).
     */
    private static List<String> inWordsOnly(List<AnalyzedSentence> side, List<String> sideTexts, String sideText,
                                            List<WrittenNumbers.NumberWord> sideNumberWords, List<AnalyzedSentence> other,
                                            Map<String, Integer> otherWritten, String otherText,
                                            List<WrittenNumbers.NumberWord> otherNumberWords) {
        List<String> out = new ArrayList<>();
        // the other side's values, each as often as it is written: "five years, three years or five months" holds two
        // fives, and «два года, три года или пять месяцев» one; a number in digits is one value read in two forms
        OtherValues available = new OtherValues();
        other.forEach(s -> s.numbers().forEach(v -> available.add(v.token(), inWords(v) ? v.token() : digits(v.surface()))));
        otherWritten.forEach((t, n) -> {
            for (int i = available.count(t); i < n; i++) {
                available.add(t, t);   // a run of digits or a Roman numeral the analyser does not read
            }
        });
        // the other side's ordinals and words that say how many times are a pool of their own: this side's numbers in
        // words match the other side's numbers, and a "twice" («дважды») only when none is left; never an ordinal
        // («два года» ~ "three years ago on second homes": «два» is no "second")
        OtherValues otherWords = new OtherValues();
        otherNumberWords.forEach(m -> otherWords.add(m.value(), m.value(), WrittenNumbers.isOrdinal(m.written())));
        List<String> cardinals = new ArrayList<>();   // this side's words that matched none of the other side's numbers
        // this side's numbers in digits use up the values they match first, wherever they stand: a word of this side
        // may not take what a digit took («тремя … (3)» ~ "eight … (3)": the (3) is the (3), and «тремя» is left)
        for (AnalyzedSentence s : side) {
            for (NumberNormalizer.Value v : s.numbers()) {
                if (!inWords(v)) {
                    available.take(v.token());
                }
            }
        }
        for (int k = 0; k < side.size(); k++) {
            String text = sideTexts.get(k);
            // in the order of the text (the analyser lists the digits first, then the words): neighbours are read below
            List<NumberNormalizer.Value> values = new ArrayList<>(side.get(k).numbers());
            values.sort(java.util.Comparator.comparingInt(NumberNormalizer.Value::start));
            for (int w = 0; w < values.size(); w++) {
                NumberNormalizer.Value v = values.get(w);
                if (v.token().startsWith("month:") || !v.token().matches("\\d+") || !inWords(v)
                        || available.take(v.token()) || v.token().equals("1")) {
                    continue;
                }
                // a word of a longer number ("seventy five", "one hundred and eleven", "sixty-ninth") is none by itself
                // a number joined by a hyphen to a word is one by itself ("two-goal lead", "six-point", «семь гола»); a
                // neighbour so joined ("one-sided") makes no longer number of it, nor does a number in digits before it
                // ("at 2pm five vans"; after it, as in "two 18-year-olds", the two count together)
                boolean joined = w > 0 && inWords(values.get(w - 1)) && !joinedToWord(text, values, w - 1) && joins(text, values.get(w - 1).end(), v.start())
                        || w + 1 < values.size() && !joinedToWord(text, values, w + 1) && joins(text, v.end(), values.get(w + 1).start())
                        || hyphenated(text, v) && !joinedToWord(text, values, w);
                Matcher scale = SCALE.matcher(text.substring(v.end()));
                // before a scale the word names a larger number ("five decades" ~ «50 лет»), unless the other side writes
                // the same scale: then the two count alike ("twelve million" ~ «шесть миллионов»)
                if (!joined && (!scale.lookingAt() || writesScale(otherText, scale.group(1)))) {
                    out.add(v.surface());
                    cardinals.add(v.token());
                }
            }
        }
        // a word that says how many times counts as its number ("eleven times" ~ «трижды», "tripled" ~ «в пять раз»), as
        // does an ordinal ("third" ~ «пятом»)
        for (WrittenNumbers.NumberWord m : sideNumberWords) {
            if (!otherWords.take(m.value()) && !available.take(m.value())) {
                out.add(m.written());
            }
        }
        // a number in words left over may still be rendered by the other side's "twice" that no word of this side took
        // (the words left over are the first of out, in the order of the text)
        List<Integer> rendered = new ArrayList<>();
        for (int c = 0; c < cardinals.size(); c++) {
            if (otherWords.takeCount(cardinals.get(c))) {
                rendered.add(c);
            }
        }
        for (int r = rendered.size() - 1; r >= 0; r--) {
            out.remove((int) rendered.get(r));
        }
        for (String roman : WrittenNumbers.romans(sideText).keySet()) {
            String numeral = WrittenNumbers.romanOf(Integer.parseInt(roman));
            if (!available.ever(roman) && !otherWords.ever(roman) && !otherText.contains(numeral)) {
                out.add(numeral);
            }
        }
        return out;
    }

    /**
     * A scale word right after a number in digits, as the analyser reads one into the number's value:
     * 2 billion, 1,5 млн, «350 тысяч» ("£125m" and "300+ billion" are left out, as it leaves them).
     */
    private static final java.util.regex.Pattern SCALE_AFTER = java.util.regex.Pattern.compile(
            "[\\s\\u00a0\\u202f]*(thousand|million|billion|trillion|mln|bn|тыс|тысяч|млн|миллион|млрд|миллиард|трлн|триллион)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** Whether a number in digits is written with a scale after it (2 billion, «2 млн»). */
    private static boolean scaled(NumberNormalizer.Value v, String text) {
        return v.end() <= text.length() && SCALE_AFTER.matcher(text).region(v.end(), text.length()).lookingAt();
    }

    /** An ordinal's last word after a hyphen, which the analyser does not read as a number of its own ("sixty-ninth"). */
    private static final java.util.regex.Pattern NUMBER_PART = java.util.regex.Pattern.compile(
            "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The other side's numbers, each to be used once, in either of the two forms it is read in: the analyser's value
     * and its digits as written (2pm is 14:00 and 2; «1 000» is 1000 both ways). An ordinal and a count of one number render
     * each other ("World War Two" ~ «Второй мировой», "hour six" ~ «шестой час»).
     */
    private static final class OtherValues {
        private final List<Forms> left = new ArrayList<>();
        private final Set<String> ever = new java.util.HashSet<>();

        /**
         * One number of the other side: its value, its digits as written (the value again for a word), and whether it is
         * an ordinal.
         */
        private record Forms(String value, String written, boolean ordinal) {
            boolean readAs(String form) {
                return value.equals(form) || written.equals(form);
            }
        }

        void add(String value, String written) {
            add(value, written, false);
        }

        void add(String value, String written, boolean ordinal) {
            left.add(new Forms(value, written, ordinal));
            ever.add(value);
            ever.add(written);
        }

        /** How many numbers not yet used are read in this form. */
        int count(String form) {
            int n = 0;
            for (Forms f : left) {
                n += f.readAs(form) ? 1 : 0;
            }
            return n;
        }

        /** Uses up the first number read in this form; false when none is left. */
        boolean take(String form) {
            return take(form, true);
        }

        /** Uses up the first number read in this form that is no ordinal; false when none is left. */
        boolean takeCount(String form) {
            return take(form, false);
        }

        private boolean take(String form, boolean ordinals) {
            for (int i = 0; i < left.size(); i++) {
                if ((ordinals || !left.get(i).ordinal()) && left.get(i).readAs(form)) {
                    left.remove(i);
                    return true;
                }
            }
            return false;
        }

        /** Whether the other side has a number read in this form, used or not. */
        boolean ever(String form) {
            return ever.contains(form);
        }
    }

    /** Whether a number is written in words (five, «пяти»), not in digits. */
    private static boolean inWords(NumberNormalizer.Value v) {
        return !Character.isDigit(v.surface().charAt(0));
    }

    /** Whether a number stands with a hyphen before or after it. */
    private static boolean hyphenated(String text, NumberNormalizer.Value v) {
        return v.end() < text.length() && text.charAt(v.end()) == '-' || v.start() > 0 && text.charAt(v.start() - 1) == '-';
    }

    /**
     * Whether a number in words is joined by a hyphen to a word that is no number ("two-goal", "one-sided"), not
     * to another number ("sixty-nine"). A number in digits never is: "two 18-year-olds" are one count of people.
     */
    private static boolean joinedToWord(String text, List<NumberNormalizer.Value> values, int w) {
        NumberNormalizer.Value v = values.get(w);
        if (Character.isDigit(v.surface().charAt(0))) {
            return false;
        }
        boolean numberAfter = w + 1 < values.size() && values.get(w + 1).start() == v.end() + 1
                || NUMBER_PART.matcher(text).region(Math.min(v.end() + 1, text.length()), text.length()).lookingAt();
        boolean numberBefore = w > 0 && values.get(w - 1).end() == v.start() - 1;
        return v.end() < text.length() && text.charAt(v.end()) == '-' && !numberAfter
                || v.start() > 0 && text.charAt(v.start() - 1) == '-' && !numberBefore;
    }

    /** Whether the text between two numbers joins them into one: a space or a hyphen, or "and"/«и» between spaces. */
    private static boolean joins(String text, int end, int start) {
        if (start < end || start - end > 5) {
            return false;
        }
        String between = text.substring(end, start).strip();
        return between.isEmpty() || between.equals("-") || between.equalsIgnoreCase("and") || between.equals("и");
    }

    /** Whether a side writes a number word of two or more ("three", «четырех»): month names and "one" are none. */
    private static boolean hasNumberWord(List<AnalyzedSentence> side) {
        for (AnalyzedSentence s : side) {
            for (NumberNormalizer.Value v : s.numbers()) {
                if (!Character.isDigit(v.surface().charAt(0)) && v.token().matches("\\d+") && !v.token().equals("1")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A scale or a count word right after a number word: five decades, three thousand, «три тысячи». */
    private static final java.util.regex.Pattern SCALE = java.util.regex.Pattern.compile(
            "\\s+(hundred|thousand|million|billion|trillion|decade|dozen|сот|тысяч|миллион|миллиард|триллион|десятилет|дюжин)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** The scales of {@link #SCALE}, each with its forms in the other language (a Russian one also abbreviated). */
    private static final String[][] SCALES = {{"hundred", "сот"}, {"thousand", "тысяч", "тыс"}, {"million", "миллион", "млн"},
        {"billion", "миллиард", "млрд"}, {"trillion", "триллион", "трлн"}, {"decade", "десятилет"}, {"dozen", "дюжин"}};

    /** Whether a text writes a scale ({@link #SCALE}'s word, in either language) in any of its forms, at a word's start. */
    private static boolean writesScale(String text, String scale) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        String word = scale.toLowerCase(java.util.Locale.ROOT);
        for (String[] forms : SCALES) {
            if (java.util.Arrays.asList(forms).contains(word)) {
                for (String form : forms) {
                    for (int at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1)) {
                        if (at == 0 || !Character.isLetter(lower.charAt(at - 1))) {
                            return true;   // a word that starts so (сотни, not высоте)
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The digit strings of the numbers one side writes in digits. */
    private static Set<String> digitsOf(List<AnalyzedSentence> side) {
        Set<String> out = new java.util.HashSet<>();
        side.forEach(s -> s.numbers().forEach(v -> out.add(digits(v.surface()))));
        return out;
    }

    /** A code with digits written right after letters: HER2, SS19, M16, A320. */
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("(?<![\\p{L}\\d])\\p{L}+(\\d+)(?![\\p{L}\\d])",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /** The codes of one side whose digits the other side does not write (HER3 ~ HER2), as written. */
    private static List<String> unmatchedIdentifiers(String text, Map<String, Integer> sideWritten, Map<String, Integer> otherWritten,
                                                     String otherText) {
        if (!FlagScans.hasDigitAfterLetter(text)) {
            return List.of();   // a code writes a digit right after a letter
        }
        Map<String, Integer> written = new HashMap<>(otherWritten);
        Map<String, Integer> otherCodes = new HashMap<>();
        java.util.regex.Matcher o = IDENTIFIER.matcher(otherText);
        while (o.find()) {
            otherCodes.merge(o.group(), 1, Integer::sum);
        }
        // first the codes the other side writes the same (U07.1 ~ U07.1), once for each time, their digits used up with
        // them; then the rest against the other side's digits written in any way (ACE2 ~ АПФ2)
        List<String[]> rest = new ArrayList<>();
        List<String> codeDigits = new ArrayList<>();
        java.util.regex.Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            codeDigits.add(m.group(1));
            if (take(otherCodes, m.group())) {
                take(written, m.group(1));
            } else {
                rest.add(new String[] {m.group(), m.group(1)});
            }
        }
        if (rest.isEmpty()) {
            return List.of();
        }
        // this side's numbers outside codes use up the other side's digits before the codes left do: in "ACE2 … SARS-CoV-2"
        // ~ «ACE8 … SARS-CoV-2» the 2 of SARS-CoV-2 renders the 2 of SARS-CoV-2, not ACE2
        Map<String, Integer> plain = new HashMap<>(sideWritten);
        codeDigits.forEach(d -> take(plain, d));
        plain.forEach((digits, n) -> {
            for (int i = 0; i < n; i++) {
                take(written, digits);
            }
        });
        List<String> out = new ArrayList<>();
        for (String[] code : rest) {
            if (!take(written, code[1])) {
                out.add(code[0]);
            }
        }
        return out;
    }

    /** Takes one of a key from a count, when there is one left. */
    private static boolean take(Map<String, Integer> counts, String key) {
        Integer n = counts.get(key);
        if (n == null || n == 0) {
            return false;
        }
        counts.put(key, n - 1);
        return true;
    }

    /** The ASCII digits of a number as written, in order (what {@code [^0-9]} replaced by nothing left). */
    static String digits(String number) {
        StringBuilder out = null;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                if (out == null) {
                    out = new StringBuilder(number.length()).append(number, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? number : out.toString();
    }

    /** A decade's end after its number: "the 1930s", "the '80s"; «30-е годы», «1990-х». */
    private static final java.util.regex.Pattern EN_DECADE_END = java.util.regex.Pattern.compile("['’]?s(?!\\p{L})",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    private static final java.util.regex.Pattern RU_DECADE_END = java.util.regex.Pattern.compile("-(?:е|х|ые|ых|м|ми)(?!\\p{L})",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * The decade a number names, by its last two digits ("30" for the 1930s, the 30s, «30-е», «1930-х»),
     * or null: a number of two or four digits ending in 0 written with a decade's ending. A translation
     * may name a decade without its century («в 30-е годы прошлого века» ~ "in the 1930s").
     */
    static String decade(NumberNormalizer.Value v, String text, boolean russian) {
        String s = v.surface();
        int n = s.length();
        if (n != 2 && n != 4 || s.charAt(n - 1) != '0' || !Character.isDigit(s.charAt(0)) || v.end() > text.length()
                || !(russian ? RU_DECADE_END : EN_DECADE_END).matcher(text).region(v.end(), text.length()).lookingAt()) {
            return null;
        }
        return s.substring(n - 2);
    }

    /** The decades a side names ({@link #decade}). */
    private static Set<String> decades(List<AnalyzedSentence> side, List<String> texts, boolean russian) {
        Set<String> out = new java.util.HashSet<>();
        for (int k = 0; k < side.size(); k++) {
            for (NumberNormalizer.Value v : side.get(k).numbers()) {
                String d = decade(v, texts.get(k), russian);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** The numbers written in digits on one side that the other side neither has nor converts, as written. */
    private static List<String> unmatchedNumbers(List<AnalyzedSentence> side, List<AnalyzedSentence> other, Set<String> converted,
                                                 Map<String, Integer> otherWritten, List<String> texts, List<String> otherTexts,
                                                 boolean russian, Set<String> otherDecades) {
        Map<String, Integer> available = new HashMap<>();
        other.forEach(s -> s.numbers().forEach(v -> available.merge(v.token(), 1, Integer::sum)));
        // the digits the other side writes with a scale (2 млн)
        Set<String> otherScaled = new java.util.HashSet<>();
        for (int k = 0; k < other.size(); k++) {
            for (NumberNormalizer.Value v : other.get(k).numbers()) {
                if (Character.isDigit(v.surface().charAt(0)) && scaled(v, otherTexts.get(k))) {
                    otherScaled.add(digits(v.surface()));
                }
            }
        }
        Map<String, Integer> written = new HashMap<>(otherWritten);   // used up as numbers match
        List<String> out = new ArrayList<>();
        for (int k = 0; k < side.size(); k++) {
            for (NumberNormalizer.Value v : side.get(k).numbers()) {
                if (!Character.isDigit(v.surface().charAt(0))) {
                    continue;   // number words and month names count in the score, but are too loose to flag
                }
                String d = digits(v.surface());
                if (converted.contains(d)) {
                    continue;   // a unit conversion: 5 miles ~ 8 км
                }
                String decade = otherDecades.isEmpty() ? null : decade(v, texts.get(k), russian);
                if (decade != null && otherDecades.contains(decade)) {
                    continue;   // the 1930s ~ «30-е годы»
                }
                boolean same = take(available, v.token());
                // the same digits written inside a word (ACE2 ~ АПФ2) or read another way (3 p.m. ~ 3 часов), but not
                // the same digits with another scale: "$2 billion" ~ «2 млн долларов» differ
                boolean scaleDiffers = !same && scaled(v, texts.get(k)) && otherScaled.contains(d);
                boolean sameDigits = !scaleDiffers && take(written, d);
                sameDigits |= groupsWritten(v.surface(), written);
                if (!same && !sameDigits) {
                    out.add(withScale(v, texts.get(k)));
                }
            }
        }
        return out;
    }

    /** A number as written with its scale word, when one follows it: "2 billion", «1,5 млн»; else its surface. */
    private static String withScale(NumberNormalizer.Value v, String text) {
        java.util.regex.Matcher m = SCALE_AFTER.matcher(text);
        return v.end() <= text.length() && m.region(v.end(), text.length()).lookingAt() ? text.substring(v.start(), m.end()) : v.surface();
    }

}
