package dev.exposure.internal;

import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The {@link OptionChain} made by {@link OptionChain#builder}: immutable, column-wise, laid out for the kernel
 * at build time (see {@link ChainColumns}).
 */
public final class ColumnarOptionChain implements OptionChain {

    private final ChainColumns columns;

    private ColumnarOptionChain(ChainColumns columns) {
        this.columns = columns;
    }

    /**
     * Starts a chain; see {@link OptionChain#builder}.
     *
     * @param symbol the underlying symbol, not blank
     * @param underlyingPrice the underlying price, USD
     * @param asOf the valuation instant
     * @return a new builder
     */
    public static OptionChain.Builder builder(String symbol, double underlyingPrice, Instant asOf) {
        return new Builder(symbol, underlyingPrice, asOf);
    }

    /**
     * Builds a chain from primitive columns; see {@link OptionChain#fromColumns}.
     *
     * @param symbol the underlying symbol, not blank
     * @param underlyingPrice the underlying price, USD
     * @param asOf the valuation instant
     * @param riskFreeRate r, continuous annual, finite
     * @param dividendYield q, continuous annual, finite
     * @param contractMultiplier M, at least 1
     * @param calls per contract: true for a call, false for a put
     * @param expirationEpochDays per contract: the expiration as days since 1970-01-01
     * @param strikes per contract: the strike, USD
     * @param openInterest per contract: the open interest
     * @param impliedVolatility per contract: σ, an annual fraction
     * @return the chain
     */
    public static OptionChain fromColumns(String symbol, double underlyingPrice, Instant asOf, double riskFreeRate,
            double dividendYield, int contractMultiplier, boolean[] calls, int[] expirationEpochDays,
            double[] strikes, double[] openInterest, double[] impliedVolatility) {
        ChainColumns.OptionChainHeader header = new ChainColumns.OptionChainHeader(Checks.notBlank(symbol, "symbol"),
                underlyingPrice, Checks.notNull(asOf, "asOf"), Checks.finite(riskFreeRate, "riskFreeRate"),
                Checks.finite(dividendYield, "dividendYield"),
                Checks.atLeast(contractMultiplier, 1, "contractMultiplier"));
        return new ColumnarOptionChain(ChainColumns.fromColumns(header, calls, expirationEpochDays, strikes,
                openInterest, impliedVolatility));
    }

    ChainColumns columns() {
        return columns;
    }

    @Override
    public String symbol() {
        return columns.symbol;
    }

    @Override
    public double underlyingPrice() {
        return columns.spot;
    }

    @Override
    public Instant asOf() {
        return columns.asOf;
    }

    @Override
    public double riskFreeRate() {
        return columns.rate;
    }

    @Override
    public double dividendYield() {
        return columns.yield;
    }

    @Override
    public int contractMultiplier() {
        return columns.multiplier;
    }

    @Override
    public int size() {
        return columns.size;
    }

    @Override
    public OptionType type(int i) {
        return columns.sign[columns.slot(i)] > 0 ? OptionType.CALL : OptionType.PUT;
    }

    @Override
    public LocalDate expiration(int i) {
        return columns.expirations[columns.expiryIndex[columns.slot(i)]];
    }

    @Override
    public double strike(int i) {
        return columns.strike[columns.slot(i)];
    }

    @Override
    public double openInterest(int i) {
        return columns.openInterest[columns.slot(i)];
    }

    @Override
    public double impliedVolatility(int i) {
        return columns.volatility[columns.slot(i)];
    }

    @Override
    public String toString() {
        return "OptionChain[" + columns.symbol + ", S=" + columns.spot + ", asOf=" + columns.asOf + ", "
                + columns.size + " contracts]";
    }

    private static final class Builder implements OptionChain.Builder {
        private final String symbol;
        private final double underlyingPrice;
        private final Instant asOf;
        private double rate;
        private double yield;
        private int multiplier = 100;
        private final ChainColumns.Raw raw = new ChainColumns.Raw(64, false);

        Builder(String symbol, double underlyingPrice, Instant asOf) {
            this.symbol = Symbols.require(symbol, "symbol");
            this.underlyingPrice = underlyingPrice;
            this.asOf = Checks.supported(asOf, "asOf");
        }

        @Override
        public OptionChain.Builder riskFreeRate(double r) {
            this.rate = Checks.finite(r, "riskFreeRate");
            return this;
        }

        @Override
        public OptionChain.Builder dividendYield(double q) {
            this.yield = Checks.finite(q, "dividendYield");
            return this;
        }

        @Override
        public OptionChain.Builder contractMultiplier(int m) {
            this.multiplier = Checks.atLeast(m, 1, "contractMultiplier");
            return this;
        }

        @Override
        public OptionChain.Builder add(OptionType type, LocalDate expiration, double strike, double openInterest,
                double impliedVolatility) {
            Checks.notNull(type, "type");
            Checks.notNull(expiration, "expiration"); // its range is checked once per distinct expiration
            raw.add(type, expiration, strike, openInterest, impliedVolatility);
            return this;
        }

        @Override
        public OptionChain build() {
            return new ColumnarOptionChain(raw.assemble(
                    new ChainColumns.OptionChainHeader(symbol, underlyingPrice, asOf, rate, yield, multiplier)));
        }
    }
}
