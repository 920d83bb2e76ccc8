package org.sverka.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.sverka.core.Document;
import org.sverka.core.InputException;
import org.sverka.pipeline.AtomicOutput;
import org.sverka.pipeline.ExtractedDocument;
import org.sverka.pipeline.ExtractionJson;
import org.sverka.pipeline.ExtractionText;
import org.sverka.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sverka extract FILE|DIR...}: blocks, sentences and the language of each. One file is shown
 * as text (or JSON); several files or a folder are read in one process, on all cores, and written as
 * JSON Lines, one document a line in the order given (a folder's files in name order).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Shows the blocks and sentences of documents with the language of each; "
                + "several files or a folder give JSON Lines, one document a line.")
final class ExtractCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, json, jsonl }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "HTML, PDF, DOCX, DOC, ODT, RTF, EML or TXT files, or folders of them")
    List<Path> inputs;

    @Option(names = "--format", description = "text, json or jsonl (default: text for one file, jsonl for several)")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write to this file (atomically) instead of standard output")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "documents read at once (default: the number of cores)")
    Integer threads;

    @Option(names = "--keep-boilerplate", description = "keep what is dropped as page furniture (navigation, notices, link lists)")
    boolean keepBoilerplate;

    @CommandLine.Mixin
    LimitOptions limitOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Path> files = files();
        boolean batch = files.size() > 1 || Files.isDirectory(inputs.get(0));
        Format fmt = format != null ? format : batch ? Format.jsonl : Format.text;
        if (batch && fmt != Format.jsonl) {
            throw new CommandLine.ParameterException(spec.commandLine(), "several documents are written as --format jsonl");
        }
        if (files.isEmpty()) {
            throw new InputException(inputs.get(0).toString(), "the folder holds no file");
        }
        if (output != null) {
            org.sverka.pipeline.OutputGuard.refuseOverlap(files, List.of(output));
        }
        Pipeline p = SverkaCli.library(limitOptions.limits(), keepBoilerplate).pipeline();
        PrintWriter err = spec.commandLine().getErr();
        if (!batch) {
            ExtractedDocument e = ExtractedDocument.read(p, files.get(0));
            write(out -> writeOne(out, e, fmt));
            printDropped(err, files.get(0).toString(), List.of(e.document()));
            return 0;
        }
        int[] failed = new int[1];
        DroppedText.Tally read = new DroppedText.Tally();
        write(out -> failed[0] = writeBatch(out, files, p, err, read));
        String dropped = read.line(read.documents() + " documents");
        if (dropped != null) {
            err.println("sverka: " + dropped);
        }
        err.printf(Locale.ROOT, "sverka: read %d of %d documents%s%n", files.size() - failed[0], files.size(),
                failed[0] == 0 ? "" : "; " + failed[0] + " failed (named above)");
        err.flush();
        return failed[0] == 0 ? 0 : 1;
    }

    private static void printDropped(PrintWriter err, String label, List<Document> docs) {
        String line = DroppedText.line(label, docs);
        if (line != null) {
            err.println("sverka: " + line);
            err.flush();
        }
    }

    /** Writes to standard output, or to OUT through a temporary file moved into place. */
    private void write(Output body) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            body.writeTo(out);
            out.flush();
            return;
        }
        AtomicOutput.write(output, stream -> {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            body.writeTo(out);
            out.flush();
        });
    }

    @FunctionalInterface
    private interface Output {
        void writeTo(PrintWriter out) throws IOException;
    }

    private void writeOne(PrintWriter out, ExtractedDocument e, Format fmt) throws IOException {
        if (fmt == Format.text) {
            ExtractionText.write(out, e);
            return;
        }
        try (JsonGenerator g = json(out)) {
            if (fmt == Format.json) {
                g.useDefaultPrettyPrinter();
            }
            ExtractionJson.write(g, e);
        }
        out.println();
    }

    /** Reads the files on a pool, writes them in order; returns the number that failed. */
    private int writeBatch(PrintWriter out, List<Path> files, Pipeline p, PrintWriter err, DroppedText.Tally read) throws IOException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "sverka-extract");
            t.setDaemon(true);
            return t;
        });
        int failed = 0;
        try {
            Deque<Future<ExtractedDocument>> window = new ArrayDeque<>();
            int next = 0;
            for (Path file : files) {
                while (window.size() >= 4 * n) {
                    failed += take(out, window.poll(), files.get(next++), p, err, read);
                }
                window.add(pool.submit(() -> ExtractedDocument.read(p, file)));
            }
            while (!window.isEmpty()) {
                failed += take(out, window.poll(), files.get(next++), p, err, read);
            }
        } finally {
            pool.shutdownNow();
        }
        return failed;
    }

    private int take(PrintWriter out, Future<ExtractedDocument> job, Path file, Pipeline p, PrintWriter err,
                     DroppedText.Tally read) throws IOException {
        try (JsonGenerator g = json(out)) {
            try {
                ExtractedDocument e = job.get();
                ExtractionJson.write(g, e);
                read.add(e.document());
                return 0;
            } catch (ExecutionException ex) {
                String cause = ex.getCause() instanceof InputException ie ? ie.getMessage() : file + ": " + ex.getCause();
                err.println("sverka: " + cause.replaceAll("\\s+", " ").strip());
                err.flush();
                ExtractionJson.writeFailure(g, file.toString(), cause);
                return 1;
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new InputException(file.toString(), "interrupted");
            } finally {
                g.flush();
            }
        } finally {
            out.println();
        }
    }

    private static JsonGenerator json(Writer out) throws IOException {
        return new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** The inputs, a folder expanded to the regular files under it (hidden ones left out), in name order. */
    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.isDirectory(in)) {
                files.add(in);
                continue;
            }
            try (Stream<Path> walk = Files.walk(in)) {
                walk.filter(Files::isRegularFile).filter(f -> !hidden(in.relativize(f))).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
