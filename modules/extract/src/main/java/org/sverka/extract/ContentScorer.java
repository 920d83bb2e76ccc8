package org.sverka.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Chooses the main content of a web page by scoring its elements, in the manner of Mozilla's
 * Readability: every paragraph-like element (a {@code p}, {@code pre}, {@code td},
 * {@code blockquote}, a long {@code li}, a {@code div} holding text of its own) scores by its
 * length and its commas, and gives its score to its parent, half to its grandparent and less to
 * the ancestors above; an element's score is weighed by its tag, by its class and id names and by
 * its link density; the best element wins and its siblings that belong to it (well scored, or
 * plain paragraphs with few links) join it. Class and id names are weights, never vetoes: an
 * element called {@code sidebar} that holds the story still wins.
 *
 * <p>Two safeguards: a headline ({@code h1}) and a lead standing before the chosen content are
 * kept, and when the chosen content holds far less text than the page's paragraphs, the choice is
 * widened to an ancestor until it holds enough ({@link Choice#widened()} says so).
 * <pre>{@code
 * ContentScorer.Choice c = new ContentScorer().choose(jsoupDocument.body());
 * List<RawBlock> kept = DomBlockWalker.blocks(c.roots());
 * }</pre>
 * Instances are stateless and thread-safe.
 *
 * <p>Over 300 lines because scoring, choosing with siblings, widening and putting back the headline are one decision over the same measured lengths; split, each part would need the others' tables.
 */
public final class ContentScorer {
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|richtext|markdown");
    private static final Pattern NEGATIVE = Pattern.compile(
            "hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related"
            + "|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|social|newsletter|subscribe"
            + "|cookie|consent|breadcrumb|menu|nav|popup|modal|advert|byline-share|recommend");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…»”\"](\\s|$)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> BLOCK_CHILDREN = Set.of("p", "div", "section", "article", "table", "ul", "ol",
            "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "nav", "aside",
            "form", "figure", "main", "li", "tr", "td");
    private static final int MIN_PARAGRAPH = 25;
    /** Widen when the choice holds less than this share of the page's paragraph text (0.5 best of 0.15-0.9 on even ids). */
    private static final double WIDEN_BELOW = 0.5;

    /**
     * What was chosen.
     *
     * @param roots   the elements that make the content, in document order
     * @param widened true when the best-scoring element held too little of the page's paragraph
     *                text and an ancestor was taken instead
     * @param note    when widened, one sentence saying what was widened and why; else empty
     */
    public record Choice(List<Element> roots, boolean widened, String note) {
    }

    /**
     * @param body the page's body
     * @return the main content
     */
    public Choice choose(Element body) {
        Map<Element, int[]> lengths = new IdentityHashMap<>();
        measure(body, lengths);
        Map<Element, Double> scores = new IdentityHashMap<>();
        double pageParagraphText = 0;
        for (Element e : body.getAllElements()) {
            if (!isParagraph(e, lengths)) {
                continue;
            }
            int[] len = lengths.get(e);
            if (len == null || len[0] < MIN_PARAGRAPH) {
                continue;
            }
            String text = e.text();
            double score = 1 + commas(text) + Math.min(3, text.length() / 100.0);
            if (!inCommentSection(e)) {
                pageParagraphText += Math.max(0, len[0] - len[1]);
            }
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / divider, Double::sum);
            }
        }
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            Element e = en.getKey();
            if (e.normalName().equals("html")) {
                continue;
            }
            double f = (en.getValue() + tagWeight(e) + classWeight(e)) * (1 - linkDensity(e, lengths));
            finals.put(e, f);
            if (f > topScore) {
                top = e;
                topScore = f;
            }
        }
        if (top == null) {
            return new Choice(List.of(body), false, "");
        }
        while (top.parent() != null && top != body && top.parent().childrenSize() == 1
                && !top.parent().normalName().equals("html")) {
            top = top.parent();
        }
        List<Element> roots = withSiblings(top, topScore, finals, lengths);
        double firstText = textOf(roots, lengths);
        boolean widened = false;
        Element widest = top;
        while (textOf(roots, lengths) < WIDEN_BELOW * pageParagraphText && widest.parent() != null
                && !widest.normalName().equals("body") && !widest.parent().normalName().equals("html")) {
            widest = widest.parent();
            roots = List.of(widest);
            widened = true;
        }
        if (textOf(roots, lengths) < WIDEN_BELOW * pageParagraphText) {
            roots = List.of(body);
            widened = true;
        }
        String note = !widened ? "" : String.format(java.util.Locale.ROOT, "The main content first chosen (%s) held"
                + " %.0f%% of the page's paragraph text, so it was widened to %s to keep the whole story.",
                describe(top), 100 * firstText / pageParagraphText, roots.get(0) == body ? "the whole page" : describe(roots.get(0)));
        return new Choice(withHeadline(body, roots, lengths), widened, note);
    }

    /** Class or id tokens of a readers' comment section: comments, comment-list, commentBody, disqus_thread. */
    private static final java.util.regex.Pattern COMMENT_SECTION = java.util.regex.Pattern.compile(
            "comments?(?:[-_]?(?:list|body|content|text|area|section|thread|threads|wrap|wrapper|container|s))?"
            + "|comment[A-Z]\\w*|disqus_thread");

    /**
     * True when a paragraph sits in readers' comments (an ancestor below the body whose class or id
     * names a comment section). Comments are not the story, so they do not count in the page's
     * paragraph text against which a choice that looks too small is widened.
     */
    static boolean inCommentSection(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body") && !a.normalName().equals("html"); a = a.parent()) {
            if (COMMENT_SECTION.matcher(a.id()).matches()) {
                return true;
            }
            for (String token : a.classNames()) {
                if (COMMENT_SECTION.matcher(token).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An element as a reader of the page's source would find it: its tag with its id or class. */
    static String describe(Element e) {
        if (!e.id().isEmpty()) {
            return "<" + e.normalName() + " id=\"" + e.id() + "\">";
        }
        return e.className().isEmpty() ? "<" + e.normalName() + ">" : "<" + e.normalName() + " class=\"" + e.className() + "\">";
    }

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> finals,
                                              Map<Element, int[]> lengths) {
        boolean whole = top.normalName().equals("body") || top.parent() == null;
        Element parent = whole ? top : top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> roots = new ArrayList<>();
        if (whole) {
            topScore = 0;
            threshold = 10;
        }
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            int[] len = lengths.get(sibling);
            if (len == null || len[0] == 0) {
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double score = finals.get(sibling);
            if (score != null && score + bonus >= threshold) {
                roots.add(sibling);
                continue;
            }
            String tag = sibling.normalName();
            if (tag.equals("p") || tag.equals("blockquote") || tag.equals("ul") || tag.equals("ol")
                    || tag.equals("table") || tag.matches("h[2-6]") || (tag.equals("div") && !hasBlockChildren(sibling))) {
                double ld = linkDensity(sibling, lengths);
                String text = sibling.text();
                int minimum = whole ? MIN_PARAGRAPH : 80;
                if (text.length() > minimum && ld < 0.25 && !(whole && classWeight(sibling) < 0)
                        || text.length() <= 80 && ld == 0 && (SENTENCE_END.matcher(text).find() || tag.matches("h[2-6]"))) {
                    roots.add(sibling);
                }
            }
        }
        return roots.isEmpty() ? List.of(top) : roots;
    }

    private static List<Element> withHeadline(Element body, List<Element> roots, Map<Element, int[]> lengths) {
        Element h1 = body.selectFirst("h1");
        if (h1 == null || inside(h1, roots)) {
            return roots;
        }
        Element first = roots.get(0);
        if (!precedes(h1, first)) {
            return roots;
        }
        List<Element> out = new ArrayList<>();
        out.add(h1);
        // a lead: paragraphs after the headline in the same container, with few links
        Element container = h1.parent();
        if (container != null && !inside(first, List.of(container))) {
            boolean after = false;
            for (Element sibling : container.children()) {
                if (sibling == h1) {
                    after = true;
                    continue;
                }
                if (after && sibling.normalName().equals("p") && sibling.text().length() >= 40
                        && linkDensity(sibling, lengths) < 0.3) {
                    out.add(sibling);
                }
            }
        }
        out.addAll(roots);
        return out;
    }

    private static boolean precedes(Element a, Element b) {
        List<Integer> pa = path(a);
        List<Integer> pb = path(b);
        for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
            int c = Integer.compare(pa.get(i), pb.get(i));
            if (c != 0) {
                return c < 0;
            }
        }
        return pa.size() < pb.size();
    }

    private static List<Integer> path(Element e) {
        List<Integer> p = new ArrayList<>();
        for (Element x = e; x.parent() != null; x = x.parent()) {
            p.add(0, x.elementSiblingIndex());
        }
        return p;
    }

    private static boolean inside(Element e, List<Element> roots) {
        for (Element x = e; x != null; x = x.parent()) {
            for (Element r : roots) {
                if (r == x) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double textOf(List<Element> roots, Map<Element, int[]> lengths) {
        double sum = 0;
        for (Element r : roots) {
            int[] len = lengths.get(r);
            if (len != null) {
                sum += len[0] - len[1];
            }
        }
        return sum;
    }

    private static boolean isParagraph(Element e, Map<Element, int[]> lengths) {
        String tag = e.normalName();
        if (PARAGRAPH_TAGS.contains(tag)) {
            return true;
        }
        if (tag.equals("li")) {
            int[] len = lengths.get(e);
            return len != null && len[0] >= 100 && !hasBlockChildren(e);
        }
        if (tag.equals("div") || tag.equals("section") || tag.equals("article")) {
            int own = 0;
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t) {
                    own += t.text().strip().length();
                }
            }
            return own >= MIN_PARAGRAPH;
        }
        return false;
    }

    private static boolean hasBlockChildren(Element e) {
        for (Element c : e.children()) {
            if (BLOCK_CHILDREN.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static double tagWeight(Element e) {
        return switch (e.normalName()) {
            case "div" -> 5;
            case "article", "main" -> 8;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    private static double classWeight(Element e) {
        double w = 0;
        for (String name : new String[] {e.className(), e.id()}) {
            if (name.isEmpty()) {
                continue;
            }
            String n = name.toLowerCase(java.util.Locale.ROOT);
            if (NEGATIVE.matcher(n).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(n).find()) {
                w += 25;
            }
        }
        return w;
    }

    private static double linkDensity(Element e, Map<Element, int[]> lengths) {
        int[] len = lengths.get(e);
        return len == null || len[0] == 0 ? 0 : Math.min(1.0, (double) len[1] / len[0]);
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\uFF0C' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }

    /** Text length and link-text length of every element, skipping what is not text. */
    private static int[] measure(Element e, Map<Element, int[]> lengths) {
        int[] len = new int[2];
        boolean link = e.normalName().equals("a");
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                int l = t.text().strip().length();
                len[0] += l;
                if (link) {
                    len[1] += l;
                }
            } else if (n instanceof Element c) {
                if (DomBlockWalker.NOT_TEXT.contains(c.normalName())) {
                    continue;
                }
                int[] cl = measure(c, lengths);
                len[0] += cl[0];
                len[1] += link ? cl[0] : cl[1];
            }
        }
        lengths.put(e, len);
        return len;
    }
}
