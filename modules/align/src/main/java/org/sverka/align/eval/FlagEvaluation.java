package org.sverka.align.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flag benchmark: correct sentence pairs of the evaluation data, and the same pairs with one
 * error put in on one side — a number changed (in digits, in words, as an ordinal), a currency, unit or
 * scale changed, a day or a month changed, a name swapped for a name from another document, a negation
 * added or dropped — in both languages. Recall is the share of perturbed pairs that gain a
 * flag of the right kind; the false-flag rate is the share of untouched pairs with any flag.
 * <pre>{@code
 * FlagEvaluation.Result r = FlagEvaluation.run(documents, 2026, 1500, (en, ru) -> PairFlags.labels(en, ru, model));
 * r.recall("number-en");  r.falseFlagRate();
 * }</pre>
 */
public final class FlagEvaluation {
    private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern DIGITS = Pattern.compile("\\d+", U);
    private static final Pattern EN_NAME = Pattern.compile("(?<=\\s)[A-Z][a-z]{3,}(?=[\\s,.;:])", U);
    private static final Pattern RU_NAME = Pattern.compile("(?<=\\s)[А-ЯЁ][а-яё]{3,}(?=[\\s,.;:])", U);
    private static final Pattern EN_AUX = Pattern.compile("\\b(is|are|was|were|will|would|can|could|has|have|had|should|must|did|does)\\b", U);
    private static final Pattern EN_NEG = Pattern.compile("\\s(not|never)\\b|n't\\b", U);
    private static final Pattern RU_VERB = Pattern.compile("(?<=\\s)(\\p{L}+(?:ал|ала|али|ило|ил|ила|или|ел|ела|ели|ает|ают|ует|уют|ит|ят|ет|ут|ется|ются|ался|алась|ались|ился|илась|ились))(?=[\\s,.])", U);
    private static final Pattern RU_NEG = Pattern.compile("(?<=\\s)(не|никогда)\\s", U);
    /** The «не» that follows «никогда» within two words (никогда не был, никогда ещё не видел), with its space. */
    private static final Pattern CONCORD_NE = Pattern.compile("(?:[\\p{L}-]+\\s+){0,2}?(не\\s)", U);

    private FlagEvaluation() {
    }

    /**
     * Counts per perturbation and on untouched pairs.
     *
     * @param perturbed   pairs perturbed, per kind of perturbation
     * @param detected    of those, pairs that gained a flag of the expected kind
     * @param untouched   untouched pairs
     * @param falseFlags  untouched pairs with at least one flag
     * @param falseByKind untouched pairs with a flag of each kind (number, date, name, negation)
     */
    public record Result(Map<String, Integer> perturbed, Map<String, Integer> detected, int untouched, int falseFlags,
                         Map<String, Integer> falseByKind) {
        /**
         * @param kind a perturbation such as {@code number-en}
         * @return the share of such pairs that gained the expected flag
         */
        public double recall(String kind) {
            int n = perturbed.getOrDefault(kind, 0);
            return n == 0 ? 0 : (double) detected.getOrDefault(kind, 0) / n;
        }

        /** @return the share of all perturbed pairs that gained the expected flag */
        public double recall() {
            int n = perturbed.values().stream().mapToInt(Integer::intValue).sum();
            int d = detected.values().stream().mapToInt(Integer::intValue).sum();
            return n == 0 ? 0 : (double) d / n;
        }

        /** @return the share of untouched pairs with any flag */
        public double falseFlagRate() {
            return untouched == 0 ? 0 : (double) falseFlags / untouched;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            perturbed.forEach((k, n) -> sb.append(String.format(Locale.ROOT, "%-14s recall %.3f (%d of %d)%n", k, recall(k),
                    detected.getOrDefault(k, 0), n)));
            sb.append(String.format(Locale.ROOT, "all            recall %.3f%n", recall()));
            sb.append(String.format(Locale.ROOT, "untouched      false flags %.3f (%d of %d) %s%n", falseFlagRate(), falseFlags,
                    untouched, falseByKind));
            return sb.toString();
        }
    }

