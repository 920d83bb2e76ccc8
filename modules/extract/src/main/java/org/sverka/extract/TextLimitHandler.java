package org.sverka.extract;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.sverka.core.InputException;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Decorates a content handler so that a document whose text grows over a limit stops the parse
 * with a clear error instead of filling the memory.
 */
final class TextLimitHandler extends ContentHandlerDecorator {
    private final int maxChars;
    private final String source;
    private long seen;

    TextLimitHandler(ContentHandler handler, int maxChars, String source) {
        super(handler);
        this.maxChars = maxChars;
        this.source = source;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        seen += length;
        if (seen > maxChars) {
            throw new SAXException(new InputException(source,
                    "the extracted text is over the limit of " + maxChars + " characters"));
        }
        super.characters(ch, start, length);
    }
}
