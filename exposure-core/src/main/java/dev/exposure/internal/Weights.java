package dev.exposure.internal;

/**
 * Overflow- and underflow-safe normalisation of non-negative weights.
 *
 * <p>Weights are first scaled by a power of two (exact) so that the largest lies in [1, 2); then they are summed
 * with {@link CompensatedSum} and divided by the sum. So {@code 1e308, 1e308} and {@code 1e-320, 1e-320} both give
 * exactly {@code 0.5, 0.5}. A weight smaller than the largest by more than a factor 2<sup>1074</sup> becomes 0.
 */
public final class Weights {

    private Weights() {
    }

    /**
     * Scales weights in place by a common power of two so that the largest lies in [1, 2).
     *
     * @param w finite non-negative weights
     * @return {@code false} when every weight is zero (nothing is changed then)
     */
    public static boolean scaleToUnitMax(double[] w) {
        double max = 0;
        for (double x : w) {
            max = Math.max(max, x);
        }
        if (max == 0) {
            return false;
        }
        if (max < Double.MIN_NORMAL) {
            // a subnormal maximum has no usable exponent: lift everything into the normal range first (exact)
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.scalb(w[i], 600);
            }
            max = Math.scalb(max, 600);
        }
        int exponent = Math.getExponent(max);
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.scalb(w[i], -exponent);
        }
        return true;
    }

    /**
     * Returns the weights divided by their sum.
     *
     * @param weights finite non-negative weights, not all zero (not modified)
     * @return new weights that sum to 1 up to rounding, or {@code null} when every weight is zero
     */
    public static double[] normalise(double[] weights) {
        double[] w = weights.clone();
        if (!scaleToUnitMax(w)) {
            return null;
        }
        CompensatedSum sum = new CompensatedSum();
        for (double x : w) {
            sum.add(x);
        }
        double total = sum.value();
        for (int i = 0; i < w.length; i++) {
            w[i] = w[i] / total;
        }
        return w;
    }
}
