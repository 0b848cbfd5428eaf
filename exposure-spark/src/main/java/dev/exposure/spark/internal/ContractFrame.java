package dev.exposure.spark.internal;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The contracts projected to the canonical columns the group function reads, with the reader of its as-of column.
 *
 * <p>The value columns are named after the properties of {@link ContractValues}, which reads them. Columns, in
 * this order: {@link #SNAPSHOT_HASH} (long), {@link #SYMBOL} (string), {@link #AS_OF} (as told by
 * {@link AsOfReader.Kind}), these three the group key; then non-null values: {@link #UNDERLYING_PRICE},
 * {@link #RATE}, {@link #YIELD}, {@link #MULTIPLIER} (doubles, NaN where unreadable), {@link #SIGN} (int: +1 call,
 * −1 put, 0 unreadable), {@link #EXPIRATION_DAY} (int days since 1970-01-01, {@link #UNREADABLE_DAY} where
 * unreadable), {@link #STRIKE}, {@link #OPEN_INTEREST}, {@link #VOLATILITY} (doubles, NaN where null or
 * unreadable).
 */
public final class ContractFrame {

    /** Column of a 64-bit hash of symbol and as-of, the first grouping column (a cheap sort prefix). */
    public static final String SNAPSHOT_HASH = "snapshot_hash";
    /** Column of the symbol. */
    public static final String SYMBOL = "symbol";
    /** Column of the as-of value. */
    public static final String AS_OF = "as_of";
    /** Column of the underlying price. */
    public static final String UNDERLYING_PRICE = "underlyingPrice";
    /** Column of the risk-free rate. */
    public static final String RATE = "riskFreeRate";
    /** Column of the dividend yield. */
    public static final String YIELD = "dividendYield";
    /** Column of the contract multiplier. */
    public static final String MULTIPLIER = "contractMultiplier";
    /** Column of the dealer sign of the type. */
    public static final String SIGN = "sign";
    /** Column of the expiration as a day number. */
    public static final String EXPIRATION_DAY = "expirationDay";
    /** Column of the strike. */
    public static final String STRIKE = "strike";
    /** Column of the open interest. */
    public static final String OPEN_INTEREST = "openInterest";
    /** Column of the implied volatility. */
    public static final String VOLATILITY = "impliedVolatility";
    /** Expiration day of a contract whose expiration cannot be read. */
    public static final int UNREADABLE_DAY = Integer.MIN_VALUE;


    private final Dataset<Row> contracts;
    private final AsOfReader asOfReader;

    /**
     * Wraps a projected frame.
     *
     * @param contracts the contracts in the canonical columns
     * @param asOfReader how to read the as-of column
     */
    public ContractFrame(Dataset<Row> contracts, AsOfReader asOfReader) {
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.asOfReader = Objects.requireNonNull(asOfReader, "asOfReader");
    }

    /**
     * Returns the projected contracts.
     *
     * @return the frame in the canonical columns
     */
    public Dataset<Row> contracts() {
        return contracts;
    }

    /**
     * Returns the reader of the as-of column.
     *
     * @return the reader
     */
    public AsOfReader asOfReader() {
        return asOfReader;
    }
}
