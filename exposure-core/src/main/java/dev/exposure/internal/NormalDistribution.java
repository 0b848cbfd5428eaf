package dev.exposure.internal;

/**
 * The standard normal distribution to double precision: density {@link #pdf(double)} and cumulative distribution
 * {@link #cdf(double)}, plus a variant {@link #cdf(double, double)} for callers that already hold exp(−x²/2).
 *
 * <p>The distribution function is computed from W. J. Cody's rational Chebyshev approximations of the error
 * function, N(x) = ½·erfc(−x/√2). Reference: W. J. Cody, "Rational Chebyshev approximations for the error
 * function", Mathematics of Computation 23 (1969), 631–638, and his SPECFUN routine {@code CALERF}
 * (netlib.org/specfun/erf, latest modification 19 March 1990), whose coefficients are used here unchanged.
 */
public final class NormalDistribution {

    /*
     * Standard normal distribution from Cody's erf/erfc approximations.
     *
     * With y = |x|/√2, so that y² = x²/2 and exp(−y²) = exp(−x²/2), Cody approximates on three intervals
     * (each rational function near-minimax, at least 18 significant digits in theory):
     *
     *   (1) y ≤ 0.46875         erf(y)  = y · A(y²) / B(y²)                    A degree 4, B degree 4 (monic)
     *   (2) 0.46875 < y ≤ 4     erfc(y) = exp(−y²) · C(y) / D(y)                C degree 8, D degree 8 (monic)
     *   (3) y > 4               erfc(y) = exp(−y²) / y · (1/√π − z·P(z)/Q(z)),  z = 1/y²,
     *                                                                           P degree 5, Q degree 5 (monic)
     *
     * and the normal distribution follows from N(x) = ½ + ½·erf(x/√2) = ½·erfc(−x/√2):
     *
     *   (1) N(x)    = ½ + x/(2√2) · A(x²/2) / B(x²/2)                            no exponential needed
     *   (2) N(−|x|) = ½ · exp(−x²/2) · C(y) / D(y)
     *   (3) N(−|x|) = exp(−x²/2) / |x| · (1/√(2π) − (1/√2) · z·P(z)/Q(z)),  z = 2/x²
     *
     * and N(|x|) = 1 − N(−|x|). In (2) and (3) the lower tail N(−|x|) ≤ N(−0.6629) ≈ 0.254 is computed
     * directly, so it keeps full relative accuracy down to the underflow threshold (x ≈ −37.5, where N leaves
     * the normal doubles); the upper tail 1 − N(−|x|) is then at least 0.746 and loses nothing to cancellation.
     *
     * Error budget. The rational functions are smooth with |d ln R / d ln y| ≤ 1, so the one rounding in
     * y = |x|·(1/√2) costs about an ulp, and in (1) and (3) the polynomial arguments x²/2 and 2/x² are formed
     * from x directly. The critical factor is exp(−x²/2): its argument is up to 684 at x = −37, so a relative
     * rounding error ε in x² becomes an absolute error 684·ε in the exponent, i.e. a relative error in N of
     * ~7.6e−14. {@link #cdf(double)} therefore uses Cody's device of splitting the square: with
     * xs = trunc(16·|x|)/16 (at most 10 significant bits, so xs² is exact) and d = |x| − xs (exact),
     *
     *   x²/2 = xs²/2 + d·(xs + d/2),      exp(−x²/2) = exp(−xs²/2) · exp(−d·(xs + d/2)),
     *
     * where the first exponent is exact and the second is below 2.5 in magnitude, so its rounding costs at most
     * a few units in the last place. Cody splits y rather than x; splitting x avoids the rounding of |x|/√2 in
     * the exponent, which would cost the same 684·ε as the naive square. {@link #cdf(double, double)} accepts the
     * caller's Math.exp(−x·x/2) and inherits its (accepted) error of up to ~x²/2 ulp.
     *
     * Polynomials are evaluated by Horner's rule in exactly the order of CALERF (numerator seeded with its
     * leading coefficient times the argument, denominator seeded with the argument), and the coefficient names
     * below are CALERF's one-based names, so they can be checked against the published listing line by line.
     */

    /** 1/√(2π), the density of the standard normal distribution at 0. */
    public static final double INV_SQRT_2PI = 0.39894228040143267793994605993438186848;

    /** 1/√2. */
    static final double INV_SQRT2 = 0.70710678118654752440084436210484903928;

    /** 1/(2√2): N(x) − ½ = (1/(2√2))·x·A/B in interval (1). */
    static final double HALF_INV_SQRT2 = 0.5 * INV_SQRT2;

    /** Upper end of interval (1) in y = |x|/√2 (CALERF's THRESH). */
    static final double ERF_LIMIT = 0.46875;

    /** Upper end of interval (2) in y = |x|/√2. */
    static final double ERFC_MID_LIMIT = 4.0;

