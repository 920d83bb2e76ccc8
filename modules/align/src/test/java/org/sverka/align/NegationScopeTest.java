package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sverka.align.model.SimilarityModel;

/**
 * A negation on one side is flagged when the other side renders what it negates; a Russian verb is
 * recognised with or without its prefix, and in its other aspect, as the lexicon often lists one
 * aspect only.
 */
class NegationScopeTest {
    private final SimilarityModel model = SimilarityModel.defaultModel();

    @Test
    void anEnglishFixedPhraseRendersOnlyANegationNearIt() {
        // after NTREX-128: a «не» added at the start, against a "no-deal Brexit" at the end of the English
        String en = "The Japanese carmaker said the impact of border delays in the event of a no-deal Brexit could cost jobs.";
        assertEquals(List.of("negation-only-ru:не"), Negation.flags(en,
                "Японский автопроизводитель не заявил, что последствия задержек на границе в случае отсутствия сделки в рамках Brexit могут стоить рабочих мест.", model));
        assertEquals(List.of(), Negation.flags(en,
                "Японский автопроизводитель заявил, что последствия задержек на границе в случае отсутствия сделки в рамках Brexit могут стоить рабочих мест.", model));
        // near it, the phrase is what the Russian renders
        assertEquals(List.of(), Negation.flags("There is no doubt that Ayr deserved to win this match.", "Нет сомнений, что «Эр» заслужил победу в этом матче.", model));
    }

    @Test
    void notOnlyIsANegationAgainstABareJust() {
        // after NTREX-128: "It's not just about the committee vote" with its "not" dropped, against «не только»
        String ru = "«Речь идет не только о голосовании в комитете, но и о том, как республиканцы справляются с этим», — отметил он.";
        assertEquals(List.of("negation-only-ru:не"),
                Negation.flags("\"It's just about the committee vote, it's also about the way Republicans have handled this,\" he pointed out.", ru, model));
        assertEquals(List.of(),
                Negation.flags("\"It's not just about the committee vote, it's also about the way Republicans have handled this,\" he pointed out.", ru, model));
        // the other way round (FLORES-200): "not only … but" against «только …, но и», where the «не» was dropped
        String en = "In contrast, animal foods not only are easily digestible, but they provide high-quantity proteins.";
        assertEquals(List.of("negation-only-en:not"),
                Negation.flags(en, "Напротив, еда животного происхождения является только легкоусвояемой, но и представляет собой богатый источник белков.", model));
        assertEquals(List.of(),
                Negation.flags(en, "Напротив, еда животного происхождения является не только легкоусвояемой, но и представляет собой богатый источник белков.", model));
        // "both … and" renders «не только … но и» without a "just" to deny
        assertEquals(List.of(), Negation.flags("\"It's about both the committee vote and the way Republicans have handled this,\" he pointed out.", ru, model));
    }

    @Test
    void aContrastWithANegationIsOneWhereTheEnglishSaysNoContrast() {
        // after FLORES-200: «а не напрямую» against "and directly", where the English had "and not directly"
        String ru = "Любые запросы нужно сначала отправить через турагентство, а не напрямую в гостиницу.";
        assertEquals(List.of("negation-only-ru:не"),
                Negation.flags("Any requests should be sent through the travel agent first and directly to the hotel.", ru, model));
        assertEquals(List.of(), Negation.flags("Any requests should be sent through the travel agent first and not directly to the hotel.", ru, model));
        // a contrast the English makes otherwise renders it
        assertEquals(List.of(), Negation.flags("Requests should be sent through the travel agent rather than directly to the hotel.", ru, model));
        assertEquals(List.of(), Negation.flags("Requests should go through the travel agent, but never directly to the hotel.", ru, model));
        // after TICO-19: "over" says it, which no negation list holds
        assertEquals(List.of(), Negation.flags("The CDC recommends hand washing over hand sanitizer rubs, particularly when hands are visibly dirty.",
                "Центр по контролю заболеваний рекомендует делать выбор в пользу мытья рук, а не использования дезинфицирующих средств, "
                        + "особенно если руки сильно загрязнены.", model));
    }

