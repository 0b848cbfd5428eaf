package dev.exposure.internal;

import dev.exposure.Exposure;

/**
 * The per-contract exposure kernel: one sweep over a chain's live valid contracts, row (expiration) by row.
 *
 * <h2>Formulas</h2>
 * Black–Scholes–Merton with spot S, strike K, volatility σ, rate r, dividend yield q, time τ in years:
 * <pre>
 *   d1 = (ln(S/K) + (r − q + σ²/2)·τ) / (σ√τ),   d2 = d1 − σ√τ,   φ(x) = e^{−x²/2}/√(2π)
 *   gamma = e^{−qτ}·φ(d1) / (S·σ√τ)
 *   delta = s·e^{−qτ}·N(s·d1)                          s = +1 call, −1 put
 *   vanna = −e^{−qτ}·φ(d1)·d2 / σ                      per 1.00 of σ
 *   charm = −[s·q·e^{−qτ}·N(s·d1) − e^{−qτ}·φ(d1)·(2(r−q)τ − d2·σ√τ)/(2τ·σ√τ)] / 365   per calendar day
 *
 *   GEX = s·gamma·OI·M·S²·0.01   DEX = delta·OI·M·S   VEX = s·vanna·OI·M·S   CHEX = s·charm·OI·M·S
 * </pre>
 * Everything that depends only on the row (τ, √τ, e^{−qτ}, (r−q)τ) or on the chain (S, M, q) is factored out of
 * the sums, so per contract the kernel sums only
 * <pre>
 *   G = Σ s·OI·e·u                       with e = e^{−d1²/2}, u = 1/(σ√τ)
 *   D = Σ s·OI·N(s·d1)
 *   V = Σ s·OI·e·u·d2
 *   C = Σ [q·OI·N(s·d1) − s·OI·e·u·(2(r−q)τ − d2·σ√τ)/(2τ√(2π))]
 * </pre>
 * and each row's totals are {@code GEX = e^{−qτ}·M·S·0.01/√(2π)·G}, {@code DEX = e^{−qτ}·M·S·D},
 * {@code VEX = −e^{−qτ}·M·S·√τ/√(2π)·V} and {@code CHEX = −e^{−qτ}·M·S/365·C}. Per contract that is one
 * logarithm, one exponential (shared by φ and the normal CDF) and no allocation.
 *
 * <h2>Accuracy</h2>
 * N is Cody's rational approximation ({@link NormalDistribution}), about 1e-15 relative. e^{−d1²/2} comes from
 * {@link Exponential#exp}, within 2 ulp of {@code StrictMath.exp} (the rounding of d1² alone costs up to d1²/2
 * ulp, far more), and ln(S/K) from {@link Logarithm#log}, within 1 ulp of {@code StrictMath.log}: an error
 * δ in ln(S/K) moves φ(d1) by a relative d1·δ/(σ√τ) ≈ d1²·δ/|ln(S/K)|, which for one ulp is d1²·1.1e-16,
 * 7e-15 at |d1| = 8. d1 is clamped to [−40, 40]: beyond that φ(d1) is exactly 0 and N(d1) exactly 0 or 1 in double
 * precision, so the clamp changes no result and keeps a zero φ from meeting an infinite d2 (0·∞). Sums are plain
 * within blocks of {@value #BLOCK} contracts (error ≤ 256·ε relative to Σ|terms|) and compensated (Neumaier)
 * across blocks and rows, so every total is within ~3e-14·Σ|terms| whatever the order of the contracts.
 *
 * <h2>Speed</h2>
 * Each block of up to {@value #BLOCK} contracts of a row is processed in five passes over small scratch arrays
 * (allocated once per call, so allocation grows with the number of calls only):
 * <ol>
 *   <li>ln(S/K) by {@link Logarithm#log} (inline, no call), computed once per run of equal strikes: a chain
 *       lists a call and a put per strike, and {@link ChainColumns} orders each row by strike, so they sit side
 *       by side whatever the order they were added in (the reused value is the one the logarithm would return
 *       again);</li>
 *   <li>1/(σ√τ) and d1: no branch (the clamp is a min and a max), vectorized;</li>
 *   <li>e^{−d1²/2} ({@link Exponential#exp}: inline, no call);</li>
 *   <li>Cody's interval-(2) rational {@link NormalDistribution#midRational} at |d1|/√2 for every contract: no
 *       branch, so the compiler turns the loop into vector instructions;</li>
 *   <li>N(s·d1) by {@link NormalDistribution#cdf(double, double, double)}, bit for bit
 *       {@code cdf(s·d1, e)}, and the four sums.</li>
 * </ol>
 * In a single loop body each contract is one long dependency chain (log → d1 → exp → N → sums), and the
 * processor overlaps little of one contract with the next; split, every pass is a short loop of independent
 * iterations. Per contract: at most one logarithm, one exponential, three divisions (more only in Cody's far
 * tail, |d1| &gt; 5.66), no allocation, no boxing, no validation.
 *
 * <h2>References</h2>
 * Haug, <i>The Complete Guide to Option Pricing Formulas</i>, 2nd ed., §2.1 (generalised BSM greeks);
 * Cody, <i>Rational Chebyshev approximation for the error function</i>, Math. Comp. 23 (1969);
 * Tang, <i>Table-driven implementation of the exponential function</i>, ACM TOMS 15 (1989), and <i>of the
 * logarithm function</i>, ACM TOMS 16 (1990).
 */
