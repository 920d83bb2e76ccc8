package org.sverka.pipeline;

import java.time.Duration;

/**
 * How much sverka reads of one document before it refuses it with a clear error.
 *
 * @param maxFileBytes     largest input file
 * @param maxTextChars     most characters of extracted text
 * @param maxSentences     most sentences in one document
 * @param maxSentenceChars longest sentence
 * @param timeout          longest one job may take: a document's reading, or a pair's reading and alignment
 *                         together ({@link Deadline}); the extractor also stops one document's parsing at it
 */
public record Limits(long maxFileBytes, int maxTextChars, int maxSentences, int maxSentenceChars, Duration timeout) {
    /** 50 MiB, 5,000,000 characters, 100,000 sentences, 20,000 characters, 60 s. */
    public static final Limits DEFAULT = new Limits(50L << 20, 5_000_000, 100_000, 20_000, Duration.ofSeconds(60));

    /** Checks that every limit is positive. */
    public Limits {
        if (maxFileBytes <= 0 || maxTextChars <= 0 || maxSentences <= 0 || maxSentenceChars <= 0
                || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    // Written out: a record's own equals and hashCode are made by an invokedynamic bootstrap on
    // first use, which cost every command about 10 ms of start-up (JFR profile, 2026-11-30), and
    // the front door looks up its pipelines by their limits.
    @Override
    public boolean equals(Object other) {
        return other instanceof Limits l && l.maxFileBytes == maxFileBytes && l.maxTextChars == maxTextChars
                && l.maxSentences == maxSentences && l.maxSentenceChars == maxSentenceChars && l.timeout.equals(timeout);
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(maxFileBytes);
        h = 31 * h + maxTextChars;
        h = 31 * h + maxSentences;
        h = 31 * h + maxSentenceChars;
        return 31 * h + timeout.hashCode();
    }
}
