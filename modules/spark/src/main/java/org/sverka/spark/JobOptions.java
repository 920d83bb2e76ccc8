package org.sverka.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The Spark job's command line:
 * {@code [--mode MODE] [--lexicon FILE] [--partitions N] [--keep-going] MANIFEST OUTPUT [THRESHOLD]}.
 * <pre>{@code
 * JobOptions o = JobOptions.parse(new String[] {"--partitions", "64", "pairs.tsv", "out"});
 * }</pre>
 *
 * @param mode       the aligner's mode name (auto by default)
 * @param lexicon    a lexicon file laid over the default one, or null
 * @param partitions the partition count asked for, or 0 for one derived from the pairs and cores
 * @param keepGoing  true to exit 0 even when pairs failed
 * @param manifest   the manifest's path or URI
 * @param output     the output folder's path or URI
 * @param threshold  the lowest score of a bead kept (0.5 by default)
 */
public record JobOptions(String mode, String lexicon, int partitions, boolean keepGoing, String manifest, String output,
                         double threshold) {
    /** The usage line. */
    public static final String USAGE = "usage: SparkCorpusJob [--mode auto|parallel|report|length] [--lexicon FILE] "
            + "[--partitions N] [--keep-going] MANIFEST OUTPUT [THRESHOLD]";

    /**
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException with a one-line message when they are malformed
     */
    public static JobOptions parse(String[] args) {
        String mode = "auto";
        String lexicon = null;
        int partitions = 0;
        boolean keepGoing = false;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--mode", "--lexicon", "--partitions" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    String v = args[++i];
                    if (a.equals("--mode")) {
                        mode = v;
                    } else if (a.equals("--lexicon")) {
                        lexicon = v;
                    } else {
                        partitions = positive(a, v);
                    }
                }
                case "--keep-going" -> keepGoing = true;
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() < 2 || positional.size() > 3) {
            throw new IllegalArgumentException("expected MANIFEST OUTPUT [THRESHOLD], got " + positional.size() + " arguments");
        }
        double threshold = 0.5;
        if (positional.size() == 3) {
            try {
                threshold = Double.parseDouble(positional.get(2));
            } catch (NumberFormatException e) {
                threshold = Double.NaN;
            }
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("THRESHOLD must be a number between 0 and 1, not " + positional.get(2));
            }
        }
        return new JobOptions(mode, lexicon, partitions, keepGoing, positional.get(0), positional.get(1), threshold);
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException(option + " must be a whole number of at least 1, not " + value);
    }
}