public final class ExposureKernel {

    /** Contracts summed plainly before a compensated addition. */
    static final int BLOCK = 256;

    /** |d1| beyond which φ(d1) underflows to 0 and N(d1) rounds to 0 or 1. */
    private static final double D1_LIMIT = 40.0;

    private static final double INV_SQRT_2PI = NormalDistribution.INV_SQRT_2PI;

    private ExposureKernel() {
    }

    /**
     * Computes the exposure of every row (expiration) of a chain with data.
     *
     * @param c the chain layout; {@link ChainColumns#hasData()} must hold
     * @return per-row exposures
     * @throws IllegalArgumentException if a row's exposure is not finite (inputs beyond the double range)
     */
    public static RowExposures compute(ChainColumns c) {
        assert c.hasData();
        int rows = c.rows;
        double[] gex = new double[rows];
        double[] dex = new double[rows];
        double[] vex = new double[rows];
        double[] chex = new double[rows];
        double spot = c.spot;
        double q = c.yield;
        double rq = c.rate - c.yield;
        double notional = c.multiplier * spot; // M·S: USD per unit of delta
        double[] strike = c.strike;
        double[] vol = c.volatility;
        double[] oi = c.openInterest;
        double[] sign = c.sign;
        // per-block scratch, reused by every block and row (see "Speed" above)
        int scratch = Math.min(BLOCK, c.rowStart[rows]);
        double[] d1s = new double[scratch]; // ln(S/K), then d1
        double[] us = new double[scratch]; // 1/(σ√τ)
        double[] es = new double[scratch]; // e^{−d1²/2}
        double[] rs = new double[scratch]; // Cody's interval-(2) rational at |d1|/√2
        for (int r = 0; r < rows; r++) {
            double tau = c.rowTau[r];
            double sqrtTau = Math.sqrt(tau);
            double halfTau = 0.5 * tau;
            double rqTau = rq * tau;
            double twoRqTau = 2.0 * rqTau;
            double charmScale = INV_SQRT_2PI / (2.0 * tau); // 1/(2τ√(2π)) of the charm bracket
            // compensated row accumulators: value and Neumaier correction per greek
            double gS = 0, gC = 0, dS = 0, dC = 0, vS = 0, vC = 0, cS = 0, cC = 0;
            int end = c.rowStart[r + 1];
            for (int blockStart = c.rowStart[r]; blockStart < end; blockStart += BLOCK) {
                int n = Math.min(end - blockStart, BLOCK);
                // pass 1: ln(S/K), once per run of equal strikes (rows are ordered by strike: a call and its put
                // are adjacent); the value reused is the very value the logarithm would return again
                double lastStrike = Double.NaN; // equal to no strike: the first contract always computes
                double lastLog = 0;
                for (int j = 0; j < n; j++) {
                    double k = strike[blockStart + j];
                    if (k != lastStrike) {
                        lastLog = Logarithm.log(spot / k);
                        lastStrike = k;
                    }
                    d1s[j] = lastLog;
                }
                // pass 2: d1
                for (int j = 0; j < n; j++) {
                    double sigma = vol[blockStart + j];
                    double u = 1.0 / (sigma * sqrtTau);
                    double d1 = (d1s[j] + rqTau + sigma * sigma * halfTau) * u;
                    d1 = Math.max(-D1_LIMIT, Math.min(D1_LIMIT, d1)); // exact: see "Accuracy" above
                    d1s[j] = d1;
                    us[j] = u;
                }
                // pass 3: the density's exponential
                for (int j = 0; j < n; j++) {
                    double d1 = d1s[j];
                    es[j] = Exponential.exp(-0.5 * d1 * d1); // √(2π)·φ(d1), shared with N below
                }
                // pass 4: branch-free, so compiled to vector instructions
                for (int j = 0; j < n; j++) {
                    rs[j] = NormalDistribution.midRational(Math.abs(d1s[j]) * NormalDistribution.INV_SQRT2);
                }
                // pass 5: N(s·d1), bit for bit NormalDistribution.cdf(s·d1, e) (|s·d1| = |d1|), and the sums
                double g = 0, d = 0, v = 0, ch = 0;
                for (int j = 0; j < n; j++) {
                    int i = blockStart + j;
                    double w = oi[i];
                    double s = sign[i];
                    double sigmaSqrtTau = vol[i] * sqrtTau;
                    double d1 = d1s[j];
                    double d2 = d1 - sigmaSqrtTau;
                    double e = es[j];
                    double nd = NormalDistribution.cdf(s * d1, e, rs[j]); // N(s·d1); e is even in d1
                    double sw = s * w;
                    double swEu = sw * e * us[j]; // s·OI·√(2π)·φ(d1)/(σ√τ)
                    g += swEu;
                    d += sw * nd;
                    v += swEu * d2;
                    ch += q * w * nd - charmScale * swEu * (twoRqTau - d2 * sigmaSqrtTau);
                }
                // Neumaier: fold each block's plain sum into the row sum without losing its low bits
                double t = gS + g;
                gC += Math.abs(gS) >= Math.abs(g) ? (gS - t) + g : (g - t) + gS;
                gS = t;
                t = dS + d;
                dC += Math.abs(dS) >= Math.abs(d) ? (dS - t) + d : (d - t) + dS;
                dS = t;
                t = vS + v;
                vC += Math.abs(vS) >= Math.abs(v) ? (vS - t) + v : (v - t) + vS;
                vS = t;
                t = cS + ch;
                cC += Math.abs(cS) >= Math.abs(ch) ? (cS - t) + ch : (ch - t) + cS;
                cS = t;
            }
            double discountedNotional = Math.exp(-q * tau) * notional; // e^{−qτ}·M·S
            gex[r] = discountedNotional * (0.01 * INV_SQRT_2PI) * (gS + gC);
            dex[r] = discountedNotional * (dS + dC);
            vex[r] = -discountedNotional * sqrtTau * INV_SQRT_2PI * (vS + vC);
            chex[r] = -discountedNotional / 365.0 * (cS + cC);
            if (!(Double.isFinite(gex[r]) && Double.isFinite(dex[r]) && Double.isFinite(vex[r])
                    && Double.isFinite(chex[r]))) {
                throw new IllegalArgumentException("chain " + c.symbol + ": the exposure of expiration "
                        + c.rowExpiration[r] + " is not finite; its inputs (underlying price, strikes, volatilities,"
                        + " open interest, rates) exceed the double range");
            }
        }
        return new RowExposures(c, gex, dex, vex, chex);
    }

