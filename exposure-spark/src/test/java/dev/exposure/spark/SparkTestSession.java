package dev.exposure.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session every test of the module shares: {@code local[2]}, no UI, two shuffle partitions,
 * the driver bound to 127.0.0.1. Spark stops it with its own JVM shutdown hook.
 */
public final class SparkTestSession {

    private static SparkSession session;

    private SparkTestSession() {
    }

    /**
     * Returns the shared session, starting it on first use.
     *
     * @return the session
     */
    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .appName("exposure-spark-tests")
                    .master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.sql.session.timeZone", "UTC")
                    .getOrCreate();
        }
        return session;
    }
}
