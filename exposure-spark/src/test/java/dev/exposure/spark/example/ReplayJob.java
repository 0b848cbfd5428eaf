package dev.exposure.spark.example;

import dev.exposure.spark.ContractColumns;
import dev.exposure.spark.DataShopSample;
import dev.exposure.spark.SparkExposure;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Example job: replays a directory of Cboe DataShop option-quote snapshots (CSV with a header, or Parquet) and
 * writes every output of {@link SparkExposure} as Parquet.
 *
 * <pre>
 * ReplayJob [--sample] [--parquet] [--master URL] INPUT_DIR OUTPUT_DIR
 *   --sample     first write a generated sample of DataShop CSV files into INPUT_DIR (216 snapshots, 3 symbols)
 *   --parquet    INPUT_DIR holds Parquet files with the DataShop columns instead of CSV
 *   --master     the Spark master when not run by spark-submit (default local[*])
 * </pre>
 * Output: {@code OUTPUT_DIR/term_structure_by_expiry}, {@code term_structure_by_bucket}, {@code strike_sheet},
 * {@code levels} and {@code snapshot_status}, each a Parquet directory (replaced when present). The run command
 * lines are in the README of the repository. It lives in the module's test sources: the library itself has no
 * {@code main}.
 */
public final class ReplayJob {

    private ReplayJob() {
    }

    /**
     * Runs the job.
     *
     * @param args the command line, see the class description
     */
    public static void main(String[] args) {
        boolean sample = false;
        boolean parquet = false;
        String master = null;
        String input = null;
        String output = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sample" -> sample = true;
                case "--parquet" -> parquet = true;
                case "--master" -> master = args[++i];
                default -> {
                    if (input == null) {
                        input = args[i];
                    } else if (output == null) {
                        output = args[i];
                    } else {
                        throw new IllegalArgumentException("unexpected argument " + args[i]);
                    }
                }
            }
        }
        if (input == null || output == null) {
            System.err.println("usage: ReplayJob [--sample] [--parquet] [--master URL] INPUT_DIR OUTPUT_DIR");
            System.exit(2);
        }
        if (sample) {
            DataShopSample.generate(1, 24).writeCsv(Path.of(input));
        }
        SparkSession.Builder builder = SparkSession.builder().appName("exposure-replay");
        if (master != null || System.getProperty("spark.master") == null) {
            builder.master(master != null ? master : "local[*]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            long start = System.nanoTime();
            Map<String, Long> counts = run(spark, input, parquet, output);
            PrintStream out = System.out;
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                out.printf(Locale.ROOT, "%-26s %8d rows -> %s%n", e.getKey(), e.getValue(),
                        Path.of(output, e.getKey()));
            }
            out.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - start) / 1e9);
        } finally {
            spark.stop();
        }
    }

    /**
     * Reads the snapshots and writes every output.
     *
     * @param spark the session
     * @param input the input directory
     * @param parquet whether the input is Parquet (else CSV with a header)
     * @param output the output directory
     * @return the number of rows of each output, by name, in writing order
     */
    public static Map<String, Long> run(SparkSession spark, String input, boolean parquet, String output) {
        Dataset<Row> quotes = parquet ? spark.read().parquet(input)
                : spark.read().option("header", "true").csv(input);
        quotes = quotes.persist(); // five outputs read it
        SparkExposure exposure = SparkExposure.of(ContractColumns.cboeDataShop());
        Map<String, Dataset<Row>> outputs = new LinkedHashMap<>();
        outputs.put("term_structure_by_expiry", exposure.termStructureByExpiry(quotes));
        outputs.put("term_structure_by_bucket", exposure.termStructureByBucket(quotes));
        outputs.put("strike_sheet", exposure.strikeSheet(quotes));
        outputs.put("levels", exposure.levels(quotes));
        outputs.put("snapshot_status", exposure.snapshotStatus(quotes));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Dataset<Row>> e : outputs.entrySet()) {
            String dir = Path.of(output, e.getKey()).toString();
            e.getValue().write().mode(SaveMode.Overwrite).parquet(dir);
            counts.put(e.getKey(), spark.read().parquet(dir).count());
        }
        quotes.unpersist();
        return counts;
    }
}
