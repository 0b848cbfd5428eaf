package dev.exposure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A chain's exposure summed over the contracts of one expiration date.
 *
 * @param expiration the expiration date (contracts expire at 16:00 America/New_York on it)
 * @param dte calendar days from the chain's as-of date in New York to {@code expiration}; 0 for a same-day expiry
 * @param isOpex whether {@code expiration} is the month's holiday-adjusted standard monthly expiration: the third
 *     Friday, or the closest trading day before it when that Friday is not a trading day
 * @param isTripleWitching whether {@code isOpex} holds and the month is March, June, September or December
 * @param exposure the net exposure of the expiration's contracts, USD (see {@link Exposure} for units and signs)
 * @param pctOfChainGex {@code 100·|netGex| / Σ|netGex|} over all expirations of the chain, in [0, 100];
 *     0 for every row when that denominator is 0
 */
public record ExpiryExposure(LocalDate expiration, int dte, boolean isOpex, boolean isTripleWitching,
        Exposure exposure, double pctOfChainGex) {

    /**
     * Creates an expiry row.
     *
     * @throws NullPointerException if {@code expiration} or {@code exposure} is null
     * @throws IllegalArgumentException if {@code dte} is negative, {@code isTripleWitching} holds without
     *     {@code isOpex}, or {@code pctOfChainGex} is not in [0, 100]
     */
    public ExpiryExposure {
        Objects.requireNonNull(expiration, "expiration");
        Objects.requireNonNull(exposure, "exposure");
        if (dte < 0) {
            throw new IllegalArgumentException("dte must be >= 0 but was " + dte);
        }
        if (isTripleWitching && !isOpex) {
            throw new IllegalArgumentException("a triple-witching expiration must also be an OPEX");
        }
        if (!(pctOfChainGex >= 0 && pctOfChainGex <= 100)) {
            throw new IllegalArgumentException("pctOfChainGex must be in [0, 100] but was " + pctOfChainGex);
        }
    }
}
