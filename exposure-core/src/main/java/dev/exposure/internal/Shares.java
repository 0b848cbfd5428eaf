package dev.exposure.internal;

/**
 * Percentage shares {@code 100·|xᵢ| / Σⱼ|xⱼ|} that cannot overflow: magnitudes are divided by the largest one
 * before summing. All shares are 0 when every magnitude is 0.
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
        double max = 0;
        for (double v : x) {
            max = Math.max(max, Math.abs(v));
        }
        double[] pct = new double[x.length];
        if (max == 0) {
            return pct;
        }
        CompensatedSum total = new CompensatedSum();
        for (int i = 0; i < x.length; i++) {
            pct[i] = Math.abs(x[i]) / max; // in [0, 1]: the sum stays below x.length
            total.add(pct[i]);
        }
        double sum = total.value();
        for (int i = 0; i < x.length; i++) {
            pct[i] = Math.min(100.0, 100.0 * pct[i] / sum);
        }
        return pct;
    }
}
