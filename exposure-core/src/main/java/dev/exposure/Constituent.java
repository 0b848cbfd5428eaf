package dev.exposure;

import java.util.Objects;

/**
 * One symbol's row in a basket result.
 *
 * @param symbol the symbol, upper case
 * @param weight the renormalised weight, in [0, 1]; the weights of a basket's constituents sum to 1
 * @param underlyingPrice the symbol's underlying price, USD
 * @param exposure the symbol's own chain totals, unweighted (see {@link Exposure} for units and signs)
 * @param contributionPct {@code 100·|weight·netGex| / Σⱼ|weightⱼ·netGexⱼ|}, in [0, 100]; 0 for every
 *     constituent when that denominator is 0
 * @param regime {@link Regime#POSITIVE_GAMMA} when the symbol's own {@code netGex >= 0}, else
 *     {@link Regime#NEGATIVE_GAMMA}
 */
public record Constituent(String symbol, double weight, double underlyingPrice, Exposure exposure,
        double contributionPct, Regime regime) {

    /**
     * Creates a constituent row.
     *
     * @throws NullPointerException if {@code symbol}, {@code exposure} or {@code regime} is null
     * @throws IllegalArgumentException if {@code weight} is not in [0, 1], {@code underlyingPrice} is not finite
     *     and positive, or {@code contributionPct} is not in [0, 100]
     */
    public Constituent {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(exposure, "exposure");
        Objects.requireNonNull(regime, "regime");
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in [0, 1] but was " + weight);
        }
        if (!(underlyingPrice > 0 && underlyingPrice < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("underlyingPrice must be finite and > 0 but was " + underlyingPrice);
        }
        if (!(contributionPct >= 0 && contributionPct <= 100)) {
            throw new IllegalArgumentException("contributionPct must be in [0, 100] but was " + contributionPct);
        }
    }
}
