package org.sverka.export;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sverka.core.BeadKind;
import org.sverka.core.Flag;
import org.sverka.core.InputException;

/**
 * Reads the English–Russian pairs of a TMX file (any version): each {@code tu} with an English and
 * a Russian {@code tuv} gives one pair; inline markup inside a {@code seg} is dropped, its text kept.
 * {@link #readUnits} also gives each unit's {@code prop}s, and the bead kind ({@code x-kind}) and
 * flags ({@code x-flags}) that {@link TmxWriter} writes, parsed.
 * The parser neither reads a DTD nor resolves entities, so external entities (XXE) are never
 * fetched and entity expansion ("billion laughs") never happens: such a file is refused.
 * <pre>{@code
 * List<String[]> pairs = TmxReader.read(in, "memory.tmx");   // {english, russian}
 * List<TmxUnit> units = TmxReader.readUnits(in, "memory.tmx");
 * units.get(0).kind();   // BeadKind.PARTIAL_EN, from <prop type="x-kind">partial-en</prop>
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
        return readUnits(in, source).stream().map(u -> new String[] {u.english(), u.russian()}).toList();
    }

    /**
     * @param in     the TMX file; not closed
     * @param source its name, for messages
     * @return the units with an English and a Russian side, in file order, with their props
     * @throws InputException when the file is not well-formed TMX, uses entities, or has an
     *                        {@code x-kind} or {@code x-flags} prop that cannot be read (naming its line)
     */
    public static List<TmxUnit> readUnits(InputStream in, String source) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();   // the JDK's own, whatever else is on the class path
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not read: " + systemId);
        });
        List<TmxUnit> out = new ArrayList<>();
        try {
            XMLStreamReader x = f.createXMLStreamReader(in);
            boolean sawTmx = false;
            String en = null;
            String ru = null;
            String lang = null;
            StringBuilder seg = null;
            Map<String, String> props = null;
            String propType = null;
            StringBuilder prop = null;
            int tuLine = 0;
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
                            props = new LinkedHashMap<>();
                            tuLine = x.getLocation().getLineNumber();
                        }
                        case "tuv" -> lang = language(x);
                        case "seg" -> seg = new StringBuilder();
                        case "prop" -> {
                            if (props != null) {
                                propType = x.getAttributeValue(null, "type");
                                prop = new StringBuilder();
                            }
                        }
                        default -> { }
                    }
                } else if ((e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                        || e == XMLStreamConstants.SPACE) && (seg != null || prop != null)) {
                    (seg != null ? seg : prop).append(x.getText());
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
                        case "prop" -> {
                            if (prop != null && propType != null) {
                                props.putIfAbsent(propType, prop.toString());
                            }
                            prop = null;
                        }
                        case "tu" -> {
                            if (en != null && ru != null && !en.isEmpty() && !ru.isEmpty()) {
                                out.add(unit(source, tuLine, en, ru, props));
                            }
                            props = null;
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

    /** A unit with its kind and flags parsed; a unit without {@code x-kind} is a translation. */
    private static TmxUnit unit(String source, int line, String en, String ru, Map<String, String> props) {
        BeadKind kind = BeadKind.TRANSLATION;
        List<Flag> flags = List.of();
        try {
            if (props.containsKey("x-kind")) {
                kind = BeadKind.parse(props.get("x-kind"));
            }
            if (props.containsKey("x-flags")) {
                flags = Flag.parseList(props.get("x-flags"));
            }
        } catch (IllegalArgumentException e) {
            throw new InputException(source, "line " + line + ": " + e.getMessage());
        }
        return new TmxUnit(en, ru, kind, flags, props);
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