    /**
     * @param documents line-aligned documents of the evaluation data
     * @param seed      the seed for sampling and perturbing
     * @param pairs     how many sentence pairs to sample
     * @param flagger   the flags of an English and a Russian sentence, as labels ({@code number-only-en:62})
     * @return the counts
     */
    public static Result run(List<ParallelDocument> documents, long seed, int pairs, BiFunction<String, String, List<String>> flagger) {
        return run(documents, seed, pairs, (english, russian, line) -> flagger.apply(english.get(line), russian.get(line)));
    }

    /** The flags of one line pair read in its documents. */
    @FunctionalInterface
    public interface DocumentFlagger {
        /**
         * @param english the English document, one sentence a line (the line under test perhaps perturbed)
         * @param russian the Russian document, line by line parallel
         * @param line    the line under test
         * @return the flags of that line pair, as labels
         */
        List<String> flags(List<String> english, List<String> russian, int line);
    }

    /**
     * The benchmark with each pair read in its documents, the rest of them untouched: the same
     * sampling and perturbations as {@link #run(List, long, int, BiFunction)}.
     *
     * @param documents line-aligned documents of the evaluation data
     * @param seed      the seed for sampling and perturbing
     * @param pairs     how many sentence pairs to sample
     * @param flagger   the flags of a line pair in its documents
     * @return the counts
     */
    public static Result run(List<ParallelDocument> documents, long seed, int pairs, DocumentFlagger flagger) {
        return run(documents, seed, pairs, false, flagger);
    }

    /**
     * The benchmark on every line pair of the documents once, in order, rather than on a sample
     * drawn with replacement (800 draws from 1,500 pairs hold about 620 different pairs, some of them
     * twice or more, so that one pair's flag may count twice): the perturbations are those of
     * {@link #run(List, long, int, DocumentFlagger)}, drawn with the same seed.
     * <pre>{@code
     * FlagEvaluation.everyPair(heldOut, 2026, (en, ru, line) -> PairFlags.labels(en, line, ru, line, model));
     * }</pre>
     *
     * @param documents line-aligned documents of the evaluation data
     * @param seed      the seed for perturbing
     * @param flagger   the flags of a line pair in its documents
     * @return the counts
     */
    public static Result everyPair(List<ParallelDocument> documents, long seed, DocumentFlagger flagger) {
        return run(documents, seed, 0, true, flagger);
    }