    @Test
    void aNegationDroppedBesideAFixedPhraseIsStillPaired() {
        // after NTREX-128: «не забудут» is also the phrase that says "remember", which hid the dropped «не» of «не собираются»
        String en = "\"Women are not going to forget what happened yesterday - they are not going to forget it tomorrow and not in November,\" she said.";
        assertEquals(List.of("negation-only-en:not"), Negation.flags(en,
                "«Женщины собираются забывать о том, что произошло вчера. Они не забудут об этом ни завтра, ни в ноябре», — сказала она.", model));
        assertEquals(List.of(), Negation.flags(en,
                "«Женщины не собираются забывать о том, что произошло вчера. Они не забудут об этом ни завтра, ни в ноябре», — сказала она.", model));
    }

    @Test
    void pleadingNotGuiltyIsAFixedPhrase() {
        // NTREX-128: the "not" belongs to the plea, which Russian renders as «отрицает свою вину» without a negation
        assertEquals(List.of(), Negation.flags("He has pleaded not guilty to the 22-count indictment.",
                "Он отрицает свою вину по всем 22 пунктам обвинительного заключения.", model));
        // a plea turned round is still a negation on one side only
        assertEquals(List.of("negation-only-ru:не"), Negation.flags("He has pleaded guilty to the 22-count indictment.",
                "Он не признал свою вину по всем 22 пунктам обвинительного заключения.", model));
    }

    @Test
    void aNegationDroppedBesideAnEnglishFixedPhraseIsStillPaired() {
        // the mirror of aNegationDroppedBesideAFixedPhraseIsStillPaired, made up: "no doubt" is a fixed phrase, so the English
        // counts as negating nothing; the Russian «не» beside it is taken for its rendering, and only the pairing sees that
        // the Russian negates twice
        String ru = "Он, несомненно, не пришёл домой и не остался там.";
        assertEquals(List.of("negation-only-ru:не"), Negation.flags("He did, no doubt, come home and stay there.", ru, model));
        assertEquals(List.of(), Negation.flags("He did, no doubt, come home and not stay there.", ru, model));
    }

    @Test
    void aNegatedVerbRenderedByAPrefixedVerbIsFlagged() {
        // NTREX-128: the lexicon links react to «реагировать», not to «отреагировать»
        String en = "Scott Arfield did not react as Declan Gallagher slotted the ball to Scott Robinson.";
        String ru = "Скотт Арфилд отреагировал, когда Деклан Галлахер отдал мяч Скотту Робинсону.";
        assertEquals(List.of("negation-only-en:not"), PairFlags.labels(en, ru, model));
        String enDropped = "Scott Arfield did react as Declan Gallagher slotted the ball to Scott Robinson.";
        String ruNegated = "Скотт Арфилд не отреагировал, когда Деклан Галлахер отдал мяч Скотту Робинсону.";
        assertEquals(List.of("negation-only-ru:не"), PairFlags.labels(enDropped, ruNegated, model));
        assertEquals(List.of(), PairFlags.labels(en, ruNegated, model));
    }

    @Test
    void aPrefixComesOffOnlyWhenEnoughOfTheWordIsLeft() {
        assertEquals("реагировал", Negation.withoutVerbPrefix("отреагировал"));
        assertEquals("ступили", Negation.withoutVerbPrefix("переступили"));
        assertNull(Negation.withoutVerbPrefix("отказ"));
        assertNull(Negation.withoutVerbPrefix("дом"));
    }

    @Test
    void twoAspectsOrFormsOfOneRussianVerbShareTheirStem() {
        assertTrue(Negation.sharesRussianStem("отмеча", Set.of("министр", "отмет")));
        assertTrue(Negation.sharesRussianStem("сказыва", Set.of("сказа")));
    }

    @Test
    void stemsThatPartEarlyOrTooShortAStemDoNot() {
        assertFalse(Negation.sharesRussianStem("отмеча", Set.of("отменя")));   // отмечать, отменять: four letters of six
        assertFalse(Negation.sharesRussianStem("лев", Set.of("левш")));
        assertFalse(Negation.sharesRussianStem("переговор", Set.of("перевод")));
    }

