package dev.exposure.internal;

/**
 * Neumaier's compensated summation (an improved Kahan–Babuška sum): the error of the result is bounded by about
 * {@code 2ε·Σ|xᵢ|} whatever the order of the terms, instead of {@code n·ε·Σ|xᵢ|} for a plain loop.
 *
 * <p>Not thread-safe. For hot loops the kernel inlines the same two-line update instead of calling this class.
 */
public final class CompensatedSum {

    private double sum;
    private double compensation;

    /**
     * Adds a term.
     *
     * @param x the term
     * @return this
     */
    public CompensatedSum add(double x) {
        double t = sum + x;
        // the low-order bits lost by the addition, recovered from whichever operand is larger in magnitude
        compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
        return this;
    }

    /**
     * Returns the compensated sum of the terms added so far.
     *
     * @return the sum, 0 when nothing was added
     */
    public double value() {
        return sum + compensation;
    }
}
