package dev.exposure.spark.internal;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;

import dev.exposure.BucketExposure;
import dev.exposure.Exposure;
import dev.exposure.TermStructure;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/** One row per snapshot × non-empty DTE bucket: {@link TermStructure#byDteBucket()}. */
public final class TermStructureByBucketView extends TermStructureView {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the view.
     *
     * @param conventions the conventions of the library calls
     */
    public TermStructureByBucketView(ConventionsSpec conventions) {
        super(conventions);
    }

    @Override
    protected StructField[] viewFields() {
        return new StructField[] {
            field("bucket", DataTypes.StringType),
            field("dte_min", DataTypes.IntegerType),
            field("dte_max", DataTypes.IntegerType),
            field("net_gex", DataTypes.DoubleType),
            field("net_dex", DataTypes.DoubleType),
            field("net_vex", DataTypes.DoubleType),
            field("net_chex", DataTypes.DoubleType),
            field("contract_count", DataTypes.IntegerType)};
    }

    @Override
    protected Column[] viewColumns() {
        return new Column[] {col("bucket"), array(col("dte_min"), col("dte_max")).as("dte_range"), col("net_gex"),
            col("net_dex"), col("net_vex"), col("net_chex"), col("contract_count")};
    }

    @Override
    void rows(TermStructure ts, Snapshot snapshot, Integer skipped, List<Row> out) {
        for (BucketExposure b : ts.byDteBucket()) {
            Exposure x = b.exposure();
            out.add(row(snapshot, ts.underlyingPrice(), skipped, b.bucket(), b.dteMin(), b.dteMax(), x.netGex(),
                    x.netDex(), x.netVex(), x.netChex(), b.contractCount()));
        }
    }
}
