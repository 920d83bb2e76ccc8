package org.sverka.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Decorates a {@link BlockCollector} for the HTML parts of e-mail (web pages go through jsoup and
 * {@link ContentScorer}). Scripts, styles and other elements that hold no readable text never
 * reach the collector. Page furniture (navigation, asides, footers, buttons, and elements whose
 * class or id is exactly a furniture word such as {@code menu}, {@code share} or
 * {@code newsletter}) still reaches it, marked so that the collector records its blocks as
 * dropped with the reason {@value #REASON} instead of losing them in silence. A form is not
 * furniture (a whole ASP.NET page sits in one), and neither is an element whose class merely
 * contains such a word.
 */
public final class BoilerplateElementFilter extends ContentHandlerDecorator {
    /** The reason recorded for blocks inside page furniture. */
    public static final String REASON = "boilerplate-element";
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas");
    private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "button", "select", "menu", "dialog");
    private static final Pattern CLASS_OR_ID = Pattern.compile(
            "(cookie|cookies|consent|share|sharing|social|newsletter|subscribe|promo|advert|ads?|banner|breadcrumbs?"
            + "|menu|navbar|nav|sidebar|footer|comments?|back-to-top|to-top|popup|modal|tags)",
            Pattern.CASE_INSENSITIVE);

    private final BlockCollector collector;
    private final boolean keepFurniture;
    private int notText;
    private int furniture;

    /**
     * @param collector     the collector that receives the text
     * @param keepFurniture true to pass furniture as ordinary text (nothing is dropped)
     */
    public BoilerplateElementFilter(BlockCollector collector, boolean keepFurniture) {
        super(collector);
        this.collector = collector;
        this.keepFurniture = keepFurniture;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = BlockCollector.name(localName, qName);
        if (notText > 0 || NOT_TEXT.contains(name)) {
            notText++;
            return;
        }
        if (furniture > 0 || (!keepFurniture && isFurniture(name, atts))) {
            if (furniture++ == 0) {
                collector.furniture(true);
            }
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (notText > 0) {
            notText--;
            return;
        }
        super.endElement(uri, localName, qName);
        if (furniture > 0 && --furniture == 0) {
            collector.furniture(false);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (notText == 0) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (notText == 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    private static boolean isFurniture(String name, Attributes atts) {
        if (FURNITURE.contains(name)) {
            return true;
        }
        if (name.equals("html") || name.equals("body") || name.equals("article") || name.equals("main")
                || name.equals("form")) {
            return false;
        }
        for (String token : (attribute(atts, "class") + " " + attribute(atts, "id")).split("\\s+")) {
            if (!token.isEmpty() && CLASS_OR_ID.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String attribute(Attributes atts, String name) {
        if (atts == null) {
            return "";
        }
        for (int i = 0; i < atts.getLength(); i++) {
            if (BlockCollector.name(atts.getLocalName(i), atts.getQName(i)).equals(name)) {
                return atts.getValue(i).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }
}
