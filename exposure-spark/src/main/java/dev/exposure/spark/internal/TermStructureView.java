package dev.exposure.spark.internal;

import dev.exposure.OptionChain;
import dev.exposure.TermStructure;
import dev.exposure.TermStructureBuilder;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * A view of the rows of one snapshot's {@link TermStructure}, computed with one library call per snapshot: the
 * common part of {@link TermStructureByBucketView} and {@link TermStructureByExpiryView}.
 */
abstract class TermStructureView extends SnapshotView {

    private static final long serialVersionUID = 1L;

    private final ConventionsSpec conventions;
    private transient TermStructureBuilder builder;

    /**
     * Creates the view.
     *
     * @param conventions the conventions of the library calls
     */
    TermStructureView(ConventionsSpec conventions) {
        this.conventions = Objects.requireNonNull(conventions, "conventions");
    }

    @Override
    protected final void rows(OptionChain chain, Snapshot snapshot, List<Row> out) {
        if (builder == null) {
            builder = conventions.termStructureBuilder();
        }
        TermStructure ts = builder.build(chain);
        rows(ts, snapshot, ts.skippedContracts() + snapshot.unreadable(), out);
    }

    /**
     * Adds the rows of one snapshot's term structure.
     *
     * @param ts the term structure of the snapshot's chain
     * @param snapshot the snapshot facts
     * @param skipped the skipped-contracts count: the term structure's and the snapshot's unreadable rows
     * @param out where to add the rows
     */
    abstract void rows(TermStructure ts, Snapshot snapshot, Integer skipped, List<Row> out);
}