    private static Result run(List<ParallelDocument> documents, long seed, int pairs, boolean every, DocumentFlagger flagger) {
        Random rnd = new Random(seed);
        List<String[]> all = new ArrayList<>();
        List<int[]> place = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            ParallelDocument doc = documents.get(d);
            for (int i = 0; i < doc.size(); i++) {
                all.add(new String[] {doc.english().get(i), doc.russian().get(i)});
                place.add(new int[] {d, i});
            }
        }
        Map<String, Integer> perturbed = new TreeMap<>();
        Map<String, Integer> detected = new TreeMap<>();
        Map<String, Integer> falseByKind = new TreeMap<>();
        java.util.Set<String> englishWords = lowerCaseWords(documents, true);
        java.util.Set<String> russianWords = lowerCaseWords(documents, false);
        int untouched = 0;
        int falseFlags = 0;
        int draws = every ? all.size() : pairs;
        for (int k = 0; k < draws; k++) {
            int p = every ? k : rnd.nextInt(all.size());
            String en = all.get(p)[0];
            String ru = all.get(p)[1];
            ParallelDocument doc = documents.get(place.get(p)[0]);
            int line = place.get(p)[1];
            List<String> before = flagger.flags(doc.english(), doc.russian(), line);
            untouched++;
            if (!before.isEmpty()) {
                falseFlags++;
                for (String kind : new String[] {"number", "date", "name", "negation"}) {
                    if (before.stream().anyMatch(l -> l.startsWith(kind + "-"))) {
                        falseByKind.merge(kind, 1, Integer::sum);
                    }
                }
            }
            String[] other = all.get(rnd.nextInt(all.size()));
            for (String kind : new String[] {"number-en", "number-ru", "name-en", "name-ru", "negation-add-en", "negation-drop-en",
                "negation-add-ru", "negation-drop-ru"}) {
                String[] changed = perturb(kind, en, ru, other, rnd);
                if (changed == null) {
                    continue;
                }
                perturbed.merge(kind, 1, Integer::sum);
                String expected = kind.startsWith("number") ? "number-" : kind.startsWith("name") ? "name-" : "negation-";
                List<String> enDoc = new ArrayList<>(doc.english());
                List<String> ruDoc = new ArrayList<>(doc.russian());
                enDoc.set(line, changed[0]);
                ruDoc.set(line, changed[1]);
                List<String> after = flagger.flags(enDoc, ruDoc, line);
                if (count(after, expected) > count(before, expected)) {
                    detected.merge(kind, 1, Integer::sum);
                }
            }
            // a day or a month for another, a number word for another, a currency or unit for another, a scale for another
            // (consumes no random numbers either)
            for (String change : new String[] {"date", "number-word", "unit", "scale", "ordinal"}) {
                for (boolean english : new boolean[] {true, false}) {
                    String s = change.equals("date") ? changeDate(english ? en : ru, english, k)
                            : change.equals("ordinal") ? changeOrdinal(english ? en : ru, english, k)
                            : change.equals("unit") ? changeUnit(english ? en : ru, english)
                            : change.equals("scale") ? changeScale(english ? en : ru, english) : changeNumberWord(english ? en : ru, english, k);
                    if (s == null) {
                        continue;
                    }
                    String kind = change + (english ? "-en" : "-ru");
                    String expected = change.equals("date") ? "date-" : "number-";
                    perturbed.merge(kind, 1, Integer::sum);
                    List<String> enDoc = new ArrayList<>(doc.english());
                    List<String> ruDoc = new ArrayList<>(doc.russian());
                    (english ? enDoc : ruDoc).set(line, s);
                    if (count(flagger.flags(enDoc, ruDoc, line), expected) > count(before, expected)) {
                        detected.merge(kind, 1, Integer::sum);
                    }
                }
            }
            // a proper name for a proper name (consumes no random numbers: the kinds above are drawn as before)
            for (boolean english : new boolean[] {true, false}) {
                String kind = english ? "proper-name-en" : "proper-name-ru";
                String s = swapProperName(english ? en : ru, other[english ? 0 : 1], english ? englishWords : russianWords);
                if (s == null) {
                    continue;
                }
                perturbed.merge(kind, 1, Integer::sum);
                List<String> enDoc = new ArrayList<>(doc.english());
                List<String> ruDoc = new ArrayList<>(doc.russian());
                (english ? enDoc : ruDoc).set(line, s);
                if (count(flagger.flags(enDoc, ruDoc, line), "name-") > count(before, "name-")) {
                    detected.merge(kind, 1, Integer::sum);
                }
            }
        }
        return new Result(perturbed, detected, untouched, falseFlags, falseByKind);
    }

    /** A capitalized word inside a sentence: after a letter, a digit or a comma, not after a sentence's end or a quote. */
    private static final Pattern INNER_CAPITALIZED = Pattern.compile("(?<=[\\p{L}\\p{N},] )\\p{Lu}\\p{Ll}{3,}(?![\\p{L}\\p{M}'’-])", U);

    /** The words a side of the documents writes in lower case anywhere. */
    static java.util.Set<String> lowerCaseWords(List<ParallelDocument> documents, boolean english) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher w = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Ll}+(?![\\p{L}\\p{M}])", U).matcher("");
        for (ParallelDocument d : documents) {
            for (String line : english ? d.english() : d.russian()) {
                w.reset(line);
                while (w.find()) {
                    out.add(w.group());
                }
            }
        }
        return out;
    }

    /** Days and months: written with a capital in English, yet dates, not names. */
    private static final java.util.Set<String> CALENDAR = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december");

    /**
     * The text with its first proper name swapped for the donor's first. A proper name here is a word
     * of four letters or more written with a capital inside a sentence (after a letter, a digit or a
     * comma) that the documents of its language never write in lower case, days and months aside:
     * Kavanaugh, Flake, «Кавано»; not a sentence's first word, not "Judiciary" where "judiciary"
     * occurs. This is a criterion of the data, independent of the flag rules under test; the name
     * swap of {@link #perturb} takes any capitalized word after a space, a second sentence's first
     * word ("They", «Очень») or a title ("President") included.
     */
    static String swapProperName(String text, String donor, java.util.Set<String> lowerCaseWords) {
        java.util.regex.MatchResult name = firstProperName(text, lowerCaseWords);
        java.util.regex.MatchResult other = firstProperName(donor, lowerCaseWords);
        if (name == null || other == null || name.group().equals(other.group()) || text.contains(other.group())) {
            return null;
        }
        return text.substring(0, name.start()) + other.group() + text.substring(name.end());
    }

    private static java.util.regex.MatchResult firstProperName(String text, java.util.Set<String> lowerCaseWords) {
        Matcher m = INNER_CAPITALIZED.matcher(text);
        while (m.find()) {
            String lower = m.group().toLowerCase(Locale.ROOT);
            if (!lowerCaseWords.contains(lower) && !CALENDAR.contains(lower)) {
                return m.toMatchResult();
            }
        }
        return null;
    }

    /**
     * The forms a day or a month is changed between, a row for each grammatical form, in calendar
     * order: English names (May and March left out: they are also a verb and a name), Russian
     * months in the nominative, genitive and prepositional (январь, января, январе), days in the
     * accusative and genitive (в среду, до среды).
     */
    private static final String[][] DATE_FORMS = {
        {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
        {"January", "February", "April", "June", "July", "August", "September", "October", "November", "December"},
        {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
        {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
        {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"},
        {"понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"},
        {"понедельника", "вторника", "среды", "четверга", "пятницы", "субботы", "воскресенья"}};

    /** A word of {@link #DATE_FORMS}, whole; «среду» and «среды» only after в, во, со or до (else «среда» may be "environment"). */
    private static final Pattern EN_DATE = Pattern.compile("\\b(" + String.join("|", DATE_FORMS[0]) + "|" + String.join("|", DATE_FORMS[1])
            + ")\\b", U);
    private static final Pattern RU_DATE = Pattern.compile("(?<![\\p{L}\\p{M}])(" + java.util.stream.Stream.of(DATE_FORMS).skip(2)
            .flatMap(java.util.Arrays::stream).filter(f -> !f.startsWith("сред")).reduce((a, b) -> a + "|" + b).orElseThrow()
            + "|(?<=(?:\\s|^)(?:в|во) )среду|(?<=(?:\\s|^)(?:со|до) )среды)(?![\\p{L}\\p{M}])", U);

    /**
     * The text with its first day or month (a word of {@link #DATE_FORMS}) changed for another of the
     * same row, chosen by the pair's number: "on Tuesday" becomes "on Friday", «24 мая» «24 сентября»;
     * null when it names none.
     */
    static String changeDate(String text, boolean english, int pairNumber) {
        return changedInRow((english ? EN_DATE : RU_DATE).matcher(text), english ? List.of(DATE_FORMS).subList(0, 2)
                : List.of(DATE_FORMS).subList(2, DATE_FORMS.length), pairNumber, text);
    }

    /**
     * The text with the first word the matcher finds (its group 1) changed for another of the first
     * row that holds it, chosen by the pair's number; null when the matcher finds none.
     */
    private static String changedInRow(Matcher m, List<String[]> rows, int pairNumber, String text) {
        if (!m.find()) {
            return null;
        }
        for (String[] row : rows) {
            List<String> forms = List.of(row);
            int at = forms.indexOf(m.group(1));
            if (at >= 0) {
                String other = forms.get((at + 1 + Math.floorMod(pairNumber, forms.size() - 1)) % forms.size());
                return text.substring(0, m.start(1)) + other + text.substring(m.end(1));
            }
        }
        throw new IllegalStateException("no row holds " + m.group(1));
    }

    /**
     * The number words a number word is changed between, a row for each form: English two to twelve,
     * Russian два to десять in the nominative (masculine) and the genitive (трёх written both ways).
     */
    private static final String[][] NUMBER_WORDS = {
        {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"},
        {"два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять"},
        {"двух", "трех", "четырех", "пяти", "шести", "семи", "восьми", "девяти", "десяти"},
        {"двух", "трёх", "четырёх", "пяти", "шести", "семи", "восьми", "девяти", "десяти"}};
    private static final Pattern EN_NUMBER_WORD = Pattern.compile("(?<![\\p{L}-])(" + String.join("|", NUMBER_WORDS[0])
            + ")(?![\\p{L}-])", U);
    private static final Pattern RU_NUMBER_WORD = Pattern.compile("(?<![\\p{L}-])(" + java.util.stream.Stream.of(NUMBER_WORDS).skip(1)
            .flatMap(java.util.Arrays::stream).distinct().reduce((a, b) -> a + "|" + b).orElseThrow() + ")(?![\\p{L}-])", U);

    /**
     * The text with its first number word (a word of {@link #NUMBER_WORDS}, in lower case, not joined
     * to a word by a hyphen) changed for another of the same row, chosen by the pair's number: "three
     * diplomats" becomes "seven diplomats", «четырех дипломатов» «девяти дипломатов»; null when it
     * has none.
     */
    static String changeNumberWord(String text, boolean english, int pairNumber) {
        return changedInRow((english ? EN_NUMBER_WORD : RU_NUMBER_WORD).matcher(text), english ? List.of(NUMBER_WORDS).subList(0, 1)
                : List.of(NUMBER_WORDS).subList(1, NUMBER_WORDS.length), pairNumber, text);
    }

    /**
     * The ordinals an ordinal is changed between, a row for each form: English first to tenth; Russian
     * «первый» to «десятый» but «третий» (whose endings differ), a row for each ending, «второй» and
     * its like among the «-ой» forms (where a feminine «пятой» stands beside them). The benchmark's own
     * list, apart from the ordinals the flag rules under test read.
     */
    private static final List<String[]> ORDINAL_WORDS = ordinalWords();

    private static List<String[]> ordinalWords() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"});
        String[] stems = {"перв", "втор", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят"};
        for (String ending : new String[] {"ый", "ой", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ую", "ых", "ыми"}) {
            List<String> row = new ArrayList<>();
            for (String stem : stems) {
                boolean stressed = stem.equals("втор") || stem.equals("шест") || stem.equals("седьм") || stem.equals("восьм");
                if (!(stressed && ending.equals("ый"))) {
                    row.add(stem + ending);
                }
            }
            rows.add(row.toArray(new String[0]));
        }
        return List.copyOf(rows);
    }

    private static final Pattern EN_ORDINAL = Pattern.compile("(?<![\\p{L}-])(" + String.join("|", ORDINAL_WORDS.get(0))
            + ")(?![\\p{L}-])", U);
    private static final Pattern RU_ORDINAL = Pattern.compile("(?<![\\p{L}-])(" + ORDINAL_WORDS.stream().skip(1)
            .flatMap(java.util.Arrays::stream).reduce((a, b) -> a + "|" + b).orElseThrow() + ")(?![\\p{L}-])", U);

    /**
     * The text with its first ordinal in words (lower case, not joined by a hyphen) changed for another
     * of the same form, chosen by the pair's number: "the second round" becomes "the fifth round",
     * «на втором этаже» «на седьмом этаже»; null when it has none.
     */
    static String changeOrdinal(String text, boolean english, int pairNumber) {
        return changedInRow((english ? EN_ORDINAL : RU_ORDINAL).matcher(text), english ? ORDINAL_WORDS.subList(0, 1)
                : ORDINAL_WORDS.subList(1, ORDINAL_WORDS.size()), pairNumber, text);
    }

    /**
     * The currencies and units a quantity's is changed for, as pairs: a sign before a number, or a word
     * after it (and its scale: "5 million dollars", «5 млн долларов»). Pounds are left out (mass or money).
     */
    private static final String[][] EN_UNITS = {{"$", "€"}, {"£", "$"}, {"€", "£"}, {"dollars", "euros"}, {"euros", "dollars"},
        {"rubles", "dollars"}, {"roubles", "dollars"}, {"yuan", "dollars"}, {"kilometres", "miles"}, {"kilometers", "miles"},
        {"km", "miles"}, {"miles", "kilometres"}, {"metres", "feet"}, {"meters", "feet"}, {"feet", "metres"},
        {"inches", "centimetres"}, {"centimetres", "inches"}, {"cm", "inches"}, {"kilograms", "tonnes"}, {"kg", "tonnes"},
        {"tonnes", "kilograms"}, {"tons", "kilograms"}, {"acres", "hectares"}, {"hectares", "acres"}, {"litres", "gallons"},
        {"gallons", "litres"}};
    private static final String[][] RU_UNITS = {{"$", "€"}, {"€", "$"}, {"долларов", "евро"}, {"доллара", "евро"}, {"евро", "долларов"},
        {"рублей", "долларов"}, {"рубля", "доллара"}, {"юаней", "долларов"}, {"фунтов стерлингов", "долларов"}, {"км", "миль"},
        {"километров", "миль"}, {"миль", "километров"}, {"метров", "футов"}, {"футов", "метров"}, {"дюймов", "сантиметров"},
        {"сантиметров", "дюймов"}, {"см", "дюймов"}, {"килограммов", "тонн"}, {"кг", "тонн"}, {"тонн", "килограммов"},
        {"гектаров", "акров"}, {"акров", "гектаров"}, {"литров", "галлонов"}, {"галлонов", "литров"}};
    private static final String UNIT_SCALE = "(?:\\s(?:thousand|million|billion|trillion|bn|m|тыс\\.|млн|млрд|трлн|тысяч|миллионов|миллиардов))?";

    /**
     * The text with the currency or unit of its first quantity changed for another ({@link #EN_UNITS}):
     * "$5 million" becomes "€5 million", «40 км» «40 миль»; null when it has no such quantity.
     */
    static String changeUnit(String text, boolean english) {
        int best = -1;
        String[] change = null;
        int at = -1;
        for (String[] u : english ? EN_UNITS : RU_UNITS) {
            boolean sign = !Character.isLetter(u[0].charAt(0));
            Matcher m = Pattern.compile(sign ? "(?<![\\p{L}])" + Pattern.quote(u[0]) + "(?=\\d)"
                    : "(?<=\\d" + UNIT_SCALE + "\\s)" + Pattern.quote(u[0]) + "(?![\\p{L}])", U).matcher(text);
            if (m.find() && (best < 0 || m.start() < best)) {
                best = m.start();
                change = u;
                at = m.start();
            }
        }
        return change == null ? null : text.substring(0, at) + change[1] + text.substring(at + change[0].length());
    }

    /** The scale words a number's scale is changed between: million for billion, «млн» for «млрд», «тыс.» for «млн». */
    private static final String[][] EN_SCALES = {{"million", "billion"}, {"billion", "million"}, {"thousand", "million"},
        {"trillion", "billion"}};
    private static final String[][] RU_SCALES = {{"млн", "млрд"}, {"млрд", "млн"}, {"тыс.", "млн"}, {"миллион", "миллиард"},
        {"миллиард", "миллион"}, {"трлн", "млрд"}};

    /**
     * The text with the first scale word after a number in digits changed for another ({@link #EN_SCALES}):
     * "$2 billion" becomes "$2 million", «1,5 млн» «1,5 млрд», «миллионов» «миллиардов»; null when it has none.
     */
    static String changeScale(String text, boolean english) {
        int best = -1;
        String[] change = null;
        for (String[] u : english ? EN_SCALES : RU_SCALES) {
            Matcher m = Pattern.compile("(?<=\\d[\\s\\u00a0])" + Pattern.quote(u[0]) + (u[0].endsWith(".") ? "" : "(?=[\\p{L}]*(?![\\p{L}]))"), U)
                    .matcher(text);
            if (m.find() && (best < 0 || m.start() < best)) {
                best = m.start();
                change = u;
            }
        }
        return change == null ? null : text.substring(0, best) + change[1] + text.substring(best + change[0].length());
    }

    private static long count(List<String> labels, String prefix) {
        return labels.stream().filter(l -> l.startsWith(prefix)).count();
    }

    /** The pair with one error put in, or null when the pair offers no place for it. */
    static String[] perturb(String kind, String en, String ru, String[] other, Random rnd) {
        switch (kind) {
            case "number-en": {
                String s = changeNumber(en, rnd);
                return s == null ? null : new String[] {s, ru};
            }
            case "number-ru": {
                String s = changeNumber(ru, rnd);
                return s == null ? null : new String[] {en, s};
            }
            case "name-en": {
                String s = swapName(EN_NAME, en, other[0]);
                return s == null ? null : new String[] {s, ru};
            }
            case "name-ru": {
                String s = swapName(RU_NAME, ru, other[1]);
                return s == null ? null : new String[] {en, s};
            }
            case "negation-add-en": {
                Matcher m = EN_AUX.matcher(en);
                if (EN_NEG.matcher(en).find() || RU_NEG.matcher(ru).find() || !m.find()) {
                    return null;
                }
                return new String[] {en.substring(0, m.end()) + " not" + en.substring(m.end()), ru};
            }
            case "negation-drop-en": {
                Matcher m = EN_NEG.matcher(en);
                if (!m.find() || !RU_NEG.matcher(ru).find()) {
                    return null;
                }
                String s = m.group().startsWith("n't") ? en.substring(0, m.start()) + en.substring(m.start() + 3)
                        : en.substring(0, m.start()) + en.substring(m.end());
                return new String[] {s, ru};
            }
            case "negation-add-ru": {
                Matcher m = RU_VERB.matcher(ru);
                if (EN_NEG.matcher(en).find() || RU_NEG.matcher(ru).find() || !m.find()) {
                    return null;
                }
                return new String[] {en, ru.substring(0, m.start()) + "не " + ru.substring(m.start())};
            }
            case "negation-drop-ru": {
                Matcher m = RU_NEG.matcher(ru);
                if (!m.find() || !EN_NEG.matcher(en).find()) {
                    return null;
                }
                String s = ru.substring(0, m.start()) + ru.substring(m.end());
                if (m.group(1).equals("никогда")) {
                    // «никогда не был» keeps its negation without «никогда»: its «не» goes too, as "never" goes in English
                    Matcher ne = CONCORD_NE.matcher(s).region(m.start(), s.length());
                    if (ne.lookingAt()) {
                        s = s.substring(0, ne.start(1)) + s.substring(ne.end(1));
                    }
                }
                return new String[] {en, s};
            }
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    private static String changeNumber(String text, Random rnd) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return null;
        }
        int[] s = spans.get(rnd.nextInt(spans.size()));
        String digits = text.substring(s[0], s[1]);
        char last = digits.charAt(digits.length() - 1);
        char changed = (char) ('0' + (last - '0' + 1 + rnd.nextInt(8)) % 10);
        return text.substring(0, s[1] - 1) + changed + text.substring(s[1]);
    }

    private static String swapName(Pattern name, String text, String donor) {
        Matcher m = name.matcher(text);
        Matcher d = name.matcher(donor);
        if (!m.find() || !d.find() || m.group().equals(d.group()) || text.contains(d.group())) {
            return null;
        }
        return text.substring(0, m.start()) + d.group() + text.substring(m.end());
    }
}
