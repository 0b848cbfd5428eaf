package dev.exposure;

/**
 * The unit in which gamma exposure (GEX) is reported.
 *
 * <p>Both units keep the dealer sign convention (positive: dealers long gamma). For an underlying price S they differ
 * by a factor: {@code PER_POINT = PER_ONE_PERCENT / (0.01·S)}.
 */
public enum GexUnit {

    /**
     * USD of delta change per 1% move of the underlying: {@code sign·gamma·OI·M·S²·0.01}. The default, and the
     * unit of the published API.
     */
    PER_ONE_PERCENT,

    /**
     * USD of delta change per 1.00 move of the underlying price: {@code sign·gamma·OI·M·S}. The unit of scripts
     * that report "GEX per point".
     */
    PER_POINT
}
