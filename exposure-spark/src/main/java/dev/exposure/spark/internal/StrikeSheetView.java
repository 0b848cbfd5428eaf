package dev.exposure.spark.internal;

import static org.apache.spark.sql.functions.col;

import dev.exposure.Exposure;
import dev.exposure.OptionChain;
import dev.exposure.StrikeExposure;
import dev.exposure.StrikeSheet;
import dev.exposure.StrikeSheetBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * One row per snapshot × strike: {@link StrikeSheet#strikes()} over every live expiration, with all four greeks
 * ({@code call_gex}, {@code put_gex}, {@code net_gex}, the same for dex, vex and chex) and both open interests.
 */
public final class StrikeSheetView extends SnapshotView {

    private static final long serialVersionUID = 1L;

    private static final String[] GREEKS = {"gex", "dex", "vex", "chex"};

    private final ConventionsSpec conventions;
    private transient StrikeSheetBuilder builder;

    /**
     * Creates the view.
     *
     * @param conventions the conventions of the library calls
     */
    public StrikeSheetView(ConventionsSpec conventions) {
        this.conventions = Objects.requireNonNull(conventions, "conventions");
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add("strike");
        for (String g : GREEKS) {
            names.add("call_" + g);
            names.add("put_" + g);
            names.add("net_" + g);
        }
        names.add("call_oi");
        names.add("put_oi");
        return names;
    }

    @Override
    protected StructField[] viewFields() {
        return names().stream().map(n -> field(n, DataTypes.DoubleType)).toArray(StructField[]::new);
    }

    @Override
    protected Column[] viewColumns() {
        return names().stream().map(n -> col(n)).toArray(Column[]::new);
    }

    @Override
    protected void rows(OptionChain chain, Snapshot snapshot, List<Row> out) {
        if (builder == null) {
            builder = conventions.strikeSheetBuilder();
        }
        StrikeSheet sheet = builder.build(chain);
        Integer skipped = sheet.skippedContracts() + snapshot.unreadable();
        for (StrikeExposure s : sheet.strikes()) {
            Exposure c = s.calls();
            Exposure p = s.puts();
            Exposure n = s.net();
            out.add(row(snapshot, sheet.underlyingPrice(), skipped, s.strike(),
                    c.netGex(), p.netGex(), n.netGex(), c.netDex(), p.netDex(), n.netDex(),
                    c.netVex(), p.netVex(), n.netVex(), c.netChex(), p.netChex(), n.netChex(),
                    s.callOpenInterest(), s.putOpenInterest()));
        }
    }
}
