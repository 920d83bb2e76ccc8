package org.sverka.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sverka.core.Document;
import org.sverka.core.InputException;
import org.sverka.core.LanguageGuess;
import org.sverka.core.SegmentedDocument;
import org.sverka.extract.Extractor;
import org.sverka.langid.DocumentLanguage;
import org.sverka.langid.LanguageIdentifier;
import org.sverka.segment.Segmenter;

/**
 * Runs the ingest stages for a file: extract, detect the language, segment.
 * <pre>{@code
 * Pipeline p = new Pipeline(Extractor.builder().build(), LanguageIdentifier.builder().build());
 * Pipeline.Pair pair = p.readPair(Path.of("report.html"), Path.of("original.docx"), false);
 * }</pre>
 * Thread-safe; the stages are built once and shared. The limits' time limit covers a whole pair:
 * {@link #readPair(Path, Path, boolean, Deadline)} checks a {@link Deadline} between the stages,
 * and {@link AlignmentStage} carries it through the alignment.
 */
public final class Pipeline {
    private final Extractor extractor;
    private final LanguageIdentifier languages;
    private final DocumentLanguage documentLanguage;
    private final Limits limits;
    private final Map<String, Segmenter> segmenters = new ConcurrentHashMap<>();

    /**
     * @param extractor the extract stage
     * @param languages the language stage
     * @param limits    sentence limits (the extractor holds the file, text and time limits)
     */
    public Pipeline(Extractor extractor, LanguageIdentifier languages, Limits limits) {
        this.extractor = extractor;
        this.languages = languages;
        this.documentLanguage = new DocumentLanguage(languages);
        this.limits = limits;
    }

    /** An English and a Russian document, whichever order they were given in. */
    public record Pair(SegmentedDocument english, SegmentedDocument russian) {
    }

    /** @return the limits documents are read within */
    public Limits limits() {
        return limits;
    }

    /** @return the language stage */
    public LanguageIdentifier languages() {
        return languages;
    }

    /** @return the one document-level language decision every command uses */
    public DocumentLanguage documentLanguage() {
        return documentLanguage;
    }

    /**
     * @param file any supported file
     * @return the extracted document (no language or segmentation yet)
     */
    public Document extract(Path file) {
        return extractor.extract(file);
    }

    /**
     * Extracts, detects and segments a file.
     *
     * @param file any supported file
     * @return its sentences with the document's language
     * @throws InputException when the file cannot be read or its language cannot be told
     */
    public SegmentedDocument read(Path file) {
        return analyse(file.toString(), extractor.extract(file));
    }

    /**
     * Reads a text as a plain-text document (paragraphs at blank lines), detects and segments it.
     * <pre>{@code
     * SegmentedDocument d = pipeline.read("note", "Переговоры продлились пять часов.");
     * }</pre>
     *
     * @param name a name for the text in messages
     * @param text the text
     * @return its sentences with the document's language
     * @throws InputException when the text is over the limits or its language cannot be told
     */
    public SegmentedDocument read(String name, String text) {
        Document doc = extractor.extract(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name + ".txt");
        return analyse(name, new Document(name, doc.text(), doc.blocks(), doc.info(), doc.dropped()));
    }

    private SegmentedDocument analyse(String source, Document doc) {
        LanguageGuess language = detect(source, doc.text());
        return checked(source, new SegmentedDocument(doc, language, segmenter(language.language()).segment(doc)));
    }

    /**
     * Reads a UTF-8 file whose lines are sentences, taken as they are. Lines end at a line feed
     * ({@code \n} or {@code \r\n}); a carriage return alone does not end a line (it is a stray from
     * a word processor, not a sentence boundary) and is read as a space. The text limit holds as for
     * any document.
     *
     * @param file one sentence a line
     * @return its sentences, numbered by line
     * @throws InputException when the file is too large, not UTF-8, over the text or sentence limits, or in no known language
     */
    public SegmentedDocument readLines(Path file) {
        String text = readUtf8(file);
        if (text.length() > limits.maxTextChars()) {
            throw new InputException(file.toString(), String.format(Locale.ROOT,
                    "the text has %,d characters, over the limit of %,d", text.length(), limits.maxTextChars()));
        }
        List<String> lines = lines(text);
        LanguageGuess language = detect(file.toString(), text);
        SegmentedDocument d = SegmentedDocument.ofLines(file.toString(), language.language(), lines);
        return checked(file.toString(), new SegmentedDocument(d.document(), language, d.sentences()));
    }