    /**
     * |x| from which exp(−x²/2) underflows to zero (39²/2 = 760.5 > 745.2); guards the exponent split against
     * an infinite argument, where |x| − xs would be ∞ − ∞.
     */
    private static final double EXP_UNDERFLOW_X = 39.0;

    // Interval (1): erf(y) = y·A(y²)/B(y²).
    static final double A1 = 3.16112374387056560e00;
    static final double A2 = 1.13864154151050156e02;
    static final double A3 = 3.77485237685302021e02;
    static final double A4 = 3.20937758913846947e03;
    static final double A5 = 1.85777706184603153e-1;
    static final double B1 = 2.36012909523441209e01;
    static final double B2 = 2.44024637934444173e02;
    static final double B3 = 1.28261652607737228e03;
    static final double B4 = 2.84423683343917062e03;

    // Interval (2): erfc(y) = exp(−y²)·C(y)/D(y).
    static final double C1 = 5.64188496988670089e-1;
    static final double C2 = 8.88314979438837594e00;
    static final double C3 = 6.61191906371416295e01;
    static final double C4 = 2.98635138197400131e02;
    static final double C5 = 8.81952221241769090e02;
    static final double C6 = 1.71204761263407058e03;
    static final double C7 = 2.05107837782607147e03;
    static final double C8 = 1.23033935479799725e03;
    static final double C9 = 2.15311535474403846e-8;
    static final double D1 = 1.57449261107098347e01;
    static final double D2 = 1.17693950891312499e02;
    static final double D3 = 5.37181101862009858e02;
    static final double D4 = 1.62138957456669019e03;
    static final double D5 = 3.29079923573345963e03;
    static final double D6 = 4.36261909014324716e03;
    static final double D7 = 3.43936767414372164e03;
    static final double D8 = 1.23033935480374942e03;

    // Interval (3): erfc(y) = exp(−y²)/y·(1/√π − z·P(z)/Q(z)), z = 1/y².
    static final double P1 = 3.05326634961232344e-1;
    static final double P2 = 3.60344899949804439e-1;
    static final double P3 = 1.25781726111229246e-1;
    static final double P4 = 1.60837851487422766e-2;
    static final double P5 = 6.58749161529837803e-4;
    static final double P6 = 1.63153871373020978e-2;
    static final double Q1 = 2.56852019228982242e00;
    static final double Q2 = 1.87295284992346047e00;
    static final double Q3 = 5.27905102951428412e-1;
    static final double Q4 = 6.05183413124413191e-2;
    static final double Q5 = 2.33520497626869185e-3;

    private NormalDistribution() {
    }

    /**
     * Returns the standard normal density φ(x) = exp(−x²/2)/√(2π).
     *
     * @param x the point; any double
     * @return φ(x), in [0, 1/√(2π)]; 0 for |x| above about 38.6 and for infinite x; NaN for NaN
     */
    public static double pdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /**
     * Returns the standard normal distribution function N(x) = P(Z ≤ x) for Z ~ N(0, 1).
     *
     * <p>Accurate to a few units in the last place (relative) wherever N(x) is a normal double, that is for
     * x above about −37.5; below that the result is subnormal and then 0 (x below about −38.5). The result is
     * exactly 1 for x above about 8.3, where 1 − N(x) is below half an ulp of 1.
     *
     * @param x the point; any double
     * @return N(x) in [0, 1]; 0 for −∞, 1 for +∞, NaN for NaN
     */
    public static double cdf(double x) {
        double ax = Math.abs(x);
        double y = ax * INV_SQRT2;
        if (y <= ERF_LIMIT) {
            return centralCdf(x);
        }
        return tailCdf(x, ax, y, expMinusHalfSquare(ax));
    }

    /**
     * Returns N(x) as {@link #cdf(double)} does, reusing the caller's exp(−x²/2) instead of computing it.
     *
     * <p>For a kernel that already evaluated the density: pass {@code e = Math.exp(-0.5 * x * x)} (the very
     * factor of {@link #pdf(double)}); this method then calls no exponential. Its accuracy is that of
     * {@code e}: exp(−x²/2) computed naively carries a relative error of up to about x²/2 ulp from the rounding
     * of x², so the result is good to about 1e-13 relative for |x| ≤ 37 (to a few ulp for |x| ≤ 3). For
     * |x| above about 38.6 {@code e} is 0 and the result is exactly 0 or 1. Results for an {@code e} that is
     * not exp(−x²/2) are meaningless.
     *
     * @param x the point; any double
     * @param expMinusHalfXSquared exp(−x²/2), in [0, 1]; only read when |x| > 0.6629
     * @return N(x) in [0, 1]; 0 for −∞, 1 for +∞, NaN for NaN
     */
    public static double cdf(double x, double expMinusHalfXSquared) {
        assert !(expMinusHalfXSquared < 0.0 || expMinusHalfXSquared > 1.0) : expMinusHalfXSquared;
        double ax = Math.abs(x);
        double y = ax * INV_SQRT2;
        if (y <= ERF_LIMIT) {
            return centralCdf(x);
        }
        return tailCdf(x, ax, y, expMinusHalfXSquared);
    }