    @Test
    void remainsToBeDoneIsNotYetDone() {
        String en = "The cause of the fire remains to be found.";
        assertEquals(List.of(), PairFlags.labels(en, "Причина пожара ещё не найдена.", model));
        assertEquals(List.of("negation-only-ru:не"), PairFlags.labels("The cause of the fire has been found.",
                "Причина пожара ещё не найдена.", model));
        // rendered without a negation («предстоит»), a «не» added to it is one
        assertEquals(List.of(), PairFlags.labels(en, "Причину пожара ещё предстоит найти.", model));
        assertEquals(List.of("negation-only-ru:не"), PairFlags.labels(en, "Причину пожара ещё не предстоит найти.", model));
    }

    @Test
    void anExceptionRendersANegationUnlessItIsRenderedAsOne() {
        String en = "Apart from the morning drizzle, it was a perfect day.";
        assertEquals(List.of(), PairFlags.labels(en, "Если не считать утренний дождь, это был идеальный день.", model));
        // "except" rendered by «кроме» hides no negation near it
        assertEquals(List.of("negation-only-ru:не"), PairFlags.labels("Countries on every continent except Antarctica reported deaths.",
                "Страны на всех континентах, кроме Антарктики, не сообщили о смертях.", model));
    }

    @Test
    void aWordThatNegatesHidesOnlyANegationAtItsPlace() {
        // NTREX-128, development half: "avoid" renders «чтобы не было», not a «не» put before «сказал»
        String en = "Mr Clark said the plan is precisely calibrated to avoid those checks at the border.";
        assertEquals(List.of(), PairFlags.labels(en, "Г-н Кларк сказал, что план точно откалиброван, чтобы не было этих проверок на границе.", model));
        assertEquals(List.of("negation-only-ru:не"), PairFlags.labels(en,
                "Г-н Кларк не сказал, что план точно откалиброван, чтобы избежать этих проверок на границе.", model));
        // «вместо» renders the "not" of "not oil", at its place, and not a "not" put before "say"
        String ru = "Министр сказал, что страна будет покупать у соседей газ вместо нефти.";
        assertEquals(List.of(), PairFlags.labels("The minister said that the country would buy gas, not oil, from its neighbours.", ru, model));
        assertEquals(List.of("negation-only-en:not"), PairFlags.labels(
                "The minister did not say that the country would buy gas instead of oil from its neighbours.", ru, model));
    }

    @Test
    void aWordSayingAThingIsAbsentOrUnlikelyRendersANegationWhereverItStands() {
        assertEquals(List.of(), PairFlags.labels("Currently, there is no vaccine or specific antiviral treatment for COVID-19.",
                "В настоящее время вакцина или специфическое лечение от вируса COVID-19 отсутствуют.", model));
        // but a "not" put before a verb: «отсутствия» renders the "no" of "no-deal" there (NTREX-128, development half)
        String ru = "Японский автопроизводитель заявил, что последствия задержек на границе в случае отсутствия сделки"
                + " в рамках Brexit могут повлечь за собой потерю рабочих мест.";
        assertEquals(List.of(), PairFlags.labels("The Japanese carmaker said the impact of border delays in the event of a no-deal"
                + " Brexit could cost jobs.", ru, model));
        assertEquals(List.of("negation-only-en:not"), PairFlags.labels("The Japanese carmaker said the impact of border delays in"
                + " the event of a no-deal Brexit could not cost jobs.", ru, model));
        // NTREX-128, development half
        assertEquals(List.of(), PairFlags.labels("Michael Vann, 72, said his grandfather's actions were \"something that I know that"
                + " I could never live up to but something which is humbling.\"",
                "72-летний внук героя Майкл Ванн сказал, что «он вряд ли смог бы поступить так же героически, но это смиряет».", model));
    }

