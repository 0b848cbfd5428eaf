package dev.exposure.internal;

import dev.exposure.GexUnit;

/**
 * The gamma-profile kernel: a chain's net GEX repriced at hypothetical underlying prices X, sticky strike (each
 * contract's σ, τ, r and q held fixed).
 *
 * <h2>Formulas</h2>
 * With the notation of {@link ExposureKernel}, u = 1/(σ√τ) and s = ±1:
 * <pre>
 *   d1(X) = (ln(X/K) + (r − q + σ²/2)·τ)·u = d1(S) + ln(X/S)·u
 *   GEX(X) = Σ_rows F_row(X) · Σ_contracts s·OI·e^{−d1(X)²/2}·u
 *   F_row(X) = e^{−qτ}·M·X·0.01/√(2π)   (per 1% of X)      e^{−qτ}·M/√(2π)   (per point)
 * </pre>
 * d1(S), u and w = s·OI·u are the kernel's own (one logarithm per strike and one division per contract, per block);
 * each grid point then costs one multiply-add, one exponential ({@link Exponential#expFlushed}, branch-free) and
 * two multiplications per contract: no logarithm, no normal CDF, and only gamma. The blocks are the outer loop and
 * the grid points the inner one, two points per sweep, so a block's d1(S), u and w stay in the first-level cache
 * while every point is evaluated, and no allocation depends on the number of contracts.
 *
 * <h2>Accuracy and equality with the kernel</h2>
 * At X = S (ln(X/S) = 0 exactly) every operation — d1, the exponential (which gives 0 wherever the kernel's clamp
 * of d1 would), {@code e·(s·OI·u)}, the plain block sums, the Neumaier folds across blocks and rows and the row
 * factor — is the kernel's own in the kernel's order, so the value is bit for bit the chain's net GEX of
 * {@link ExposureKernel#compute}. Elsewhere the accuracy contract is the kernel's. A point whose fast sums meet NaN
 * or ±∞ (inputs at the edges of the double range) is recomputed by the kernel's slow path; a value that really lies
 * beyond the double range is an {@link IllegalArgumentException}.
 */
public final class ProfileKernel {

    private static final int BLOCK = ExposureKernel.BLOCK;
    private static final double INV_SQRT_2PI = NormalDistribution.INV_SQRT_2PI;

    private ProfileKernel() {
    }

    /**
     * Computes the chain's net GEX at each hypothetical underlying price: with the vector kernel when it is in use
     * (see {@link ExposureKernel#implementation()}), else with the scalar one.
     *
     * @param c the chain layout; {@link ChainColumns#hasData()} must hold
     * @param unit the unit of GEX
     * @param spots the underlying prices X, finite and positive
     * @param out receives GEX(spots[p]) at index p; at least as long as {@code spots}
     * @throws IllegalArgumentException if a value lies beyond the double range
     */
    public static void netGex(ChainColumns c, GexUnit unit, double[] spots, double[] out) {
        VectorKernel vector = VectorKernel.INSTANCE;
        if (vector != null) {
            vector.netGex(c, unit, spots, out);
        } else {
            netGexScalar(c, unit, spots, out);
        }
    }

