package org.sverka.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.List;
import java.util.Set;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.TXTParser;
import org.sverka.core.BlockKind;
import org.sverka.core.Document;
import org.sverka.core.DocumentInfo;
import org.sverka.core.InputException;
import org.xml.sax.SAXException;

/**
 * Turns a file into a {@link Document}: the facade of the extract stage.
 * <pre>{@code
 * Extractor extractor = Extractor.builder().build();   // reuse it: building loads Tika's parsers
 * Document doc = extractor.extract(Path.of("story.ru.html"));
 * doc.blocks().forEach(b -> System.out.println(b.kind() + "\t" + b.text()));
 * }</pre>
 * Reads HTML, XHTML, PDF, DOCX, DOC, ODT, RTF, e-mail (every text alternative; attachments are
 * listed in {@link Document#dropped()} with reason {@code "attachment"}, never parsed) and plain
 * text in UTF-8, UTF-16 and the 8-bit Cyrillic code pages. Zip containers are checked for zip
 * bombs before parsing (see {@link Builder#maxInflatedBytes(long)}); named pipes and devices are
 * refused unread. Failures are {@link InputException}s that name
 * the file and the cause. Instances are immutable and thread-safe.
 *
 * <p>Routing: web pages and PDF files that {@link FormatSniffer} recognises go straight to their
 * reader; a {@code .txt} file that is valid UTF-8 is read without Tika ({@link Utf8PlainText}, the same
 * blocks); everything else goes through Tika's detection. Tika's parsers and encoding detectors are
 * made on first need, so a command that reads only UTF-8 text or web pages never loads them.
 *
 * <p>Over 300 lines because it is the stage's one public face: the builder's documented settings and the routing of every format to its reader live together, while the readers themselves are classes of their own.
 */
public final class Extractor {
    private static final Set<String> NOT_TEXT = Set.of("image", "audio", "video", "font", "model");
    /** Filters for everything but mail and web pages: plain text, office documents, PDF. No phrase filter. */
    private static final List<BlockFilter> DOCUMENT_FILTERS = List.of(new DuplicateBlockFilter());
    private static final MediaType MAIL = MediaType.parse("message/rfc822");
    private static final Set<MediaType> WEB_PAGES = Set.of(MediaType.TEXT_HTML, MediaType.application("xhtml+xml"),
            MediaType.parse("application/vnd.wap.xhtml+xml"));

