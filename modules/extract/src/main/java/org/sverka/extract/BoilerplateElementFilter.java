package org.sverka.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Decorates a content handler so that it never sees the elements of a web page that are not the
 * story: navigation, asides, footers, forms, scripts, and elements whose class or id names a
 * menu, a share bar, a cookie notice, a newsletter box and the like. A {@code header} element is
 * dropped unless it stands inside {@code article} or {@code main}, where it holds the headline.
 */
public final class BoilerplateElementFilter extends ContentHandlerDecorator {
    private static final Set<String> ALWAYS = Set.of("nav", "aside", "footer", "form", "button", "script",
            "style", "noscript", "template", "svg", "iframe", "select", "menu", "dialog", "figcaption");
    private static final Pattern CLASS_OR_ID = Pattern.compile(
            "(?i).*(^|[\\s_-])(cookie|consent|share|sharing|social|newsletter|subscribe|subscription|related|promo"
            + "|advert|ads?|banner|breadcrumbs?|menu|navbar|nav|sidebar|footer|comments?|back-to-top|to-top|skip"
            + "|paywall|popup|modal|tags|byline-share)($|[\\s_-]).*");

    private int suppressed;
    private int mainDepth;

    /** @param handler the handler that receives what is kept */
    public BoilerplateElementFilter(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = BlockCollector.name(localName, qName);
        if (suppressed > 0 || isBoilerplate(name, atts)) {
            suppressed++;
            return;
        }
        if (name.equals("article") || name.equals("main")) {
            mainDepth++;
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (suppressed > 0) {
            suppressed--;
            return;
        }
        String name = BlockCollector.name(localName, qName);
        if (name.equals("article") || name.equals("main")) {
            mainDepth--;
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (suppressed == 0) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (suppressed == 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    private boolean isBoilerplate(String name, Attributes atts) {
        if (ALWAYS.contains(name) || (name.equals("header") && mainDepth == 0)) {
            return true;
        }
        if (name.equals("html") || name.equals("body") || name.equals("article") || name.equals("main")) {
            return false;
        }
        String cls = attribute(atts, "class");
        String id = attribute(atts, "id");
        return CLASS_OR_ID.matcher(cls).matches() || CLASS_OR_ID.matcher(id).matches();
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
