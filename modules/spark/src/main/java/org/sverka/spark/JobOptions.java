package org.sverka.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The Spark job's command line:
 * {@code [--mode MODE] [--lexicon FILE] [--partitions N] [--keep-going] MANIFEST OUTPUT [THRESHOLD]}, or
 * {@code ... --pair-by content [--min-similarity S] [--hash-tables N] EN_DIR RU_DIR OUTPUT [THRESHOLD]}.
 * <pre>{@code
 * JobOptions o = JobOptions.parse(new String[] {"--partitions", "64", "pairs.tsv", "out"});
 * JobOptions p = JobOptions.parse(new String[] {"--pair-by", "content", "crawl/en", "crawl/ru", "out"});
 * }</pre>
 *
 * @param mode       the aligner's mode name (auto by default)
 * @param lexicon    a lexicon file laid over the default one, or null
 * @param partitions the partition count asked for, or 0 for one derived from the pairs and cores
 * @param keepGoing  true to exit 0 even when pairs failed
 * @param manifest   the manifest's path or URI, or null when pairing by content
 * @param output     the output folder's path or URI
 * @param threshold  the lowest score of a bead kept (0.5 by default)
 * @param pairBy     the folders to pair by content, or null for a manifest
 */
public record JobOptions(String mode, String lexicon, int partitions, boolean keepGoing, String manifest, String output,
                         double threshold, PairByContent pairBy) {
    /** The usage line. */
    public static final String USAGE = "usage: SparkCorpusJob [--mode auto|parallel|report|length] [--lexicon FILE] "
            + "[--partitions N] [--keep-going] MANIFEST OUTPUT [THRESHOLD]\n"
            + "   or: SparkCorpusJob [options] --pair-by content [--min-similarity S] [--hash-tables N] EN_DIR RU_DIR OUTPUT [THRESHOLD]";

    /**
     * Options for a manifest.
     *
     * @param mode       the aligner's mode name
     * @param lexicon    a lexicon file laid over the default one, or null
     * @param partitions the partition count asked for, or 0
     * @param keepGoing  true to exit 0 even when pairs failed
     * @param manifest   the manifest's path or URI
     * @param output     the output folder's path or URI
     * @param threshold  the lowest score of a bead kept
     */
    public JobOptions(String mode, String lexicon, int partitions, boolean keepGoing, String manifest, String output, double threshold) {
        this(mode, lexicon, partitions, keepGoing, manifest, output, threshold, null);
    }

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
        String pairBy = null;
        double minSimilarity = PairByContent.MIN_SIMILARITY;
        int hashTables = PairByContent.HASH_TABLES;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--mode", "--lexicon", "--partitions", "--pair-by", "--min-similarity", "--hash-tables" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    String v = args[++i];
                    if (a.equals("--mode")) {
                        mode = v;
                    } else if (a.equals("--lexicon")) {
                        lexicon = v;
                    } else if (a.equals("--pair-by")) {
                        if (!v.equals("content")) {
                            throw new IllegalArgumentException("--pair-by takes content, not " + v);
                        }
                        pairBy = v;
                    } else if (a.equals("--min-similarity")) {
                        minSimilarity = number(a, v);
                    } else if (a.equals("--hash-tables")) {
                        hashTables = positive(a, v);
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
        int inputs = pairBy == null ? 1 : 2;
        if (positional.size() < inputs + 1 || positional.size() > inputs + 2) {
            throw new IllegalArgumentException("expected " + (pairBy == null ? "MANIFEST" : "EN_DIR RU_DIR") + " OUTPUT [THRESHOLD], got "
                    + positional.size() + " arguments");
        }
        double threshold = 0.5;
        if (positional.size() == inputs + 2) {
            threshold = number("THRESHOLD", positional.get(inputs + 1));
            if (threshold > 1) {
                throw new IllegalArgumentException("THRESHOLD must be a number between 0 and 1, not " + positional.get(inputs + 1));
            }
        }
        if (pairBy == null) {
            return new JobOptions(mode, lexicon, partitions, keepGoing, positional.get(0), positional.get(1), threshold, null);
        }
        return new JobOptions(mode, lexicon, partitions, keepGoing, null, positional.get(2), threshold,
                new PairByContent(positional.get(0), positional.get(1), minSimilarity, hashTables));
    }

    /** @return a number between 0 and 1 */
    private static double number(String option, String value) {
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(option + " must be a number between 0 and 1, not " + value);
        }
        return v;
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
