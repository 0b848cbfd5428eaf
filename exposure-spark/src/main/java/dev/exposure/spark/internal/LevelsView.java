package dev.exposure.spark.internal;

import static org.apache.spark.sql.functions.col;

import dev.exposure.ExposureLevels;
import dev.exposure.LevelsBuilder;
import dev.exposure.OptionChain;
import dev.exposure.ZeroDte;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * One row per snapshot: {@link ExposureLevels}, each level null where the library gives none. No
 * {@code skipped_contracts} column: the library's levels carry no such count (the status view gives it).
 */
public final class LevelsView extends SnapshotView {

    private static final long serialVersionUID = 1L;

    private static final String[] NAMES = {"gamma_flip", "max_positive_gamma", "max_negative_gamma", "call_wall",
        "put_wall", "highest_oi_strike", "zero_dte_magnet"};

    private final ConventionsSpec conventions;
    private transient LevelsBuilder builder;

    /**
     * Creates the view.
     *
     * @param conventions the conventions of the library calls
     */
    public LevelsView(ConventionsSpec conventions) {
        this.conventions = Objects.requireNonNull(conventions, "conventions");
    }

    /** The library's levels carry no skipped count, and one library call per snapshot is the rule. */
    @Override
    protected boolean hasSkippedColumn() {
        return false;
    }

    @Override
    protected StructField[] viewFields() {
        StructField[] fields = new StructField[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            fields[i] = nullableField(NAMES[i], DataTypes.DoubleType);
        }
        return fields;
    }

    @Override
    protected Column[] viewColumns() {
        Column[] columns = new Column[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            columns[i] = col(NAMES[i]);
        }
        return columns;
    }

    @Override
    protected void rows(OptionChain chain, Snapshot snapshot, List<Row> out) {
        if (builder == null) {
            builder = conventions.levelsBuilder();
        }
        ExposureLevels l = builder.build(chain);
        Double magnet = l.zeroDte().map(ZeroDte::magnet).orElse(null);
        out.add(row(snapshot, l.underlyingPrice(), null, value(l.gammaFlip()),
                value(l.maxPositiveGamma()), value(l.maxNegativeGamma()), value(l.callWall()), value(l.putWall()),
                value(l.highestOiStrike()), magnet));
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
