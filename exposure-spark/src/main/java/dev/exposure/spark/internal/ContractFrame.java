package dev.exposure.spark.internal;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The contracts projected to the canonical columns the group function reads, with the reader of its as-of column.
 *
 * <p>Columns, in this order: {@link #SYMBOL} (string, the group key with {@link #AS_OF}), {@link #AS_OF} (as told
 * by {@link AsOfReader.Kind}), then non-null values: {@link #UNDERLYING_PRICE}, {@link #RATE}, {@link #YIELD},
 * {@link #MULTIPLIER} (doubles, NaN where unreadable), {@link #SIGN} (int: +1 call, −1 put, 0 unreadable),
 * {@link #EXPIRATION_DAY} (int days since 1970-01-01, {@link #UNREADABLE_DAY} where unreadable), {@link #STRIKE},
 * {@link #OPEN_INTEREST}, {@link #VOLATILITY} (doubles, NaN where null or unreadable).
 */
public final class ContractFrame {

    /** Column of the symbol. */
    public static final String SYMBOL = "symbol";
    /** Column of the as-of value. */
    public static final String AS_OF = "as_of";
    /** Column of the underlying price. */
    public static final String UNDERLYING_PRICE = "underlying_price";
    /** Column of the risk-free rate. */
    public static final String RATE = "risk_free_rate";
    /** Column of the dividend yield. */
    public static final String YIELD = "dividend_yield";
    /** Column of the contract multiplier. */
    public static final String MULTIPLIER = "contract_multiplier";
    /** Column of the dealer sign of the type. */
    public static final String SIGN = "sign";
    /** Column of the expiration as a day number. */
    public static final String EXPIRATION_DAY = "expiration_day";
    /** Column of the strike. */
    public static final String STRIKE = "strike";
    /** Column of the open interest. */
    public static final String OPEN_INTEREST = "open_interest";
    /** Column of the implied volatility. */
    public static final String VOLATILITY = "implied_volatility";
    /** Expiration day of a contract whose expiration cannot be read. */
    public static final int UNREADABLE_DAY = Integer.MIN_VALUE;

    static final int I_UNDERLYING_PRICE = 2;
    static final int I_RATE = 3;
    static final int I_YIELD = 4;
    static final int I_MULTIPLIER = 5;
    static final int I_SIGN = 6;
    static final int I_EXPIRATION_DAY = 7;
    static final int I_STRIKE = 8;
    static final int I_OPEN_INTEREST = 9;
    static final int I_VOLATILITY = 10;

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
