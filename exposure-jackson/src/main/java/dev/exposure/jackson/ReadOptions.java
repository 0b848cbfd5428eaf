package dev.exposure.jackson;

import dev.exposure.OptionChain;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Values that override what a chain file lacks or gets wrong, for {@link ChainFiles}, {@link CboeQuoteTable} and
 * {@link YfinanceCsv}: the symbol, the underlying price, the as-of instant, the risk-free rate, the dividend yield
 * and the contract multiplier. Each is either given or absent; {@link #defaults()} has none.
 *
 * <h2>Precedence</h2>
 * A given value <b>wins</b> over the file's: it replaces the file's value for every chain read, in every format
 * (the project's own JSON and CSV carry all six values; a Cboe quote table carries the symbol, the underlying price
 * and the as-of instant; a yfinance dump the symbol, and the underlying price and trade times from which the as-of
 * instant is taken). An absent value is taken from the file, and where the file has none, from the defaults of
 * {@link OptionChain#builder}: rate 0, dividend yield 0, multiplier 100. Vendor files never carry the rate, the
 * dividend yield or the multiplier, so those come from here or from the defaults. A value the file would have given
 * is then not read at all: a Cboe date line that cannot be read is no error when the as-of instant is given here.
 *
 * <p>Instances are immutable and safe to share between threads; each {@code with…} method returns a modified copy.
 */
public final class ReadOptions {

    private static final ReadOptions DEFAULTS = new ReadOptions(null, Double.NaN, null, Double.NaN, Double.NaN, 0);

    /** The symbol, upper case; null when absent. */
    private final String symbol;
    /** The underlying price; NaN when absent. */
    private final double underlyingPrice;
    /** The as-of instant; null when absent. */
    private final Instant asOf;
    /** The risk-free rate; NaN when absent. */
    private final double riskFreeRate;
    /** The dividend yield; NaN when absent. */
    private final double dividendYield;
    /** The contract multiplier; 0 when absent. */
    private final int contractMultiplier;

    private ReadOptions(String symbol, double underlyingPrice, Instant asOf, double riskFreeRate,
            double dividendYield, int contractMultiplier) {
        this.symbol = symbol;
        this.underlyingPrice = underlyingPrice;
        this.asOf = asOf;
        this.riskFreeRate = riskFreeRate;
        this.dividendYield = dividendYield;
        this.contractMultiplier = contractMultiplier;
    }

    /**
     * Returns the options with no value given: everything comes from the file or the defaults.
     *
     * @return the shared empty options
     */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy whose chains get this symbol.
     *
     * @param symbol the underlying symbol; surrounding white space (Unicode) is removed and letters are upper-cased
     *     with {@link Locale#ROOT}, as the basket parser does
     * @return the modified copy
     * @throws NullPointerException if {@code symbol} is null
     * @throws IllegalArgumentException if {@code symbol} is blank
     */
    public ReadOptions withSymbol(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        String s = symbol.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("symbol must not be blank");
        }
        return new ReadOptions(s.toUpperCase(Locale.ROOT), underlyingPrice, asOf, riskFreeRate, dividendYield,
                contractMultiplier);
    }

    /**
     * Returns a copy whose chains get this underlying price.
     *
     * @param underlyingPrice the underlying price S, in the currency of the strikes (USD); finite and positive
     * @return the modified copy
     * @throws IllegalArgumentException if {@code underlyingPrice} is not finite and positive
     */
    public ReadOptions withUnderlyingPrice(double underlyingPrice) {
        if (!(underlyingPrice > 0 && underlyingPrice < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("underlyingPrice must be finite and positive but was "
                    + underlyingPrice);
        }
        return new ReadOptions(symbol, underlyingPrice, asOf, riskFreeRate, dividendYield, contractMultiplier);
    }

    /**
     * Returns a copy whose chains are observed at this instant.
     *
     * @param asOf the valuation instant
     * @return the modified copy
     * @throws NullPointerException if {@code asOf} is null
     */
    public ReadOptions withAsOf(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return new ReadOptions(symbol, underlyingPrice, asOf, riskFreeRate, dividendYield, contractMultiplier);
    }

    /**
     * Returns a copy whose chains get this risk-free rate.
     *
     * @param riskFreeRate the continuously compounded annual rate, as a fraction ({@code 0.043} for 4.3 %); finite
     * @return the modified copy
     * @throws IllegalArgumentException if {@code riskFreeRate} is NaN or infinite
     */
    public ReadOptions withRiskFreeRate(double riskFreeRate) {
        return new ReadOptions(symbol, underlyingPrice, asOf, finite(riskFreeRate, "riskFreeRate"), dividendYield,
                contractMultiplier);
    }

    /**
     * Returns a copy whose chains get this dividend yield.
     *
     * @param dividendYield the continuous annual dividend yield, as a fraction; finite
     * @return the modified copy
     * @throws IllegalArgumentException if {@code dividendYield} is NaN or infinite
     */
    public ReadOptions withDividendYield(double dividendYield) {
        return new ReadOptions(symbol, underlyingPrice, asOf, riskFreeRate, finite(dividendYield, "dividendYield"),
                contractMultiplier);
    }

    /**
     * Returns a copy whose chains get this contract multiplier.
     *
     * @param contractMultiplier units of the underlying per contract, at least 1
     * @return the modified copy
     * @throws IllegalArgumentException if {@code contractMultiplier < 1}
     */
    public ReadOptions withContractMultiplier(int contractMultiplier) {
        if (contractMultiplier < 1) {
            throw new IllegalArgumentException("contractMultiplier must be >= 1 but was " + contractMultiplier);
        }
        return new ReadOptions(symbol, underlyingPrice, asOf, riskFreeRate, dividendYield, contractMultiplier);
    }

    /**
     * Returns the symbol, if given.
     *
     * @return the upper-case symbol, or empty
     */
    public Optional<String> symbol() {
        return Optional.ofNullable(symbol);
    }

    /**
     * Returns the underlying price, if given.
     *
     * @return the price, or empty
     */
    public OptionalDouble underlyingPrice() {
        return given(underlyingPrice) ? OptionalDouble.of(underlyingPrice) : OptionalDouble.empty();
    }

    /**
     * Returns the as-of instant, if given.
     *
     * @return the instant, or empty
     */
    public Optional<Instant> asOf() {
        return Optional.ofNullable(asOf);
    }

    /**
     * Returns the risk-free rate, if given.
     *
     * @return the continuous annual rate, or empty
     */
    public OptionalDouble riskFreeRate() {
        return given(riskFreeRate) ? OptionalDouble.of(riskFreeRate) : OptionalDouble.empty();
    }

    /**
     * Returns the dividend yield, if given.
     *
     * @return the continuous annual yield, or empty
     */
    public OptionalDouble dividendYield() {
        return given(dividendYield) ? OptionalDouble.of(dividendYield) : OptionalDouble.empty();
    }

    /**
     * Returns the contract multiplier, if given.
     *
     * @return the multiplier, or empty
     */
    public OptionalInt contractMultiplier() {
        return contractMultiplier > 0 ? OptionalInt.of(contractMultiplier) : OptionalInt.empty();
    }

    /** The symbol to use: the given one, else the file's. */
    String symbolOr(String fromFile) {
        return symbol != null ? symbol : fromFile;
    }

    /** The underlying price to use: the given one, else the file's. */
    double underlyingPriceOr(double fromFile) {
        return given(underlyingPrice) ? underlyingPrice : fromFile;
    }

    /** The as-of instant to use: the given one, else the file's. */
    Instant asOfOr(Instant fromFile) {
        return asOf != null ? asOf : fromFile;
    }

    /**
     * Starts a chain with every given value, the file's values for the others, and the builder's defaults for the
     * rate, yield and multiplier the file does not give.
     */
    OptionChain.Builder builder(String fileSymbol, double filePrice, Instant fileAsOf) {
        OptionChain.Builder b = OptionChain.builder(symbolOr(fileSymbol), underlyingPriceOr(filePrice),
                asOfOr(fileAsOf));
        if (given(riskFreeRate)) {
            b.riskFreeRate(riskFreeRate);
        }
        if (given(dividendYield)) {
            b.dividendYield(dividendYield);
        }
        if (contractMultiplier > 0) {
            b.contractMultiplier(contractMultiplier);
        }
        return b;
    }

    /**
     * Applies the given values to a chain read from a file that carries all of them (the project's own JSON and
     * CSV): returns the chain itself when nothing changes, else a copy with the same contracts in the same order.
     */
    OptionChain apply(OptionChain chain) {
        if (this == DEFAULTS || !changes(chain)) {
            return chain;
        }
        OptionChain.Builder b = builder(chain.symbol(), chain.underlyingPrice(), chain.asOf());
        if (!given(riskFreeRate)) {
            b.riskFreeRate(chain.riskFreeRate());
        }
        if (!given(dividendYield)) {
            b.dividendYield(chain.dividendYield());
        }
        if (contractMultiplier == 0) {
            b.contractMultiplier(chain.contractMultiplier());
        }
        for (int i = 0; i < chain.size(); i++) {
            b.add(chain.type(i), chain.expiration(i), chain.strike(i), chain.openInterest(i),
                    chain.impliedVolatility(i));
        }
        return b.build();
    }

    private boolean changes(OptionChain c) {
        return symbol != null && !symbol.equals(c.symbol())
                || given(underlyingPrice) && !same(underlyingPrice, c.underlyingPrice())
                || asOf != null && !asOf.equals(c.asOf())
                || given(riskFreeRate) && !same(riskFreeRate, c.riskFreeRate())
                || given(dividendYield) && !same(dividendYield, c.dividendYield())
                || contractMultiplier > 0 && contractMultiplier != c.contractMultiplier();
    }

    /** Absent doubles are NaN, which no {@code with…} method accepts. */
    private static boolean given(double x) {
        return !Double.isNaN(x);
    }

    private static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }

    private static double finite(double x, String name) {
        if (!(x > Double.NEGATIVE_INFINITY && x < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite but was " + x);
        }
        return x;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ReadOptions)) {
            return false;
        }
        ReadOptions r = (ReadOptions) o;
        return Objects.equals(symbol, r.symbol) && same(underlyingPrice, r.underlyingPrice)
                && Objects.equals(asOf, r.asOf) && same(riskFreeRate, r.riskFreeRate)
                && same(dividendYield, r.dividendYield) && contractMultiplier == r.contractMultiplier;
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbol, Double.doubleToLongBits(underlyingPrice), asOf,
                Double.doubleToLongBits(riskFreeRate), Double.doubleToLongBits(dividendYield), contractMultiplier);
    }

    /**
     * Describes the given values, e.g. {@code ReadOptions[symbol=SPX, asOf=2023-06-04T19:15:00Z]}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ReadOptions[");
        int mark = sb.length();
        append(sb, mark, "symbol", symbol);
        append(sb, mark, "underlyingPrice", given(underlyingPrice) ? underlyingPrice : null);
        append(sb, mark, "asOf", asOf);
        append(sb, mark, "riskFreeRate", given(riskFreeRate) ? riskFreeRate : null);
        append(sb, mark, "dividendYield", given(dividendYield) ? dividendYield : null);
        append(sb, mark, "contractMultiplier", contractMultiplier > 0 ? contractMultiplier : null);
        return sb.append(']').toString();
    }

    private static void append(StringBuilder sb, int mark, String name, Object value) {
        if (value != null) {
            sb.append(sb.length() > mark ? ", " : "").append(name).append('=').append(value);
        }
    }
}
