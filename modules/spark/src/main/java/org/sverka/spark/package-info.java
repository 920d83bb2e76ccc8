/**
 * The optional Apache Spark job: {@link org.sverka.spark.SparkCorpusJob} runs the corpus
 * builder's per-pair function over a manifest whose paths may be local, HDFS or S3, and writes
 * the beads as Parquet. The driver reads and checks the manifest
 * ({@link org.sverka.spark.SparkManifest}) and chooses the partitions
 * ({@link org.sverka.spark.Partitioning}); the executors align
 * ({@link org.sverka.spark.AlignPartition}, {@link org.sverka.spark.ExecutorAligners}) and write a
 * progress file per partition ({@link org.sverka.spark.PartitionProgress}); the driver prints a
 * line per finished partition ({@link org.sverka.spark.ProgressListener}). Without a manifest,
 * {@code --pair-by content EN_DIR RU_DIR} first pairs two folders
 * ({@link org.sverka.spark.SparkContentPairing}): the executors read the documents into term sets
 * ({@link org.sverka.spark.DocumentTerms}), MLlib's MinHash join finds the alike pairs, and the
 * driver assigns them one to one. Nothing else in sverka depends on Spark.
 */
package org.sverka.spark;
