package org.sverka.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The parts of an e-mail that are not its story: every part other than a text/plain or text/html
 * body alternative is an attachment, and attachments are listed here instead of being parsed, so a
 * zip bomb or a spreadsheet sent along with a report is neither inflated nor read as story text.
 * Body alternatives are parsed as usual.
 * <pre>{@code
 * MailAttachmentSkipper skipper = new MailAttachmentSkipper(context);
 * context.set(EmbeddedDocumentExtractor.class, skipper);
 * parser.parse(mail, handler, metadata, context);
 * skipper.skipped();   // ["report.zip (application/zip)"]
 * }</pre>
 */
final class MailAttachmentSkipper implements EmbeddedDocumentExtractor {
    /** The reason recorded in {@code Document.dropped()} for a skipped attachment. */
    static final String REASON = "attachment";
    private static final MediaType HTML = MediaType.TEXT_HTML;
    private static final MediaType TEXT = MediaType.TEXT_PLAIN;

    private final EmbeddedDocumentExtractor bodies;
    private final List<String> skipped = new ArrayList<>();

    /** @param context the parse context body alternatives are parsed with */
    MailAttachmentSkipper(ParseContext context) {
        this.bodies = new ParsingEmbeddedDocumentExtractor(context);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        if (isBodyAlternative(metadata)) {
            return bodies.shouldParseEmbedded(metadata);
        }
        skipped.add(describe(metadata));
        return false;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (isBodyAlternative(metadata)) {
            bodies.parseEmbedded(stream, handler, metadata, outputHtml);
        }
    }

    /** @return each skipped attachment as its file name and type, e.g. "report.zip (application/zip)", in order */
    List<String> skipped() {
        return List.copyOf(skipped);
    }

    private static boolean isBodyAlternative(Metadata metadata) {
        // Tika marks every part it hands over as an attachment, bodies too: the part's own header decides
        String disposition = metadata.get("Content-Disposition");
        if (disposition != null && disposition.strip().toLowerCase(java.util.Locale.ROOT).startsWith("attachment")) {
            return false;
        }
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (name != null && !name.isBlank()) {
            return false;
        }
        MediaType type = type(metadata);
        return type != null && (type.equals(TEXT) || type.equals(HTML));
    }

    private static MediaType type(Metadata metadata) {
        String declared = metadata.get(Metadata.CONTENT_TYPE);
        MediaType type = declared == null ? null : MediaType.parse(declared);
        return type == null ? null : type.getBaseType();
    }

    private static String describe(Metadata metadata) {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        MediaType type = type(metadata);
        return (name == null || name.isBlank() ? "unnamed attachment" : name.strip())
                + " (" + (type == null ? "unknown type" : type) + ")";
    }
}