    /** Filters for e-mail: its footers and HTML furniture may go, each removal recorded. Made with the first mail. */
    private static final class MailFilters {
        static final List<BlockFilter> ALL = List.of(new BoilerplatePhraseFilter(), new LinkListFilter(),
                new DuplicateBlockFilter());
    }

    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sverka-parser");
        t.setDaemon(true);
        return t;
    });

    /** Tika's parsers, made on first need ({@link #tika()}). */
    private volatile TikaParsers tika;
    /** Tika's encoding detectors behind the Cyrillic guard, made on first need ({@link #encodingDetector()}). */
    private volatile EncodingDetector encodingDetector;
    private final long maxFileBytes;
    private final long maxInflatedBytes;
    private final int maxTextChars;
    private final Duration timeout;
    private final boolean keepBoilerplate;
    private final WebPageExtractor webPages;

    private Extractor(Builder b) {
        this.keepBoilerplate = b.keepBoilerplate;
        this.webPages = new WebPageExtractor(b.webContent, b.keepBoilerplate);
        this.maxFileBytes = b.maxFileBytes;
        this.maxInflatedBytes = b.maxInflatedBytes > 0 ? b.maxInflatedBytes : 2 * b.maxFileBytes;
        this.maxTextChars = b.maxTextChars;
        this.timeout = b.timeout;
    }

    private EncodingDetector encodingDetector() {
        EncodingDetector d = encodingDetector;
        if (d == null) {
            synchronized (this) {
                d = encodingDetector;
                if (d == null) {
                    d = new CyrillicCharsetGuard(new DefaultEncodingDetector());
                    encodingDetector = d;
                }
            }
        }
        return d;
    }

    /** Tika's parsers, made once, when the first document that needs them comes. */
    private TikaParsers tika() {
        TikaParsers t = tika;
        if (t == null) {
            synchronized (this) {
                t = tika;
                if (t == null) {
                    t = new TikaParsers();
                    tika = t;
                }
            }
        }
        return t;
    }

    /** @return a builder with the default limits */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Extracts the blocks of a file.
     *
     * @param file the file to read
     * @return its document; never empty
     * @throws InputException when the file is missing, empty, too large, unreadable or has no text
     */
    public Document extract(Path file) {
        String source = file.toString();
        if (!Files.exists(file)) {
            throw new InputException(source, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(source, "is a directory, not a file");
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw new InputException(source, "not a regular file (" + SpecialFile.of(file) + ")");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new InputException(source, "the file is empty");
            }
            if (size > maxFileBytes) {
                throw new InputException(source, "the file has " + size + " bytes, over the limit of " + maxFileBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return extract(in, source);
            }
        } catch (IOException e) {
            throw new InputException(source, readFailure(e), e);
        }
    }

    /**
     * Says why a file could not be read, in the words the command line prints after its name.
     *
     * @param e what reading it threw
     * @return "cannot be read: permission denied" for a file the user may not read, else
     *         "cannot be read: " and the exception's message
     */
    static String readFailure(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        return "cannot be read: " + e.getMessage();
    }

    /**
     * Extracts the blocks of a stream. The name matters: without it Tika cannot tell 8-bit
     * Cyrillic text from binary data. Parsing runs on a thread of its own and is given up after the
     * builder's timeout, so a document made to make a parser spin cannot hang the caller.
     *
     * @param in       the content; not closed here
     * @param fileName the file name (or a path) used to tell the format and to name the source
     * @return its document; never empty
     * @throws InputException when the content is empty, unreadable, has no text or takes too long
     */
    public Document extract(InputStream in, String fileName) {
        Future<Document> job = PARSERS.submit(() -> parse(in, fileName));
        try {
            return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new InputException(fileName, "parsing took longer than the limit of " + seconds(timeout)
                    + " s; the document may be made to make the parser spin");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InputException ie) {
                throw ie;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new InputException(fileName, "the document needs more memory than the parser may use", cause);
            }
            throw new InputException(fileName, "cannot be parsed: " + rootMessage(cause), cause);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new InputException(fileName, "interrupted while parsing", e);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : String.format(java.util.Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }

    private Document parse(InputStream in, String fileName) {
        try (BufferedInputStream limited = new BufferedInputStream(new LimitedInputStream(in, maxFileBytes, fileName))) {
            limited.mark(FormatSniffer.HEAD);
            byte[] head = limited.readNBytes(FormatSniffer.HEAD);
            limited.reset();
            MediaType sniffed = FormatSniffer.sniff(head, fileName);
            if (sniffed != null && WEB_PAGES.contains(sniffed.getBaseType())) {
                return webPage(limited.readAllBytes(), fileName);
            }
            if (MediaType.TEXT_PLAIN.equals(sniffed)) {
                byte[] bytes = limited.readAllBytes();
                Document utf8 = utf8PlainText(bytes, fileName);
                return utf8 != null ? utf8 : parse(TikaInputStream.get(bytes), sniffed, fileName);
            }
            return parse(open(limited, fileName), sniffed, fileName);
        } catch (SAXException e) {
            if (e.getCause() instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(fileName, "cannot be parsed: " + rootMessage(e), e);
        } catch (IOException e) {
            if (e.getCause() instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(fileName, "cannot be read: " + rootMessage(e), e);
        }
    }

    /** Plain text in UTF-8, read without Tika ({@link Utf8PlainText}); null when the bytes are not UTF-8. */
    private Document utf8PlainText(byte[] bytes, String fileName) throws SAXException {
        BlockCollector collector = new BlockCollector(BlockCollector.LineBreaks.PLAIN_TEXT);
        TextLimitHandler handler = new TextLimitHandler(new BoilerplateElementFilter(collector, keepBoilerplate),
                maxTextChars, fileName);
        if (!Utf8PlainText.read(bytes, handler)) {
            return null;
        }
        Document.Builder doc = Document.builder(fileName).info(DocumentInfo.NONE);
        for (RawBlock b : collector.furnitureBlocks()) {
            doc.drop(b.kind(), b.text(), BoilerplateElementFilter.REASON);
        }
        return build(doc, fileName, MediaType.TEXT_PLAIN, collector.blocks(), DOCUMENT_FILTERS);
    }

    /**
     * Everything Tika reads: the type known from the head ({@code sniffed}) or detected here. Read and
     * parse failures go to the caller, which names them as for every format.
     */
    private Document parse(TikaInputStream opened, MediaType sniffed, String fileName) throws IOException, SAXException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, Path.of(fileName).getFileName().toString());
        try (TikaInputStream tis = opened) {
            MediaType type = sniffed != null ? sniffed : tika().detecting.getDetector().detect(tis, metadata);
            if (NOT_TEXT.contains(type.getType()) || type.equals(MediaType.OCTET_STREAM)) {
                throw new InputException(fileName, "not a text document (detected type " + type + ")");
            }
            if (WEB_PAGES.contains(type.getBaseType())) {
                return webPage(tis.readAllBytes(), fileName);
            }
            BlockCollector.LineBreaks lineBreaks = lineBreaks(type);
            BlockCollector collector = new BlockCollector(lineBreaks);
            ParseContext context = new ParseContext();
            context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
            context.set(EncodingDetector.class, encodingDetector());
            boolean text = MediaType.TEXT_PLAIN.equals(sniffed);
            if (!text) {
                context.set(Parser.class, tika().detecting);   // for documents embedded in documents
            }
            PDFParserConfig pdf = new PDFParserConfig();
            pdf.setExtractBookmarksText(false);
            pdf.setExtractAnnotationText(false);
            context.set(PDFParserConfig.class, pdf);
            boolean mail = type.getBaseType().equals(MAIL);
            MailAttachmentSkipper attachments = new MailAttachmentSkipper(context);
            if (mail) {
                context.set(EmbeddedDocumentExtractor.class, attachments);
            }
            TextLimitHandler handler = new TextLimitHandler(new BoilerplateElementFilter(collector, keepBoilerplate),
                    maxTextChars, fileName);
            if (text) {
                metadata.set(Metadata.CONTENT_TYPE, sniffed.toString());
                new TXTParser(encodingDetector()).parse(tis, handler, metadata, context);
            } else if (sniffed != null) {
                // the type is known: straight to its parser, without Tika's detection
                metadata.set(Metadata.CONTENT_TYPE, sniffed.toString());
                tika().typed.parse(tis, handler, metadata, context);
            } else {
                tika().detecting.parse(tis, handler, metadata, context);
            }
            List<RawBlock> blocks = collector.blocks();
            if (lineBreaks == BlockCollector.LineBreaks.KEEP) {
                blocks = new LineReflowFilter().filter(blocks);
            }
            List<BlockFilter> filters = mail && !keepBoilerplate ? MailFilters.ALL : DOCUMENT_FILTERS;
            Document.Builder doc = Document.builder(fileName).info(info(metadata));
            for (RawBlock b : collector.furnitureBlocks()) {
                doc.drop(b.kind(), b.text(), BoilerplateElementFilter.REASON);
            }
            for (String attachment : attachments.skipped()) {
                doc.drop(BlockKind.PARAGRAPH, attachment, MailAttachmentSkipper.REASON);
            }
            return build(doc, fileName, type, blocks, filters);
        } catch (EncryptedDocumentException e) {
            throw new InputException(fileName, "the document is password-protected", e);
        } catch (TikaException e) {
            throw new InputException(fileName, "corrupt or unsupported document: " + rootMessage(e), e);
        }
    }

    /**
     * Opens the content for Tika within the size limit. A zip container is read into memory (it is
     * within the size limit) and inflated into nothing by {@link ZipBombGuard} first, so that
     * neither Tika's spooling nor a container parser ever inflates more than the cap.
     */
    private TikaInputStream open(BufferedInputStream limited, String fileName) throws IOException {
        limited.mark(4);
        byte[] head = limited.readNBytes(4);
        limited.reset();
        if (!ZipBombGuard.isZip(head)) {
            return TikaInputStream.get(limited);
        }
        byte[] zip = limited.readAllBytes();
        ZipBombGuard.check(zip, maxInflatedBytes, fileName);
        return TikaInputStream.get(zip);
    }

    private static BlockCollector.LineBreaks lineBreaks(MediaType type) {
        MediaType base = type.getBaseType();
        if (base.equals(MediaType.TEXT_PLAIN)) {
            return BlockCollector.LineBreaks.PLAIN_TEXT;
        }
        return base.equals(MediaType.application("pdf")) ? BlockCollector.LineBreaks.KEEP : BlockCollector.LineBreaks.FOLD;
    }

    private Document webPage(byte[] bytes, String fileName) {
        WebPageExtractor.Result page = webPages.extract(bytes, fileName, maxTextChars);
        Document.Builder doc = Document.builder(fileName).info(page.info()).note(page.note());
        for (WebPageExtractor.Dropped d : page.dropped()) {
            doc.drop(d.block().kind(), d.block().text(), d.reason());
        }
        return build(doc, fileName, MediaType.TEXT_HTML, page.kept(), List.of());
    }

    private static DocumentInfo info(Metadata metadata) {
        String title = metadata.get(TikaCoreProperties.TITLE);
        String author = metadata.get(TikaCoreProperties.CREATOR);
        java.util.Date created = metadata.getDate(TikaCoreProperties.CREATED);
        String date = created == null ? "" : created.toInstant().toString().substring(0, 10);
        return new DocumentInfo(title, author, date);
    }

    private static Document build(Document.Builder doc, String fileName, MediaType type, List<RawBlock> raw,
                                  List<BlockFilter> filters) {
        List<RawBlock> blocks = raw;
        for (BlockFilter f : filters) {
            List<RawBlock> next = f.filter(blocks);
            for (RawBlock b : BlockFilter.removed(blocks, next)) {
                doc.drop(b.kind(), b.text(), f.reason());
            }
            blocks = next;
        }
        for (RawBlock b : blocks) {
            doc.add(b.kind(), b.text());
        }
        Document document = doc.build();
        if (document.isEmpty()) {
            throw new InputException(fileName, "no text found in the document (type " + type.getBaseType() + ")");
        }
        double junk = TextQuality.junkShare(document.text());
        if (junk > 0.05) {
            throw new InputException(fileName, String.format(java.util.Locale.ROOT,
                    "does not look like text: %.0f%% of its characters are control or replacement characters (type %s)",
                    junk * 100, type.getBaseType()));
        }
        return document;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    /** Limits for one extractor; the defaults suit news documents with room to spare. */
    public static final class Builder {
        private long maxFileBytes = 50L * 1024 * 1024;
        private long maxInflatedBytes;
        private int maxTextChars = 5_000_000;
        private Duration timeout = Duration.ofSeconds(60);
        private boolean keepBoilerplate;
        private WebContent webContent = WebContent.COMBINED;

        private Builder() {
        }

        /**
         * @param keep true to keep everything a web page or an e-mail shows as text, page furniture
         *             included (navigation, footers, share prompts); scripts and styles are not
         *             text and never count. Default false: furniture is dropped and listed in
         *             {@link Document#dropped()}.
         * @return this builder
         */
        public Builder keepBoilerplate(boolean keep) {
            this.keepBoilerplate = keep;
            return this;
        }

        /**
         * @param how how the main content of a web page is chosen (default {@link WebContent#COMBINED})
         * @return this builder
         */
        public Builder webContent(WebContent how) {
            this.webContent = java.util.Objects.requireNonNull(how, "how");
            return this;
        }

        /**
         * @param bytes largest input file accepted, in bytes (default 50 MiB)
         * @return this builder
         */
        public Builder maxFileBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxFileBytes must be positive");
            }
            this.maxFileBytes = bytes;
            return this;
        }

        /**
         * The cap on what the entries of a zip container (DOCX, ODT, any zip) may expand to. The
         * container is inflated and counted in memory before any parser sees it and refused past
         * the cap as "corrupt or unsupported document: suspected zip bomb …", so parsing never
         * inflates, or spools to the temporary folder, more than this.
         *
         * @param bytes most bytes a zip container may expand to (default twice {@link #maxFileBytes(long)})
         * @return this builder
         */
        public Builder maxInflatedBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxInflatedBytes must be positive");
            }
            this.maxInflatedBytes = bytes;
            return this;
        }

        /**
         * @param chars most characters of extracted text accepted (default 5,000,000)
         * @return this builder
         */
        public Builder maxTextChars(int chars) {
            if (chars <= 0) {
                throw new IllegalArgumentException("maxTextChars must be positive");
            }
            this.maxTextChars = chars;
            return this;
        }

        /**
         * @param limit longest a document may take to parse (default 60 s)
         * @return this builder
         */
        public Builder timeout(Duration limit) {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive");
            }
            this.timeout = limit;
            return this;
        }

        /** @return the extractor; building it loads Tika's parsers, so keep and reuse it */
        public Extractor build() {
            return new Extractor(this);
        }
    }
}
