package dev.exposure.internal;

/**
 * A compensated sum of products that never overflows or turns into NaN on the way: the slow path of the kernels
 * for inputs at the edges of the double range.
 *
 * <p>Each product {@code a·b·c·d·e} is formed from the factors' significands (each in [1, 2)) and the sum of their
 * binary exponents, so no intermediate leaves the double range; the running sum is kept as
 * {@code (sum + correction)·2^scale}, rescaled exactly by powers of two when a larger term arrives (terms more than
 * ~1074 binary orders below the largest vanish, far below 1e-12 of Σ|terms|). The sum is Neumaier-compensated. A
 * product with a zero factor is 0 whatever the others (in the kernels a zero factor is an underflowed density or a
 * zero open interest, which beats any growth of the other factors); a product of non-zero factors one of which is
 * infinite makes the sum infinite: the quantity really is beyond the double range.
 *
 * <p>Not thread-safe; allocation-free after construction.
 */
public final class ScaledSum {

    /** Binary exponent of the smallest normal double. */
    private static final int MIN_NORMAL_EXPONENT = Double.MIN_EXPONENT;

    private double sum;
    private double correction;
    private int scale;
    private boolean empty = true;
    private boolean infinite;
    private double infiniteSign;

    /** Resets the sum to 0. */
    public void clear() {
        sum = 0;
        correction = 0;
        scale = 0;
        empty = true;
        infinite = false;
        infiniteSign = 0;
    }

    /**
     * Adds the product of up to five factors (pass 1 for unused ones).
     *
     * @param a a factor
     * @param b a factor
     * @param c a factor
     * @param d a factor
     * @param e a factor
     * @return this
     */
    public ScaledSum addProduct(double a, double b, double c, double d, double e) {
        if (a == 0 || b == 0 || c == 0 || d == 0 || e == 0) {
            return this;
        }
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d) || Double.isNaN(e)) {
            throw new IllegalStateException("NaN factor"); // the kernels never pass one
        }
        double sign = Math.signum(a) * Math.signum(b) * Math.signum(c) * Math.signum(d) * Math.signum(e);
        if (Double.isInfinite(a) || Double.isInfinite(b) || Double.isInfinite(c) || Double.isInfinite(d)
                || Double.isInfinite(e)) {
            markInfinite(sign);
            return this;
        }
        int x = exponent(a) + exponent(b) + exponent(c) + exponent(d) + exponent(e);
        double m = Math.scalb(Math.abs(a), -exponent(a)) * Math.scalb(Math.abs(b), -exponent(b))
                * Math.scalb(Math.abs(c), -exponent(c)) * Math.scalb(Math.abs(d), -exponent(d))
                * Math.scalb(Math.abs(e), -exponent(e)); // in [1, 32)
        add(sign * m, x);
        return this;
    }

    /**
     * Adds a finite or infinite value.
     *
     * @param value the term
     * @return this
     */
    public ScaledSum add(double value) {
        return addProduct(value, 1, 1, 1, 1);
    }

    private void markInfinite(double sign) {
        // with +∞ and −∞ terms alike the magnitude is beyond the double range; the last sign is kept
        infinite = true;
        infiniteSign = sign;
    }

    /** Adds {@code m·2^x}, with m finite and non-zero. */
    private void add(double m, int x) {
        if (empty) {
            sum = m;
            correction = 0;
            scale = x;
            empty = false;
            return;
        }
        if (x > scale) {
            // rescale the running sum down to the new term's exponent: exact but for bits far below the new term
            sum = Math.scalb(sum, scale - x);
            correction = Math.scalb(correction, scale - x);
            scale = x;
        } else {
            m = Math.scalb(m, x - scale);
        }
        double t = sum + m;
        correction += Math.abs(sum) >= Math.abs(m) ? (sum - t) + m : (m - t) + sum;
        sum = t;
    }

    /**
     * Returns the sum times a factor.
     *
     * @param factor a finite factor
     * @return {@code factor·Σ}, infinite when it lies beyond the double range (or an infinite term was added)
     */
    public double value(double factor) {
        return value(factor, 1, 1, 1);
    }

    /**
     * Returns the sum times four finite factors, formed without intermediate overflow.
     *
     * @param a a factor
     * @param b a factor
     * @param c a factor
     * @param d a factor
     * @return {@code a·b·c·d·Σ}, infinite when it lies beyond the double range (or an infinite term was added)
     */
    public double value(double a, double b, double c, double d) {
        double sign = Math.signum(a) * Math.signum(b) * Math.signum(c) * Math.signum(d);
        if (sign == 0) {
            return 0; // a zero factor (as in addProduct)
        }
        if (infinite || Double.isInfinite(a) || Double.isInfinite(b) || Double.isInfinite(c)
                || Double.isInfinite(d)) {
            if (!infinite && (empty || sum + correction == 0)) {
                return 0;
            }
            return sign * (infinite ? infiniteSign : Math.signum(sum + correction)) * Double.POSITIVE_INFINITY;
        }
        double s = sum + correction;
        if (empty || s == 0) {
            return 0;
        }
        double m = s * Math.scalb(Math.abs(a), -exponent(a)) * Math.scalb(Math.abs(b), -exponent(b))
                * Math.scalb(Math.abs(c), -exponent(c)) * Math.scalb(Math.abs(d), -exponent(d));
        return Math.scalb(sign * m, scale + exponent(a) + exponent(b) + exponent(c) + exponent(d));
    }

    /**
     * Returns the binary exponent of a finite non-zero double, subnormals included.
     *
     * @param x the value
     * @return e with {@code 2^e ≤ |x| < 2^(e+1)}
     */
    static int exponent(double x) {
        int e = Math.getExponent(x);
        if (e < MIN_NORMAL_EXPONENT) {
            // subnormal: scale into the normal range first
            e = Math.getExponent(x * 0x1p54) - 54;
        }
        return e;
    }

    /**
     * Returns the product of up to five factors, computed without intermediate overflow or underflow.
     *
     * @param a a factor
     * @param b a factor
     * @param c a factor
     * @param d a factor
     * @param e a factor
     * @return the product, 0 when a factor is 0, infinite when it lies beyond the double range
     */
    public static double product(double a, double b, double c, double d, double e) {
        return new ScaledSum().addProduct(a, b, c, d, e).value(1);
    }
}
