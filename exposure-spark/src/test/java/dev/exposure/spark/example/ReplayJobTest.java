package dev.exposure.spark.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exposure.spark.ContractColumns;
import dev.exposure.spark.DataShopSample;
import dev.exposure.spark.SparkExposure;
import dev.exposure.spark.SparkTestSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class ReplayJobTest {

    @Test
    void run_dataShopCsvDirectory_writesEveryOutputAsParquet() {
        SparkSession spark = SparkTestSession.get();
        DataShopSample sample = DataShopSample.generate(3, 2); // 18 snapshots, 3 special ones among them
        Path in = Path.of("target", "spark-test", "replay-in");
        Path out = Path.of("target", "spark-test", "replay-out");
        assertThat(sample.writeCsv(in)).hasSize(2);

        Map<String, Long> counts = ReplayJob.run(spark, in.toString(), false, out.toString());

        assertThat(counts.keySet()).containsExactly("term_structure_by_expiry", "term_structure_by_bucket",
                "strike_sheet", "levels", "snapshot_status");
        assertThat(counts.get("snapshot_status")).isEqualTo(18);
        assertThat(counts.get("levels")).isEqualTo(18 - 3);
        // what was written is what the entry point computes on the same files
        Dataset<Row> quotes = spark.read().option("header", "true").csv(in.toString());
        SparkExposure exposure = SparkExposure.of(ContractColumns.cboeDataShop());
        List<Row> written = spark.read().parquet(out.resolve("strike_sheet").toString())
                .orderBy("symbol", "as_of", "strike").collectAsList();
        List<Row> direct = exposure.strikeSheet(quotes).orderBy("symbol", "as_of", "strike").collectAsList();
        assertThat(written).isEqualTo(direct);
        assertThat(written).hasSize(counts.get("strike_sheet").intValue());

        // the same quotes as Parquet give the same outputs
        Path parquet = Path.of("target", "spark-test", "replay-in.parquet");
        quotes.write().mode(org.apache.spark.sql.SaveMode.Overwrite).parquet(parquet.toString());
        Path outParquet = Path.of("target", "spark-test", "replay-out-parquet");
        assertThat(ReplayJob.run(spark, parquet.toString(), true, outParquet.toString())).isEqualTo(counts);
        assertThat(spark.read().parquet(outParquet.resolve("strike_sheet").toString())
                .orderBy("symbol", "as_of", "strike").collectAsList()).isEqualTo(written);
    }
}
