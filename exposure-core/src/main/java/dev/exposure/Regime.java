package dev.exposure;

/**
 * The gamma regime of a symbol, from the sign of its net gamma exposure.
 *
 * <p>Wire names are {@code positive_gamma} and {@code negative_gamma} ({@link #code()}).
 */
public enum Regime {
    /** Net GEX ≥ 0: dealers are long gamma and their hedging dampens moves. */
    POSITIVE_GAMMA("positive_gamma"),
    /** Net GEX &lt; 0: dealers are short gamma and their hedging amplifies moves. */
    NEGATIVE_GAMMA("negative_gamma");

    private final String code;

    Regime(String code) {
        this.code = code;
    }

    /**
     * Returns the wire name of this regime.
     *
     * @return {@code "positive_gamma"} or {@code "negative_gamma"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the regime of a net gamma exposure.
     *
     * @param netGex a net gamma exposure, USD per 1% move
     * @return {@link #POSITIVE_GAMMA} when {@code netGex >= 0} (including {@code -0.0}), else {@link #NEGATIVE_GAMMA}
     * @throws IllegalArgumentException if {@code netGex} is NaN
     */
    public static Regime of(double netGex) {
        if (Double.isNaN(netGex)) {
            throw new IllegalArgumentException("netGex must not be NaN");
        }
        return netGex >= 0 ? POSITIVE_GAMMA : NEGATIVE_GAMMA;
    }

    /**
     * Returns the regime whose {@link #code()} is the given wire name.
     *
     * @param code {@code "positive_gamma"} or {@code "negative_gamma"}
     * @return the matching regime
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if the name is unknown
     */
    public static Regime fromCode(String code) {
        java.util.Objects.requireNonNull(code, "code");
        for (Regime r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown regime '" + code + "'");
    }
}
