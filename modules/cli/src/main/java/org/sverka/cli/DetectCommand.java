package org.sverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sverka.core.Block;
import org.sverka.core.InputException;
import org.sverka.core.LanguageGuess;
import org.sverka.pipeline.ExtractedDocument;
import org.sverka.pipeline.Sverka;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sverka detect FILE|-}: the language of a document, and of each block on request. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Prints the language of a document (or of standard input, given as -) and its confidence.")
final class DetectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE|-", description = "a document, or - for UTF-8 text on standard input")
    String input;

    @Option(names = "--blocks", description = "also print the language of every block")
    boolean blocks;

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Sverka sverka = SverkaCli.library(limitOptions.limits(), false);
        PrintWriter out = spec.commandLine().getOut();
        if (input.equals("-")) {
            long max = limitOptions.limits().maxFileBytes();
            byte[] bytes = System.in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new InputException("-", "standard input has more than " + max + " bytes, over the limit (--max-file-size)");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                throw new InputException("-", "standard input is empty");
            }
            print(out, "-", sverka.detect(text));
        } else {
            ExtractedDocument doc = sverka.extract(Path.of(input));
            print(out, input, doc.language());
            if (blocks) {
                for (Block b : doc.document().blocks()) {
                    LanguageGuess g = doc.blockLanguages().get(b.index());
                    String preview = b.text().length() > 60 ? b.text().substring(0, 60) + "…" : b.text();
                    out.printf(Locale.ROOT, "  block %d\t%s\t%.3f\t%s%n", b.index() + 1, g.language(), g.confidence(), preview);
                }
            }
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String source, LanguageGuess g) {
        out.printf(Locale.ROOT, "%s\t%s\t%.3f%n", source, g.language(), g.confidence());
    }
}
