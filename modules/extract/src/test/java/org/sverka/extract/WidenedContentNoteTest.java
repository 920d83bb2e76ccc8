package org.sverka.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.core.Document;

/** When the content first chosen is widened to keep the story, the document says so in a note. */
class WidenedContentNoteTest {
    static final Extractor SCORER = Extractor.builder().webContent(WebContent.SCORER).build();

    static Document extract(Extractor extractor, String html) {
        return extractor.extract(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "page.html");
    }

    static String paragraph(String subject) {
        return "<p>" + subject + " met the delegation on Tuesday in Geneva and spoke about the ceasefire for an hour"
                + " before the talks went on behind closed doors.</p>";
    }

    @Test
    void aStorySpreadOverSeveralContainersIsWidenedAndTheNoteSaysWhy() {
        // the best-scoring container (a paragraph full of commas) holds a quarter of the page's paragraph text
        String html = "<html><body><div class='story'><p>The minister, his deputy, the envoy, the advisers, the"
                + " interpreters, the guards, the drivers and the press officers, all of them tired, arrived late"
                + " on Monday, after a long flight, and went straight to the hotel, where they stayed.</p></div>"
                + "<div>" + paragraph("The minister") + "</div><div>" + paragraph("His deputy") + "</div><div>"
                + paragraph("The envoy") + "</div></body></html>";
        Document doc = extract(SCORER, html);
        assertTrue(doc.text().contains("The envoy met the delegation"), doc.text());
        assertEquals(1, doc.notes().size(), doc.notes().toString());
        String note = doc.notes().get(0);
        assertTrue(note.startsWith("The main content first chosen (<div class=\"story\">) held"), note);
        assertTrue(note.endsWith("so it was widened to the whole page to keep the whole story."), note);
    }

    @Test
    void aStoryInOneContainerHasNoNote() {
        String html = "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article>"
                + paragraph("The minister") + paragraph("His deputy") + paragraph("The envoy") + "</article></body></html>";
        for (Extractor extractor : List.of(SCORER, ExtractorTest.EXTRACTOR)) {
            Document doc = extract(extractor, html);
            assertTrue(doc.text().contains("The envoy met the delegation"), doc.text());
            assertEquals(List.of(), doc.notes());
        }
    }

    @Test
    void readersCommentsDoNotMakeAShortStoryLookTooSmall() {
        // a two-paragraph story under a long comment thread: the comments are not the story, so the
        // story's container is not widened to take them in (a WordPress body class "no-comments" changes nothing)
        StringBuilder comments = new StringBuilder("<section id='comments'><ol class='comment-list'>");
        for (int i = 0; i < 8; i++) {
            comments.append("<li><div class='commentBody'>").append(paragraph("Reader " + i)).append("</div></li>");
        }
        comments.append("</ol></section>");
        String html = "<html><body class='single no-comments'><div class='wrap'><article class='story'>"
                + paragraph("The minister") + paragraph("The envoy") + "</article>" + comments + "</div></body></html>";
        Document doc = extract(SCORER, html);
        assertTrue(doc.text().contains("The envoy met the delegation"), doc.text());
        assertTrue(!doc.text().contains("Reader 3"), doc.text());
        assertEquals(List.of(), doc.notes());
    }
}