    /**
     * Computes the chain's net GEX at each hypothetical underlying price with the scalar kernel, whichever kernel
     * {@link #netGex(ChainColumns, GexUnit, double[], double[])} uses.
     *
     * @param c the chain layout; {@link ChainColumns#hasData()} must hold
     * @param unit the unit of GEX
     * @param spots the underlying prices X, finite and positive
     * @param out receives GEX(spots[p]) at index p; at least as long as {@code spots}
     * @throws IllegalArgumentException if a value lies beyond the double range
     */
    public static void netGexScalar(ChainColumns c, GexUnit unit, double[] spots, double[] out) {
        assert c.hasData();
        int points = spots.length;
        double spot = c.spot;
        double[] lnRatio = new double[points];
        for (int p = 0; p < points; p++) {
            lnRatio[p] = spots[p] == spot ? 0.0 : Logarithm.log(spots[p] / spot);
        }
        double[] totalS = new double[points];
        double[] totalC = new double[points];
        double[] rowS = new double[points];
        double[] rowC = new double[points];
        boolean[] bad = new boolean[points];
        Block b = new Block(c);
        double m = c.multiplier;
        for (int r = 0; r < c.rows; r++) {
            java.util.Arrays.fill(rowS, 0.0);
            java.util.Arrays.fill(rowC, 0.0);
            int end = c.rowStart[r + 1];
            for (int blockStart = c.rowStart[r]; blockStart < end; blockStart += BLOCK) {
                int n = Math.min(end - blockStart, BLOCK);
                b.prepare(r, blockStart, n);
                double[] d1s = b.d1;
                double[] us = b.u;
                double[] ws = b.w;
                // two grid points per sweep: each contract's three values are loaded once for both, and the two
                // sums are independent chains of additions
                int p = 0;
                for (; p + 1 < points; p += 2) {
                    double l0 = lnRatio[p];
                    double l1 = lnRatio[p + 1];
                    double g0 = 0;
                    double g1 = 0;
                    for (int j = 0; j < n; j++) {
                        double d1 = d1s[j];
                        double u = us[j];
                        double w = ws[j];
                        // no clamp of d1 is needed here: expFlushed takes −∞ and every large argument to 0
                        double x0 = d1 + l0 * u;
                        double x1 = d1 + l1 * u;
                        g0 += Exponential.expFlushed(-0.5 * x0 * x0) * w; // e·(s·OI/(σ√τ)), as the kernel
                        g1 += Exponential.expFlushed(-0.5 * x1 * x1) * w;
                    }
                    fold(rowS, rowC, bad, p, g0);
                    fold(rowS, rowC, bad, p + 1, g1);
                }
                if (p < points) {
                    double l0 = lnRatio[p];
                    double g0 = 0;
                    for (int j = 0; j < n; j++) {
                        double x0 = d1s[j] + l0 * us[j];
                        g0 += Exponential.expFlushed(-0.5 * x0 * x0) * ws[j];
                    }
                    fold(rowS, rowC, bad, p, g0);
                }
            }
            double discount = Math.exp(-c.yield * c.rowTau[r]);
            for (int p = 0; p < points; p++) {
                // the kernel's row factor at X: e^{−qτ}·(M·X)·(0.01/√(2π)), or e^{−qτ}·M/√(2π) per point
                double factor = unit == GexUnit.PER_POINT ? discount * m * INV_SQRT_2PI
                        : discount * (m * spots[p]) * (0.01 * INV_SQRT_2PI);
                fold(totalS, totalC, bad, p, factor * (rowS[p] + rowC[p]));
            }
        }
        for (int p = 0; p < points; p++) {
            double value = totalS[p] + totalC[p];
            out[p] = bad[p] || !Double.isFinite(value) ? slowPoint(c, unit, spots[p]) : value;
        }
    }

    /** Neumaier: folds {@code x} into the compensated sum {@code (sum[p], correction[p])}. */
    static void fold(double[] sum, double[] correction, boolean[] bad, int p, double x) {
        bad[p] |= !Double.isFinite(x);
        double s = sum[p];
        double t = s + x;
        correction[p] += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
        sum[p] = t;
    }

    /**
     * Computes the chain's net GEX at one hypothetical underlying price and its derivative with respect to that
     * price (with the vector kernel when it is in use), for Newton steps:
     * {@code dGEX/dX = Σ_rows F'(X)·G + F(X)·G'}, with {@code G' = −(1/X)·Σ s·OI/(σ√τ)·e·d1(X)·u}.
     *
     * @param c the chain layout; {@link ChainColumns#hasData()} must hold
     * @param unit the unit of GEX
     * @param spot the underlying price X, finite and positive
     * @param out receives GEX(X) at index 0 (exactly as {@link #netGex(ChainColumns, GexUnit, double)}) and the
     *     derivative, in GEX units per USD, at index 1
     * @throws IllegalArgumentException if the value lies beyond the double range
     */
    public static void netGexAndSlope(ChainColumns c, GexUnit unit, double spot, double[] out) {
        VectorKernel vector = VectorKernel.INSTANCE;
        if (vector != null) {
            vector.netGexAndSlope(c, unit, spot, out);
        } else {
            netGexAndSlopeScalar(c, unit, spot, out);
        }
    }

    /**
     * Computes the chain's net GEX at one price and its slope with the scalar kernel, whichever kernel
     * {@link #netGexAndSlope} uses.
     *
     * @param c the chain layout; {@link ChainColumns#hasData()} must hold
     * @param unit the unit of GEX
     * @param spot the underlying price X, finite and positive
     * @param out receives GEX(X) at index 0 (exactly as {@link #netGexScalar}) and the derivative at index 1
     * @throws IllegalArgumentException if the value lies beyond the double range
     */
    public static void netGexAndSlopeScalar(ChainColumns c, GexUnit unit, double spot, double[] out) {
        assert c.hasData();
        double l = spot == c.spot ? 0.0 : Logarithm.log(spot / c.spot);
        double totalS = 0;
        double totalC = 0;
        double slope = 0;
        boolean bad = false;
        Block b = new Block(c);
        double m = c.multiplier;
        for (int r = 0; r < c.rows; r++) {
            double rowS = 0;
            double rowC = 0;
            double rowSlope = 0;
            int end = c.rowStart[r + 1];
            for (int blockStart = c.rowStart[r]; blockStart < end; blockStart += BLOCK) {
                int n = Math.min(end - blockStart, BLOCK);
                b.prepare(r, blockStart, n);
                double g = 0;
                double gd = 0;
                for (int j = 0; j < n; j++) {
                    double u = b.u[j];
                    double x = b.d1[j] + l * u;
                    double term = Exponential.expFlushed(-0.5 * x * x) * b.w[j];
                    g += term;
                    gd += term * x * u;
                }
                bad |= !Double.isFinite(g);
                double t = rowS + g;
                rowC += Math.abs(rowS) >= Math.abs(g) ? (rowS - t) + g : (g - t) + rowS;
                rowS = t;
                rowSlope += gd;
            }
            double discount = Math.exp(-c.yield * c.rowTau[r]);
            double factor = unit == GexUnit.PER_POINT ? discount * m * INV_SQRT_2PI
                    : discount * (m * spot) * (0.01 * INV_SQRT_2PI);
            double x = factor * (rowS + rowC);
            bad |= !Double.isFinite(x);
            double t = totalS + x;
            totalC += Math.abs(totalS) >= Math.abs(x) ? (totalS - t) + x : (x - t) + totalS;
            totalS = t;
            // per 1% the factor grows like X: F' = F/X; per point it is constant
            slope += (unit == GexUnit.PER_POINT ? 0 : x / spot) - factor * rowSlope / spot;
        }
        double value = totalS + totalC;
        if (bad || !Double.isFinite(value)) {
            out[0] = slowPoint(c, unit, spot);
            out[1] = Double.NaN; // no slope: the caller bisects
        } else {
            out[0] = value;
            out[1] = slope;
        }
    }

