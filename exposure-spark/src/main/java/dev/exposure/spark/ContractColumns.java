package dev.exposure.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import dev.exposure.spark.internal.AsOfReader;
import dev.exposure.spark.internal.ContractFrame;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Says which columns of a long-format contracts {@code Dataset<Row>} (one row per option contract) hold each value
 * the library needs, with presets for common layouts.
 *
 * <p>Each value comes from a column named in the input or from any Spark {@link Column} expression over it (a
 * constant {@code lit(0.043)} rate, {@code col("iv").divide(100)} for volatilities in percent). The snapshot
 * values (symbol, as-of, underlying price, rate, dividend yield, multiplier) repeat on every row of a snapshot; a
 * snapshot is one distinct (symbol, as-of) pair. Values are read leniently, so that bad data never fails a job:
 * <ul>
 *   <li>numbers: any numeric column, or text read as a double; a null or unreadable value becomes NaN, which the
 *       library treats as bad market data (the contract is skipped and counted) or, for the underlying price, as a
 *       snapshot with no data. The optional rate, dividend yield and multiplier fall back to 0, 0 and 100 when
 *       their column is absent or the value is null;</li>
 *   <li>type: {@code call}, {@code put}, {@code C} or {@code P}, any letter case, spaces trimmed;</li>
 *   <li>expiration: a {@code DATE}, or text {@code yyyy-MM-dd} (a time after the date is ignored);</li>
 *   <li>as-of: a {@code TIMESTAMP} (an instant); a {@code TIMESTAMP_NTZ} or text without offset such as
 *       {@code 2026-05-29 11:30:00} or {@code 2026-05-29T11:30}, read as a wall-clock time in
 *       {@link #asOfZone()}; text with an offset or {@code Z} such as {@code 2026-05-29T15:30:00Z}; a {@code DATE}
 *       or text {@code yyyy-MM-dd}, read as {@link #asOfTime()} on that date in {@link #asOfZone()}.</li>
 * </ul>
 * A contract whose type or expiration cannot be read is skipped and counted in {@code skipped_contracts} (besides
 * the contracts the library itself skips for bad market data).
 *
 * <p>Immutable; every {@code with…} method returns a modified copy. Used on the driver only.
 */
public final class ContractColumns {

    /** Default risk-free rate when no column gives one: 0. */
    public static final double DEFAULT_RISK_FREE_RATE = 0;
    /** Default dividend yield when no column gives one: 0. */
    public static final double DEFAULT_DIVIDEND_YIELD = 0;
    /** Default contract multiplier when no column gives one: 100. */
    public static final int DEFAULT_CONTRACT_MULTIPLIER = 100;

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Source symbol;
    private final Source asOf;
    private final Source underlyingPrice;
    private final Source riskFreeRate;
    private final Source dividendYield;
    private final Source contractMultiplier;
    private final Source type;
    private final Source expiration;
    private final Source strike;
    private final Source openInterest;
    private final Source impliedVolatility;
    private final boolean dropSymbolCaret;
    private final ZoneId asOfZone;
    private final LocalTime asOfTime;

    private ContractColumns(Source[] s, boolean dropSymbolCaret, ZoneId asOfZone, LocalTime asOfTime) {
        this.symbol = s[0];
        this.asOf = s[1];
        this.underlyingPrice = s[2];
        this.riskFreeRate = s[3];
        this.dividendYield = s[4];
        this.contractMultiplier = s[5];
        this.type = s[6];
        this.expiration = s[7];
        this.strike = s[8];
        this.openInterest = s[9];
        this.impliedVolatility = s[10];
        this.dropSymbolCaret = dropSymbolCaret;
        this.asOfZone = asOfZone;
        this.asOfTime = asOfTime;
    }

    private Source[] sources() {
        return new Source[] {symbol, asOf, underlyingPrice, riskFreeRate, dividendYield, contractMultiplier, type,
            expiration, strike, openInterest, impliedVolatility};
    }

    /**
     * Returns the mapping of the project's own CSV chain columns: {@code symbol}, {@code as_of} (an ISO-8601
     * instant such as {@code 2026-05-29T15:30:00Z}, or a {@code TIMESTAMP}), {@code underlying_price},
     * {@code risk_free_rate}, {@code dividend_yield}, {@code contract_multiplier} (these three optional),
     * {@code type} ({@code call}/{@code put}), {@code expiration}, {@code strike}, {@code open_interest},
     * {@code implied_volatility}.
     *
     * @return the preset; wall-clock as-of values are read in America/New_York, dates at 16:00
     */
    public static ContractColumns projectCsv() {
        return new ContractColumns(new Source[] {
            Source.required("symbol"), Source.required("as_of"), Source.required("underlying_price"),
            Source.optional("risk_free_rate"), Source.optional("dividend_yield"),
            Source.optional("contract_multiplier"), Source.required("type"), Source.required("expiration"),
            Source.required("strike"), Source.required("open_interest"), Source.required("implied_volatility")},
            false, NEW_YORK, LocalTime.of(16, 0));
    }

    /**
     * Returns the mapping of Cboe DataShop option-quote files (Option Quotes / intervals, with Calcs and Open
     * Interest): {@code underlying_symbol} (a leading {@code ^}, DataShop's index marker, is dropped:
     * {@code ^SPX} is {@code SPX}), {@code quote_datetime} ({@code yyyy-MM-dd HH:mm:ss}, U.S. Eastern time),
     * {@code active_underlying_price}, {@code option_type} ({@code C}/{@code P}), {@code expiration}
     * ({@code yyyy-MM-dd}), {@code strike}, {@code open_interest}, {@code implied_volatility} (a fraction). The
     * files carry no rate, dividend yield or multiplier: 0, 0 and 100 unless set with
     * {@link #withRiskFreeRate(Column)} and the like.
     *
     * @return the preset
     */
    public static ContractColumns cboeDataShop() {
        return new ContractColumns(new Source[] {
            Source.required("underlying_symbol"), Source.required("quote_datetime"),
            Source.required("active_underlying_price"), Source.NONE, Source.NONE, Source.NONE,
            Source.required("option_type"), Source.required("expiration"), Source.required("strike"),
            Source.required("open_interest"), Source.required("implied_volatility")},
            true, NEW_YORK, LocalTime.of(16, 0));
    }

    /**
     * Returns the mapping of Cboe DataShop end-of-day option-quote files with Calcs: like {@link #cboeDataShop()}
     * but the as-of is {@code quote_date} ({@code yyyy-MM-dd}) at 15:45 U.S. Eastern, the time of the snapshot
     * the Calcs are taken at, with {@code active_underlying_price_1545} and {@code implied_volatility_1545}.
     *
     * @return the preset
     */
    public static ContractColumns cboeDataShopEndOfDay() {
        return new ContractColumns(new Source[] {
            Source.required("underlying_symbol"), Source.required("quote_date"),
            Source.required("active_underlying_price_1545"), Source.NONE, Source.NONE, Source.NONE,
            Source.required("option_type"), Source.required("expiration"), Source.required("strike"),
            Source.required("open_interest"), Source.required("implied_volatility_1545")},
            true, NEW_YORK, LocalTime.of(15, 45));
    }

    private ContractColumns with(int index, Source source) {
        Source[] s = sources();
        s[index] = source;
        return new ContractColumns(s, dropSymbolCaret, asOfZone, asOfTime);
    }

    /**
     * Takes the symbol from a column.
     *
     * @param column the column name
     * @return a modified copy
     * @throws NullPointerException if {@code column} is null
     */
    public ContractColumns withSymbol(String column) {
        return with(0, Source.required(column));
    }

    /**
     * Takes the symbol from an expression.
     *
     * @param expression a string-valued expression over the input columns
     * @return a modified copy
     * @throws NullPointerException if {@code expression} is null
     */
    public ContractColumns withSymbol(Column expression) {
        return with(0, Source.of(expression));
    }

    /**
     * Takes the as-of instant from a column (types and text forms in the class description).
     *
     * @param column the column name
     * @return a modified copy
     * @throws NullPointerException if {@code column} is null
     */
    public ContractColumns withAsOf(String column) {
        return with(1, Source.required(column));
    }

    /**
     * Takes the as-of instant from an expression (types and text forms in the class description).
     *
     * @param expression an expression over the input columns
     * @return a modified copy
     * @throws NullPointerException if {@code expression} is null
     */
    public ContractColumns withAsOf(Column expression) {
        return with(1, Source.of(expression));
    }

    /**
     * Takes the underlying price (USD) from a column.
     *
     * @param column the column name
     * @return a modified copy
     * @throws NullPointerException if {@code column} is null
     */
    public ContractColumns withUnderlyingPrice(String column) {
        return with(2, Source.required(column));
    }

    /**
     * Takes the underlying price (USD) from an expression.
     *
     * @param expression a numeric expression over the input columns
     * @return a modified copy
     * @throws NullPointerException if {@code expression} is null
     */
    public ContractColumns withUnderlyingPrice(Column expression) {
        return with(2, Source.of(expression));
    }

    /**
     * Takes the risk-free rate (continuous, annual, e.g. 0.043) from a column; 0 when the column is absent or null.
     *
     * @param column the column name
     * @return a modified copy
     * @throws NullPointerException if {@code column} is null
     */
    public ContractColumns withRiskFreeRate(String column) {
        return with(3, Source.optional(column));
    }

    /**
     * Takes the risk-free rate (continuous, annual) from an expression, e.g. {@code lit(0.043)}.
     *
     * @param expression a numeric expression over the input columns
     * @return a modified copy
     * @throws NullPointerException if {@code expression} is null
     */
    public ContractColumns withRiskFreeRate(Column expression) {
        return with(3, Source.of(expression));
    }

    /**
     * Takes the dividend yield (continuous, annual) from a column; 0 when the column is absent or null.
     *
     * @param column the column name
     * @return a modified copy
     * @throws NullPointerException if {@code column} is null
     */
    public ContractColumns withDividendYield(String column) {
        return with(4, Source.optional(column));
    }

    /**
     * Takes the dividend yield (continuous, annual) from an expression, e.g. {@code lit(0.012)}.
     *
     * @param expression a numeric expression over the input columns
     * @return a modified copy
     * @throws NullPointerException if {@code expression} is null
     */
    public ContractColumns withDividendYield(Column expression) {
        return with(4, Source.of(expression));
    }

    /**
     * Takes the contract multiplier from a column; 100 when the column is absent or null.
     *
     * @param column the column name
     * @return a modified copy
     * @throws NullPointerException if {@code column} is null
     */
    public ContractColumns withContractMultiplier(String column) {
        return with(5, Source.optional(column));
    }

    /**
     * Takes the contract multiplier from an expression, e.g. {@code lit(10)}.
     *
     * @param expression a numeric expression over the input columns
     * @return a modified copy
     * @throws NullPointerException if {@code expression} is null
     */
    public ContractColumns withContractMultiplier(Column expression) {
        return with(5, Source.of(expression));
    }

    /**
     * Takes the option type ({@code call}, {@code put}, {@code C} or {@code P}) from a column.
     *
     * @param column the column name
     * @return a modified copy
     * @throws NullPointerException if {@code column} is null
     */
    public ContractColumns withType(String column) {
        return with(6, Source.required(column));
    }

    /**
     * Takes the option type from an expression.
     *
     * @param expression a string-valued expression over the input columns
     * @return a modified copy
     * @throws NullPointerException if {@code expression} is null
     */
    public ContractColumns withType(Column expression) {
        return with(6, Source.of(expression));
    }

    /**
     * Takes the expiration date from a column.
     *
     * @param column the column name
     * @return a modified copy
     * @throws NullPointerException if {@code column} is null
     */
    public ContractColumns withExpiration(String column) {
        return with(7, Source.required(column));
    }

    /**
     * Takes the expiration date from an expression.
     *
     * @param expression a date or text expression over the input columns
     * @return a modified copy
     * @throws NullPointerException if {@code expression} is null
     */
    public ContractColumns withExpiration(Column expression) {
        return with(7, Source.of(expression));
    }

    /**
     * Takes the strike (USD) from a column.
     *
     * @param column the column name
     * @return a modified copy
     * @throws NullPointerException if {@code column} is null
     */
    public ContractColumns withStrike(String column) {
        return with(8, Source.required(column));
    }

    /**
     * Takes the strike (USD) from an expression.
     *
     * @param expression a numeric expression over the input columns
     * @return a modified copy
     * @throws NullPointerException if {@code expression} is null
     */
    public ContractColumns withStrike(Column expression) {
        return with(8, Source.of(expression));
    }

    /**
     * Takes the open interest (contracts) from a column.
     *
     * @param column the column name
     * @return a modified copy
     * @throws NullPointerException if {@code column} is null
     */
    public ContractColumns withOpenInterest(String column) {
        return with(9, Source.required(column));
    }

    /**
     * Takes the open interest (contracts) from an expression.
     *
     * @param expression a numeric expression over the input columns
     * @return a modified copy
     * @throws NullPointerException if {@code expression} is null
     */
    public ContractColumns withOpenInterest(Column expression) {
        return with(9, Source.of(expression));
    }

    /**
     * Takes the implied volatility (annual, a fraction such as 0.18) from a column.
     *
     * @param column the column name
     * @return a modified copy
     * @throws NullPointerException if {@code column} is null
     */
    public ContractColumns withImpliedVolatility(String column) {
        return with(10, Source.required(column));
    }

    /**
     * Takes the implied volatility (annual, a fraction) from an expression, e.g. {@code col("iv").divide(100)}.
     *
     * @param expression a numeric expression over the input columns
     * @return a modified copy
     * @throws NullPointerException if {@code expression} is null
     */
    public ContractColumns withImpliedVolatility(Column expression) {
        return with(10, Source.of(expression));
    }

    /**
     * Sets whether a leading {@code ^} is dropped from symbols (Cboe DataShop writes indices as {@code ^SPX}).
     *
     * @param drop {@code true} to drop it
     * @return a modified copy
     */
    public ContractColumns withSymbolCaretDropped(boolean drop) {
        return new ContractColumns(sources(), drop, asOfZone, asOfTime);
    }

    /**
     * Sets the time zone of wall-clock as-of values (text without offset, {@code TIMESTAMP_NTZ}, dates).
     *
     * @param zone the zone, America/New_York in every preset
     * @return a modified copy
     * @throws NullPointerException if {@code zone} is null
     */
    public ContractColumns withAsOfZone(ZoneId zone) {
        return new ContractColumns(sources(), dropSymbolCaret, Objects.requireNonNull(zone, "zone"), asOfTime);
    }

    /**
     * Sets the time of day of date-only as-of values.
     *
     * @param time the wall-clock time in {@link #asOfZone()}; 16:00 in the presets except the end-of-day one
     *     (15:45)
     * @return a modified copy
     * @throws NullPointerException if {@code time} is null
     */
    public ContractColumns withAsOfTime(LocalTime time) {
        return new ContractColumns(sources(), dropSymbolCaret, asOfZone, Objects.requireNonNull(time, "time"));
    }

    /**
     * Returns the time zone of wall-clock as-of values.
     *
     * @return the zone
     */
    public ZoneId asOfZone() {
        return asOfZone;
    }

    /**
     * Returns the time of day given to date-only as-of values.
     *
     * @return the wall-clock time in {@link #asOfZone()}
     */
    public LocalTime asOfTime() {
        return asOfTime;
    }

    /**
     * Tells whether a leading {@code ^} is dropped from symbols.
     *
     * @return {@code true} in the Cboe DataShop presets
     */
    public boolean symbolCaretDropped() {
        return dropSymbolCaret;
    }

    /**
     * Projects the input to the canonical contract frame of {@link ContractFrame}.
     *
     * @param input the contracts in long format
     * @return the frame and how to read its as-of column
     * @throws IllegalArgumentException if a required column is absent or the as-of column has an unsupported type
     */
    ContractFrame frame(Dataset<Row> input) {
        Objects.requireNonNull(input, "contracts");
        List<String> present = Arrays.asList(input.columns());
        String[] names = {"symbol", "as-of", "underlying price", "risk-free rate", "dividend yield",
            "contract multiplier", "type", "expiration", "strike", "open interest", "implied volatility"};
        Source[] s = sources();
        Column[] c = new Column[s.length];
        for (int i = 0; i < s.length; i++) {
            c[i] = s[i].resolve(present, names[i]);
        }
        Column sym = trim(c[0].try_cast(DataTypes.StringType));
        if (dropSymbolCaret) {
            sym = regexp_replace(sym, "^\\^", "");
        }
        DataType asOfType = input.select(c[1]).schema().fields()[0].dataType();
        Column asOfColumn;
        AsOfReader.Kind kind;
        if (asOfType.equals(DataTypes.TimestampType)) {
            asOfColumn = unix_micros(c[1]);
            kind = AsOfReader.Kind.EPOCH_MICROS;
        } else if (asOfType.equals(DataTypes.TimestampNTZType)) {
            asOfColumn = c[1];
            kind = AsOfReader.Kind.LOCAL_DATE_TIME;
        } else if (asOfType.equals(DataTypes.DateType)) {
            asOfColumn = unix_date(c[1]);
            kind = AsOfReader.Kind.EPOCH_DAY;
        } else if (asOfType.equals(DataTypes.StringType)) {
            asOfColumn = trim(c[1]);
            kind = AsOfReader.Kind.TEXT;
        } else {
            throw new IllegalArgumentException("as-of column has type " + asOfType.simpleString()
                    + "; expected timestamp, timestamp_ntz, date or string");
        }
        // the usual spellings match as written; only others pay for trimming and upper-casing
        Column typeRaw = c[6].try_cast(DataTypes.StringType);
        Column typeText = upper(trim(typeRaw));
        Column sign = when(typeRaw.isin("C", "call", "CALL", "Call"), lit(1))
                .when(typeRaw.isin("P", "put", "PUT", "Put"), lit(-1))
                .when(typeText.isin("C", "CALL"), lit(1)).when(typeText.isin("P", "PUT"), lit(-1))
                .otherwise(lit(0));
        Column expirationDay = coalesce(unix_date(c[7].try_cast(DataTypes.DateType)),
                lit(ContractFrame.UNREADABLE_DAY));
        Column[] projected = {
            xxhash64(sym, asOfColumn).as(ContractFrame.SNAPSHOT_HASH),
            sym.as(ContractFrame.SYMBOL),
            asOfColumn.as(ContractFrame.AS_OF),
            number(c[2], Double.NaN).as(ContractFrame.UNDERLYING_PRICE),
            optionalNumber(c[3], DEFAULT_RISK_FREE_RATE).as(ContractFrame.RATE),
            optionalNumber(c[4], DEFAULT_DIVIDEND_YIELD).as(ContractFrame.YIELD),
            optionalNumber(c[5], DEFAULT_CONTRACT_MULTIPLIER).as(ContractFrame.MULTIPLIER),
            sign.as(ContractFrame.SIGN),
            expirationDay.as(ContractFrame.EXPIRATION_DAY),
            number(c[8], Double.NaN).as(ContractFrame.STRIKE),
            number(c[9], Double.NaN).as(ContractFrame.OPEN_INTEREST),
            number(c[10], Double.NaN).as(ContractFrame.VOLATILITY)};
        return new ContractFrame(input.select(projected), new AsOfReader(kind, asOfZone, asOfTime));
    }

    /** A double that is NaN where the value is null or unreadable. */
    private static Column number(Column c, double ifNull) {
        return coalesce(c.try_cast(DataTypes.DoubleType), lit(ifNull));
    }

    /** A double that takes its default where the value is null, and is NaN where it is unreadable. */
    private static Column optionalNumber(Column c, double byDefault) {
        return when(c.isNull(), lit(byDefault)).otherwise(number(c, Double.NaN));
    }

    @Override
    public String toString() {
        return "ContractColumns[symbol=" + symbol + ", asOf=" + asOf + ", underlyingPrice=" + underlyingPrice
                + ", riskFreeRate=" + riskFreeRate + ", dividendYield=" + dividendYield + ", contractMultiplier="
                + contractMultiplier + ", type=" + type + ", expiration=" + expiration + ", strike=" + strike
                + ", openInterest=" + openInterest + ", impliedVolatility=" + impliedVolatility
                + ", dropSymbolCaret=" + dropSymbolCaret + ", asOfZone=" + asOfZone + ", asOfTime=" + asOfTime + "]";
    }

    /** Where one value comes from: a named column (required or optional) or an expression; NONE is a default. */
    private static final class Source {
        static final Source NONE = new Source(null, null, false);

        private final String name;
        private final Column expression;
        private final boolean required;

        private Source(String name, Column expression, boolean required) {
            this.name = name;
            this.expression = expression;
            this.required = required;
        }

        static Source required(String name) {
            return new Source(Objects.requireNonNull(name, "column"), null, true);
        }

        static Source optional(String name) {
            return new Source(Objects.requireNonNull(name, "column"), null, false);
        }

        static Source of(Column expression) {
            return new Source(null, Objects.requireNonNull(expression, "expression"), true);
        }

        /** The column, or a null literal for an absent optional one (which then takes its default). */
        Column resolve(List<String> present, String what) {
            if (expression != null) {
                return expression;
            }
            if (name != null && present.contains(name)) {
                return col("`" + name.replace("`", "``") + "`");
            }
            if (required) {
                throw new IllegalArgumentException("the " + what + " column '" + name + "' is not in the input "
                        + present);
            }
            return lit(null);
        }

        @Override
        public String toString() {
            return expression != null ? expression.toString() : name != null ? name : "default";
        }
    }
}