    @Test
    void aRussianNegationOfAWordThatNegatesIsNoRenderingOfIt() {
        // «отказался» renders "declined"; «не отказался» says the opposite (NTREX-128, development half)
        String en = "A White House spokesman declined to comment on the details of the debate.";
        assertEquals(List.of(), PairFlags.labels(en, "Представитель Белого дома отказался комментировать детали дебатов.", model));
        assertEquals(List.of("negation-only-ru:не"), PairFlags.labels(en, "Представитель Белого дома не отказался комментировать детали дебатов.",
                model));
        assertEquals(List.of("negation-only-en:not"), PairFlags.labels("A White House spokesman did not decline to comment on the details"
                + " of the debate.", "Представитель Белого дома отказался комментировать детали дебатов.", model));
    }

    @Test
    void whatANegationGovernsReachesFiveContentWords() {
        // NTREX-128, development half: of «сказал жильцу, что вся прилегающая территория», "area" renders the fifth
        assertFlaggedOnceChanged("A police officer was heard telling one man that the entire area is now being treated as a crime scene.",
                "Один из полицейских сказал жильцу, что вся прилегающая территория считается местом совершения преступления.",
                "полицейских сказал", "полицейских не сказал", "negation-only-ru:не");
    }

    @Test
    void withoutRenderedByBezRendersNoOtherNegation() {
        // FLORES-200, development half
        String en = "We make our houses from plants and make clothes from plants. Most foods that we eat are plants."
                + " Without plants, animals could not survive.";
        String ru = "Мы строим наши дома и изготавливаем одежду из растений. Большая часть нашей пищи — это растения."
                + " Без растений животные не смогли бы выжить.";
        assertEquals(List.of(), PairFlags.labels(en, ru, model));
        assertEquals(List.of("negation-only-ru:не"), PairFlags.labels(en.replace(" not", ""), ru, model));
        assertEquals(List.of("negation-only-en:not"), PairFlags.labels(en, ru.replace(" не", ""), model));
    }

    @Test
    void aNameANegationGovernsIsRenderedByItsTransliteration() {
        // NTREX-128, development half: nothing but the names renders what "were not" governs
        String ru = "Погибшими были Николас Алден, 25 лет, и Захари Каддебэк, 21 год.";
        assertEquals(List.of(), PairFlags.labels("The fatalities were Nicholas Alden, 25, and Zachary Cuddeback, 21.", ru, model));
        assertEquals(List.of("negation-only-en:not"), PairFlags.labels("The fatalities were not Nicholas Alden, 25, and Zachary Cuddeback, 21.",
                ru, model));
    }

    @Test
    void aNumberANegationGovernsIsRenderedByTheSameNumber() {
        // NTREX-128, development half: of «упали на 4,8%», the lexicon links nothing; the number renders it
        assertFlaggedOnceChanged("Pub and bar groups saw sales rise 2.7 per cent in July - but takings in restaurants were down 4.8 per cent,"
                + " figures revealed.", "Согласно статистике, продажи в пабах и барах в июле выросли на 2,7%, а в ресторанах упали на 4,8%.",
                "ресторанах упали", "ресторанах не упали", "negation-only-ru:не");
    }

    @Test
    void aRussianNegativePronounWithoutNeRendersNoVerbNegation() {
        // NTREX-128, development half: «Никто … не могли» renders "couldn't"; «Никто … могли» does not
        assertFlaggedOnceChanged("\"And everybody she names couldn't verify it.",
                "«Никто из тех, кого она вызывала в качестве свидетелей, также не могли подтвердить эти факты.",
                "также не могли", "также могли", "negation-only-en:n't");
    }

    /** A pair without a flag gains exactly the one expected once its Russian side has {@code from} changed to {@code to}. */
    private void assertFlaggedOnceChanged(String en, String ru, String from, String to, String flag) {
        assertEquals(List.of(), PairFlags.labels(en, ru, model));
        assertTrue(ru.contains(from), ru);
        assertEquals(List.of(flag), PairFlags.labels(en, ru.replace(from, to), model));
    }

    /** A Russian side flagged with {@code flag} against one English side and with nothing against the other. */
    private void assertFlaggedAgainstOnly(String ru, String flaggedEnglish, String flag, String cleanEnglish) {
        assertEquals(List.of(flag), PairFlags.labels(flaggedEnglish, ru, model));
        assertEquals(List.of(), PairFlags.labels(cleanEnglish, ru, model));
    }

