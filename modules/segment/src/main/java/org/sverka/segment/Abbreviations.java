package org.sverka.segment;

import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations of one language, in classes by how a following capital is read. Entries are
 * written with their periods and without spaces ("т.д."); in text, spaced forms ("т. д.") and a
 * capitalised first letter ("Т.е.", "Co.") match too.
 *
 * @param beforeNames abbreviations that stand before a name, a number or a noun and never end a
 *                    sentence: titles (Mr., Dr., Gen.), months (Sept.), "No.", "p.", "т.е.", "им.", "ст."
 * @param usuallyInside abbreviations that end a sentence only when a typical sentence opener follows
 *                    (after a.m. and p.m., a title such as "Mr." too): U.S., U.N., a.m., p.m., им.
 * @param endings     abbreviations that may well end a sentence (etc., Co., т.д., руб.): a break
 *                    after them stands before a capital
 * @param afterNumbers abbreviations that may end a sentence after a number (also a Roman one) and
 *                    stand before a name elsewhere: "в 2020 г." (year) against "в г. Женеве" (city),
 *                    "75 см." against "см. ст. 5"; not when the sentence would be only a few words
 *                    long ("В 2020 г. Лавров ...")
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
                    "No.", "Nos.", "Nr.", "N°.", "№.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.",
                    "Sep.", "Oct.", "Nov.", "Dec.", "vs.", "v.", "approx.", "Fig.", "Figs.", "Vol.", "Vols.", "pp.",
                    "p.", "e.g.", "i.e.", "cf.", "viz.", "ca.", "Messrs.", "Mme.", "Mlle.", "Gens.", "Brig.", "Supt.",
                    "Insp.", "Det.", "Atty.", "Fr.", "Art.", "Sec.", "Ch.", "Para.", "Eq.", "Ref.", "Tel.", "Sens.", "Reps.",
                    "Drs.", "Profs.", "Govs."),
            Set.of("U.S.", "U.N.", "U.K.", "U.S.A.", "U.S.S.R.", "E.U.", "D.C.", "a.m.", "p.m.", "Jr.", "Sr.",
                    "N.Y.", "L.A.", "U.A.E.", "Ph.D.", "B.C.", "A.D."),
            Set.of("etc.", "Inc.", "Ltd.", "Co.", "Corp.", "al.", "Bros.", "Ave.", "Blvd.", "Rd.", "Dept.", "Univ.",
                    "LLC.", "Plc.", "esp."),
            Set.of(),
            Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
                    "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "As", "If", "When", "While", "There",
                    "His", "Her", "Its", "Their", "Our", "My", "After", "Before", "Since", "However", "Meanwhile",
                    "Earlier", "Later", "Then", "Now", "Still", "Also", "Both", "Neither", "No", "Not", "What",
                    "Why", "How", "Who", "Where", "According", "Last", "Next", "Some", "Many", "Most", "All",
                    "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could", "Should",
                    "Has", "Have", "Had", "Here", "Each", "Every", "One", "Such", "Other", "Another", "Only", "Even",
                    "Yesterday", "Today", "Tomorrow", "Thus", "Although", "Though", "Because", "Despite", "With",
                    "From", "To", "By", "Under", "During", "Instead", "Moreover", "Indeed", "Nevertheless"));

    /** Russian abbreviations of news, legal and reference text. */
    public static final Abbreviations RUSSIAN = new Abbreviations(
            Set.of("т.е.", "т.н.", "т.к.", "т.ч.", "т.о.", "ул.", "просп.", "пер.", "пл.", "наб.", "ш.", "д.",
                    "кв.", "корп.", "ген.", "проф.", "акад.", "доц.", "гр.", "тов.", "св.", "ст.", "ч.", "п.",
                    "пп.", "подп.", "рис.", "табл.", "см.", "ср.", "напр.", "обл.", "р-н.", "оз.", "о.", "пос.",
                    "пгт.", "с.", "дер.", "янв.", "февр.", "фев.", "апр.", "авг.", "сент.", "сен.", "окт.", "нояб.",
                    "дек.", "и.о.", "зам.", "нач.", "гл.", "т.", "ред.", "изд.", "вып.", "прим.", "тел.", "№.",
                    "англ.", "нем.", "франц.", "фр.", "лат.", "греч.", "рус.", "итал.", "исп.", "кит.", "яп.",
                    "араб.", "укр.", "букв.", "род.", "ок.", "мн.", "ед.", "чл.-корр.", "г-н.", "г-жа.", "ж.-д.",
                    "с.-х.", "адм.", "полк.", "ген.-л.", "ген.-м.", "кап.", "лейт.", "майор.", "серж.", "совр.",
                    "вкл.", "искл.", "мл.", "ст.-сл.", "кн.", "иссл.", "пред.", "засл.", "нар.", "пр-т.", "б-р.",
                    "отд.", "ин-т.", "ун-т.", "т.н.п.", "Дж.", "обр.", "Mr.", "Mrs.", "Ms.", "Dr.", "St."),
            Set.of("им."),
            Set.of("т.д.", "т.п.", "др.", "пр.", "руб.", "долл.", "тыс.", "млн.", "млрд.",
                    "трлн.", "коп.", "мин.", "сек.", "н.э.", "до н.э.", "шт.", "экз.", "чел.", "ед.", "кв.м.", "куб.",
                    "мес.", "сут.", "нед."),
            Set.of("г.", "р.", "гг.", "в.", "вв.", "стр."),
            Set.of("Он", "Она", "Оно", "Они", "Мы", "Я", "Вы", "Это", "Этот", "Эта", "Эти", "В", "Во", "На", "Но",
                    "А", "И", "По", "С", "Со", "Как", "Так", "Однако", "При", "После", "До", "Для", "Кроме", "Также",
                    "Там", "Тогда", "Здесь", "Его", "Ее", "Её", "Их", "Наш", "Наши", "Что", "Когда", "Если",
                    "Впрочем", "Между", "Ранее", "Позднее", "Сейчас", "Теперь", "Не", "Все", "Всё", "Из", "К", "От",
                    "За", "О", "Об", "У", "Под", "Над", "Без", "Через", "Уже", "Еще", "Ещё", "Поэтому", "Вместе",
                    "Причем", "Причём", "Согласно", "Вчера", "Сегодня", "Завтра", "Кто", "Где", "Почему", "Зачем",
                    "Чтобы", "Хотя", "Ну", "Да", "Нет", "Ведь", "Лишь", "Только", "Именно", "Тот", "Та", "Такой",
                    "Такие", "Мне", "Нам", "Им", "Ему", "Ей", "Кстати", "Правда", "Напомним", "Помимо", "Ни",
                    "Был", "Была", "Было", "Были", "Будет", "Есть", "Больше", "Можно", "Нужно", "Надо", "Потом",
                    "Затем", "Сначала", "Вот", "Даже", "Зато", "Итак", "Иначе", "Около", "Среди",
                    "Всего", "Каждый", "Многие", "Несколько", "Один", "Одна", "Одно", "Другие", "Своё",
                    "Свою", "Свой", "Отношения", "Подходя", "Против", "Вместо", "Внимание"));

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
