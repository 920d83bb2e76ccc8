package org.sverka.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sverka.core.DocumentInfo;

/** A page's title, author and date from its meta tags, JSON-LD and elements. */
class PageInfoReaderTest {
    private static DocumentInfo read(String head, String body) {
        return PageInfoReader.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void jsonLdGivesHeadlineAuthorAndDate() {
        DocumentInfo info = read(ld("{\"@type\":\"NewsArticle\",\"headline\":\"Lavrov and Kerry discuss Syria\","
                + "\"datePublished\":\"2016-05-24T10:15:00+03:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Ivan Petrov\"}}"),
                "<p>Text.</p>");
        assertEquals(new DocumentInfo("Lavrov and Kerry discuss Syria", "Ivan Petrov", "2016-05-24"), info);
    }

    @Test
    void theArticleIsFoundInAGraphOrAListAndTheFirstOfSeveralAuthorsIsTaken() {
        DocumentInfo graph = read(ld("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"TASS\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Лавров и Керри\",\"datePublished\":\"2016-05-24\","
                + "\"author\":[{\"name\":\"Мария Иванова\"},{\"name\":\"Second\"}]}]}"), "");
        assertEquals(new DocumentInfo("Лавров и Керри", "Мария Иванова", "2016-05-24"), graph);
        DocumentInfo list = read(ld("[{\"@type\":\"Organization\"},{\"headline\":\"In a list\",\"author\":\"Desk\"}]"), "");
        assertEquals(new DocumentInfo("In a list", "Desk", ""), list);
    }

    @Test
    void metaTagsComeBeforeJsonLdAndBrokenJsonLdIsOnlyIgnored() {
        DocumentInfo info = read("<meta property=\"og:title\" content=\"From Open Graph\">"
                + "<meta property=\"article:published_time\" content=\"2020-01-02T00:00:00Z\">"
                + ld("{\"headline\":\"From JSON-LD\",\"datePublished\":\"2019-12-31\"}"), "");
        assertEquals(new DocumentInfo("From Open Graph", "", "2020-01-02"), info);
        DocumentInfo broken = read("<title>The title</title>" + ld("{\"headline\": \"unclosed"), "<time datetime=\"2021-03-04\">4 March</time>");
        assertEquals(new DocumentInfo("The title", "", "2021-03-04"), broken);
    }

    @Test
    void nonTextValuesAndLinksAsAuthorsGiveNothing() {
        DocumentInfo info = read(ld("{\"headline\":42,\"datePublished\":null,\"author\":\"https://example.org/staff\"}"),
                "<h1>The heading</h1>");
        assertEquals(new DocumentInfo("The heading", "", ""), info);
    }
}
