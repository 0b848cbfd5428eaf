package dev.exposure.internal;

/**
 * The natural logarithm in plain Java, for the exposure kernel: a table look-up and a short polynomial, no call,
 * no division and no branch taken on normal arguments. Within 1 ulp of {@link StrictMath#log} (itself within 1 ulp
 * of ln x) on every one of tens of millions of random arguments tried, including the neighbourhood of 1; the error
 * analysis below bounds it by about 1.5 ulp of ln x.
 *
 * <h2>Method</h2>
 * Table-driven, in the manner of Tang, "Table-driven implementation of the logarithm function in IEEE
 * floating-point arithmetic", ACM TOMS 16 (1990), with N = {@value #N} subintervals:
 * <pre>
 *   x = 2^k · z,   z in [0.6875, 1.375)          (k and z read from the bits of x)
 *   z in subinterval i, with its centre c_i:   ln x = k·ln 2 + ln c_i + log1p(r),   r = (z − c_i)/c_i
 *   log1p(r) = r − r²/2 + r³/3 − … − r⁸/8         (|r| ≤ 2^−7: the next term is below 2^−56·|r|)
 * </pre>
 * <ul>
 *   <li>c_i is the midpoint of the subinterval rounded to a multiple of 2^−20, so z − c_i is exact (Sterbenz:
 *       both lie in the same subinterval) and r carries one rounding, from the product with the tabulated 1/c_i:
 *       an error of at most 2^−52·|r| ≤ 2^−59, against the result's own ulp.</li>
 *   <li>On the two subintervals around 1, z in [1 − 2^−8, 1 + 2^−7), c = 1: there ln x = log1p(z − 1) with
 *       z − 1 exact, so the result keeps its relative accuracy as x → 1 (no cancellation against ln c).
 *       Elsewhere |ln z| ≥ |ln c_i|/1.5, so the rounding of the tabulated ln c_i costs at most 1 ulp of ln z.</li>
 *   <li>ln 2 is split into fdlibm's ln2_hi (32 significant bits: k·ln2_hi is exact) and ln2_lo, and the rounding
 *       error of k·ln2_hi + ln c_i is recovered exactly (Fast2Sum) and added back with the small terms, so for
 *       k ≠ 0 the result carries little more than its final rounding.</li>
 * </ul>
 * The table ({@code StrictMath.log} of exact doubles) is computed once at class initialisation, so results are the
 * same on every platform. Arguments below 2^−1022 (zero, subnormal, negative), infinite or NaN go to
 * {@link StrictMath#log}.
 */
public final class Logarithm {

    /** log2 of the number of subintervals. */
    private static final int BITS = 7;

    /** Number of subintervals of [0.6875, 1.375). */
    private static final int N = 1 << BITS;

    /**
     * Bits of 0.6875, the start of the reduced range: subtracting them from the bits of x leaves k in the exponent
     * field and the subinterval in the top {@value #BITS} fraction bits.
     */
    private static final long OFF = 0x3fe6000000000000L;

    /** ln 2, high part: fdlibm's ln2_hi, 0x3fe62e42_fee00000. */
    private static final double LN2_HI = 6.93147180369123816490e-01;

    /** ln 2, low part: fdlibm's ln2_lo, 0x3dea39ef_35793c76. */
    private static final double LN2_LO = 1.90821492927058770002e-10;

    /** Per subinterval: its centre c (a multiple of 2^−20, or 1), 1/c rounded, and ln c rounded. */
    private static final double[] CENTRE = new double[N];
    private static final double[] INV_CENTRE = new double[N];
    private static final double[] LOG_CENTRE = new double[N];

    static {
        for (int i = 0; i < N; i++) {
            double from = Double.longBitsToDouble(OFF + ((long) i << (52 - BITS)));
            double to = Double.longBitsToDouble(OFF + ((long) (i + 1) << (52 - BITS)));
            boolean aroundOne = to > 1.0 - 0x1p-8 && from <= 1.0; // [1 − 2^−8, 1) and [1, 1 + 2^−7)
            double c = aroundOne ? 1.0 : Math.rint(0.5 * (from + to) * 0x1p20) * 0x1p-20;
            CENTRE[i] = c;
            INV_CENTRE[i] = 1.0 / c;
            LOG_CENTRE[i] = StrictMath.log(c);
        }
    }

    private Logarithm() {
    }

    /**
     * Returns ln x.
     *
     * @param x any double
     * @return ln x, within 1 ulp of {@code StrictMath.log(x)} in every test; for x below 2^−1022, infinite or NaN,
     *     exactly {@code StrictMath.log(x)} (−∞ for ±0, NaN for negative x and NaN, +∞ for +∞)
     */
    public static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (bits < 0x0010000000000000L || bits >= 0x7ff0000000000000L) {
            return StrictMath.log(x); // rare: negative (sign bit set), zero, subnormal, infinite or NaN
        }
        long tmp = bits - OFF;
        int i = (int) (tmp >>> (52 - BITS)) & (N - 1); // the subinterval of z
        double k = tmp >> 52; // arithmetic shift: the power of two, possibly negative
        double z = Double.longBitsToDouble(bits - (tmp & 0xfff0000000000000L)); // x / 2^k, exactly
        double r = (z - CENTRE[i]) * INV_CENTRE[i]; // the difference is exact
        double p = -1.0 / 8; // log1p(r) = r + r²·p(r), p(r) = −1/2 + r/3 − r²/4 + … − r⁶/8, by Horner
        p = p * r + 1.0 / 7;
        p = p * r - 1.0 / 6;
        p = p * r + 1.0 / 5;
        p = p * r - 1.0 / 4;
        p = p * r + 1.0 / 3;
        p = p * r - 0.5;
        double a = k * LN2_HI; // exact
        double hi = a + LOG_CENTRE[i];
        // the rounding error of that sum, exactly (Fast2Sum: |a| ≥ ln 2 > |ln c| whenever k ≠ 0, and 0 when k = 0)
        double lo = (a - hi) + LOG_CENTRE[i];
        return hi + (r + (r * r * p + (k * LN2_LO + lo))); // the small terms first, the large one last
    }
}
