package dev.exposure;

import dev.exposure.internal.ColumnarOptionChain;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The option contracts on one underlying at one instant, read column-wise by contract index.
 *
 * <p>Index {@code i} runs from 0 to {@link #size()} − 1 in the order the contracts were added, and covers every
 * contract: live or expired, valid or not. Which contracts count is decided when exposures are computed:
 * <ul>
 *   <li>a contract is <em>live</em> when it expires (16:00 America/New_York on its expiration date) after
 *       {@link #asOf()}; expired contracts enter no figure and no count;</li>
 *   <li>a live contract with a non-finite or non-positive strike or implied volatility, or a non-finite or negative
 *       open interest, is <em>skipped</em> and counted as such; zero open interest is valid;</li>
 *   <li>a chain whose underlying price is non-finite or ≤ 0, or that has no live valid contract, has
 *       <em>no data</em>.</li>
 * </ul>
 *
 * <p>Time is supported from the year 1900 to the year 9999: as-of instants from 1900-01-01T00:00:00Z to
 * 9999-12-31T23:59:59.999999999Z, expiration dates from 1900-01-01 to 9999-12-31. Within that range every date
 * and instant computation is exact and every value is written with a four-digit year; outside it the builder
 * throws {@link IllegalArgumentException}.
 *
 * <p>Chains made by {@link #builder(String, double, Instant)} are immutable, safe to share between threads and
 * stored column-wise in primitive arrays. Other implementations must be immutable too and follow the builder's
 * rules; the builders of results check them when they read such a chain, and throw the builder's exception
 * ({@link NullPointerException} or {@link IllegalArgumentException} naming the field) when one is broken.
 */
public interface OptionChain {

    /**
     * Returns the underlying symbol.
     *
     * @return the symbol as given to the builder without the blanks at its ends, never blank
     */
    String symbol();

    /**
     * Returns the underlying price S.
     *
     * @return the price in USD; may be non-finite or non-positive, in which case the chain has no data
     */
    double underlyingPrice();

    /**
     * Returns the instant the chain was observed.
     *
     * @return the as-of instant, never null
     */
    Instant asOf();

    /**
     * Returns the risk-free rate r.
     *
     * @return a continuously compounded annual rate, e.g. {@code 0.045} for 4.5 %; default 0
     */
    double riskFreeRate();

    /**
     * Returns the dividend yield q.
     *
     * @return a continuously compounded annual yield, e.g. {@code 0.013} for 1.3 %; default 0
     */
    double dividendYield();

    /**
     * Returns the contract multiplier M, the number of units of the underlying per contract.
     *
     * @return the multiplier, at least 1; default 100
     */
    int contractMultiplier();

    /**
     * Returns the number of contracts, valid or not.
     *
     * @return the number of contracts added
     */
    int size();

    /**
     * Returns the type of contract {@code i}.
     *
     * @param i the contract index, 0 ≤ i &lt; {@link #size()}
     * @return call or put, never null
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    OptionType type(int i);

    /**
     * Returns the expiration date of contract {@code i}.
     *
     * @param i the contract index, 0 ≤ i &lt; {@link #size()}
     * @return the date; the contract expires at 16:00 America/New_York on it
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    LocalDate expiration(int i);

    /**
     * Returns the strike K of contract {@code i}.
     *
     * @param i the contract index, 0 ≤ i &lt; {@link #size()}
     * @return the strike in USD, as added (possibly invalid)
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    double strike(int i);

    /**
     * Returns the open interest of contract {@code i}.
     *
     * @param i the contract index, 0 ≤ i &lt; {@link #size()}
     * @return the number of open contracts, as added (possibly invalid)
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    double openInterest(int i);

    /**
     * Returns the implied volatility σ of contract {@code i}.
     *
     * @param i the contract index, 0 ≤ i &lt; {@link #size()}
     * @return annualised volatility as a fraction, e.g. {@code 0.18} for 18 %, as added (possibly invalid)
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    double impliedVolatility(int i);

    /**
     * Starts a chain.
     *
     * @param symbol the underlying symbol, not blank; blanks at both ends are stripped (white space, Unicode
     *     spaces such as U+00A0, U+2003 and U+3000, control and format characters), letter case is kept
     * @param underlyingPrice the underlying price S in USD (a non-finite or non-positive price is accepted and
     *     makes the chain one with no data)
     * @param asOf the instant the chain was observed, from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z
     * @return a new builder with r = 0, q = 0 and M = 100
     * @throws NullPointerException if {@code symbol} or {@code asOf} is null
     * @throws IllegalArgumentException if {@code symbol} is blank (empty once stripped), or {@code asOf} is
     *     outside the supported range
     */
    static Builder builder(String symbol, double underlyingPrice, Instant asOf) {
        return ColumnarOptionChain.builder(symbol, underlyingPrice, asOf);
    }

    /**
     * Builds a chain from primitive columns in one call, element {@code i} of each array being contract {@code i}:
     * the bulk counterpart of {@link #builder}, for contracts that already sit in arrays (a file reader, a columnar
     * store, a Spark partition). The chain is the one the builder makes from the same contracts added in the same
     * order: same accessors, same kernel layout, same results. The arrays are copied, never kept.
     *
     * <p>Cost: one pass to number the expirations and one to check the order, then each column copied once. When
     * the contracts are grouped by expiration, nearest first, ordered by strike within each expiration (the order
     * data vendors list them in) and all live with valid market data, that copy is the whole layout: no index
     * array, no sort. Otherwise contracts are grouped by expiration and only the expirations whose strikes are out
     * of order are sorted (stably), still copying each value once. Market data is not checked here, as with
     * {@link Builder#add}: a live contract with a bad strike, volatility or open interest is kept, then skipped
     * and counted when exposures are computed.
     *
     * <pre>{@code
     * OptionChain chain = OptionChain.fromColumns("SPY", 597.50, asOf, 0.043, 0.012, 100,
     *         calls, expirationEpochDays, strikes, openInterest, impliedVolatility);
     * }</pre>
     *
     * @param symbol the underlying symbol, not blank
     * @param underlyingPrice the underlying price S in USD (a non-finite or non-positive price is accepted and
     *     makes the chain one with no data)
     * @param asOf the instant the chain was observed
     * @param riskFreeRate r, a continuously compounded annual rate, e.g. {@code 0.045}
     * @param dividendYield q, a continuously compounded annual yield, e.g. {@code 0.013}
     * @param contractMultiplier M, units of the underlying per contract, at least 1
     * @param calls per contract: {@code true} for a call, {@code false} for a put
     * @param expirationEpochDays per contract: the expiration date as days since 1970-01-01
     *     ({@link LocalDate#toEpochDay()}); the contract expires at 16:00 America/New_York on it
     * @param strikes per contract: the strike K in USD
     * @param openInterest per contract: the number of open contracts
     * @param impliedVolatility per contract: annualised volatility as a fraction, e.g. {@code 0.18}
     * @return an immutable chain of {@code calls.length} contracts
     * @throws NullPointerException naming the argument if {@code symbol}, {@code asOf} or an array is null
     * @throws IllegalArgumentException naming the argument if {@code symbol} is blank, {@code riskFreeRate} or
     *     {@code dividendYield} is not finite, {@code contractMultiplier} is below 1, or an array's length differs
     *     from that of {@code calls}
     */
    static OptionChain fromColumns(String symbol, double underlyingPrice, Instant asOf, double riskFreeRate,
            double dividendYield, int contractMultiplier, boolean[] calls, int[] expirationEpochDays,
            double[] strikes, double[] openInterest, double[] impliedVolatility) {
        return ColumnarOptionChain.fromColumns(symbol, underlyingPrice, asOf, riskFreeRate, dividendYield,
                contractMultiplier, calls, expirationEpochDays, strikes, openInterest, impliedVolatility);
    }

    /**
     * Collects contracts into an immutable {@link OptionChain}. Not safe for use by several threads at once.
     */
    interface Builder {

        /**
         * Sets the risk-free rate r.
         *
         * @param r a continuously compounded annual rate, e.g. {@code 0.045}
         * @return this builder
         * @throws IllegalArgumentException if {@code r} is not finite
         */
        Builder riskFreeRate(double r);

        /**
         * Sets the dividend yield q.
         *
         * @param q a continuously compounded annual yield, e.g. {@code 0.013}
         * @return this builder
         * @throws IllegalArgumentException if {@code q} is not finite
         */
        Builder dividendYield(double q);

        /**
         * Sets the contract multiplier M.
         *
         * @param m units of the underlying per contract, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code m < 1}
         */
        Builder contractMultiplier(int m);

        /**
         * Adds a contract. Market data is not checked here: a live contract with bad strike, volatility or open
         * interest is kept, then skipped and counted when exposures are computed.
         *
         * @param type call or put
         * @param expiration the expiration date, from 1900-01-01 to 9999-12-31
         * @param strike the strike K in USD
         * @param openInterest the number of open contracts
         * @param impliedVolatility annualised volatility as a fraction, e.g. {@code 0.18}
         * @return this builder
         * @throws NullPointerException if {@code type} or {@code expiration} is null
         * @throws IllegalArgumentException if {@code expiration} is outside the supported range
         */
        Builder add(OptionType type, LocalDate expiration, double strike, double openInterest,
                double impliedVolatility);

        /**
         * Builds the chain. The builder may be reused; later additions do not affect chains already built.
         *
         * @return an immutable chain holding every contract added so far
         */
        OptionChain build();
    }
}
