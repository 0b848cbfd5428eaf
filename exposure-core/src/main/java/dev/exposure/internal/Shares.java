package dev.exposure.internal;

/**
 * Percentage shares {@code 100·|xᵢ| / Σⱼ|xⱼ|} that cannot overflow: magnitudes are scaled by a power of two
 * (exactly) so that the largest lies in [1, 2) before summing. All shares are 0 when every magnitude is 0.
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
        double[] pct = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            pct[i] = Math.abs(x[i]);
        }
        // an exact power-of-two scaling brings the largest magnitude into [1, 2): the sum cannot overflow
        if (!Weights.scaleToUnitMax(pct)) {
            return pct;
        }
        CompensatedSum total = new CompensatedSum();
        for (double a : pct) {
            total.add(a);
        }
        double sum = total.value();
        for (int i = 0; i < x.length; i++) {
            pct[i] = Math.min(100.0, 100.0 * pct[i] / sum);
        }
        return pct;
    }
}
