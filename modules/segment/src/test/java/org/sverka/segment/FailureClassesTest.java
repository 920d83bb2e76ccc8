package org.sverka.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.core.BlockKind;
import org.sverka.core.Document;
import org.sverka.core.Sentence;
import org.sverka.core.SentenceKind;

/**
 * One test per failure class measured on the old ICU-based segmenter, in Russian and English:
 * news sentences written for these tests.
 */
class FailureClassesTest {
    private static final Segmenter RU = Segmenter.forLanguage("ru");
    private static final Segmenter EN = Segmenter.forLanguage("en");

    private static void splits(Segmenter segmenter, String... expected) {
        assertEquals(List.of(expected), segmenter.split(String.join(" ", expected)));
    }

    private static List<Sentence> segment(Segmenter segmenter, String paragraph) {
        return segmenter.segment(Document.builder("t").add(BlockKind.PARAGRAPH, paragraph).build());
    }

    @Test
    void directSpeechOpenedByADashStartsASentence() {
        splits(RU, "Мы согласны, — сказал он.", "– Мы готовы к диалогу.");
        splits(RU, "— Да, — ответил министр.", "— Конечно.", "— Когда начнутся переговоры?", "— В мае.");
        splits(RU, "— Переговоры сорваны!", "— заявил представитель делегации.");
        splits(EN, "The minister paused.", "— We are ready, he said.");
    }

    @Test
    void aQuotationClosedBeforeTheDashKeepsItsAttribution() {
        splits(RU, "«Это неприемлемо!» — сказал министр.", "Журналисты замолчали.");
        splits(RU, "«Вы готовы к переговорам?» — спросил журналист.", "Министр кивнул.");
    }

    @Test
    void anEllipsisEndsASentenceBeforeACapital() {
        splits(RU, "Переговоры затянулись…", "Стороны разошлись ни с чем.");
        splits(RU, "Министр помолчал...", "Затем продолжил.");
        splits(EN, "The talks dragged on…", "The sides parted without a deal.");
        assertEquals(1, RU.split("Он ждал… и ждал, но никто не пришел.").size());
    }

    @Test
    void aSentenceMayStartWithANumber() {
        splits(RU, "Встреча завершилась в Женеве.", "16 мая стороны встретятся снова.");
        splits(RU, "Потери оцениваются в 3,2 млн руб.", "2025 год стал рекордным.");
        splits(EN, "Sales fell in 2016.", "2017 was better for the company.");
        splits(EN, "Resolution No. 2254 was adopted.", "15 members voted for it.");
    }

    @Test
    void spacedInitialsThatAreAlsoWordsStayWithTheName() {
        splits(RU, "Президент России В. В. Путин провёл совещание.", "Оно длилось час.");
        splits(RU, "Об этом заявил А. И. Иванов.", "В Москве начались переговоры.");
        splits(RU, "Министр С.В. Лавров прибыл в Женеву.", "С.В.Лавров встретился с коллегой.");
        splits(EN, "The book by J. R. R. Tolkien sold well.", "Its author died in 1973.");
        splits(EN, "We met A. B. Jones in Geneva.", "I. M. Pei designed the hall.");
    }

    @Test
    void initialsAfterASurnameMayEndASentenceBeforeAnOpener() {
        splits(RU, "Документ подписал Иванов И.И.", "В тот же день он уехал.");
        splits(EN, "We make a good team, you and I.", "Did you see Albert I. Jones yesterday?");
    }

    @Test
    void aTassDatelineIsOneUnitOfKindDateline() {
        List<Sentence> ru = segment(RU, "МОСКВА, 24 мая. /ТАСС/. Министр иностранных дел России Сергей Лавров "
                + "прибыл в Женеву. Переговоры начнутся завтра.");
        assertEquals(List.of("МОСКВА, 24 мая. /ТАСС/.", "Министр иностранных дел России Сергей Лавров прибыл в Женеву.",
                "Переговоры начнутся завтра."), ru.stream().map(Sentence::text).toList());
        assertEquals(List.of(SentenceKind.DATELINE, SentenceKind.SENTENCE, SentenceKind.SENTENCE),
                ru.stream().map(Sentence::kind).toList());

        List<Sentence> en = segment(EN, "MOSCOW, May 24. /TASS/. Russian Foreign Minister Sergei Lavrov arrived in Geneva.");
        assertEquals(List.of("MOSCOW, May 24. /TASS/.", "Russian Foreign Minister Sergei Lavrov arrived in Geneva."),
                en.stream().map(Sentence::text).toList());
        assertEquals(SentenceKind.DATELINE, en.get(0).kind());
    }

