package org.sverka.cli;

import org.sverka.pipeline.Limits;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The limits as command-line options, shared by every command that reads documents. */
final class LimitOptions {
    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "50M",
            description = "largest input file, in bytes or with K, M, G (default: ${DEFAULT-VALUE})")
    String maxFileSize;

    @Option(names = "--max-text", paramLabel = "CHARS", defaultValue = "5000000",
            description = "most characters of text extracted from one document (default: ${DEFAULT-VALUE})")
    int maxText;

    @Option(names = "--max-sentences", paramLabel = "N", defaultValue = "100000",
            description = "most sentences in one document (default: ${DEFAULT-VALUE})")
    int maxSentences;

    @Option(names = "--max-sentence-length", paramLabel = "CHARS", defaultValue = "20000",
            description = "longest sentence (default: ${DEFAULT-VALUE})")
    int maxSentenceLength;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "longest the whole job may take for one document or pair: reading and aligning (default: ${DEFAULT-VALUE})")
    double timeout;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    Limits limits() {
        if (!Double.isFinite(timeout) || timeout <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds, not " + timeout);
        }
        try {
            return new Limits(bytes(maxFileSize), maxText, maxSentences, maxSentenceLength,
                    Duration.ofMillis(Math.max(1, Math.round(timeout * 1000))));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "every limit must be positive: " + e.getMessage());
        }
    }

    private long bytes(String size) {
        String s = size.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (s.endsWith("K") || s.endsWith("M") || s.endsWith("G")) {
            unit = s.endsWith("K") ? 1L << 10 : s.endsWith("M") ? 1L << 20 : 1L << 30;
            s = s.substring(0, s.length() - 1);
        }
        try {
            return Math.round(Double.parseDouble(s) * unit);
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-file-size '" + size + "' is not a size");
        }
    }
}
