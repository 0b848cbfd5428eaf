package dev.exposure.spark.internal;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Groups a contract frame by snapshot and runs a view over each group.
 *
 * <p>One snapshot is one group, keyed by ({@link ContractFrame#SNAPSHOT_HASH}, {@link ContractFrame#SYMBOL},
 * {@link ContractFrame#AS_OF}) through {@code groupBy(...).as(...)}. The leading 64-bit hash of symbol and as-of
 * only gives Spark's sort a numeric prefix that tells snapshots apart without comparing strings (the symbol and
 * as-of after it keep apart two snapshots whose hashes collide). {@code flatMapSortedGroups} hands each group's
 * rows sorted by expiration, strike, type (puts first), open interest, implied volatility and then the snapshot
 * values, so the chain is built in the same order on every run and the results are bit-reproducible whatever the
 * partitioning of the input. Keys use an explicit row encoder, values the bean encoder of {@link ContractValues}
 * (primitive fields, read by name, so the key columns are not decoded again for every row); nothing is collected
 * to the driver.
 */
public final class SnapshotGroups {

    private SnapshotGroups() {
    }

    /**
     * Returns the sort order of the rows within a group.
     *
     * @return the columns, ascending
     */
    public static Column[] sortOrder() {
        return new Column[] {col(ContractFrame.EXPIRATION_DAY), col(ContractFrame.STRIKE), col(ContractFrame.SIGN),
            col(ContractFrame.OPEN_INTEREST), col(ContractFrame.VOLATILITY), col(ContractFrame.UNDERLYING_PRICE),
            col(ContractFrame.RATE), col(ContractFrame.YIELD), col(ContractFrame.MULTIPLIER)};
    }

    /**
     * Runs a view over every snapshot of a frame.
     *
     * @param frame the contracts in canonical columns
     * @param view what rows a snapshot gives
     * @return the view's rows, in its final columns
     */
    public static Dataset<Row> run(ContractFrame frame, SnapshotView view) {
        Dataset<Row> contracts = frame.contracts();
        StructType schema = contracts.schema();
        StructField hash = schema.apply(ContractFrame.SNAPSHOT_HASH);
        StructField symbol = schema.apply(ContractFrame.SYMBOL);
        StructField asOf = schema.apply(ContractFrame.AS_OF);
        StructType keySchema = DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField(hash.name(), hash.dataType(), false),
            DataTypes.createStructField(symbol.name(), symbol.dataType(), true),
            DataTypes.createStructField(asOf.name(), asOf.dataType(), true)});
        KeyValueGroupedDataset<Row, ContractValues> groups = contracts
                .groupBy(col(ContractFrame.SNAPSHOT_HASH), col(ContractFrame.SYMBOL), col(ContractFrame.AS_OF))
                .as(Encoders.row(keySchema), Encoders.bean(ContractValues.class));
        Dataset<Row> raw = groups.flatMapSortedGroups(sortOrder(), new SnapshotFunction(view, frame.asOfReader()),
                Encoders.row(view.rawSchema()));
        return raw.select(view.finalColumns());
    }
}
