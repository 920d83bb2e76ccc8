package org.sverka.align;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations of news text and their written-out forms in the other language, so that a name
 * check does not flag «РФ» next to "Russia" or "Russian Federation", or "the U.S." next to «США».
 * A name on one side is present on the other when an entry holds it on its side and one of the
 * entry's forms of the other side is there (a qualifier, an ordinary word of a longer name such as
 * United or «Северный», only beside another of the entry's forms). English forms are matched as whole
 * words (dots dropped), Russian forms as word prefixes (so that they decline), short abbreviations
 * exactly.
 */
final class Abbreviations {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    /**
     * One thing with its English and Russian forms (lower case, dots dropped). A form that is also an
     * ordinary word of a longer name (United, States, «Северный») is a qualifier: it renders the thing
     * only beside another of the thing's forms ("the United States" ~ «США», but "Hebrew States" is no
     * «Соединённые Штаты», and "North Trump" no «Северная Корея»).
     */
    private record Entry(List<String> english, List<String> russian, Set<String> qualifiers) {
    }

    private static final List<Entry> ENTRIES = List.of(
            entry("russia russian russians federation moscow", "рф россия российск федерац россиян"),
            entry("us usa +united america american americans +states washington", "сша америк +соединенн +штат вашингтон"),
            entry("un +united +nations", "оон +объединенн +наций"),
            entry("eu european europe +union brussels", "ес евросоюз европейск брюссел еврокомисс европарламент еврозон"),
            entry("+ministry +foreign mfa", "мид +министерств +иностранн"),
            entry("defence defense +ministry pentagon", "минобороны +министерств оборон пентагон"),
            entry("osce", "обсе"),
            entry("nato +alliance +atlantic", "нато североатлантическ +альянс"),
            entry("who +health +organization", "воз +здравоохранен"),
            entry("imf +fund +monetary", "мвф +валютн +фонд"),
            entry("cis commonwealth", "снг содружеств"),
            entry("china chinese prc beijing sino", "кнр китай китайск пекин"),
            entry("dprk +north korea korean pyongyang", "кндр корея корейск пхеньян"),
            entry("germany german frg berlin", "фрг германи немецк берлин"),
            entry("uae emirates", "оаэ эмират"),
            entry("uk +united britain british +kingdom london", "великобритан британск +соединенн +королевств лондон"),
            entry("eaeu eurasian", "еаэс евразийск"),
            entry("sco shanghai", "шос шанхайск"),
            entry("brics", "брикс"),
            entry("iaea +atomic", "магатэ +атомн"),
            entry("wto +trade", "вто +торгов"),
            entry("fbi", "фбр"),
            entry("cia", "цру"),
            entry("aids", "спид спида спиду спидом"),
            entry("hiv", "вич"),
            entry("fsb", "фсб"),
            entry("ussr soviet", "ссср советск"),
            entry("kremlin", "кремл"),
            entry("csto", "одкб"),
            entry("africa african", "юар южноафриканск африк"),
            entry("mp mps lawmaker lawmakers", "депутат парламентар"),
            entry("tv television", "тв телевиден телеканал"),
            entry("it", "ит информацион"),
            entry("ngo ngos", "нко нпо некоммерческ неправительствен"),
            // parties, peoples and places the lexicon knows in one form only (Scotland, not шотландский)
            entry("gop republican republicans", "республиканск республиканц"),
            entry("democrat democrats democratic", "демократ демократическ"),
            entry("scotland scottish scots", "шотланд"),
            entry("wales welsh", "уэльс валлийск"),
            entry("england english", "англи английск"),
            entry("ireland irish dublin", "ирланд дублин"),
            entry("hebrew jewish jews", "еврейск иврит евре"),
            entry("asia asian", "азия азии азию азией азиатск"),
            entry("spain spanish madrid", "испан мадрид"),
            // Russian bodies written as one clipped word in agency Russian («Минфин», «Совфед»), held by the word
            // that tells them apart: "Ministry" or "Council" beside it is a word of the same name, and the Foreign
            // Ministry against «Минфин» is still a difference
            entry("duma", "госдум"),
            entry("federation", "совфед"),
            entry("security", "совбез"),
            entry("staff", "генштаб"),
            entry("finance", "минфин"),
            entry("health", "минздрав"),
            entry("energy", "минэнерго"),
            entry("justice", "минюст"),
            entry("transport", "минтранс"),
            entry("agriculture", "минсельхоз"),
            entry("labor labour", "минтруд"),
            entry("sports sport", "минспорт"),
            entry("culture", "минкульт"),
            entry("economic economy development", "минэкономразвит"),
            entry("industry trade", "минпромторг"),
            entry("natural resources", "минприрод"),
            entry("nord +stream", "+северн +поток"),
            // what news names by a verb or an adverb: "tweeted" ~ «написал в Твиттере», "online" ~ «в Интернете»
            entry("twitter tweet tweets tweeted tweeting", "твиттер твит"),
            entry("internet online", "интернет"),
            entry("moscow", "подмосков"));