    @Test
    void aRankDeniedSaysThePositiveUnlessTheEnglishGivesARank() {
        // «не первый» ~ "one of a number of": a litotes; against "the first" it says the opposite
        assertFlaggedAgainstOnly("Канье — не первый известный рэпер, который сменил имя.", "Kanye is the first famous rapper to change his name.",
                "negation-only-ru:не", "Kanye is one of a number of famous rappers to change their name.");
        assertEquals(List.of(), PairFlags.labels("It was another fatal crash in the area.", "Это не единственная смертельная авария в районе.", model));
    }

    @Test
    void aRussianVerbInAnotherFormThanTheLexiconsIsReadThroughTheEnglishWordsTranslations() {
        // the lexicon lists use ~ «использовать»; the stemmer makes «используя» использу
        assertFlaggedAgainstOnly("Фирмы покупают участки земли, но не используя их.", "The firms buy plots of land but using them.",
                "negation-only-ru:не", "The firms buy plots of land but not using them.");
    }

    @Test
    void anyVerbOfSpeechRendersAnother() {
        String en = "\"That is a very good result,\" he said.";
        assertEquals(List.of("negation-only-ru:не"), PairFlags.labels(en, "«Это очень хороший результат», — не добавил он.", model));
        assertEquals(List.of(), PairFlags.labels(en, "«Это очень хороший результат», — добавил он.", model));
        assertTrue(SpeechVerbs.is("заявила", false) && SpeechVerbs.is("told", true));
        assertFalse(SpeechVerbs.is("state", true) || SpeechVerbs.is("sailed", true) || SpeechVerbs.is("дом", false));
    }

    @Test
    void aVerbOfSpeechPastTheQuotationIsNotWhatANegationInsideItGoverns() {
        // «нет причин грустить» renders "have to be happy" freely; «прокомментировал» is the attribution, not its scope
        String en = "\"We are still unbeaten, so I have to be happy,\" he said.";
        String ru = "«Мы всё ещё непобедимы, поэтому у меня нет причин грустить», — прокомментировал он.";
        assertEquals(List.of(), PairFlags.labels(en, ru, model));
        assertEquals(List.of("negation-only-ru:нет"), PairFlags.notes(en, ru, model));
    }

    @Test
    void itTookNoTroubleSaysItWasEasy() {
        String en = "He scored the goal easily in the 65th minute.";
        String ru = "На 65-й минуте он забил гол, и это не составило ему никакого труда.";
        // neither a flag nor a note
        assertEquals(List.of(List.of(), List.of()), List.of(PairFlags.labels(en, ru, model), PairFlags.notes(en, ru, model)));
    }

    @Test
    void ignorantIsNotKnowing() {
        assertFlaggedAgainstOnly("Это мечта людей, которые не знают нас.", "It is a dream of people who know us.", "negation-only-ru:не",
                "It is a dream of people who are ignorant about us.");
    }

    @Test
    void aStopWordAfterTheNegationIsNotTheWordAnotherWordNegatesBy() {
        // the lexicon links «прекратить» to "in" (put an end in): «прекратились» does not render "not built in"
        assertFlaggedAgainstOnly("После строительства плотины в 1963 году сезонные паводки прекратились.",
                "After the dam was not built in 1963, the seasonal floods were halted.", "negation-only-en:not",
                "After the dam was built in 1963, the seasonal floods were halted.");
    }

    @Test
    void besidesAndInsteadRenderTheirOwnWords() {
        // «кроме того» is "also", not "except"; «вместо этого» renders "instead", and no other negation
        // («кроме» stands where "not" does: read as "except", it rendered it)
        assertFlaggedAgainstOnly("Кроме того, он будет продавать старые книги и журналы в главном зале.",
                "It will not sell old books and magazines in the main hall.", "negation-only-en:not",
                "It will also sell old books and magazines in the main hall.");
        assertEquals(List.of("negation-only-en:not"), PairFlags.labels("Instead, the U.S. is not continuing its sanctions.",
                "Вместо этого США продолжают свои санкции.", model));
    }

