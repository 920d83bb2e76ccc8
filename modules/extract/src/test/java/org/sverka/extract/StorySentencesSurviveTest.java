package org.sverka.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sverka.core.Document;
import org.sverka.core.DroppedBlock;

/**
 * No silent loss: story sentences that merely contain a furniture filter's trigger word are kept,
 * in web pages, plain text and Word documents; every trigger of the phrase filter is probed.
 */
class StorySentencesSurviveTest {
    static final Extractor EXTRACTOR = ExtractorTest.EXTRACTOR;

    /** Sentences that the old filter dropped and that are plainly news. */
    static final List<String> NEWS = List.of(
            "Путин подписал закон о бюджете на 2025 год.",
            "Подписан указ о назначении нового министра.",
            "Реклама на телевидении подорожала на 20 процентов.",
            "Регистрация кандидатов завершится в пятницу, сообщил ЦИК.",
            "Войти в состав совета директоров может и представитель государства.",
            "Subscribers to the service rose by a fifth in the first quarter.",
            "Copyright law was changed by the parliament on Wednesday.",
            "Cookie maker Mondelez reported higher sales on Thursday.",
            "Share prices fell sharply in Tokyo on Monday.",
            "Related talks will resume in Geneva next week.",
            "Advertisement revenue at the group fell by 8 percent.");

    /** Short news paragraphs in English and Russian that contain one trigger, at the start and inside. */
    static List<String> probes(String trigger) {
        String cap = trigger.substring(0, 1).toUpperCase(Locale.ROOT) + trigger.substring(1);
        return List.of(
                cap + " figures rose by 12 percent in March, the ministry said on Tuesday.",
                "The ministry said on Tuesday that " + trigger + " figures rose by 12 percent in March.",
                cap + " выросли на 12 процентов в марте, сообщило министерство во вторник.",
                "Министерство во вторник сообщило, что " + trigger + " выросли на 12 процентов в марте.");
    }

    static List<String> allProbes() {
        List<String> out = new ArrayList<>(NEWS);
        for (BoilerplatePhraseFilter.Phrase p : BoilerplatePhraseFilter.phrases()) {
            out.addAll(probes(p.trigger()));
        }
        return out;
    }

    static String page(List<String> paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>News</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article><h1>Ministry reports figures</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</article><footer><a href='/about'>About us</a></footer></body></html>").toString();
    }

    static void assertAllKept(List<String> sentences, Document doc, String what) {
        List<String> texts = ExtractorTest.texts(doc);
        for (String s : sentences) {
            assertTrue(texts.contains(s), what + ": lost «" + s + "»; dropped: " + doc.dropped());
        }
        for (DroppedBlock d : doc.dropped()) {
            assertFalse(sentences.contains(d.text()), what + ": dropped a story sentence " + d);
        }
    }

    @Test
    void everyTriggerIsProbed() {
        assertTrue(BoilerplatePhraseFilter.phrases().size() >= 20);
        for (BoilerplatePhraseFilter.Phrase p : BoilerplatePhraseFilter.phrases()) {
            for (String probe : probes(p.trigger())) {
                assertFalse(BoilerplatePhraseFilter.isBoilerplate(probe), p.trigger() + ": " + probe);
            }
        }
    }

    @Test
    void newsSentencesWithTriggerWordsAreNotPhrases() {
        for (String s : NEWS) {
            assertFalse(BoilerplatePhraseFilter.isBoilerplate(s), s);
        }
    }

    @Test
    void furniturePhrasesAreStillRecognised() {
        for (String s : List.of("Subscribe to our newsletter", "Back to top", "Share on Facebook", "Read more »",
                "© 2024 Reuters. All rights reserved.", "Copyright © 2023 The Times", "We use cookies to improve your experience.",
                "Подпишитесь на наш канал в Telegram", "Наверх", "Реклама", "Читайте также: Лавров прибыл в Женеву",
                "Все права защищены.", "Войти", "Регистрация", "Поделиться")) {
            assertTrue(BoilerplatePhraseFilter.isBoilerplate(s), s);
        }
    }