    /**
     * The exposures of a chain's rows, in ascending expiration order, and their total.
     */
    public static final class RowExposures {
        /** The chain layout the rows belong to. */
        public final ChainColumns columns;
        /** Per row: net GEX, USD per 1% move. */
        public final double[] gex;
        /** Per row: net DEX, USD. */
        public final double[] dex;
        /** Per row: net VEX, USD per 1.00 of σ. */
        public final double[] vex;
        /** Per row: net CHEX, USD per calendar day. */
        public final double[] chex;

        RowExposures(ChainColumns columns, double[] gex, double[] dex, double[] vex, double[] chex) {
            this.columns = columns;
            this.gex = gex;
            this.dex = dex;
            this.vex = vex;
            this.chex = chex;
        }

        /**
         * Returns the exposure of one row.
         *
         * @param r the row
         * @return its four exposures
         */
        public Exposure row(int r) {
            return new Exposure(gex[r], dex[r], vex[r], chex[r]);
        }

        /**
         * Returns the compensated sum of rows {@code [from, to)}.
         *
         * @param from first row, inclusive
         * @param to last row, exclusive
         * @return the summed exposure
         */
        public Exposure sum(int from, int to) {
            CompensatedSum g = new CompensatedSum();
            CompensatedSum d = new CompensatedSum();
            CompensatedSum v = new CompensatedSum();
            CompensatedSum ch = new CompensatedSum();
            for (int r = from; r < to; r++) {
                g.add(gex[r]);
                d.add(dex[r]);
                v.add(vex[r]);
                ch.add(chex[r]);
            }
            return finite(new double[] {g.value(), d.value(), v.value(), ch.value()});
        }

        /**
         * Returns the chain total: the compensated sum of all rows.
         *
         * @return the chain's net exposure
         */
        public Exposure total() {
            return sum(0, gex.length);
        }

        private Exposure finite(double[] x) {
            for (double value : x) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("chain " + columns.symbol
                            + ": the total exposure is not finite; its inputs exceed the double range");
                }
            }
            return new Exposure(x[0], x[1], x[2], x[3]);
        }
    }
}
