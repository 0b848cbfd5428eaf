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
 * d1(S) and u are the kernel's own (one logarithm per strike and one division per contract, per block); each
 * grid point then costs one multiply-add, one exponential ({@link Exponential#exp}) and two multiplications per
 * contract: no logarithm, no normal CDF, and only gamma. The blocks are the outer loop and the grid points the
 * inner one, so a block's d1(S), u and s·OI stay in the first-level cache while every point is evaluated.
 *
 * <h2>Accuracy and equality with the kernel</h2>
 * At X = S (ln(X/S) = 0 exactly) every operation — d1 and its clamp, the exponential, {@code (s·OI·e)·u}, the
 * plain block sums, the Neumaier folds across blocks and rows and the row factor — is the kernel's own in the
 * kernel's order, so the value is bit for bit the chain's net GEX of {@link ExposureKernel#compute}. Elsewhere the
 * accuracy contract is the kernel's. A point whose fast sums meet NaN or ±∞ (inputs at the edges of the double
 * range) is recomputed by the kernel's slow path; a value that really lies beyond the double range is an
 * {@link IllegalArgumentException}.
 */
public final class ProfileKernel {

    private static final int BLOCK = ExposureKernel.BLOCK;
    private static final double D1_LIMIT = ExposureKernel.D1_LIMIT;
    private static final double INV_SQRT_2PI = NormalDistribution.INV_SQRT_2PI;

    private ProfileKernel() {
    }

    /**
     * Computes the chain's net GEX at each hypothetical underlying price.
     *
     * @param c the chain layout; {@link ChainColumns#hasData()} must hold
     * @param unit the unit of GEX
     * @param spots the underlying prices X, finite and positive
     * @param out receives GEX(spots[p]) at index p; at least as long as {@code spots}
     * @throws IllegalArgumentException if a value lies beyond the double range
     */
    public static void netGex(ChainColumns c, GexUnit unit, double[] spots, double[] out) {
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
        int size = Math.max(1, Math.min(BLOCK, c.rowStart[c.rows] - c.rowStart[0]));
        double[] d1s = new double[size]; // d1 at S, not clamped
        double[] us = new double[size]; // 1/(σ√τ)
        double[] sws = new double[size]; // s·OI
        double[] strike = c.strike;
        double[] vol = c.volatility;
        double[] oi = c.openInterest;
        double[] sign = c.sign;
        double m = c.multiplier;
        for (int r = 0; r < c.rows; r++) {
            double tau = c.rowTau[r];
            double sqrtTau = Math.sqrt(tau);
            double halfTau = 0.5 * tau;
            double rqTau = (c.rate - c.yield) * tau;
            java.util.Arrays.fill(rowS, 0.0);
            java.util.Arrays.fill(rowC, 0.0);
            int end = c.rowStart[r + 1];
            for (int blockStart = c.rowStart[r]; blockStart < end; blockStart += BLOCK) {
                int n = Math.min(end - blockStart, BLOCK);
                // d1(S) and u exactly as the kernel's passes 1 and 2 compute them (one logarithm per strike)
                double lastStrike = Double.NaN;
                double lastLog = 0;
                for (int j = 0; j < n; j++) {
                    double k = strike[blockStart + j];
                    if (k != lastStrike) {
                        lastLog = Logarithm.log(spot / k);
                        lastStrike = k;
                    }
                    d1s[j] = lastLog;
                }
                for (int j = 0; j < n; j++) {
                    int i = blockStart + j;
                    double sigma = vol[i];
                    double u = 1.0 / (sigma * sqrtTau);
                    d1s[j] = (d1s[j] + rqTau + sigma * sigma * halfTau) * u;
                    us[j] = u;
                    sws[j] = sign[i] * oi[i];
                }
                for (int p = 0; p < points; p++) {
                    double l = lnRatio[p];
                    double g = 0;
                    for (int j = 0; j < n; j++) {
                        double u = us[j];
                        double d1 = Math.max(-D1_LIMIT, Math.min(D1_LIMIT, d1s[j] + l * u));
                        g += sws[j] * Exponential.exp(-0.5 * d1 * d1) * u; // (s·OI·e)·u, as the kernel
                    }
                    bad[p] |= !Double.isFinite(g);
                    double s = rowS[p];
                    double t = s + g;
                    rowC[p] += Math.abs(s) >= Math.abs(g) ? (s - t) + g : (g - t) + s;
                    rowS[p] = t;
                }
            }
            double discount = Math.exp(-c.yield * tau);
            for (int p = 0; p < points; p++) {
                // the kernel's row factor at X: e^{−qτ}·(M·X)·(0.01/√(2π)), or e^{−qτ}·M/√(2π) per point
                double factor = unit == GexUnit.PER_POINT ? discount * m * INV_SQRT_2PI
                        : discount * (m * spots[p]) * (0.01 * INV_SQRT_2PI);
                double x = factor * (rowS[p] + rowC[p]);
                double s = totalS[p];
                double t = s + x;
                totalC[p] += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
                totalS[p] = t;
            }
        }
        for (int p = 0; p < points; p++) {
            double value = totalS[p] + totalC[p];
            out[p] = bad[p] || !Double.isFinite(value) ? slowPoint(c, unit, spots[p]) : value;
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
    private static double slowPoint(ChainColumns c, GexUnit unit, double spot) {
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