    @Test
    void newsFurnitureLinesAreUnitsOfTheirKind() {
        assertEquals(SentenceKind.BYLINE, NewsFurniture.kindOf("By John Smith"));
        assertEquals(SentenceKind.BYLINE, NewsFurniture.kindOf("By JOHN SMITH and Jane O'Brien, Reuters"));
        assertEquals(SentenceKind.BYLINE, NewsFurniture.kindOf("By Ursula von der Leyen"));
        assertEquals(SentenceKind.BYLINE, NewsFurniture.kindOf("Текст: Иван Петров"));
        assertEquals(SentenceKind.CAPTION, NewsFurniture.kindOf("Фото: Михаил Метцель/ТАСС"));
        assertEquals(SentenceKind.CAPTION, NewsFurniture.kindOf("Photo: Sergei Lavrov in Geneva on Tuesday. (AP)"));
        assertEquals(SentenceKind.CAPTION, NewsFurniture.kindOf("© Reuters"));
        assertEquals(SentenceKind.RELATED, NewsFurniture.kindOf("Читайте также: Лавров прибыл в Женеву"));
        assertEquals(SentenceKind.RELATED, NewsFurniture.kindOf("READ MORE: Lavrov and Kerry agree on new talks"));
        assertEquals(SentenceKind.RELATED, NewsFurniture.kindOf("По теме"));
        // Story sentences that start like furniture stay sentences.
        assertEquals(null, NewsFurniture.kindOf("By Tuesday the talks had ended."));
        assertEquals(null, NewsFurniture.kindOf("By 2030, the plant will produce 5 million tonnes."));
        assertEquals(null, NewsFurniture.kindOf("Подробнее об этом рассказал министр."));
        assertEquals(null, NewsFurniture.kindOf("(c) the parties shall settle their disputes by peaceful means;"));
        assertEquals(null, NewsFurniture.kindOf("Photographs of the meeting were released on Tuesday."));
        assertEquals(null, NewsFurniture.kindOf("Read the full statement on the ministry's website."));
        assertEquals(null, NewsFurniture.kindOf("Image-based screening found 12 cases."));
        assertEquals(null, NewsFurniture.kindOf("Related-party transactions rose by 5%."));
        // A journalist's turn in a transcript is a speaker's label and a sentence, not an author line.
        List<Sentence> turn = segment(RU, "Корреспондент: Господин министр, когда начнутся переговоры?");
        assertEquals(List.of(SentenceKind.SPEAKER, SentenceKind.SENTENCE), turn.stream().map(Sentence::kind).toList());
    }

    @Test
    void aFurnitureLineInAParagraphIsOneUnitAndTheStoryAroundItIsNot() {
        List<Sentence> ru = segment(RU, "Лавров прибыл в Женеву. Переговоры начнутся завтра.\n"
                + "Читайте также: Керри заявил о прогрессе. Стороны довольны\nФото: ТАСС");
        assertEquals(List.of("Лавров прибыл в Женеву.", "Переговоры начнутся завтра.",
                "Читайте также: Керри заявил о прогрессе. Стороны довольны", "Фото: ТАСС"),
                ru.stream().map(Sentence::text).toList());
        assertEquals(List.of(SentenceKind.SENTENCE, SentenceKind.SENTENCE, SentenceKind.RELATED, SentenceKind.CAPTION),
                ru.stream().map(Sentence::kind).toList());
    }

    @Test
    void theSentencesOfACaptionOrAnAuthorBlockTakeItsKind() {
        Document doc = Document.builder("t")
                .add(BlockKind.BYLINE, "John Smith, Geneva")
                .add(BlockKind.CAPTION, "Sergei Lavrov and John Kerry. The talks lasted five hours.")
                .add(BlockKind.PARAGRAPH, "The ministers met in Geneva.")
                .build();
        List<Sentence> en = EN.segment(doc);
        assertEquals(List.of(SentenceKind.BYLINE, SentenceKind.CAPTION, SentenceKind.CAPTION, SentenceKind.SENTENCE),
                en.stream().map(Sentence::kind).toList());
    }

    @Test
    void otherDatelineForms() {
        List<Sentence> reuters = segment(EN, "WASHINGTON, May 24 (Reuters) - The U.S. imposed new sanctions on Monday.");
        assertEquals("WASHINGTON, May 24 (Reuters) -", reuters.get(0).text());
        assertEquals(SentenceKind.DATELINE, reuters.get(0).kind());
        List<Sentence> correspondent = segment(RU, "ВАШИНГТОН, 3 июня. /Корр. ТАСС Иван Петров/. Сенат одобрил бюджет.");
        assertEquals("ВАШИНГТОН, 3 июня. /Корр. ТАСС Иван Петров/.", correspondent.get(0).text());
        assertEquals(SentenceKind.DATELINE, correspondent.get(0).kind());
        assertEquals(SentenceKind.SENTENCE, segment(RU, "Москва, 24 мая, прошла встреча.").get(0).kind());
        List<Sentence> ria = segment(RU, "МОСКВА, 24 мая - РИА Новости. Министр прибыл в Женеву.");
        assertEquals(List.of("МОСКВА, 24 мая - РИА Новости.", "Министр прибыл в Женеву."),
                ria.stream().map(Sentence::text).toList());
        assertEquals(SentenceKind.DATELINE, ria.get(0).kind());
    }

