/**
 * The exposure library inside Apache Spark jobs: term structures, strike sheets, levels and snapshot status of
 * many option-chain snapshots at once, with exactly the numbers the library gives in-process.
 *
 * <p>{@link dev.exposure.spark.SparkExposure} is the entry point; {@link dev.exposure.spark.ContractColumns} says
 * where each value lies in the input (presets for the project's CSV columns and Cboe DataShop files). Spark itself
 * ({@code spark-sql_2.13} 4.x) is a {@code provided} dependency: the job's runtime supplies it. Only Spark's public
 * Java API is used. Rules of the computation:
 * <ul>
 *   <li>one snapshot (a distinct symbol and as-of) is one group; its rows are sorted, read into primitive arrays,
 *       built into one {@link dev.exposure.OptionChain} and passed to the library once, so every result equals the
 *       library's own bit for bit, whatever the partitioning;</li>
 *   <li>bad data never fails a job: bad contracts are skipped and counted in {@code skipped_contracts}; snapshots
 *       without data give no rows and are reported by {@code snapshotStatus};</li>
 *   <li>nothing is collected to the driver; every row has an explicit schema.</li>
 * </ul>
 */
package dev.exposure.spark;
