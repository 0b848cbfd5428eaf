package dev.exposure;

/**
 * Net dealer exposure to the underlying, per greek, in US dollars.
 *
 * <p>Each figure is a sum over option contracts of the per-contract exposures defined in the
 * specification (dealers long calls, short puts):
 * <ul>
 *   <li>{@code netGex}: gamma exposure, USD of delta change per 1% move of the underlying,
 *       {@code Σ sign·gamma·OI·M·S²·0.01}. Positive: dealers are long gamma (they sell rallies, buy dips).</li>
 *   <li>{@code netDex}: delta exposure, USD, {@code Σ delta·OI·M·S}; the delta carries its own sign
 *       (puts negative).</li>
 *   <li>{@code netVex}: vanna exposure, USD of delta change per 1.00 change of implied volatility,
 *       {@code Σ sign·vanna·OI·M·S}. Positive: dealers buy when implied volatility falls.</li>
 *   <li>{@code netChex}: charm exposure, USD of delta change per calendar day,
 *       {@code Σ sign·charm·OI·M·S}. Positive: dealers must buy as time passes.</li>
 * </ul>
 * All four values are finite.
 *
 * @param netGex gamma exposure, USD per 1% move of the underlying
 * @param netDex delta exposure, USD
 * @param netVex vanna exposure, USD per 1.00 change of implied volatility
 * @param netChex charm exposure, USD per calendar day
 */
public record Exposure(double netGex, double netDex, double netVex, double netChex) {

    /** An exposure of zero in every greek. */
    public static final Exposure ZERO = new Exposure(0, 0, 0, 0);

    /**
     * Creates an exposure. Negative zero is stored as {@code 0.0}, so equal exposures are {@link #equals equal}.
     *
     * @throws IllegalArgumentException if any value is NaN or infinite
     */
    public Exposure {
        netGex += 0.0; // −0.0 + 0.0 is +0.0; every other value is unchanged
        netDex += 0.0;
        netVex += 0.0;
        netChex += 0.0;
        requireFinite(netGex, "netGex");
        requireFinite(netDex, "netDex");
        requireFinite(netVex, "netVex");
        requireFinite(netChex, "netChex");
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite but was " + value);
        }
    }
}