    @Test
    void listItemsRunTogetherAreSentences() {
        splits(RU, "1. Стороны договорились о прекращении огня.", "2. Переговоры продолжатся в мае.");
        splits(RU, "Обсуждались 1) поставки зерна;", "2) удобрения;", "3) логистика.");
        splits(EN, "1) Grain deliveries resume", "2) Fertiliser exports follow");
        splits(EN, "a. The first point", "b. The second point");
    }

    @Test
    void abbreviationsThatEndASentenceBeforeACapital() {
        splits(RU, "Речь шла о поставках зерна, удобрений и т. д.", "Стороны подписали меморандум.");
        splits(RU, "Выступили представители США, Китая и др.", "Заседание продолжится завтра.");
        splits(RU, "Министры обсудили план на 2027-2036 гг.", "Подробности не сообщаются.");
        splits(EN, "The delegation visited farms, ports, etc.", "The talks ended on Friday.");
        splits(EN, "The sanctions were imposed by the U.S.", "The EU followed a week later.");
    }

    @Test
    void abbreviationsInsideASentence() {
        splits(RU, "Они обсудили экономику, культуру и т. д. и договорились о новой встрече.");
        splits(RU, "В 2014 г. Крым вошел в состав России.");
        splits(RU, "Музей им. Пушкина открыт, а театр им. К.С. Станиславского закрыт.");
        splits(RU, "Термин пришёл из английского (англ. Long Peace) в прошлом веке.");
        splits(EN, "I work for the U.S. Government in Virginia.");
        splits(EN, "The list included U.S. Sens. Lindsey Graham and Mike Lee.", "They objected.");
        splits(EN, "Gen. Petraeus met Mr. Smith on Sept. 20 at 10 a.m. Moscow time.");
    }

    @Test
    void quotationsEndingInAQuestionAnExclamationOrAnEllipsis() {
        splits(RU, "«Вы готовы к переговорам?»", "Министр кивнул.");
        splits(RU, "«Это неприемлемо!»", "Журналисты замолчали.");
        splits(RU, "«Посмотрим…»", "Он ушёл.");
        splits(EN, "\"Are you ready?\"", "The minister nodded.");
        splits(EN, "\"Never!\"", "The room fell silent.");
        splits(EN, "\"We shall see…\"", "He left.");
    }

    @Test
    void speakerLabelsAreUnitsAndTheNextTurnIsANewSentence() {
        List<Sentence> ru = segment(RU, "Вопрос: Как вы оцениваете итоги встречи? С.В.Лавров: Мы удовлетворены. "
                + "Вопрос: А санкции? Ответ: Они не помогут.");
        assertEquals(List.of("Вопрос:", "Как вы оцениваете итоги встречи?", "С.В.Лавров:", "Мы удовлетворены.",
                "Вопрос:", "А санкции?", "Ответ:", "Они не помогут."), ru.stream().map(Sentence::text).toList());
        assertEquals(List.of(SentenceKind.SPEAKER, SentenceKind.SENTENCE, SentenceKind.SPEAKER, SentenceKind.SENTENCE,
                SentenceKind.SPEAKER, SentenceKind.SENTENCE, SentenceKind.SPEAKER, SentenceKind.SENTENCE),
                ru.stream().map(Sentence::kind).toList());

        List<Sentence> en = segment(EN, "Question: How do you assess the talks? S. Lavrov: We are satisfied.");
        assertEquals(List.of("Question:", "How do you assess the talks?", "S. Lavrov:", "We are satisfied."),
                en.stream().map(Sentence::text).toList());
        assertEquals(SentenceKind.SPEAKER, en.get(2).kind());
    }

    @Test
    void aFullNameBeforeAColonIsASpeakerLabel() {
        List<Sentence> en = segment(EN, "Sergey Lavrov: Good afternoon. Question: Will the talks resume? "
                + "Sergey Lavrov: We are ready.");
        assertEquals(List.of("Sergey Lavrov:", "Good afternoon.", "Question:", "Will the talks resume?", "Sergey Lavrov:",
                "We are ready."), en.stream().map(Sentence::text).toList());
        assertEquals(SentenceKind.SPEAKER, en.get(4).kind());
        assertEquals(List.of("He named three goals: peace, trade and growth."),
                EN.split("He named three goals: peace, trade and growth."));
    }

    @Test
    void aSpeakerLabelAfterAnInitialStillStartsATurn() {
        assertEquals(List.of("Он прибыл в 2020 г.", "С.В.Лавров:", "Мы готовы."),
                RU.split("Он прибыл в 2020 г. С.В.Лавров: Мы готовы."));
    }

    @Test
    void punctuationAloneIsNoSentence() {
        assertEquals(List.of(". Scientists say the plumage was brown.", "It was small."),
                EN.split(". Scientists say the plumage was brown. It was small."));
        assertEquals(List.of("… Переговоры продолжились.", "Итогов нет."), RU.split("… Переговоры продолжились. Итогов нет."));
    }

    @Test
    void aLineBreakInsideABlockEndsASentence() {
        assertEquals(List.of("Lavrov meets Kerry", "The ministers met in Geneva."),
                EN.split("Lavrov meets Kerry\nThe ministers met in Geneva."));
    }
}
