package dev.exposure.spark.internal;

import dev.exposure.OptionChain;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/** A view that calls no library and emits no row: the cost of the grouping around the library. */
public final class NoOpView extends SnapshotView {

    private static final long serialVersionUID = 1L;

    @Override
    protected StructField[] viewFields() {
        return new StructField[0];
    }

    @Override
    protected Column[] viewColumns() {
        return new Column[0];
    }

    @Override
    protected void rows(OptionChain chain, Snapshot snapshot, List<Row> out) {
        if (chain.size() < 0) {
            throw new AssertionError("a chain has a size");
        }
    }
}