    @Test
    void webPageKeepsEveryProbe() {
        for (BoilerplatePhraseFilter.Phrase p : BoilerplatePhraseFilter.phrases()) {
            List<String> probes = probes(p.trigger());
            Document doc = EXTRACTOR.extract(bytes(page(probes)), "probe.html");
            assertAllKept(probes, doc, "html, trigger " + p.trigger());
        }
        Document news = EXTRACTOR.extract(bytes(page(NEWS)), "news.html");
        assertAllKept(NEWS, news, "html");
    }

    @Test
    void plainTextKeepsEveryProbe() {
        List<String> probes = allProbes();
        Document doc = EXTRACTOR.extract(bytes(String.join("\n\n", probes)), "probe.txt");
        assertAllKept(probes, doc, "txt");
        assertEquals(List.of(), doc.dropped());
    }

    @Test
    void wordDocumentKeepsEveryProbe() throws IOException {
        List<String> probes = allProbes();
        StringBuilder body = new StringBuilder();
        for (String p : probes) {
            body.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
        }
        byte[] docx = HostileInputTest.docx(HostileInputTest.wordDocument(body.toString()));
        Document doc = EXTRACTOR.extract(new ByteArrayInputStream(docx), "probe.docx");
        assertAllKept(probes, doc, "docx");
        assertEquals(List.of(), doc.dropped());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Путин подписал закон о бюджете.", "Subscribers to the service rose by a fifth."})
    void aSentenceWithALinkInItIsNotALinkList(String sentence) {
        String linked = sentence.replaceFirst("(\\S+ \\S+)", "<a href='/x'>$1</a>");
        RawBlock block = new RawBlock(org.sverka.core.BlockKind.PARAGRAPH, sentence, false,
                sentence.indexOf(' ', sentence.indexOf(' ') + 1), 0);
        assertEquals(List.of(block), new LinkListFilter().filter(List.of(block)), linked);
        Document doc = EXTRACTOR.extract(bytes(page(List.of(linked.replace("<a href='/x'>", "<a href='/x'>")
                + "", "The talks ended on Friday, both sides said."))), "link.html");
        assertTrue(doc.text().contains(sentence), doc.text());
    }

    @Test
    void aMenuIsALinkList() {
        RawBlock menu = new RawBlock(org.sverka.core.BlockKind.PARAGRAPH, "Главная Политика Экономика", false, 26, 0);
        assertEquals(List.of(), new LinkListFilter().filter(List.of(menu)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Путин подписал закон.", "Copyright law was changed."})
    void aRepeatWithinOnePartIsTheAuthorsAndStays(String sentence) {
        RawBlock a = new RawBlock(org.sverka.core.BlockKind.PARAGRAPH, sentence, false, 0, 0);
        RawBlock b = new RawBlock(org.sverka.core.BlockKind.PARAGRAPH, sentence, false, 0, 0);
        assertEquals(2, new DuplicateBlockFilter().filter(List.of(a, b)).size());
        RawBlock later = new RawBlock(org.sverka.core.BlockKind.PARAGRAPH, sentence, false, 0, 1);
        assertEquals(List.of(a), new DuplicateBlockFilter().filter(List.of(a, later)));
    }

    @Test
    void anEmailFooterIsDroppedAndListedButItsStoryStays() {
        String eml = "From: desk@example.org\r\nSubject: Talks\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Путин подписал закон о бюджете.</p>"
                + "<p>Subscribers to the service rose by a fifth.</p><p>Подпишитесь на нашу рассылку</p>"
                + "<div class='footer'><p>Newsroom, 1 Main Street</p></div></body></html>\r\n";
        Document doc = EXTRACTOR.extract(bytes(eml), "desk.eml");
        assertAllKept(List.of("Путин подписал закон о бюджете.", "Subscribers to the service rose by a fifth."), doc, "eml");
        List<String> dropped = doc.dropped().stream().map(d -> d.reason() + ":" + d.text()).toList();
        assertEquals(List.of("boilerplate-element:Newsroom, 1 Main Street", "phrase:Подпишитесь на нашу рассылку"), dropped);
        Document kept = Extractor.builder().keepBoilerplate(true).build().extract(bytes(eml), "desk.eml");
        assertTrue(kept.text().contains("Newsroom, 1 Main Street") && kept.text().contains("Подпишитесь"), kept.text());
        assertEquals(List.of(), kept.dropped());
    }

    static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