    /**
     * One block's per-contract values at the chain's own price, exactly as the kernel computes them: d1(S) (not
     * clamped), u = 1/(σ√τ) and w = s·OI·u.
     */
    private static final class Block {
        private final ChainColumns c;
        final double[] d1;
        final double[] u;
        final double[] w;
        private int row = -1;
        private double sqrtTau;
        private double halfTau;
        private double rqTau;

        Block(ChainColumns c) {
            this.c = c;
            int size = Math.max(1, Math.min(BLOCK, c.rowStart[c.rows] - c.rowStart[0]));
            d1 = new double[size];
            u = new double[size];
            w = new double[size];
        }

        void prepare(int r, int blockStart, int n) {
            if (r != row) {
                double tau = c.rowTau[r];
                sqrtTau = Math.sqrt(tau);
                halfTau = 0.5 * tau;
                rqTau = (c.rate - c.yield) * tau;
                row = r;
            }
            double spot = c.spot;
            double[] strike = c.strike;
            double[] vol = c.volatility;
            double[] oi = c.openInterest;
            double[] sign = c.sign;
            // d1(S) and u as the kernel's passes 1 and 2 compute them (one logarithm per strike)
            double lastStrike = Double.NaN;
            double lastLog = 0;
            for (int j = 0; j < n; j++) {
                double k = strike[blockStart + j];
                if (k != lastStrike) {
                    lastLog = Logarithm.log(spot / k);
                    lastStrike = k;
                }
                d1[j] = lastLog;
            }
            for (int j = 0; j < n; j++) {
                int i = blockStart + j;
                double sigma = vol[i];
                double uj = 1.0 / (sigma * sqrtTau);
                d1[j] = (d1[j] + rqTau + sigma * sigma * halfTau) * uj;
                u[j] = uj;
                w[j] = (sign[i] * oi[i]) * uj;
            }
        }
    }

    /**
     * Computes the chain's net GEX at one hypothetical underlying price.
     *
     * @param c the chain layout; {@link ChainColumns#hasData()} must hold
     * @param unit the unit of GEX
     * @param spot the underlying price X, finite and positive
     * @return GEX(X)
     * @throws IllegalArgumentException if the value lies beyond the double range
     */
    public static double netGex(ChainColumns c, GexUnit unit, double spot) {
        double[] out = new double[1];
        netGex(c, unit, new double[] {spot}, out);
        return out[0];
    }

    /** The slow path of one point: every limit exact, every product scaled (see {@link ScaledSum}). */
    static double slowPoint(ChainColumns c, GexUnit unit, double spot) {
        ScaledSum total = new ScaledSum();
        ScaledSum row = new ScaledSum();
        double m = c.multiplier;
        for (int r = 0; r < c.rows; r++) {
            ExposureKernel.SlowGreeks x = new ExposureKernel.SlowGreeks(c, r, spot);
            row.clear();
            for (int i = c.rowStart[r]; i < c.rowStart[r + 1]; i++) {
                x.contract(i);
                row.addProduct(c.sign[i] * c.openInterest[i], x.e, x.u, 1, 1);
            }
            double halfDiscount = Math.exp(-0.5 * c.yield * x.tau);
            total.add(unit == GexUnit.PER_POINT ? row.value(halfDiscount * halfDiscount, m, INV_SQRT_2PI, 1)
                    : row.value(halfDiscount, halfDiscount * m, spot, 0.01 * INV_SQRT_2PI));
        }
        double value = total.value(1);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("chain " + c.symbol + ": the net GEX at underlying price " + spot
                    + " lies beyond the double range; its inputs are too large");
        }
        return value;
    }
}
