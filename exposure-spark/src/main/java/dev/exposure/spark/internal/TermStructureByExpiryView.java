package dev.exposure.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;

import dev.exposure.ExpiryExposure;
import dev.exposure.Exposure;
import dev.exposure.TermStructure;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/** One row per snapshot × expiration: {@link TermStructure#byExpiry()}. */
public final class TermStructureByExpiryView extends TermStructureView {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the view.
     *
     * @param conventions the conventions of the library calls
     */
    public TermStructureByExpiryView(ConventionsSpec conventions) {
        super(conventions);
    }

    @Override
    protected StructField[] viewFields() {
        return new StructField[] {
            field("expiration", DataTypes.IntegerType),
            field("dte", DataTypes.IntegerType),
            field("is_opex", DataTypes.BooleanType),
            field("is_triple_witching", DataTypes.BooleanType),
            field("net_gex", DataTypes.DoubleType),
            field("net_dex", DataTypes.DoubleType),
            field("net_vex", DataTypes.DoubleType),
            field("net_chex", DataTypes.DoubleType),
            field("pct_of_chain_gex", DataTypes.DoubleType)};
    }

    @Override
    protected Column[] viewColumns() {
        return new Column[] {date_from_unix_date(col("expiration")).as("expiration"), col("dte"), col("is_opex"),
            col("is_triple_witching"), col("net_gex"), col("net_dex"), col("net_vex"), col("net_chex"),
            col("pct_of_chain_gex")};
    }

    @Override
    void rows(TermStructure ts, Snapshot snapshot, Integer skipped, List<Row> out) {
        for (ExpiryExposure e : ts.byExpiry()) {
            Exposure x = e.exposure();
            out.add(row(snapshot, ts.underlyingPrice(), skipped, (int) e.expiration().toEpochDay(), e.dte(),
                    e.isOpex(), e.isTripleWitching(), x.netGex(), x.netDex(), x.netVex(), x.netChex(),
                    e.pctOfChainGex()));
        }
    }
}