    @Test
    void negativeIsNoNegation() {
        assertEquals(List.of("negation-only-en:not"), PairFlags.labels("The stance has not drawn a backlash from Germany.",
                "Эта позиция вызвала негативную реакцию Германии.", model));
    }

    @Test
    void aNeWordRenderingAnEnglishWordWithANegatingPrefixRendersNoOtherNegation() {
        // «непрактичные» renders "impractical" («практичн» ~ practical), though it stands where "Not" does
        assertFlaggedAgainstOnly("Непрактичные шляпы купили все.", "Not everyone bought the impractical hats.", "negation-only-en:not",
                "Everyone bought the impractical hats.");
    }

    @Test
    void aWordThatNegatesRenderedByItsOwnWordElsewhereRendersNoOtherNegation() {
        // "bans" is «запрещающий», so the «не» before «подписал» is rendered by nothing
        assertEquals(List.of("negation-only-ru:не"), PairFlags.labels("The governor signed a bill that bans the sale of violent games.",
                "Губернатор не подписал закон, запрещающий продажу жестоких игр.", model));
        // «избежать» is "avoid" by itself, though it stands right after the «не» before «хотели»
        assertEquals(List.of("negation-only-ru:не"), PairFlags.labels("The nations wanted to avoid such a war again.",
                "Государства не хотели избежать подобной войны снова.", model));
        // «избежать» is "escape", so the "not" before "help" is rendered by nothing
        assertEquals(List.of("negation-only-en:not"), PairFlags.labels("The protein can not help the virus escape the immune response.",
                "Благодаря этому белку вирус может избежать иммунного ответа.", model));
    }

    @Test
    void aWordRightAfterTheNegationOrRenderingAnotherWordIsNoOwnRendering() {
        // «не хватало» renders "lacking"; «нужды» is "necessities", though the lexicon links lack to «нужда» too
        assertEquals(List.of(), PairFlags.labels("Foster care provides all the necessities that were lacking in the home.",
                "Патронат обеспечивает все нужды, которых не хватало в доме.", model));
        // "until" is «пока не»: the «не» belongs to its rendering
        assertEquals(List.of(), PairFlags.labels("Mr. Trump had a hotel in Panama until partners evicted the management team of his company.",
                "Ему также принадлежал отель в Панаме, пока партнеры не выселили управленческую команду его компании.", model));
        // «при отсутствии» renders "no" wherever it stands, whatever else its word translates
        assertEquals(List.of(), PairFlags.labels("Cover your mouth with a tissue when coughing, or with the elbow if no tissue is available.",
                "Прикрывайте рот салфеткой при кашле, а при отсутствии салфетки — локтем.", model));
    }

    @Test
    void untilAndUnlessRenderOnlyTheNegationOfTheirOwnClause() {
        // «не открывали … до марта» is "did not open until March": "until" renders «пока не», not this «не»
        assertEquals(List.of("negation-only-ru:не"), PairFlags.labels("Construction was completed in 2011, and it did open to traffic until March 2017.",
                "Строительство было завершено в 2011 году, и его не открывали для движения до марта 2017 года.", model));
        assertEquals(List.of(), PairFlags.labels("Trump would win re-election unless impeachment ends his presidency early.",
                "Трамп победит на выборах, если импичмент досрочно не завершит его президентство.", model));
    }

    @Test
    void wordsThatSayANegationWithoutOne() {
        // landlocked ~ «не имеющая выхода к морю», "still to" ~ «ещё не», "fell short" ~ «не оправдали», "not admit" ~ «отрицает»
        for (String[] pair : new String[][] {
            {"The landlocked country hopes to reach the sea.", "Не имеющая выхода к морю страна надеется выйти к морю."},
            {"The coach is still to taste defeat this season.", "Тренер ещё не потерпел ни одного поражения в этом сезоне."},
            {"They fell well short of those standards.", "Они не оправдали этих ожиданий."},
            {"He did not admit his guilt.", "Он отрицает свою вину."},
            // "not uncommon" says "common": no negation
            {"It is not uncommon to be followed in the street.", "На улице женщин часто преследуют."}}) {
            assertEquals(List.of(), PairFlags.labels(pair[0], pair[1], model), pair[0]);
        }
    }

