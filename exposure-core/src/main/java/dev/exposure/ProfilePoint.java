package dev.exposure;

/**
 * One point of a {@link GammaProfile}: the chain's net GEX if the underlying traded at {@code spot}.
 *
 * @param spot the hypothetical underlying price X, USD
 * @param netGex net GEX of the chain repriced at X (sticky strike), in the {@link GexUnit} of the conventions used
 *     (per 1% move of X by default); positive: dealers long gamma
 */
public record ProfilePoint(double spot, double netGex) {

    /**
     * Creates a point.
     *
     * @throws IllegalArgumentException if {@code spot} is not finite and positive or {@code netGex} is not finite
     */
    public ProfilePoint {
        if (!(spot > 0 && spot < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("spot must be finite and > 0 but was " + spot);
        }
        if (!Double.isFinite(netGex)) {
            throw new IllegalArgumentException("netGex must be finite but was " + netGex);
        }
        netGex += 0.0; // no −0.0
    }
}
