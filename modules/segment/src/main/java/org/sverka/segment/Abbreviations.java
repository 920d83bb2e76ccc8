package org.sverka.segment;

import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations of one language, in three classes by how a following capital is read.
 *
 * @param beforeNames abbreviations that stand before a name, a number or a noun and never end a
 *                    sentence: titles (Mr., Dr., Gen.), months (Sept.), "No.", "т.е.", "им."
 * @param usuallyInside abbreviations that end a sentence only when a typical sentence opener
 *                    follows: U.S., U.N., a.m., p.m.
 * @param endings     abbreviations that may well end a sentence (etc., т.д., гг.): a break after
 *                    them stands before a capital, except when the sentence would be only a few
 *                    words long ("В 2020 г. Лавров ...")
 * @param afterNumbers abbreviations that may end a sentence after a number and stand before a
 *                    name elsewhere: "в 2020 г." (year) against "в г. Женеве" (city)
 * @param openers     capitalised words that typically open a sentence
 */
public record Abbreviations(Set<String> beforeNames, Set<String> usuallyInside, Set<String> endings,
                            Set<String> afterNumbers, Set<String> openers) {
    /** Copies the sets. */
    public Abbreviations {
        beforeNames = Set.copyOf(beforeNames);
        usuallyInside = Set.copyOf(usuallyInside);
        endings = Set.copyOf(endings);
        afterNumbers = Set.copyOf(afterNumbers);
        openers = Set.copyOf(openers);
    }

    /** English news abbreviations. */
    public static final Abbreviations ENGLISH = new Abbreviations(
            Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.",
                    "Sgt.", "Cpl.", "Sen.", "Rep.", "Gov.", "Amb.", "Pres.", "Rev.", "Hon.", "St.", "Mt.", "Ft.",
                    "No.", "Nos.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.", "Oct.",
                    "Nov.", "Dec.", "vs.", "v.", "approx.", "Fig.", "Vol.", "pp.", "p.", "e.g.", "i.e.", "cf.",
                    "Messrs.", "Mme.", "Gens."),
            Set.of("U.S.", "U.N.", "U.K.", "U.S.A.", "U.S.S.R.", "E.U.", "D.C.", "a.m.", "p.m.", "Jr.", "Sr.",
                    "N.Y.", "L.A."),
            Set.of("etc.", "Inc.", "Ltd.", "Co.", "Corp.", "al."),
            Set.of(),
            Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
                    "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "As", "If", "When", "While", "There",
                    "His", "Her", "Its", "Their", "Our", "My", "After", "Before", "Since", "However", "Meanwhile",
                    "Earlier", "Later", "Then", "Now", "Still", "Also", "Both", "Neither", "No", "Not", "What",
                    "Why", "How", "Who", "Where", "According", "Last", "Next", "Some", "Many", "Most", "All"));

    /** Russian news abbreviations. */
    public static final Abbreviations RUSSIAN = new Abbreviations(
            Set.of("т.е.", "т.н.", "т.к.", "им.", "ул.", "просп.", "пер.", "пл.", "д.", "кв.", "корп.", "стр.",
                    "ген.", "проф.", "акад.", "гр.", "тов.", "св.", "ст.", "ч.", "п.", "рис.", "см.", "напр.", "обл.",
                    "янв.", "февр.", "апр.", "авг.", "сент.", "окт.", "нояб.", "дек.", "и.о.", "зам.",
                    "пос.", "с."),
            Set.of(),
            Set.of("т.д.", "т.п.", "др.", "пр.", "гг.", "в.", "вв.", "руб.", "долл.", "тыс.", "млн.", "млрд.",
                    "коп.", "мин.", "сек."),
            Set.of("г."),
            Set.of("Он", "Она", "Оно", "Они", "Мы", "Я", "Вы", "Это", "Этот", "Эта", "Эти", "В", "Во", "На", "Но",
                    "А", "И", "По", "С", "Со", "Как", "Так", "Однако", "При", "После", "До", "Для", "Кроме", "Также",
                    "Там", "Тогда", "Здесь", "Его", "Ее", "Её", "Их", "Наш", "Наши", "Что", "Когда", "Если",
                    "Впрочем", "Между", "Ранее", "Позднее", "Сейчас", "Теперь"));

    /** Only the structural rules: no abbreviations, for languages without a list. */
    public static final Abbreviations NONE = new Abbreviations(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /**
     * @param language ISO 639-1 code
     * @return the list for that language, or {@link #NONE}
     */
    public static Abbreviations forLanguage(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "en" -> ENGLISH;
            case "ru" -> RUSSIAN;
            default -> NONE;
        };
    }
}
