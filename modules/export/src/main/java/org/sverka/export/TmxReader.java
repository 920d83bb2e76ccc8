package org.sverka.export;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sverka.core.InputException;

/**
 * Reads the English–Russian pairs of a TMX file (any version): each {@code tu} with an English and
 * a Russian {@code tuv} gives one pair; inline markup inside a {@code seg} is dropped, its text kept.
 * The parser neither reads a DTD nor resolves entities, so external entities (XXE) are never
 * fetched and entity expansion ("billion laughs") never happens: such a file is refused.
 * <pre>{@code
 * List<String[]> pairs = TmxReader.read(in, "memory.tmx");   // {english, russian}
 * }</pre>
 */
public final class TmxReader {
    private TmxReader() {
    }

    /**
     * @param in     the TMX file; not closed
     * @param source its name, for messages
     * @return the pairs as {english, russian}, in file order
     * @throws InputException when the file is not well-formed TMX or uses entities
     */
    public static List<String[]> read(InputStream in, String source) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();   // the JDK's own, whatever else is on the class path
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not read: " + systemId);
        });
        List<String[]> out = new ArrayList<>();
        try {
            XMLStreamReader x = f.createXMLStreamReader(in);
            boolean sawTmx = false;
            String en = null;
            String ru = null;
            String lang = null;
            StringBuilder seg = null;
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.DTD) {
                    String dtd = x.getText();
                    if (dtd != null && dtd.contains("<!ENTITY")) {
                        throw new InputException(source, "the file declares XML entities, which are not expanded");
                    }
                } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new InputException(source, "line " + x.getLocation().getLineNumber()
                            + ": the entity &" + x.getLocalName() + "; is not expanded");
                } else if (e == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "tmx" -> sawTmx = true;
                        case "tu" -> {
                            en = null;
                            ru = null;
                        }
                        case "tuv" -> lang = language(x);
                        case "seg" -> seg = new StringBuilder();
                        default -> { }
                    }
                } else if ((e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                        || e == XMLStreamConstants.SPACE) && seg != null) {
                    seg.append(x.getText());
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "seg" -> {
                            if (lang != null && lang.startsWith("en")) {
                                en = seg.toString().strip();
                            } else if (lang != null && lang.startsWith("ru")) {
                                ru = seg.toString().strip();
                            }
                            seg = null;
                        }
                        case "tu" -> {
                            if (en != null && ru != null && !en.isEmpty() && !ru.isEmpty()) {
                                out.add(new String[] {en, ru});
                            }
                        }
                        default -> { }
                    }
                }
            }
            if (!sawTmx) {
                throw new InputException(source, "not a TMX file (no tmx element)");
            }
            return out;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
            throw new InputException(source, "not well-formed TMX: " + m, e);
        }
    }

    private static String language(XMLStreamReader x) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            String name = x.getAttributeLocalName(i);
            if (name.equals("lang")) {
                return x.getAttributeValue(i).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
