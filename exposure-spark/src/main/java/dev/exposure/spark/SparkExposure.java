package dev.exposure.spark;

import dev.exposure.Conventions;
import dev.exposure.spark.internal.ConventionsSpec;
import dev.exposure.spark.internal.LevelsView;
import dev.exposure.spark.internal.SnapshotGroups;
import dev.exposure.spark.internal.SnapshotStatusView;
import dev.exposure.spark.internal.SnapshotView;
import dev.exposure.spark.internal.StrikeSheetView;
import dev.exposure.spark.internal.TermStructureByBucketView;
import dev.exposure.spark.internal.TermStructureByExpiryView;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Computes the library's views of many option-chain snapshots inside a Spark job, with exactly the numbers the
 * library gives in-process.
 *
 * <p>Input: a {@code Dataset<Row>} in long format, one row per contract, read through a {@link ContractColumns}
 * mapping. A <em>snapshot</em> is one distinct (symbol, as-of) pair; each is one group, whose rows are sorted
 * (expiration, strike, type with puts first, open interest, implied volatility, then the snapshot values), read
 * into reused primitive arrays, built into one {@link dev.exposure.OptionChain} and passed to the library once.
 * Results are therefore bit-for-bit those of the library on the chain built in that order, whatever the input's
 * partitioning. Nothing is collected to the driver; keys and rows use explicit schemas.
 *
 * <p>Output: each method returns a lazy {@code Dataset<Row>} whose columns are the snake-case JSON field names of
 * the library, after three snapshot columns: {@code symbol} (string), {@code as_of} ({@code TIMESTAMP}, the
 * instant) and {@code underlying_price} (double, USD). The outputs end with {@code skipped_contracts} (int): the
 * live contracts the library skipped for bad market data plus the rows whose type or expiration could not be read.
 * The levels are the exception: the library's levels carry no skipped count. Units and signs are the library's:
 * GEX in USD per 1% move (or per point, with {@link dev.exposure.GexUnit#PER_POINT}), DEX in USD, VEX in USD per
 * 1.00 of volatility, CHEX in USD per calendar day; dealers long calls and short puts.
 *
 * <p>Snapshots without figures: a snapshot the library finds with no data (underlying price not finite and
 * positive, or no live contract with valid market data) and a snapshot whose own values are unusable (missing
 * symbol, unreadable as-of, non-finite rate or yield, multiplier not an integer ≥ 1, an exposure beyond the double
 * range) give <strong>no rows</strong> in the exposure outputs; the job never fails on them.
 * {@link #snapshotStatus(Dataset)} gives one row per snapshot saying which it was.
 *
 * <p>Each method plans its own pass over the input: persist the input when computing several outputs of it.
 * Immutable; used on the driver.
 */
public final class SparkExposure {

    private final ContractColumns columns;
    private final ConventionsSpec conventions;

    private SparkExposure(ContractColumns columns, ConventionsSpec conventions) {
        this.columns = columns;
        this.conventions = conventions;
    }

    /**
     * Creates the entry point for a column mapping, with the library's default conventions.
     *
     * @param columns the mapping, e.g. {@link ContractColumns#cboeDataShop()}
     * @return the entry point
     * @throws NullPointerException if {@code columns} is null
     */
    public static SparkExposure of(ContractColumns columns) {
        return new SparkExposure(Objects.requireNonNull(columns, "columns"), ConventionsSpec.DEFAULTS);
    }

    /**
     * Returns a copy that computes with other conventions (trading calendar, time basis, GEX unit).
     *
     * @param conventions the conventions; their calendar must be {@link dev.exposure.calendar.TradingCalendar#nyse()}
     *     or also {@link java.io.Serializable}, as it is sent to the executors (the time basis and GEX unit are sent
     *     by value)
     * @return a modified copy
     * @throws NullPointerException if {@code conventions} is null
     * @throws IllegalArgumentException if the calendar is not serializable
     */
    public SparkExposure withConventions(Conventions conventions) {
        return new SparkExposure(columns, ConventionsSpec.of(conventions));
    }

    /**
     * Returns the conventions the library is called with.
     *
     * @return the conventions, {@link Conventions#defaults()} unless set
     */
    public Conventions conventions() {
        return conventions.conventions();
    }

    /**
     * Returns the column mapping.
     *
     * @return the mapping
     */
    public ContractColumns columns() {
        return columns;
    }

    /**
     * Computes the term structure per expiration: one row per snapshot × expiration with a live valid contract,
     * as the library's {@code TermStructure.byExpiry()}.
     *
     * <p>Columns: {@code symbol}, {@code as_of}, {@code underlying_price}, {@code expiration} (date), {@code dte}
     * (int), {@code is_opex}, {@code is_triple_witching} (boolean), {@code net_gex}, {@code net_dex},
     * {@code net_vex}, {@code net_chex}, {@code pct_of_chain_gex} (double), {@code skipped_contracts} (int).
     *
     * @param contracts the contracts in long format
     * @return the rows (lazy)
     * @throws NullPointerException if {@code contracts} is null
     * @throws IllegalArgumentException if a required column of the mapping is absent or the as-of column has an
     *     unsupported type
     */
    public Dataset<Row> termStructureByExpiry(Dataset<Row> contracts) {
        return run(contracts, new TermStructureByExpiryView(conventions));
    }

    /**
     * Computes the term structure per DTE bucket: one row per snapshot × non-empty bucket ({@code 0-7d},
     * {@code 8-30d}, {@code 31-60d}, {@code 61-180d}, {@code 180d+}), as the library's
     * {@code TermStructure.byDteBucket()}.
     *
     * <p>Columns: {@code symbol}, {@code as_of}, {@code underlying_price}, {@code bucket} (string),
     * {@code dte_range} (array of two ints, inclusive), {@code net_gex}, {@code net_dex}, {@code net_vex},
     * {@code net_chex} (double), {@code contract_count} (int), {@code skipped_contracts} (int).
     *
     * @param contracts the contracts in long format
     * @return the rows (lazy)
     * @throws NullPointerException if {@code contracts} is null
     * @throws IllegalArgumentException if a required column of the mapping is absent or the as-of column has an
     *     unsupported type
     */
    public Dataset<Row> termStructureByBucket(Dataset<Row> contracts) {
        return run(contracts, new TermStructureByBucketView(conventions));
    }

    /**
     * Computes the strike sheet over every live expiration: one row per snapshot × strike with a live valid
     * contract, ascending, as the library's {@code StrikeSheetBuilder}.
     *
     * <p>Columns: {@code symbol}, {@code as_of}, {@code underlying_price}, {@code strike}, then for each greek
     * {@code call_gex}, {@code put_gex}, {@code net_gex}, {@code call_dex}, {@code put_dex}, {@code net_dex},
     * {@code call_vex}, {@code put_vex}, {@code net_vex}, {@code call_chex}, {@code put_chex}, {@code net_chex}
     * (double), {@code call_oi}, {@code put_oi} (double, contracts), {@code skipped_contracts} (int). For the sheet of
     * a subset of expirations, filter the input first.
     *
     * @param contracts the contracts in long format
     * @return the rows (lazy)
     * @throws NullPointerException if {@code contracts} is null
     * @throws IllegalArgumentException if a required column of the mapping is absent or the as-of column has an
     *     unsupported type
     */
    public Dataset<Row> strikeSheet(Dataset<Row> contracts) {
        return run(contracts, new StrikeSheetView(conventions));
    }

    /**
     * Computes the key levels: one row per snapshot, as the library's {@code LevelsBuilder}.
     *
     * <p>Columns: {@code symbol}, {@code as_of}, {@code underlying_price}, {@code gamma_flip},
     * {@code max_positive_gamma}, {@code max_negative_gamma}, {@code call_wall}, {@code put_wall},
     * {@code highest_oi_strike}, {@code zero_dte_magnet} (double, USD; null where the library gives no level). There
     * is no {@code skipped_contracts} column: the library's levels carry none ({@link #snapshotStatus} gives it).
     *
     * @param contracts the contracts in long format
     * @return the rows (lazy)
     * @throws NullPointerException if {@code contracts} is null
     * @throws IllegalArgumentException if a required column of the mapping is absent or the as-of column has an
     *     unsupported type
     */
    public Dataset<Row> levels(Dataset<Row> contracts) {
        return run(contracts, new LevelsView(conventions));
    }

    /**
     * Tells, for every snapshot, whether the library computes it: one row per snapshot.
     *
     * <p>Columns: {@code symbol}, {@code as_of} (null when unreadable), {@code underlying_price} (null when not
     * finite), {@code status} ({@code ok}, {@code no_data} or {@code invalid}), {@code message} (null for
     * {@code ok}; else why, as the library says it), {@code contract_rows} (int, the snapshot's input rows),
     * {@code skipped_contracts} (int; null unless {@code ok}).
     *
     * @param contracts the contracts in long format
     * @return the rows (lazy)
     * @throws NullPointerException if {@code contracts} is null
     * @throws IllegalArgumentException if a required column of the mapping is absent or the as-of column has an
     *     unsupported type
     */
    public Dataset<Row> snapshotStatus(Dataset<Row> contracts) {
        return run(contracts, new SnapshotStatusView(conventions));
    }

    private Dataset<Row> run(Dataset<Row> contracts, SnapshotView view) {
        Objects.requireNonNull(contracts, "contracts");
        return SnapshotGroups.run(columns.frame(contracts), view);
    }

    @Override
    public String toString() {
        return "SparkExposure[" + columns + ", " + conventions + "]";
    }
}
