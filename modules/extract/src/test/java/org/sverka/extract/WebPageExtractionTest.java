package org.sverka.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.sverka.core.Block;
import org.sverka.core.BlockKind;
import org.sverka.core.Document;
import org.sverka.core.DroppedBlock;

/** The page layouts that made the old SAX filter lose whole stories, and what every page must keep. */
class WebPageExtractionTest {
    static final Extractor EXTRACTOR = ExtractorTest.EXTRACTOR;
    static final List<String> STORY = List.of(
            "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry met in Geneva on Tuesday for more than five hours.",
            "The talks focused on a ceasefire in Syria and on humanitarian access to Deir ez-Zor and Raqqa, officials said.",
            "“We have agreed on the next steps, and our experts will meet again on Sept. 20,” Mr. Lavrov told reporters.",
            "According to the U.N., about 1.5 million people in the region need aid, and 62% of them are children.");
    static final String HEADLINE = "Lavrov and Kerry agree on new talks in Geneva";
    static final String MENU = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li>"
            + "<li><a href='/p'>Politics</a></li><li><a href='/b'>Business</a></li></ul></nav>";
    static final String FOOTER = "<footer><p><a href='/about'>About us</a> <a href='/contact'>Contact</a></p></footer>";

    static String paragraphs() {
        StringBuilder b = new StringBuilder();
        STORY.forEach(p -> b.append("<p>").append(p).append("</p>\n"));
        return b.toString();
    }

    static Document extract(Extractor extractor, String html) {
        return extractor.extract(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "page.html");
    }

    static void assertStoryKept(Document doc) {
        List<String> texts = ExtractorTest.texts(doc);
        assertTrue(texts.contains(HEADLINE), "headline lost: " + texts);
        for (String p : STORY) {
            assertTrue(texts.contains(p), "lost «" + p + "» from " + texts);
        }
    }

    static String wrapped(String open, String close) {
        return "<html><head><title>" + HEADLINE + " | World</title><script>var tracking = 'x';</script>"
                + "<style>p{color:red}</style></head><body>" + MENU + open + "<h1>" + HEADLINE + "</h1>" + paragraphs()
                + close + FOOTER + "</body></html>";
    }

    @ParameterizedTest
    @EnumSource(WebContent.class)
    void anAncestorNamedSidebarAdModalOrPaywallDoesNotHideTheStory(WebContent how) {
        Extractor extractor = Extractor.builder().webContent(how).build();
        for (String cls : List.of("layout-with-sidebar", "ad-wrapper", "modal-open", "paywall", "nav-page")) {
            assertStoryKept(extract(extractor, wrapped("<div class='" + cls + "'><div class='inner'>", "</div></div>")));
        }
    }

    @ParameterizedTest
    @EnumSource(WebContent.class)
    void anAspNetFormAroundThePageKeepsTheStory(WebContent how) {
        Extractor extractor = Extractor.builder().webContent(how).build();
        String html = "<html><body><form method='post' action='./story.aspx' id='aspnetForm'>"
                + "<input type='hidden' name='__VIEWSTATE' value='abc'>" + MENU + "<div id='content'><h1>" + HEADLINE
                + "</h1>" + paragraphs() + "</div>" + FOOTER + "</form></body></html>";
        assertStoryKept(extract(extractor, html));
    }

    @ParameterizedTest
    @EnumSource(WebContent.class)
    void amongSeveralArticlesTheStoryWins(WebContent how) {
        Extractor extractor = Extractor.builder().webContent(how).build();
        String teaser = "<article class='teaser'><h3><a href='/t%d'>Other news %d</a></h3><p>Short teaser.</p></article>";
        String html = "<html><body>" + MENU + String.format(teaser, 1, 1) + "<article class='story'><header><h1>"
                + HEADLINE + "</h1></header>" + paragraphs() + "</article>" + String.format(teaser, 2, 2)
                + String.format(teaser, 3, 3) + FOOTER + "</body></html>";
        Document doc = extract(extractor, html);
        assertStoryKept(doc);
        assertFalse(doc.text().contains("Other news"), doc.text());
    }

    @Test
    void theHeadlineInAHeaderAndTheLeadAreKept() {
        String lead = "The two ministers said a new round would start in Geneva within a month, after five hours of talks.";
        String html = "<html><body>" + MENU + "<header class='article-header'><h1>" + HEADLINE + "</h1><p class='standfirst'>"
                + lead + "</p></header><div class='article-body'>" + paragraphs() + "</div>" + FOOTER + "</body></html>";
        Document doc = extract(EXTRACTOR, html);
        assertStoryKept(doc);
        List<String> texts = ExtractorTest.texts(doc);
        assertEquals(HEADLINE, texts.get(0));
        assertEquals(BlockKind.HEADING, doc.blocks().get(0).kind());
        assertTrue(texts.contains(lead), texts.toString());
    }

    @Test
    void tablesAndListsInsideTheArticleAreKeptWithTheirKinds() {
        String html = wrapped("<article>", "<ul><li>a ceasefire in the north</li><li>humanitarian convoys</li></ul>"
                + "<table><tr><th>City</th><th>Population</th></tr><tr><td>Raqqa</td><td>220,000</td></tr></table></article>");
        Document doc = extract(EXTRACTOR, html);
        assertStoryKept(doc);
        List<Block> blocks = doc.blocks();
        assertTrue(blocks.stream().anyMatch(b -> b.kind() == BlockKind.LIST_ITEM && b.text().equals("humanitarian convoys")));
        assertTrue(blocks.stream().anyMatch(b -> b.kind() == BlockKind.TABLE_CELL && b.text().equals("220,000")));
    }

