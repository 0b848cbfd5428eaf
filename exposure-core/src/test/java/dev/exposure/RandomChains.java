package dev.exposure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Seeded generators of random chains over the extreme ranges the library promises to handle: σ from 0.01 to 10,
 * τ from one second to 30 years, S/K from 1e-3 to 1e3, OI from 0 to 1e9, r and q from −5 % to 20 %,
 * multipliers 1 to 1000. A small share of contracts is expired or has bad market data.
 */
final class RandomChains {

    static final Instant BASE = Instant.parse("2026-05-29T15:30:00Z");

    private RandomChains() {
    }

    /** Log-uniform in [lo, hi]. */
    static double logUniform(SplittableRandom random, double lo, double hi) {
        return Math.exp(random.nextDouble(Math.log(lo), Math.log(hi)));
    }

    /** A random as-of instant a few hours around {@link #BASE}, to the second. */
    static Instant asOf(SplittableRandom random) {
        return BASE.plusSeconds(random.nextLong(-6 * 3600, 6 * 3600));
    }

    /** Chain-level parameters, reused so that chains can be merged (additivity). */
    record Header(String symbol, double spot, Instant asOf, double r, double q, int multiplier) {
        OptionChain.Builder builder() {
            return OptionChain.builder(symbol, spot, asOf).riskFreeRate(r).dividendYield(q)
                    .contractMultiplier(multiplier);
        }
    }

    static Header header(SplittableRandom random, String symbol) {
        Instant asOf = asOf(random);
        if (random.nextInt(10) == 0) {
            // seconds before today's 16:00 New York close, log-uniform so that the shortest gaps are common (one
            // second in one such header out of seven): same-day contracts then have τ of 1 s to 2 min
            LocalDate today = LocalDate.ofInstant(asOf, Chains.NEW_YORK);
            asOf = Chains.expiryInstant(today).minusSeconds((long) logUniform(random, 1, 121));
        }
        return new Header(symbol, logUniform(random, 1, 5000), asOf, random.nextDouble(-0.05, 0.2),
                random.nextDouble(-0.05, 0.2), random.nextInt(1, 1001));
    }

    /** Appends one random contract to {@code b}; with {@code clean} false, one in 20 has bad market data. */
    static void addContract(SplittableRandom random, Header h, OptionChain.Builder b, boolean clean) {
        OptionType type = random.nextBoolean() ? OptionType.CALL : OptionType.PUT;
        LocalDate expiration = expiration(random, h.asOf());
        double strike = h.spot() / logUniform(random, 1e-3, 1e3);
        double oi = random.nextInt(10) == 0 ? 0 : logUniform(random, 1, 1e9);
        double sigma = logUniform(random, 0.01, 10);
        if (!clean && random.nextInt(20) == 0) {
            double[] bad = {Double.NaN, 0, -1, Double.POSITIVE_INFINITY};
            switch (random.nextInt(3)) {
                case 0: strike = bad[random.nextInt(4)]; break;
                case 1: sigma = bad[random.nextInt(4)]; break;
                default: oi = random.nextBoolean() ? -1 : Double.NaN;
            }
        }
        b.add(type, expiration, strike, oi, sigma);
    }

    /**
     * An expiration between one second and 30 years after {@code asOf} (sometimes already expired): mostly
     * near-dated, log-uniform in days.
     */
    static LocalDate expiration(SplittableRandom random, Instant asOf) {
        LocalDate today = LocalDate.ofInstant(asOf, Chains.NEW_YORK);
        int pick = random.nextInt(10);
        if (pick == 0) {
            return today.minusDays(random.nextInt(0, 3)); // same day (live or not, by time) or expired
        }
        return today.plusDays((long) logUniform(random, 1, 30 * 365));
    }

    static OptionChain chain(SplittableRandom random, String symbol, int contracts, boolean clean) {
        Header h = header(random, symbol);
        OptionChain.Builder b = h.builder();
        for (int i = 0; i < contracts; i++) {
            addContract(random, h, b, clean);
        }
        return b.build();
    }
}
