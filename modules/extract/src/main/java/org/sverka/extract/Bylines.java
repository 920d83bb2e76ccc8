package org.sverka.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells a web page's author line by its markup: an element with {@code rel="author"} or
 * {@code itemprop="author"}, or whose class or id has a word {@code byline}, {@code author} or
 * {@code authors} (as in {@code article-byline}, {@code post__author}; not {@code byline-share},
 * which holds sharing buttons), and whose text is short enough to be a name line (at most
 * {@value #MAX_LENGTH} characters: an author's biography is not a byline).
 * <pre>{@code
 * Bylines.marks(Jsoup.parse("<p class=\"byline\">By John Smith</p>").selectFirst("p"));   // true
 * }</pre>
 */
final class Bylines {
    /** The longest text of an author line. */
    static final int MAX_LENGTH = 120;
    private static final Pattern WORD = Pattern.compile("(?:^|[-_])(?:byline|author|authors)(?:[-_]|$)",
            Pattern.CASE_INSENSITIVE);

    private Bylines() {
    }

    /**
     * @param e an element that starts a block
     * @return whether the page marks it as the author line
     */
    static boolean marks(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
        if (!names.contains("author") && !names.contains("byline") && !e.hasAttr("rel") && !e.hasAttr("itemprop")) {
            return false;
        }
        boolean marked = "author".equalsIgnoreCase(e.attr("rel")) || "author".equalsIgnoreCase(e.attr("itemprop"))
                || marked(e.id());
        if (!marked) {
            for (String c : e.classNames()) {
                if (marked(c)) {
                    marked = true;
                    break;
                }
            }
        }
        return marked && e.text().length() <= MAX_LENGTH && !e.text().isBlank();
    }

    private static boolean marked(String word) {
        return !word.isEmpty() && !word.toLowerCase(java.util.Locale.ROOT).contains("share") && WORD.matcher(word).find();
    }
}
