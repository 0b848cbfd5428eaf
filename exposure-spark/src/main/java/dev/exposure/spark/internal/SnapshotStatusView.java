package dev.exposure.spark.internal;

import static org.apache.spark.sql.functions.col;

import dev.exposure.OptionChain;
import dev.exposure.TermStructure;
import dev.exposure.TermStructureBuilder;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * One row per snapshot, whatever its data: {@code status} {@code ok}, {@code no_data} or {@code invalid}, why, and
 * its counts. The other views give no row for a snapshot whose status is not {@code ok}.
 */
public final class SnapshotStatusView extends SnapshotView {

    private static final long serialVersionUID = 1L;

    /** Status of a snapshot the library computes. */
    public static final String OK = "ok";
    /** Status of a snapshot with no data (library error {@code no_data}). */
    public static final String NO_DATA = "no_data";
    /** Status of a snapshot whose own values cannot be used. */
    public static final String INVALID = "invalid";

    private final ConventionsSpec conventions;
    private transient TermStructureBuilder builder;

    /**
     * Creates the view.
     *
     * @param conventions the conventions of the library calls
     */
    public SnapshotStatusView(ConventionsSpec conventions) {
        this.conventions = Objects.requireNonNull(conventions, "conventions");
    }

    @Override
    protected StructField[] viewFields() {
        return new StructField[] {
            field("status", DataTypes.StringType),
            nullableField("message", DataTypes.StringType),
            field("contract_rows", DataTypes.IntegerType)};
    }

    @Override
    protected Column[] viewColumns() {
        return new Column[] {col("status"), col("message"), col("contract_rows")};
    }

    @Override
    protected void rows(OptionChain chain, Snapshot snapshot, List<Row> out) {
        if (builder == null) {
            builder = conventions.termStructureBuilder();
        }
        TermStructure ts = builder.build(chain);
        out.add(row(snapshot, ts.underlyingPrice(), ts.skippedContracts() + snapshot.unreadable(), OK, null,
                snapshot.contracts()));
    }

    @Override
    protected void noRows(Snapshot snapshot, String status, String message, List<Row> out) {
        out.add(row(snapshot, snapshot.underlyingPrice(), null, status, message, snapshot.contracts()));
    }
}
