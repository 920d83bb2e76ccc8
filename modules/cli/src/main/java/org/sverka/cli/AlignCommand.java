package org.sverka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.Flag;
import org.sverka.core.SegmentedDocument;
import org.sverka.pipeline.OutputChoice;
import org.sverka.pipeline.OutputGuard;
import org.sverka.pipeline.Sverka;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sverka align EN RU -o OUT}: the whole pipeline on a document pair. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Aligns an English document with a Russian one sentence by sentence. "
                + "The two may be given in either order: their languages are detected.")
final class AlignCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EN", description = "the English document (or the Russian one)")
    Path first;

    @Parameters(index = "1", paramLabel = "RU", description = "the Russian document (or the English one)")
    Path second;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "the file to write; its extension picks the format unless --format is given")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "tsv, links, json, jsonl, tmx, xlsx, html or moses (default: by the extension of OUT, else tsv)")
    String format;

    @Option(names = "--threshold", defaultValue = "0.5", paramLabel = "SCORE",
            description = "in the review workbook, matches under this score are highlighted (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--mode", defaultValue = "auto",
            description = "auto (the default: chooses and says why), parallel, report, or length (Gale-Church baseline)")
    String mode;

    @Option(names = "--adapt", description = "align twice: learn word pairs from the confident beads of the first pass")
    boolean adapt;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "a lexicon of one's own (from 'sverka lexicon train' or 'import-dictd'), used with the default one")
    Path lexicon;

    @Option(names = "--presegmented", description = "each input line is one sentence, taken as it is (UTF-8)")
    boolean presegmented;

    @Option(names = "--keep-boilerplate", description = "keep what extraction drops as page furniture (navigation, notices, link lists)")
    boolean keepBoilerplate;

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Sverka sverka;
        OutputChoice out;
        try {
            Sverka.Builder b = Sverka.aligner().mode(mode);
            out = OutputChoice.of(output, format, "tsv");
            OutputGuard.refuseOverlap(List.of(first, second), out.paths());
            sverka = b.adapt(adapt).lexicon(lexicon).presegmented(presegmented).keepBoilerplate(keepBoilerplate)
                    .limits(limitOptions.limits()).build();
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Alignment alignment = sverka.align(first, second);
        List<Path> written = out.write(alignment, threshold);
        PrintWriter err = spec.commandLine().getErr();
        int matched = 0;
        for (Bead b : alignment.beads()) {
            matched += b.isMatch() ? 1 : 0;
        }
        StringJoiner files = new StringJoiner(" and ");
        for (Path p : written) {
            files.add(p.toString());
        }
        err.printf(Locale.ROOT, "sverka: %d English and %d Russian sentences, %d beads (%d matched), mode %s: %s; wrote %s%n",
                alignment.english().size(), alignment.russian().size(), alignment.beads().size(), matched, alignment.mode(),
                alignment.reason(), files);
        err.println("sverka: " + coverage(alignment));
        err.println("sverka: " + fidelity(alignment));
        for (SegmentedDocument side : List.of(alignment.english(), alignment.russian())) {
            String dropped = DroppedText.line(side.document().source(), List.of(side.document()));
            if (dropped != null) {
                err.println("sverka: " + dropped);
            }
        }
        err.flush();
        return 0;
    }

    /**
     * What a reviewer has to check among the matched beads, flags (evidence of a difference) apart
     * from notes (one-sided observations): "to check: 2 flags on 2 beads, 1 note on 1 bead".
     */
    static String fidelity(Alignment alignment) {
        int flags = 0;
        int notes = 0;
        int flagged = 0;
        int noted = 0;
        for (Bead b : alignment.beads()) {
            if (!b.isMatch()) {
                continue;
            }
            int beadNotes = 0;
            for (Flag f : b.flags()) {
                beadNotes += f.isNote() ? 1 : 0;
            }
            int beadFlags = b.flags().size() - beadNotes;
            flags += beadFlags;
            notes += beadNotes;
            flagged += beadFlags > 0 ? 1 : 0;
            noted += beadNotes > 0 ? 1 : 0;
        }
        return String.format(Locale.ROOT, "to check: %s on %s, %s on %s", count(flags, "flag"), count(flagged, "bead"),
                count(notes, "note"), count(noted, "bead"));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * How much of each side the alignment pairs: "the English renders 37% of the Russian (7 of 19
     * sentences); 12 of 19 English sentences matched".
     */
    static String coverage(Alignment alignment) {
        int en = alignment.english().size();
        int ru = alignment.russian().size();
        long enMatched = 0;
        long ruMatched = 0;
        for (Bead b : alignment.beads()) {
            if (b.isMatch()) {
                enMatched += b.en().size();
                ruMatched += b.ru().size();
            }
        }
        return String.format(Locale.ROOT, "the English renders %.0f%% of the Russian (%d of %d sentences); "
                + "%d of %d English sentences matched", ru == 0 ? 0.0 : 100.0 * ruMatched / ru, ruMatched, ru, enMatched, en);
    }
}
