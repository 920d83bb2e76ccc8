package org.sverka.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.sverka.core.BlockKind;

/**
 * Cuts a part of a parsed web page into blocks: one per heading, paragraph, list item or table
 * cell, as {@link BlockCollector} does for Tika's events. A {@code figcaption} or a table's
 * {@code caption} is a {@link BlockKind#CAPTION}; a short element the page marks as its author line
 * ({@link Bylines}) a {@link BlockKind#BYLINE}. Elements that are not text (scripts,
 * styles, templates, SVG drawings, embedded frames) are skipped entirely; they never become
 * blocks, kept or dropped. A {@code br} breaks a line (folded into a space); two in a row end a
 * paragraph.
 * <pre>{@code
 * List<RawBlock> blocks = DomBlockWalker.blocks(jsoupDocument.body());
 * }</pre>
 */
public final class DomBlockWalker {
    /** Elements that hold no readable text. */
    static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template", "svg", "iframe", "object",
            "embed", "canvas", "head", "title", "meta", "link", "video", "audio", "picture", "img", "source");
    private static final Map<String, BlockKind> BLOCKS = Map.ofEntries(
            Map.entry("p", BlockKind.PARAGRAPH), Map.entry("div", BlockKind.PARAGRAPH),
            Map.entry("blockquote", BlockKind.PARAGRAPH), Map.entry("pre", BlockKind.PARAGRAPH),
            Map.entry("address", BlockKind.PARAGRAPH), Map.entry("dd", BlockKind.PARAGRAPH),
            Map.entry("dt", BlockKind.PARAGRAPH), Map.entry("caption", BlockKind.CAPTION),
            Map.entry("figcaption", BlockKind.CAPTION), Map.entry("figure", BlockKind.PARAGRAPH),
            Map.entry("section", BlockKind.PARAGRAPH), Map.entry("article", BlockKind.PARAGRAPH),
            Map.entry("main", BlockKind.PARAGRAPH), Map.entry("body", BlockKind.PARAGRAPH),
            Map.entry("header", BlockKind.PARAGRAPH), Map.entry("footer", BlockKind.PARAGRAPH),
            Map.entry("nav", BlockKind.PARAGRAPH), Map.entry("aside", BlockKind.PARAGRAPH),
            Map.entry("form", BlockKind.PARAGRAPH), Map.entry("ul", BlockKind.PARAGRAPH),
            Map.entry("ol", BlockKind.PARAGRAPH), Map.entry("dl", BlockKind.PARAGRAPH),
            Map.entry("table", BlockKind.PARAGRAPH), Map.entry("tr", BlockKind.PARAGRAPH),
            Map.entry("details", BlockKind.PARAGRAPH), Map.entry("summary", BlockKind.PARAGRAPH),
            Map.entry("fieldset", BlockKind.PARAGRAPH), Map.entry("legend", BlockKind.PARAGRAPH),
            Map.entry("hr", BlockKind.PARAGRAPH), Map.entry("button", BlockKind.PARAGRAPH),
            Map.entry("select", BlockKind.PARAGRAPH), Map.entry("option", BlockKind.PARAGRAPH),
            Map.entry("label", BlockKind.PARAGRAPH), Map.entry("center", BlockKind.PARAGRAPH),
            Map.entry("h1", BlockKind.HEADING), Map.entry("h2", BlockKind.HEADING), Map.entry("h3", BlockKind.HEADING),
            Map.entry("h4", BlockKind.HEADING), Map.entry("h5", BlockKind.HEADING), Map.entry("h6", BlockKind.HEADING),
            Map.entry("li", BlockKind.LIST_ITEM), Map.entry("td", BlockKind.TABLE_CELL), Map.entry("th", BlockKind.TABLE_CELL));

    private DomBlockWalker() {
    }

    /**
     * @param roots the elements to read, in document order
     * @return their blocks, in document order
     */
    public static List<RawBlock> blocks(List<Element> roots) {
        Walk walk = new Walk();
        for (Element root : roots) {
            NodeTraversor.filter(walk, root);
            walk.flush();
        }
        return walk.blocks;
    }

    /**
     * @param root the element to read
     * @return its blocks, in document order
     */
    public static List<RawBlock> blocks(Element root) {
        return blocks(List.of(root));
    }

    /**
     * Reads a whole page once and marks the blocks that stand inside chosen elements.
     *
     * @param root    the element to read, usually the body
     * @param content the chosen elements, all inside {@code root}
     * @return every block of {@code root}, {@link RawBlock#mainContent()} true for those inside {@code content}
     */
    public static List<RawBlock> blocks(Element root, java.util.Collection<Element> content) {
        Walk walk = new Walk();
        walk.content = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        walk.content.addAll(content);
        NodeTraversor.filter(walk, root);
        walk.flush();
        return walk.blocks;
    }

    /** @return the block kind an element starts, or null when it is inline */
    static BlockKind kindOf(String tag) {
        return BLOCKS.get(tag);
    }

    private static final class Walk implements NodeFilter {
        final List<RawBlock> blocks = new ArrayList<>();
        final Deque<BlockKind> open = new ArrayDeque<>();
        final StringBuilder text = new StringBuilder();
        int linkChars;
        int anchorDepth;
        java.util.Set<Element> content;
        int contentDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (anchorDepth > 0) {
                    linkChars += s.strip().length();
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (NOT_TEXT.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (content != null && content.contains(e)) {
                flush();
                contentDepth++;
            }
            if (tag.equals("a")) {
                anchorDepth++;
            } else if (tag.equals("br")) {
                text.append('\n');
            }
            BlockKind kind = BLOCKS.get(tag);
            if (kind != null) {
                flush();
                open.push(kind == BlockKind.PARAGRAPH && Bylines.marks(e) ? BlockKind.BYLINE : kind);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) {
                    anchorDepth--;
                }
                if (BLOCKS.containsKey(tag)) {
                    flush();
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                }
                if (content != null && content.contains(e)) {
                    flush();
                    contentDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            if (text.length() == 0) {
                return;
            }
            String raw = lineFeeds(text);
            int total = Math.max(1, raw.strip().length());
            StringBuilder paragraph = new StringBuilder();
            boolean afterLineFeed = false;   // a line feed, then only [ \t\x0B\f]: a second one ends the paragraph
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\n') {
                    if (afterLineFeed) {
                        add(paragraph, total);
                        afterLineFeed = false;
                    } else {
                        afterLineFeed = true;
                        space(paragraph);
                    }
                } else if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f') {
                    space(paragraph);
                } else if (isSpace(c)) {
                    space(paragraph);
                    afterLineFeed = false;
                } else {
                    paragraph.append(c);
                    afterLineFeed = false;
                }
            }
            add(paragraph, total);
            text.setLength(0);
            linkChars = 0;
        }

        /** Adds the paragraph (its spaces already folded) as a block, and empties it. */
        private void add(StringBuilder paragraph, int total) {
            String folded = paragraph.toString().strip();
            paragraph.setLength(0);
            if (!folded.isEmpty()) {
                int links = (int) Math.round((double) linkChars * folded.length() / total);
                BlockKind kind = open.isEmpty() ? BlockKind.PARAGRAPH : open.peek();
                boolean inside = content == null || contentDepth > 0;
                blocks.add(new RawBlock(kind, folded, inside, Math.min(links, folded.length()), 0));
            }
        }

        private static void space(StringBuilder paragraph) {
            int n = paragraph.length();
            if (n > 0 && paragraph.charAt(n - 1) != ' ') {
                paragraph.append(' ');
            }
        }
    }

    /** The text with CR LF and CR made LF and soft hyphens removed. */
    private static String lineFeeds(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c != '\u00AD') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The white space folded into one space: ASCII white space, no-break and typographic spaces, BOM. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c >= '\u2000' && c <= '\u200B' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }
}