    /** Interval (1), |x|/√2 ≤ 0.46875: N(x) = ½ + x/(2√2)·A(x²/2)/B(x²/2). */
    private static double centralCdf(double x) {
        double w = 0.5 * x * x;  // y² = x²/2, one rounding (a tiny x² may underflow to 0: harmless)
        double num = ((((A5 * w + A1) * w + A2) * w + A3) * w + A4);
        double den = ((((w + B1) * w + B2) * w + B3) * w + B4);
        return 0.5 + HALF_INV_SQRT2 * x * num / den;
    }

    /**
     * Returns N(x) as {@link #cdf(double, double)} does, bit for bit, given also interval (2)'s rational
     * {@code midRational(|x|·(1/√2))} evaluated beforehand.
     *
     * <p>For a kernel over many points: {@link #midRational} has no branch, so a loop that fills an array with it
     * is compiled to vector instructions, and this method is left with the branches and the rarely taken
     * intervals (1) and (3). The argument is only read when |x|/√2 is in interval (2), (0.46875, 4].
     *
     * @param x the point; any double
     * @param expMinusHalfXSquared exp(−x²/2), as for {@link #cdf(double, double)}
     * @param midRational {@code midRational(Math.abs(x) * INV_SQRT2)}
     * @return N(x) in [0, 1], identical to {@code cdf(x, expMinusHalfXSquared)}
     */
    static double cdf(double x, double expMinusHalfXSquared, double midRational) {
        double ax = Math.abs(x);
        double y = ax * INV_SQRT2;
        if (y <= ERF_LIMIT) {
            return centralCdf(x);
        }
        if (y <= ERFC_MID_LIMIT) {
            double lower = 0.5 * expMinusHalfXSquared * midRational; // the same product as in tailCdf
            return x < 0.0 ? lower : 1.0 - lower;
        }
        return tailCdf(x, ax, y, expMinusHalfXSquared);
    }

    /**
     * Interval (2)'s rational function C(y)/D(y), so that erfc(y) = exp(−y²)·C(y)/D(y) for 0.46875 &lt; y ≤ 4.
     * Branch-free, evaluated for any y (meaningless outside the interval, never NaN for finite y ≥ 0).
     *
     * @param y |x|/√2, computed as {@code Math.abs(x) * INV_SQRT2}
     * @return C(y)/D(y)
     */
    static double midRational(double y) {
        double num = (((((((C9 * y + C1) * y + C2) * y + C3) * y + C4) * y + C5) * y + C6) * y + C7) * y + C8;
        double den = (((((((y + D1) * y + D2) * y + D3) * y + D4) * y + D5) * y + D6) * y + D7) * y + D8;
        return num / den;
    }

    /**
     * Intervals (2) and (3), |x|/√2 > 0.46875 or x NaN: the lower tail N(−|x|) from e = exp(−x²/2), then
     * reflected for x > 0.
     */
    private static double tailCdf(double x, double ax, double y, double e) {
        double lower;
        if (y <= ERFC_MID_LIMIT) {
            lower = 0.5 * e * midRational(y);
        } else {
            // Also NaN and ±∞: z = 0 for |x| = ∞ (or x² overflowing), and then e = 0 gives lower = 0 / ∞ = 0.
            double z = 2.0 / (ax * ax);  // 1/y², formed from x to avoid the rounding of y
            double num = ((((P6 * z + P1) * z + P2) * z + P3) * z + P4) * z + P5;
            double den = ((((z + Q1) * z + Q2) * z + Q3) * z + Q4) * z + Q5;
            // z·P/Q <= 0.018 against 1/√π = 0.564: the subtraction is well conditioned.
            lower = e / ax * (INV_SQRT_2PI - INV_SQRT2 * (z * num / den));
        }
        return x < 0.0 ? lower : 1.0 - lower;  // NaN x takes the second branch: 1 − NaN = NaN
    }

    /**
     * exp(−x²/2) for |x| = ax ≥ 0, good to a few ulp even where x²/2 is in the hundreds: the exponent is split
     * as xs²/2 + d·(xs + d/2) with xs = trunc(16·ax)/16 and d = ax − xs, the first part exact.
     */
    private static double expMinusHalfSquare(double ax) {
        if (ax >= EXP_UNDERFLOW_X) {
            return 0.0;  // the true value is below Double.MIN_VALUE / 2; also keeps ∞ out of the split
        }
        double xs = (int) (16.0 * ax) * 0.0625;  // <= 39·16 = 624 sixteenths: xs² is exact
        double d = ax - xs;                      // exact: d is the low bits of ax, 0 <= d < 1/16
        double del = d * (xs + 0.5 * d);         // x²/2 − xs²/2, below 2.5
        assert !(d < 0.0 || d >= 0.0625) : ax;   // (NaN passes: it propagates to the result)
        return Math.exp(-0.5 * xs * xs) * Math.exp(-del);
    }
}