    @Test
    void aNegationDroppedWhereBothSidesKeepAnotherIsFlagged() {
        // the first word a negation governs that the other side renders decides: «нравится», not «часто» (a later negation's)
        String en = "Voters who don't like the president often don't vote, the pollster said.";
        assertEquals(List.of("negation-only-en:n't"), PairFlags.labels(en,
                "Избиратели, которым нравится президент, часто не голосуют, заявил социолог.", model));
        assertEquals(List.of(), PairFlags.labels(en, "Избиратели, которым не нравится президент, часто не голосуют, заявил социолог.", model));
        assertEquals(List.of("negation-only-ru:не"), PairFlags.labels("The minister said Moscow had received the note and would not reply to it.",
                "Министр заявил, что Москва не получила ноту и не будет на неё отвечать.", model));
        // a «не» after «и» negates the next clause, not the word before the conjunction
        assertEquals(List.of("negation-only-en:not"), PairFlags.labels("Moscow did not answer and will not comment, the spokesman said.",
                "Москва ответила и не будет комментировать, сообщил представитель.", model));
        assertEquals(List.of(), PairFlags.labels("Moscow did not answer and will not comment, the spokesman said.",
                "Москва не ответила и не будет комментировать, сообщил представитель.", model));
    }

    @Test
    void concordUntilAndANegationAtItsPlaceAreNoNegationDropped() {
        // «никаких … не» is one negation, which "never", five words away, renders
        assertEquals(List.of(), PairFlags.labels("Letters from the embassy were never received by the ministry this year.",
                "Никаких писем от посольства министерство в этом году не получало.", model));
        // «если … не» renders "unless"
        assertEquals(List.of(), PairFlags.labels("The court will not hear the case unless the prosecutors, after two years of work, present their evidence.",
                "Суд не будет рассматривать дело, если прокуроры не представят свои доказательства после двух лет работы.", model));
        // «пока … не» renders "until"
        assertEquals(List.of(), PairFlags.labels("Troops will not leave the town for several weeks until the new border agreement is signed by both sides.",
                "Войска не покинут город несколько недель, пока новое соглашение о границе не подпишут обе стороны.", model));
        // "No serious damage … has been reported" ~ «Не поступало сообщений …»: negations at one place render each other
        assertEquals(List.of(), PairFlags.labels("No serious damage to homes or roads has been reported, and the port remained open.",
                "Не поступало сообщений о серьёзном ущербе домам или дорогам, а порт не закрывался.", model));
    }

    @Test
    void wordsThatNegateByThemselvesAndNotUntilPairWithANegation() {
        // "without" negates «не зная»'s rendering; «неправда» is "not true" in one word
        assertEquals(List.of(), PairFlags.labels("Without knowing the answers, we cannot cut the transmission.",
                "Не зная ответов, мы не можем прервать передачу.", model));
        assertEquals(List.of(), PairFlags.labels("However, that is not true. Although something is written on the back of the letter, it is not a map of the city.",
                "Однако это неправда. Хотя что-то и написано на обороте письма, это не карта города.", model));
        // "not until" («только после») negates no word; "ever" renders «никогда» in a superlative
        assertEquals(List.of(), PairFlags.labels("Tests were not approved until March, and it was not until then that laboratories began testing.",
                "Тесты не были одобрены до марта, и только после этого лаборатории начали тестирование.", model));
        assertEquals(List.of(), PairFlags.labels("No, no, that was the worst body language I have ever seen.",
                "Нет, нет, я никогда ещё не видел такого плохого языка тела.", model));
    }

    @Test
    void notOnlyIsANegationWhereTheRussianAddsNothing() {
        assertEquals(List.of("negation-only-en:not"), PairFlags.labels("The ban will not only affect imports from the region.",
                "Запрет затронет только импорт из региона.", model));
        String en = "The ban will not only affect imports from the region but also exports.";
        assertEquals(List.of(), PairFlags.labels(en, "Запрет затронет не только импорт из региона, но и экспорт.", model));
        assertEquals(List.of(), PairFlags.labels(en, "Запрет затронет как импорт из региона, так и экспорт.", model));
    }
}