    @Test
    void aPhotoCaptionAndTheAuthorLineAreMarkedWhereverTheyGo() {
        String html = "<html><head><title>" + HEADLINE + "</title></head><body>" + MENU + "<article><h1>" + HEADLINE
                + "</h1><p class='article__byline'>By John Smith</p>"
                + "<figure><img src='talks.jpg'><figcaption>Sergei Lavrov and John Kerry in Geneva.</figcaption></figure>"
                + paragraphs() + "<p class='author-share'>Share this story</p></article>" + FOOTER + "</body></html>";
        Document doc = extract(EXTRACTOR, html);
        assertStoryKept(doc);
        assertTrue(doc.blocks().stream().anyMatch(b -> b.kind() == BlockKind.CAPTION
                && b.text().equals("Sergei Lavrov and John Kerry in Geneva.")), doc.blocks().toString());
        // The story's paragraphs stay paragraphs.
        assertTrue(doc.blocks().stream().filter(b -> STORY.contains(b.text())).allMatch(b -> b.kind() == BlockKind.PARAGRAPH));
        // The main-content choice leaves the author line out (it is in the document's info); it is listed as one.
        assertTrue(doc.dropped().stream().anyMatch(d -> d.kind() == BlockKind.BYLINE && d.text().equals("By John Smith")),
                doc.dropped().toString());
        // Kept with the page's furniture, it is still an author line; a class naming sharing buttons marks none.
        Document all = extract(Extractor.builder().keepBoilerplate(true).build(), html);
        assertTrue(all.blocks().stream().anyMatch(b -> b.kind() == BlockKind.BYLINE && b.text().equals("By John Smith")),
                all.blocks().toString());
        assertTrue(all.blocks().stream().noneMatch(b -> b.kind() == BlockKind.BYLINE && b.text().contains("Share")),
                all.blocks().toString());
    }

    @Test
    void anAuthorsLongBiographyIsNotAnAuthorLine() {
        String bio = "John Smith has covered Russian foreign policy for twenty years, first from Moscow and then from "
                + "Geneva, and writes about arms control, sanctions and the United Nations.";
        Document doc = extract(EXTRACTOR, wrapped("<article>", "<p class='author-bio'>" + bio + "</p></article>"));
        assertTrue(doc.blocks().stream().noneMatch(b -> b.kind() == BlockKind.BYLINE), doc.blocks().toString());
    }

    @Test
    void everyBlockLeftOutIsListedWithItsReasonAndScriptsAreNot() {
        Document doc = extract(EXTRACTOR, wrapped("<main><article>", "<p><a href='/share'>Share on Facebook</a></p>"
                + "<p>Subscribe to our newsletter</p></article></main>"));
        assertStoryKept(doc);
        List<String> dropped = doc.dropped().stream().map(d -> d.reason() + ":" + d.text()).toList();
        assertTrue(dropped.contains("outside-main-content:Home"), dropped.toString());
        assertTrue(dropped.contains("outside-main-content:About us Contact"), dropped.toString());
        assertTrue(dropped.contains("link-list:Share on Facebook"), dropped.toString());
        assertTrue(dropped.contains("phrase:Subscribe to our newsletter"), dropped.toString());
        for (DroppedBlock d : doc.dropped()) {
            assertFalse(d.text().contains("tracking") || d.text().contains("color:red"), d.toString());
        }
    }

    @Test
    void keepBoilerplateKeepsTheFurnitureButNotTheScripts() {
        Extractor keepAll = Extractor.builder().keepBoilerplate(true).build();
        Document doc = extract(keepAll, wrapped("<article>", "<p>Subscribe to our newsletter</p></article>"));
        assertStoryKept(doc);
        List<String> texts = ExtractorTest.texts(doc);
        assertTrue(texts.containsAll(List.of("Home", "Politics", "About us Contact", "Subscribe to our newsletter")), texts.toString());
        assertEquals(List.of(), doc.dropped());
        assertFalse(doc.text().contains("tracking") || doc.text().contains("color:red"));
    }

    @Test
    void aPageOfShortParagraphsNeverYieldsNothing() {
        String html = "<html><body><div class='sidebar'><p>Talks end.</p></div><div class='footer-widget'>"
                + "<p>Both sides pleased.</p></div></body></html>";
        Document doc = extract(EXTRACTOR, html);
        assertEquals(List.of("Talks end.", "Both sides pleased."), ExtractorTest.texts(doc));
    }

    @Test
    void titleAuthorAndDateGoIntoTheDocumentInfo() {
        String head = "<meta property='og:title' content='" + HEADLINE + "'><meta name='author' content='Anna Petrova'>"
                + "<meta property='article:published_time' content='2016-09-13T21:05:00+03:00'>";
        String html = wrapped("<article>", "</article>").replace("<head>", "<head>" + head);
        Document doc = extract(EXTRACTOR, html);
        assertEquals(HEADLINE, doc.info().title());
        assertEquals("Anna Petrova", doc.info().author());
        assertEquals("2016-09-13", doc.info().published());
    }

    @Test
    void jsonLdGivesAuthorAndDateWhenMetaTagsDoNot() {
        String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"" + HEADLINE + "\",\"datePublished\":\"2016-09-13\",\"author\":[{\"@type\":\"Person\","
                + "\"name\":\"Ivan Petrov\"}]}</script>";
        Document doc = extract(EXTRACTOR, wrapped("<article>", "</article>").replace("<head>", "<head>" + ld));
        assertEquals("Ivan Petrov", doc.info().author());
        assertEquals("2016-09-13", doc.info().published());
        assertFalse(doc.text().contains("schema.org"));
    }
}
