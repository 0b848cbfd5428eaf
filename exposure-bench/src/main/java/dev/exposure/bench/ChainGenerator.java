package dev.exposure.bench;

import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * Generates deterministic, realistic option chains for the benchmarks.
 *
 * <p>A chain has {@value #EXPIRIES} expirations from 0 to 730 calendar days after the as-of date, denser near the
 * front as listed chains are (the spacing grows quadratically: 0, 1, 2, 4, 8, 12, 17, 24, 31, … 693, 730 days).
 * Each expiration gets the same number of contracts, {@code size / 40} (the remainder goes to the front
 * expirations), as call/put pairs on an even strike grid from 50 % to 150 % of spot, in the order a data vendor
 * sends them (by expiration, then strike, call before put). Market data:
 * <ul>
 *   <li>σ: a term structure of at-the-money volatility (22 % at the front falling to 17 %), a put skew and a
 *       smile in log-moneyness scaled by 1/√τ, ±3 % multiplicative noise, clamped to [5 %, 300 %];</li>
 *   <li>open interest: lognormal (σ = 1.2) around a level that falls with distance from the money and with
 *       time, puts heavier below spot and calls above, rounded to whole contracts (so some are 0);</li>
 *   <li>rate 4.5 %, dividend yield 1.3 %, multiplier 100, as-of 10:00 New York time.</li>
 * </ul>
 * Every number comes from a {@link SplittableRandom} with the given seed, so a (seed, size, spot) triple always
 * yields the same chain, on any JDK.
 */
public final class ChainGenerator {

    /** Number of expirations per chain. */
    public static final int EXPIRIES = 40;

    /** The valuation instant of every generated chain: 2024-03-04 10:00 America/New_York. */
    public static final Instant AS_OF = LocalDate.of(2024, 3, 4).atTime(10, 0)
            .atZone(ZoneId.of("America/New_York")).toInstant();

    /** Risk-free rate, continuous annual. */
    public static final double RATE = 0.045;

    /** Dividend yield, continuous annual. */
    public static final double YIELD = 0.013;

    private ChainGenerator() {
    }

    /**
     * Returns the calendar-day offset of expiration {@code k} from the as-of date.
     *
     * @param k the expiration index, 0 to {@value #EXPIRIES} − 1
     * @return days after the as-of date: 0 for {@code k = 0}, 730 for the last, strictly increasing
     */
    static int dayOffset(int k) {
        double t = k / (double) (EXPIRIES - 1);
        int quadratic = (int) Math.round(730.0 * t * t);
        return Math.max(k, quadratic); // the first few quadratic offsets collide; one day apart instead
    }

    /**
     * Generates a chain.
     *
     * @param symbol the underlying symbol
     * @param spot the underlying price, USD
     * @param size the number of contracts, at least {@value #EXPIRIES}
     * @param seed the random seed
     * @return a chain of exactly {@code size} live, valid contracts
     * @throws IllegalArgumentException if {@code size} is below {@value #EXPIRIES}
     */
    public static OptionChain generate(String symbol, double spot, int size, long seed) {
        if (size < EXPIRIES) {
            throw new IllegalArgumentException("size must be at least " + EXPIRIES + " but was " + size);
        }
        SplittableRandom random = new SplittableRandom(seed);
        OptionChain.Builder builder = OptionChain.builder(symbol, spot, AS_OF).riskFreeRate(RATE)
                .dividendYield(YIELD).contractMultiplier(100);
        LocalDate today = LocalDate.of(2024, 3, 4);
        for (int k = 0; k < EXPIRIES; k++) {
            int days = dayOffset(k);
            LocalDate expiration = today.plusDays(days);
            double tau = Math.max(days, 0.25) / 365.0; // close to the true τ; only shapes the surface
            double atm = 0.17 + 0.05 * Math.exp(-4.0 * tau);
            int contracts = size / EXPIRIES + (k < size % EXPIRIES ? 1 : 0);
            int strikes = (contracts + 1) / 2;
            for (int c = 0; c < contracts; c++) {
                int j = c / 2;
                OptionType type = c % 2 == 0 ? OptionType.CALL : OptionType.PUT;
                double strike = spot * (0.5 + (strikes == 1 ? 0.5 : j / (double) (strikes - 1)));
                double m = Math.log(strike / spot) / Math.sqrt(Math.max(tau, 1.0 / 52.0));
                double smile = 1.0 - 0.9 * m + 1.6 * m * m;
                double vol = atm * smile * (1.0 + 0.03 * (2.0 * random.nextDouble() - 1.0));
                vol = Math.max(0.05, Math.min(3.0, vol));
                // puts carry the downside open interest, calls the upside
                double tilt = type == OptionType.PUT ? -1.2 * m : 0.8 * m;
                double level = Math.log(1500.0) - 1.5 * m * m + tilt - 0.6 * tau;
                double openInterest = Math.rint(Math.exp(level + 1.2 * gaussian(random)));
                builder.add(type, expiration, strike, openInterest, vol);
            }
        }
        return builder.build();
    }

    /** A standard normal variate by the Box–Muller transform (JDK-independent, unlike nextGaussian). */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble(); // in (0, 1]: the logarithm stays finite
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * random.nextDouble());
    }
}