    /**
     * @param text a text
     * @return its lines, split at {@code \n} and {@code \r\n} only, a lone {@code \r} read as a space
     */
    static List<String> lines(String text) {
        // a scan, not a regular expression: a long presegmented file split by "\r?\n" cost tens of milliseconds
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            int end = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            out.add(text.substring(start, end).replace('\r', ' '));
            start = nl + 1;
        }
        if (start < text.length()) {
            out.add(text.substring(start).replace('\r', ' '));
        }
        return out;
    }

    private SegmentedDocument checked(String file, SegmentedDocument d) {
        if (d.size() > limits.maxSentences()) {
            throw new InputException(file, String.format(Locale.ROOT,
                    "the document has %,d sentences, over the limit of %,d", d.size(), limits.maxSentences()));
        }
        for (org.sverka.core.Sentence s : d.sentences()) {
            if (s.text().length() > limits.maxSentenceChars()) {
                throw new InputException(file, String.format(Locale.ROOT,
                        "sentence %d has %,d characters, over the limit of %,d (a table or text without punctuation?)",
                        s.index() + 1, s.text().length(), limits.maxSentenceChars()));
            }
        }
        return d;
    }

    /**
     * Reads two files and tells which is English and which Russian.
     *
     * @param first        one document
     * @param second       the other
     * @param presegmented whether the files have one sentence a line
     * @return the pair in English, Russian order
     * @throws InputException when a file fails, a language is neither English nor Russian, or both are the same
     */
    public Pair readPair(Path first, Path second, boolean presegmented) {
        return readPair(first, second, presegmented, Deadline.after(limits.timeout()));
    }

    /**
     * Reads two files within a job's deadline, checked after each document.
     *
     * @param first        one document
     * @param second       the other
     * @param presegmented whether the files have one sentence a line
     * @param deadline     the job's deadline
     * @return the pair in English, Russian order
     * @throws InputException when a file fails, the languages are wrong, or the time is up ({@link TimeLimitException})
     */
    public Pair readPair(Path first, Path second, boolean presegmented, Deadline deadline) {
        // two small files on a machine of several cores are read at once; a failure is reported as
        // reading one after the other would report it: the first file's before the second's
        java.util.concurrent.Future<SegmentedDocument> other = readsBothAtOnce(first, second)
                ? READERS.submit(() -> readOne(second, presegmented)) : null;
        SegmentedDocument a;
        try {
            a = readOne(first, presegmented);
            deadline.check(first.toString(), "reading");
        } catch (RuntimeException e) {
            if (other != null) {
                other.cancel(true);
            }
            throw e;
        }
        SegmentedDocument b = other == null ? readOne(second, presegmented) : result(other, second);
        deadline.check(first + " and " + second, "reading");
        return pair(first.toString(), a, second.toString(), b);
    }

    /** Files up to this size may be read at the same time as the other file of their pair. */
    static final long AT_ONCE_BYTES = 8L << 20;

    /** The threads that read the second file of a pair. */
    private static final java.util.concurrent.ExecutorService READERS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sverka-read");
        t.setDaemon(true);
        return t;
    });

    private static boolean readsBothAtOnce(Path first, Path second) {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return false;
        }
        try {
            return Files.isRegularFile(first) && Files.isRegularFile(second)
                    && Files.size(first) <= AT_ONCE_BYTES && Files.size(second) <= AT_ONCE_BYTES;
        } catch (IOException e) {
            return false;   // read one after the other, which reports the cause
        }
    }

    private SegmentedDocument readOne(Path file, boolean presegmented) {
        return presegmented ? readLines(file) : read(file);
    }

    private static SegmentedDocument result(java.util.concurrent.Future<SegmentedDocument> reading, Path file) {
        try {
            return reading.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new InputException(file.toString(), "cannot be read: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new InputException(file.toString(), "interrupted while reading", e);
        }
    }

    /**
     * Puts two read documents in English, Russian order.
     *
     * @param firstName  a name for the first in messages
     * @param a          one document
     * @param secondName a name for the second
     * @param b          the other
     * @return the pair in English, Russian order
     * @throws InputException when a language is neither English nor Russian, or both are the same
     */
    public static Pair pair(String firstName, SegmentedDocument a, String secondName, SegmentedDocument b) {
        requireEnOrRu(firstName, a);
        requireEnOrRu(secondName, b);
        String la = a.language().language();
        if (la.equals(b.language().language())) {
            throw new InputException(firstName + " and " + secondName, "both documents are in " + name(la)
                    + "; give one English and one Russian document");
        }
        return la.equals("en") ? new Pair(a, b) : new Pair(b, a);
    }

    private static void requireEnOrRu(String file, SegmentedDocument d) {
        String l = d.language().language();
        if (!l.equals("en") && !l.equals("ru")) {
            throw new InputException(file, "the document is in " + name(l) + " (" + l
                    + "); sverka aligns English with Russian");
        }
    }

    private LanguageGuess detect(String file, String text) {
        LanguageGuess g = documentLanguage.of(text);
        if (!g.isKnown()) {
            throw new InputException(file, "the language of the document cannot be told (languages known: "
                    + String.join(", ", languages.languages()) + ")");
        }
        return g;
    }

    /**
     * @param language an ISO 639-1 code
     * @return the segmenter of the language, made once and shared
     */
    public Segmenter segmenter(String language) {
        return segmenters.computeIfAbsent(language, Segmenter::forLanguage);
    }

    /**
     * @param iso an ISO 639-1 code
     * @return the language's English name ("Russian")
     */
    public static String name(String iso) {
        return Locale.forLanguageTag(iso).getDisplayLanguage(Locale.ENGLISH);
    }

    /**
     * @param file a UTF-8 text file within the file size limit
     * @return its text, without a byte order mark
     */
    public String readUtf8(Path file) {
        return readUtf8(file, limits.maxFileBytes());
    }

    /**
     * @param file     a UTF-8 text file
     * @param maxBytes the largest size accepted
     * @return its text, without a byte order mark
     * @throws InputException when the file is missing, a directory, empty, too large or not UTF-8
     */
    public static String readUtf8(Path file, long maxBytes) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), Files.isDirectory(file) ? "is a directory, not a file" : "no such file");
        }
        try {
            if (Files.size(file) > maxBytes) {
                throw new InputException(file.toString(), String.format(Locale.ROOT, "the file has %,d bytes, over the limit of %,d",
                        Files.size(file), maxBytes));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new InputException(file.toString(), "the file is empty");
            }
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InputException(file.toString(), "is not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }
}
