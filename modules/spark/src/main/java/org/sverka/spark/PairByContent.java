package org.sverka.spark;

import java.io.Serializable;

/**
 * What {@code --pair-by content} asks of the Spark job: the two folders to pair, how alike two
 * documents' term sets must be to become candidates, and how many MinHash tables the approximate
 * join looks them up in.
 * <pre>{@code
 * new PairByContent("hdfs:///crawl/en", "hdfs:///crawl/ru", PairByContent.MIN_SIMILARITY, PairByContent.HASH_TABLES);
 * }</pre>
 *
 * @param englishDir    the English folder's path or URI (read recursively, hidden files left out)
 * @param russianDir    the Russian folder's path or URI
 * @param minSimilarity the lowest Jaccard similarity of a candidate pair, in (0, 1)
 * @param hashTables    MinHash tables of the approximate join, at least 1 (more find more of the
 *                      less alike pairs and compare more candidate pairs)
 */
public record PairByContent(String englishDir, String russianDir, double minSimilarity, int hashTables) implements Serializable {
    /**
     * The default lowest similarity: chosen on documents of two consecutive TICO-19 sentences (training
     * data, not the evaluation sets), where it kept every right pair and no wrong one.
     */
    public static final double MIN_SIMILARITY = 0.05;
    /** The default number of MinHash tables. */
    public static final int HASH_TABLES = 40;

    /** Checks the values. */
    public PairByContent {
        if (englishDir == null || englishDir.isBlank() || russianDir == null || russianDir.isBlank()) {
            throw new IllegalArgumentException("--pair-by content needs an English and a Russian folder");
        }
        if (!(minSimilarity > 0 && minSimilarity < 1)) {
            throw new IllegalArgumentException("--min-similarity must be a number between 0 and 1, not " + minSimilarity);
        }
        if (hashTables < 1) {
            throw new IllegalArgumentException("--hash-tables must be a whole number of at least 1, not " + hashTables);
        }
    }
}
