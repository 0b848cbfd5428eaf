package dev.exposure;

import dev.exposure.calendar.TradingCalendar;
import dev.exposure.internal.ChainColumns;
import dev.exposure.internal.Checks;
import dev.exposure.internal.ExposureKernel;
import dev.exposure.internal.Shares;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a chain's dealer exposure out in time: per expiration and by days-to-expiry bucket.
 *
 * <p>One pass over the chain computes every live valid contract's GEX, DEX, VEX and CHEX (units and signs in
 * {@link Exposure}) and sums them per expiration. Every contract of an expiration has the same DTE, so the buckets
 * {@code 0-7d} [0, 7], {@code 8-30d} [8, 30], {@code 31-60d} [31, 60], {@code 61-180d} [61, 180] and
 * {@code 180d+} [181, 2147483647] are folded from the expiration rows; empty buckets are omitted. OPEX and
 * triple-witching flags come from a {@link TradingCalendar} (NYSE unless another is given). The
 * {@link Conventions} choose the calendar, the time basis of τ and the GEX unit; the defaults are the
 * specification's.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class TermStructureBuilder {

    /** Bucket names and inclusive DTE bounds, in output order. */
    private static final String[] BUCKET_NAMES = {"0-7d", "8-30d", "31-60d", "61-180d", "180d+"};
    private static final int[] BUCKET_MIN = {0, 8, 31, 61, 181};
    private static final int[] BUCKET_MAX = {7, 30, 60, 180, Integer.MAX_VALUE};

    private final Conventions conventions;
    private final TradingCalendar calendar;

    /** Creates a builder with the {@linkplain Conventions#defaults() default conventions}. */
    public TermStructureBuilder() {
        this(Conventions.defaults());
    }

    /**
     * Creates a builder that flags OPEX and triple witching with the given calendar, other conventions default.
     *
     * @param calendar the trading calendar
     * @throws NullPointerException if {@code calendar} is null
     */
    public TermStructureBuilder(TradingCalendar calendar) {
        this(Conventions.defaults().withCalendar(calendar));
    }

    /**
     * Creates a builder with the given conventions (calendar, time basis, GEX unit).
     *
     * @param conventions the conventions
     * @throws NullPointerException if {@code conventions} is null
     */
    public TermStructureBuilder(Conventions conventions) {
        this.conventions = Checks.notNull(conventions, "conventions");
        this.calendar = conventions.calendar();
    }

    /**
     * Computes the term structure of a chain.
     *
     * @param chain the chain
     * @return its exposure by DTE bucket and per expiration, with the count of skipped contracts
     * @throws NullPointerException if {@code chain} is null
     * @throws ExposureException with {@link ExposureError#NO_DATA} (and the symbol in
     *     {@link ExposureException#missingSymbols()}) when the underlying price is not finite and positive or no
     *     contract is live with valid market data
     * @throws IllegalArgumentException if an exposure exceeds the double range
     */
    public TermStructure build(OptionChain chain) {
        ChainColumns c = ChainColumns.of(chain).under(conventions.timeBasis());
        if (!c.hasData()) {
            throw new ExposureException(ExposureError.NO_DATA, c.noDataReason(), List.of(c.symbol));
        }
        ExposureKernel.RowExposures rows = ExposureKernel.compute(c, conventions.gexUnit());
        double[] pct = Shares.percentOfAbsoluteTotal(rows.gex);
        List<ExpiryExposure> byExpiry = new ArrayList<>(c.rows);
        for (int r = 0; r < c.rows; r++) {
            boolean opex = calendar.isMonthlyExpiration(c.rowExpiration[r]);
            boolean tripleWitching = opex && c.rowExpiration[r].getMonthValue() % 3 == 0; // Mar, Jun, Sep, Dec
            byExpiry.add(new ExpiryExposure(c.rowExpiration[r], c.rowDte[r], opex, tripleWitching, rows.row(r),
                    pct[r]));
        }
        // rows ascend by date, hence by DTE: each bucket is a run of consecutive rows
        List<BucketExposure> byBucket = new ArrayList<>(BUCKET_NAMES.length);
        int from = 0;
        for (int b = 0; b < BUCKET_NAMES.length && from < c.rows; b++) {
            int to = from;
            while (to < c.rows && c.rowDte[to] <= BUCKET_MAX[b]) {
                to++;
            }
            if (to > from) {
                int contracts = c.rowStart[to] - c.rowStart[from];
                byBucket.add(new BucketExposure(BUCKET_NAMES[b], BUCKET_MIN[b], BUCKET_MAX[b], rows.sum(from, to),
                        contracts));
            }
            from = to;
        }
        return new TermStructure(c.symbol, c.spot, c.asOf, byBucket, byExpiry, c.skipped);
    }

    @Override
    public String toString() {
        return "TermStructureBuilder[" + conventions + "]";
    }
}
