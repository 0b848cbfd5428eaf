package dev.exposure.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.timestamp_micros;

import dev.exposure.OptionChain;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One output of the Spark entry points: what rows a snapshot's chain gives, and their schema.
 *
 * <p>The group function emits raw rows: {@code symbol} (string), {@code as_of} (long microseconds),
 * {@code underlying_price} (double), the view's own fields, then {@code skipped_contracts} (int) unless
 * {@link #hasSkippedColumn()} says otherwise. Dates and instants
 * travel as numbers so that the rows do not depend on {@code spark.sql.datetime.java8API.enabled}; a final
 * projection ({@link #finalColumns()}) turns them into {@code TIMESTAMP} and {@code DATE} columns.
 */
public abstract class SnapshotView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Name of the skipped-contracts column, last in every output. */
    public static final String SKIPPED_CONTRACTS = "skipped_contracts";

    /**
     * Returns the view's own raw fields, between the snapshot columns and {@code skipped_contracts}.
     *
     * @return the fields
     */
    protected abstract StructField[] viewFields();

    /**
     * Returns the final projection of the view's own fields.
     *
     * @return one column per field of {@link #viewFields()}, or another projection of them
     */
    protected abstract Column[] viewColumns();

    /**
     * Tells whether the output ends with {@code skipped_contracts}.
     *
     * @return {@code true} unless the view's library value carries no skipped count
     */
    protected boolean hasSkippedColumn() {
        return true;
    }

    /**
     * Computes the rows of one snapshot's chain with one library call.
     *
     * @param chain the chain of the snapshot
     * @param snapshot the snapshot facts
     * @param out where to add the rows
     * @throws dev.exposure.ExposureException for a chain with no data
     * @throws IllegalArgumentException where the library rejects the chain (an exposure beyond the double range)
     */
    protected abstract void rows(OptionChain chain, Snapshot snapshot, List<Row> out);

    /**
     * Adds the rows of a snapshot that gives no figures: no rows, except in the status view.
     *
     * @param snapshot the snapshot facts
     * @param status {@code no_data} or {@code invalid}
     * @param message why
     * @param out where to add the rows
     */
    protected void noRows(Snapshot snapshot, String status, String message, List<Row> out) {
    }

    /**
     * Returns the schema of the raw rows.
     *
     * @return symbol, as_of (long), underlying_price, the view fields, skipped_contracts (where there is one)
     */
    public final StructType rawSchema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("symbol", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("as_of", DataTypes.LongType, true));
        fields.add(DataTypes.createStructField("underlying_price", DataTypes.DoubleType, true));
        fields.addAll(List.of(viewFields()));
        if (hasSkippedColumn()) {
            fields.add(DataTypes.createStructField(SKIPPED_CONTRACTS, DataTypes.IntegerType, true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * Returns the final projection of the raw rows.
     *
     * @return symbol, as_of (timestamp), underlying_price, the view columns, skipped_contracts (where there is
     *     one)
     */
    public final Column[] finalColumns() {
        List<Column> columns = new ArrayList<>();
        columns.add(col("symbol"));
        columns.add(timestamp_micros(col("as_of")).as("as_of"));
        columns.add(col("underlying_price"));
        columns.addAll(List.of(viewColumns()));
        if (hasSkippedColumn()) {
            columns.add(col(SKIPPED_CONTRACTS));
        }
        return columns.toArray(new Column[0]);
    }

    /**
     * Makes a raw row.
     *
     * @param snapshot the snapshot facts
     * @param underlyingPrice the underlying price to write (null in the row when not finite)
     * @param skipped the skipped-contracts count, or null; left out where the view has no such column
     * @param values the view's own values
     * @return the row
     */
    protected final Row row(Snapshot snapshot, double underlyingPrice, Integer skipped, Object... values) {
        Object[] all = new Object[values.length + (hasSkippedColumn() ? 4 : 3)];
        all[0] = snapshot.symbol();
        all[1] = snapshot.asOfMicros();
        all[2] = Double.isFinite(underlyingPrice) ? underlyingPrice : null; // never NaN in an output
        System.arraycopy(values, 0, all, 3, values.length);
        if (hasSkippedColumn()) {
            all[all.length - 1] = skipped;
        }
        return RowFactory.create(all);
    }

    /**
     * Makes a non-nullable field.
     *
     * @param name the name
     * @param type the type
     * @return the field
     */
    protected static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, false);
    }

    /**
     * Makes a nullable field.
     *
     * @param name the name
     * @param type the type
     * @return the field
     */
    protected static StructField nullableField(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
