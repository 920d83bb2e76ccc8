package org.sverka.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark sessions of the tests: the driver bound to the loopback address (127.0.0.1), no web UI,
 * few shuffle partitions, so that a test runs on any machine without a network.
 * <pre>{@code
 * SparkSession spark = LoopbackSpark.session(SparkSession.builder().master("local[2]"), "sverka-test", 2);
 * }</pre>
 */
final class LoopbackSpark {
    private LoopbackSpark() {
    }

    /**
     * @param builder           a builder with its master (and any other settings) chosen
     * @param appName           the application's name
     * @param shufflePartitions Spark SQL's shuffle partitions
     * @return the session, new or the one already running
     */
    static SparkSession session(SparkSession.Builder builder, String appName, int shufflePartitions) {
        return builder.appName(appName)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
                .getOrCreate();
    }
}
