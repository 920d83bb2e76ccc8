package org.sverka.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sverka.core.BlockKind;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives Tika's XHTML events and cuts the text into blocks: one per heading, paragraph, list
 * item or table cell. A blank line inside a block's text (plain text files) also ends a block;
 * other line breaks are folded into spaces, since they only wrap lines.
 *
 * <p>How other line breaks are read depends on the format: see {@link LineBreaks}.
 */
public final class BlockCollector extends DefaultHandler {
    private static final Map<String, BlockKind> BLOCKS = Map.ofEntries(
            Map.entry("p", BlockKind.PARAGRAPH), Map.entry("div", BlockKind.PARAGRAPH),
            Map.entry("blockquote", BlockKind.PARAGRAPH), Map.entry("pre", BlockKind.PARAGRAPH),
            Map.entry("address", BlockKind.PARAGRAPH), Map.entry("dd", BlockKind.PARAGRAPH),
            Map.entry("dt", BlockKind.PARAGRAPH), Map.entry("caption", BlockKind.CAPTION),
            Map.entry("section", BlockKind.PARAGRAPH), Map.entry("article", BlockKind.PARAGRAPH),
            Map.entry("main", BlockKind.PARAGRAPH), Map.entry("body", BlockKind.PARAGRAPH),
            Map.entry("header", BlockKind.PARAGRAPH),
            Map.entry("h1", BlockKind.HEADING), Map.entry("h2", BlockKind.HEADING), Map.entry("h3", BlockKind.HEADING),
            Map.entry("h4", BlockKind.HEADING), Map.entry("h5", BlockKind.HEADING), Map.entry("h6", BlockKind.HEADING),
            Map.entry("li", BlockKind.LIST_ITEM), Map.entry("td", BlockKind.TABLE_CELL), Map.entry("th", BlockKind.TABLE_CELL));
    private static final java.util.Set<String> PART_CLASSES = java.util.Set.of("package-entry", "email-entry");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");
    private static final Pattern LINE_SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private final LineBreaks lineBreaks;
    private final List<RawBlock> blocks = new ArrayList<>();
    private final List<RawBlock> furnitureBlocks = new ArrayList<>();
    private boolean inFurniture;
    private final Deque<BlockKind> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int skipDepth;
    private int mainDepth;
    private int anchorDepth;
    private int part;

    /** How line breaks inside a block's text are read. */
    public enum LineBreaks {
        /** They only wrap lines: folded into spaces (HTML, office documents, e-mail). */
        FOLD,
        /** Plain text: folded, except that in a text with no blank line at all each line is a block. */
        PLAIN_TEXT,
        /** Kept in the block's text for a later filter to read the layout (PDF, see {@link LineReflowFilter}). */
        KEEP
    }

    /** @param lineBreaks how line breaks inside a block are read */
    public BlockCollector(LineBreaks lineBreaks) {
        this.lineBreaks = lineBreaks;
    }

    /** @return the blocks collected, in document order */
    public List<RawBlock> blocks() {
        flush();
        return List.copyOf(blocks);
    }

    /** @return the blocks read inside page furniture (see {@link BoilerplateElementFilter}), in order */
    public List<RawBlock> furnitureBlocks() {
        flush();
        return List.copyOf(furnitureBlocks);
    }

    /**
     * Marks the start or end of page furniture: blocks read inside it go to {@link #furnitureBlocks()}.
     *
     * @param inside true at the start, false at the end
     */
    void furniture(boolean inside) {
        flush();
        inFurniture = inside;
    }

    static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        int colon = n.indexOf(':');
        return (colon >= 0 ? n.substring(colon + 1) : n).toLowerCase(Locale.ROOT);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        switch (name) {
            case "head", "title", "meta" -> skipDepth++;
            case "a" -> anchorDepth++;
            case "br" -> text.append('\n');
            default -> { }
        }
        if (name.equals("div") && atts != null && PART_CLASSES.contains(String.valueOf(atts.getValue("class")))) {
            flush();
            part++;
        }
        if (name.equals("article") || name.equals("main")) {
            mainDepth++;
        }
        BlockKind kind = BLOCKS.get(name);
        if (kind != null) {
            flush();
            open.push(kind);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        switch (name) {
            case "head", "title", "meta" -> skipDepth--;
            case "a" -> anchorDepth--;
            default -> { }
        }
        if (BLOCKS.containsKey(name)) {
            flush();
            if (!open.isEmpty()) {
                open.pop();
            }
        }
        if (name.equals("article") || name.equals("main")) {
            mainDepth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        text.append(ch, start, length);
        if (anchorDepth > 0) {
            linkChars += length;
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void flush() {
        if (text.length() == 0) {
            return;
        }
        String raw = text.toString().replace("\r\n", "\n").replace('\r', '\n').replace("\u00AD", "");
        boolean lineEach = lineBreaks == LineBreaks.PLAIN_TEXT && !BLANK_LINE.matcher(raw).find();
        String[] paragraphs = lineEach ? raw.split("\n") : BLANK_LINE.split(raw);
        int totalLength = Math.max(1, raw.length());
        for (String paragraph : paragraphs) {
            String folded = lineBreaks == LineBreaks.KEEP
                    ? LINE_SPACES.matcher(paragraph).replaceAll(" ").replaceAll(" ?\n ?", "\n").strip()
                    : SPACES.matcher(paragraph).replaceAll(" ").strip();
            if (!folded.isEmpty()) {
                int links = (int) Math.round((double) linkChars * paragraph.length() / totalLength);
                BlockKind kind = open.isEmpty() ? BlockKind.PARAGRAPH : open.peek();
                (inFurniture ? furnitureBlocks : blocks).add(new RawBlock(kind, folded, mainDepth > 0, links, part));
            }
        }
        text.setLength(0);
        linkChars = 0;
    }
}
