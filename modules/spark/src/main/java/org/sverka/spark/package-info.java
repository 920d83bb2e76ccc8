/**
 * The optional Apache Spark job: {@link org.sverka.spark.SparkCorpusJob} runs the corpus
 * builder's per-pair function over a manifest whose paths may be local, HDFS or S3, and writes
 * the beads as Parquet. Nothing else in sverka depends on Spark.
 */
package org.sverka.spark;
