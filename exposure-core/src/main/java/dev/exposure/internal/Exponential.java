package dev.exposure.internal;

/**
 * The exponential function in plain Java, for the exposure kernel: a few table look-ups and multiplications, no
 * call, no division and no branch taken on normal results; within 2 ulp of {@link StrictMath#exp} (tested on
 * millions of random arguments), which is itself within 1 ulp of e^x.
 *
 * <h2>Method</h2>
 * Table-driven, after Tang, "Table-driven implementation of the exponential function in IEEE floating-point
 * arithmetic", ACM TOMS 15 (1989), with N = {@value #N} table entries:
 * <pre>
 *   k = round(x·N/ln 2),   r = x − k·(ln 2)/N,   |r| ≤ (ln 2)/(2N) ≈ 0.0027
 *   e^x = 2^(k div N) · 2^((k mod N)/N) · e^r
 *       = scale · (1 + p(r)),   p(r) = r + r²/2 + r³/6 + r⁴/24 + r⁵/120   (Taylor; the next term is below
 *                                                                          r⁶/720 ≈ 5e-19, far below ½ ulp)
 * </pre>
 * {@code scale} is the table entry 2^(j/N), j = k mod N, with k div N added to its exponent field. (ln 2)/N is
 * split into a high part with 32 significant bits, so that k·high is exact for |k| &lt; 2^21, and a low part
 * (Cody and Waite); r then carries one rounding. The table holds {@code StrictMath.pow(2, j/N)}, correctly
 * rounded or within an ulp, computed once at class initialisation: results are the same on every platform.
 *
 * <p>Outside [−708, 709], where the result is subnormal, zero, infinite or NaN, or the argument is NaN, the
 * function defers to {@link Math#exp}. The kernel's arguments −d1²/2 reach that range only for |d1| &gt; 37.6,
 * where φ(d1) is below 1e-300.
 */
public final class Exponential {

    /** Table size: 2^7 entries, so |r| ≤ (ln 2)/256. */
    private static final int N = 128;

    /** N/ln 2. */
    private static final double N_OVER_LN2 = N / 0.69314718055994530942;

    /** (ln 2)/N, high part: fdlibm's ln2_hi (32 significant bits: 0x3fe62e42fee00000) divided by N, exactly. */
    private static final double LN2_OVER_N_HI = 6.93147180369123816490e-01 / N;

    /** (ln 2)/N, low part: fdlibm's ln2_lo divided by N; hi + lo = (ln 2)/N to about 1e-29. */
    private static final double LN2_OVER_N_LO = 1.90821492927058770002e-10 / N;

    /**
     * 1.5·2^52: adding it to a double of magnitude below 2^51 rounds that double to an integer held in the low
     * bits of the sum's representation (Math.rint and the long conversion, in one addition).
     */
    private static final double SHIFT = 0x1.8p52;

    /** Bounds of the fast path: 2^(k div N) stays normal; the result neither overflows nor is subnormal. */
    private static final double MIN_FAST = -708.0;
    private static final double MAX_FAST = 709.0;

    /** 2^(j/N) for j = 0 … N − 1, as raw bits (the scale is formed by integer addition to the exponent field). */
    private static final long[] TABLE = new long[N];

    static {
        for (int j = 0; j < N; j++) {
            TABLE[j] = Double.doubleToRawLongBits(StrictMath.pow(2.0, j / (double) N));
        }
    }

    private Exponential() {
    }

    /**
     * Returns e^x for x ≤ 0 without a branch, flushing results below the normal range to 0: the form the kernels
     * use for the density e^{−d1²/2}, where a subnormal value (|d1| &gt; 37.6, φ below 1e-300) is 0 for every
     * purpose and a branch on the argument would be taken at random far from the money.
     *
     * @param x a non-positive double, or NaN
     * @return {@code exp(x)} for x ≥ −708; 0 below; NaN for NaN (so that NaN still shows in a sum)
     */
    public static double expFlushed(double x) {
        double y = Math.max(x, MIN_FAST); // NaN stays NaN
        double shifted = y * N_OVER_LN2 + SHIFT;
        long bits = Double.doubleToRawLongBits(shifted);
        double k = shifted - SHIFT;
        double r = (y - k * LN2_OVER_N_HI) - k * LN2_OVER_N_LO;
        double scale = Double.longBitsToDouble(TABLE[(int) bits & (N - 1)] + ((bits >> 7) << 52));
        double r2 = r * r;
        double p = r + r2 * (0.5 + r * (1.0 / 6.0) + r2 * (1.0 / 24.0 + r * (1.0 / 120.0)));
        double v = scale + scale * p;
        return x < MIN_FAST ? 0.0 : v; // a select, not a branch
    }

    /**
     * Returns e^x.
     *
     * @param x any double
     * @return e^x, within 2 ulp of {@code StrictMath.exp(x)} on [−708, 709]; {@code Math.exp(x)} elsewhere
     *     (0, subnormal, ∞, NaN)
     */
    public static double exp(double x) {
        if (!(x >= MIN_FAST && x <= MAX_FAST)) {
            return Math.exp(x); // rare: subnormal, zero or infinite result, or NaN
        }
        double shifted = x * N_OVER_LN2 + SHIFT; // k = round(x·N/ln 2), |k| ≤ 131 000, in the low bits
        long bits = Double.doubleToRawLongBits(shifted);
        double k = shifted - SHIFT; // k as a double, exactly
        double r = (x - k * LN2_OVER_N_HI) - k * LN2_OVER_N_LO; // the first product and difference are exact
        // 2^(j/N) with k div N added to its exponent: the bits of SHIFT's own exponent and mantissa are multiples
        // of 2^7, so (bits >> 7) << 52 leaves exactly floor(k/N) in the exponent field (two's complement).
        double scale = Double.longBitsToDouble(TABLE[(int) bits & (N - 1)] + ((bits >> 7) << 52));
        double r2 = r * r;
        double p = r + r2 * (0.5 + r * (1.0 / 6.0) + r2 * (1.0 / 24.0 + r * (1.0 / 120.0)));
        return scale + scale * p; // scale·(1 + p) with p rounded relative to 1, not to p
    }
}
