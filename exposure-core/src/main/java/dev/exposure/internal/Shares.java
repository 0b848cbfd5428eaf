package dev.exposure.internal;

/**
 * Percentage shares {@code 100·|xᵢ| / Σⱼ|xⱼ|} that cannot overflow: the magnitudes are normalised by
 * {@link Weights#normalise}, which scales them exactly before summing. All shares are 0 when every magnitude is 0.
 */
public final class Shares {

    private Shares() {
    }

    /**
     * Returns each value's share of the sum of magnitudes, in percent.
     *
     * @param x finite values (not modified)
     * @return shares in [0, 100] that sum to 100 up to rounding, or all 0
     */
    public static double[] percentOfAbsoluteTotal(double[] x) {
        double[] magnitude = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            magnitude[i] = Math.abs(x[i]);
        }
        double[] share = Weights.normalise(magnitude);
        if (share == null) {
            return magnitude; // every magnitude is zero
        }
        for (int i = 0; i < share.length; i++) {
            share[i] = Math.min(100.0, 100.0 * share[i]);
        }
        return share;
    }
}
