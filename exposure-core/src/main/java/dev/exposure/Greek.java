package dev.exposure;

import java.util.Locale;

/**
 * The four exposures of an {@link Exposure}, for code that picks one of them at run time (a strike sheet of one
 * greek, a chart, an HTTP path such as {@code /v1/exposure/gex/SPY}).
 */
public enum Greek {

    /** Gamma exposure, {@link Exposure#netGex()}. */
    GEX {
        @Override
        public double of(Exposure exposure) {
            return exposure.netGex();
        }
    },

    /** Delta exposure, {@link Exposure#netDex()}. */
    DEX {
        @Override
        public double of(Exposure exposure) {
            return exposure.netDex();
        }
    },

    /** Vanna exposure, {@link Exposure#netVex()}. */
    VEX {
        @Override
        public double of(Exposure exposure) {
            return exposure.netVex();
        }
    },

    /** Charm exposure, {@link Exposure#netChex()}. */
    CHEX {
        @Override
        public double of(Exposure exposure) {
            return exposure.netChex();
        }
    };

    /**
     * Returns this greek's figure of an exposure.
     *
     * @param exposure the exposure
     * @return its net GEX, DEX, VEX or CHEX, in the units of {@link Exposure}
     * @throws NullPointerException if {@code exposure} is null
     */
    public abstract double of(Exposure exposure);

    /**
     * Returns the lower-case code: {@code "gex"}, {@code "dex"}, {@code "vex"} or {@code "chex"}.
     *
     * @return the code used in paths and field names ({@code net_gex} …)
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the greek of a code, ignoring case.
     *
     * @param code {@code gex}, {@code dex}, {@code vex} or {@code chex}, in any letter case
     * @return the greek
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if {@code code} names no greek
     */
    public static Greek ofCode(String code) {
        if (code == null) {
            throw new NullPointerException("code must not be null");
        }
        for (Greek g : values()) {
            if (g.name().equalsIgnoreCase(code)) {
                return g;
            }
        }
        throw new IllegalArgumentException("code must be gex, dex, vex or chex but was '" + code + "'");
    }
}
