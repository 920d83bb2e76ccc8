package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.sverka.core.ParallelTable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

class TmxWriterTest {
    /** Parses with the JDK's validating DOM parser, against the TMX 1.4b grammar; any error fails. */
    static Document parseValid(byte[] tmx) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setValidating(true);
        f.setNamespaceAware(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setEntityResolver((publicId, systemId) -> systemId != null && systemId.endsWith("tmx14.dtd")
                ? new InputSource(TmxWriterTest.class.getResourceAsStream("tmx14.dtd")) : null);
        b.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return b.parse(new ByteArrayInputStream(tmx));
    }

    static byte[] write(ParallelTable t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TmxWriter().write(t, out);
        return out.toByteArray();
    }

    /** Reads the translation units back as {en, ru} pairs, with a reader independent of the writer. */
    static List<String[]> units(Document d) {
        List<String[]> out = new ArrayList<>();
        NodeList tus = d.getElementsByTagName("tu");
        for (int i = 0; i < tus.getLength(); i++) {
            NodeList segs = ((Element) tus.item(i)).getElementsByTagName("seg");
            out.add(new String[] {segs.item(0).getTextContent(), segs.item(1).getTextContent()});
        }
        return out;
    }

    @Test
    void storyIsValidTmxAndReadsBack() throws Exception {
        ParallelTable story = Tables.story();
        Document d = parseValid(write(story));
        Element header = (Element) d.getElementsByTagName("header").item(0);
        assertEquals("en", header.getAttribute("srclang"));
        assertEquals("sverka", header.getAttribute("creationtool"));
        assertEquals(TmxWriter.VERSION, header.getAttribute("creationtoolversion"));
        assertEquals("sentence", header.getAttribute("segtype"));
        List<String[]> units = units(d);
        assertEquals(9, units.size());
        for (int i = 0; i < 9; i++) {
            assertEquals(story.rows().get(i).english(), units.get(i)[0]);
            assertEquals(story.rows().get(i).russian(), units.get(i)[1]);
        }
        Element tu = (Element) d.getElementsByTagName("tu").item(3);
        assertEquals("4", tu.getAttribute("tuid"));
        assertEquals("0.700", ((Element) tu.getElementsByTagName("prop").item(0)).getTextContent());
    }

    @Test
    void markupAndControlCharactersCannotBreakTheFile() throws Exception {
        ParallelTable t = Tables.story();
        List<ParallelTable.Row> rows = new ArrayList<>(t.rows());
        rows.set(0, new ParallelTable.Row(1, List.of(1), "<b>&amp;</b> \"x\" \u0007bell", List.of(1), "]]> <!-- --> \u0000", 0.9,
                List.of(), ""));
        List<String[]> units = units(parseValid(write(t.withRows(rows))));
        assertEquals("<b>&amp;</b> \"x\" bell", units.get(0)[0]);
        assertEquals("]]> <!-- --> ", units.get(0)[1]);
    }

    @Test
    void unmatchedRowsAreNotTranslationUnits() throws Exception {
        ParallelTable t = Tables.story();
        List<ParallelTable.Row> rows = new ArrayList<>(t.rows());
        rows.add(new ParallelTable.Row(10, List.of(), "", List.of(9), "only Russian", 0, List.of(), ""));
        assertEquals(9, units(parseValid(write(t.withRows(rows)))).size());
    }
}
