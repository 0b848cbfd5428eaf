package dev.exposure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The share of a chain's exposure that expires today (0 days to expiry), and its magnet strike.
 *
 * @param expiration the same-day expiration date (the as-of date in New York)
 * @param exposure the net exposure of its live valid contracts, in the units of {@link Exposure}
 * @param pctOfTotalGex {@code 100·|its GEX| / Σ_expiries |GEX|}, in [0, 100]; 0 when that sum is 0
 * @param magnet the strike of the same-day expiration with the largest |net GEX|, USD (ties: nearest to the
 *     underlying price, then the lower strike)
 */
public record ZeroDte(LocalDate expiration, Exposure exposure, double pctOfTotalGex, double magnet) {

    /**
     * Creates the same-day summary.
     *
     * @throws NullPointerException if a reference argument is null
     * @throws IllegalArgumentException if {@code pctOfTotalGex} is not in [0, 100] or {@code magnet} is not finite
     *     and positive
     */
    public ZeroDte {
        Objects.requireNonNull(expiration, "expiration");
        Objects.requireNonNull(exposure, "exposure");
        if (!(pctOfTotalGex >= 0 && pctOfTotalGex <= 100)) {
            throw new IllegalArgumentException("pctOfTotalGex must be in [0, 100] but was " + pctOfTotalGex);
        }
        if (!(magnet > 0 && magnet < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("magnet must be finite and > 0 but was " + magnet);
        }
        pctOfTotalGex += 0.0;
    }
}