    private Abbreviations() {
    }

    /** An entry from its forms, a space between two; a qualifier is written with a + before it. */
    private static Entry entry(String english, String russian) {
        Set<String> qualifiers = new java.util.HashSet<>();
        return new Entry(forms(english, qualifiers), forms(russian, qualifiers), Set.copyOf(qualifiers));
    }

    /** The forms written in one string, the qualifiers among them added to a set. */
    private static List<String> forms(String written, Set<String> qualifiers) {
        List<String> out = new java.util.ArrayList<>();
        for (String form : written.split(" ")) {
            if (form.startsWith("+")) {
                form = form.substring(1);
                qualifiers.add(form);
            }
            out.add(form);
        }
        return List.copyOf(out);
    }

    /**
     * @param name      a name word as written (dots allowed: U.S.)
     * @param english   true when the name is on the English side
     * @param otherText the other side's text
     * @return whether an abbreviation entry links it to a form found in the other text
     */
    static boolean present(String name, boolean english, String otherText) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "").replace('ё', 'е');
        List<String> words = null;   // the other text's words, read when an entry holds the name
        for (Entry e : ENTRIES) {
            if (!(english ? e.english().contains(n) : matchesRussian(n, e.russian()))) {
                continue;
            }
            if (words == null) {
                words = new java.util.ArrayList<>();
                Matcher m = WORD.matcher(otherText.toLowerCase(Locale.ROOT).replace(".", "").replace('ё', 'е'));
                while (m.find()) {
                    words.add(m.group());
                }
            }
            // a form that names the thing by itself renders it; qualifiers render it two together
            String qualifier = null;
            for (String w : words) {
                String form = english ? russianForm(w, e.russian()) : e.english().contains(w) ? w : null;
                if (form == null) {
                    continue;
                }
                if (!e.qualifiers().contains(form) || qualifier != null && !qualifier.equals(form)) {
                    return true;
                }
                qualifier = form;
            }
        }
        return false;
    }

    /**
     * Whether a word is a form of an entry («демократов», "Democrats", «США»): a word that may render a
     * name of the other language, though it is written in lower case.
     *
     * @param word    a word as written
     * @param english true when the word is English
     * @return whether an entry holds it
     */
    static boolean isForm(String word, boolean english) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "").replace('ё', 'е');
        if (english) {
            return ENGLISH_FORMS.contains(w);
        }
        return !w.isEmpty() && matchesRussian(w, RUSSIAN_FORMS_BY_LETTER.getOrDefault(w.charAt(0), List.of()));
    }

    /** Every English form of the entries. */
    private static final Set<String> ENGLISH_FORMS = ENTRIES.stream().flatMap(e -> e.english().stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The Russian forms of the entries by their first letter: a word is compared with the forms it may be only. */
    private static final java.util.Map<Character, List<String>> RUSSIAN_FORMS_BY_LETTER = ENTRIES.stream()
            .flatMap(e -> e.russian().stream()).distinct()
            .collect(java.util.stream.Collectors.groupingBy(f -> f.charAt(0)));

    /** The Russian form of an entry that a word is (see {@link #matchesRussian(String, String)}), or null. */
    private static String russianForm(String word, List<String> forms) {
        for (String f : forms) {
            if (matchesRussian(word, f)) {
                return f;
            }
        }
        return null;
    }

    /** Whether a word is one of an entry's Russian forms: a short form exactly, a longer one as the word's start. */
    private static boolean matchesRussian(String word, List<String> forms) {
        return russianForm(word, forms) != null;
    }

    private static boolean matchesRussian(String word, String form) {
        return form.length() <= 4 ? word.equals(form) : word.startsWith(form);
    }
}
