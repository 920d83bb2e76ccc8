package org.sverka.extract;

import java.util.List;
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.mail.RFC822Parser;

/**
 * Tika's parsers as the extractor uses them: every parser Tika finds on the class path (loading
 * them loads some thousand classes, so the extractor makes this only when a document needs it, not
 * for plain text or web pages), with e-mail read with all its alternative parts. Thread-safe.
 */
final class TikaParsers {
    /** Detection, then the parser for the detected type. */
    final AutoDetectParser detecting;
    /** The same parsers chosen by the content type already known, for formats {@link FormatSniffer} recognises. */
    final CompositeParser typed;

    TikaParsers() {
        RFC822Parser mail = new RFC822Parser();
        mail.setExtractAllAlternatives(true);
        Parser defaults = new DefaultParser(MediaTypeRegistry.getDefaultRegistry(), new ServiceLoader(), List.of(RFC822Parser.class));
        this.detecting = new AutoDetectParser(defaults, mail);
        this.typed = new CompositeParser(MediaTypeRegistry.getDefaultRegistry(), defaults, mail);
    }
}
