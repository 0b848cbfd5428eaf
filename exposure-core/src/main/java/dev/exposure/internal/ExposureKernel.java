package dev.exposure.internal;

import dev.exposure.Exposure;
import dev.exposure.GexUnit;

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
 * {@link Exponential#expFlushed}, within 2 ulp of {@code StrictMath.exp} (the rounding of d1² alone costs up to d1²/2
 * ulp, far more) and 0 where the density would be subnormal (|d1| &gt; 37.6), and ln(S/K) from {@link Logarithm#log},
 * within 1 ulp of {@code StrictMath.log}: an error δ in ln(S/K) moves φ(d1) by a relative d1·δ/(σ√τ) ≈
 * d1²·δ/|ln(S/K)|, which for one ulp is d1²·1.1e-16, 7e-15 at |d1| = 8. d1 is clamped to [−40, 40]: beyond that
 * φ(d1) is exactly 0 and N(d1) exactly 0 or 1 in double precision, so the clamp changes no result and keeps a zero φ
 * from meeting an infinite d2 (0·∞). Sums are plain within blocks of {@value #BLOCK} contracts (error ≤ 256·ε
 * relative to Σ|terms|) and compensated (Neumaier) across blocks and rows, so every total is within
 * ~3e-14·Σ|terms| whatever the order of the contracts.
 *
 * <h2>The edges of the double range</h2>
 * The charm bracket is scaled before it meets the density term ({@code swEu·((2(r−q)τ − d2σ√τ)·charmScale)}): the
 * scaled bracket is moderate where 1/(2τ√(2π)) or s·OI·φ/(σ√τ) alone is huge. A block whose plain sums meet NaN or
 * ±∞ (σ√τ underflowing to 0, σ² overflowing, open interest near the double range) is detected by one test per
 * block, not per contract, and its row is recomputed by a slow path that takes every limit exactly (0/0 in d1 is
 * its limit; a zero density beats any growth of the factors it multiplies) and forms every product with
 * {@link ScaledSum}, which never overflows on the way. An {@link IllegalArgumentException} therefore means that a
 * result really lies beyond the double range.
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
 *   <li>e^{−d1²/2} ({@link Exponential#expFlushed}: inline, no call, no branch);</li>
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
    static final double D1_LIMIT = 40.0;

    private static final double INV_SQRT_2PI = NormalDistribution.INV_SQRT_2PI;

    private ExposureKernel() {
    }

    /**
     * Computes the exposure of every row (expiration) of a chain with data, GEX per 1% move.
     *
     * @param c the chain layout; {@link ChainColumns#hasData()} must hold
     * @return per-row exposures
     * @throws IllegalArgumentException if a row's exposure lies beyond the double range
     */
    public static RowExposures compute(ChainColumns c) {
        return compute(c, GexUnit.PER_ONE_PERCENT);
    }

    /**
     * Tells which implementation {@link #compute} and the gamma profile use: the vector kernels when the JVM runs
     * with {@code --add-modules jdk.incubator.vector} on a platform with vectors of at least four doubles, else the
     * scalar ones (see {@link VectorKernel}). Decided once per JVM.
     *
     * @return {@code "vector: …"} or {@code "scalar: …"}, with the reason
     */
    public static String implementation() {
        return VectorKernel.status();
    }

    /**
     * Computes the exposure of every row (expiration) of a chain with data: with the vector kernel when it is in
     * use (see {@link #implementation()}), else with the scalar one.
     *
     * @param c the chain layout; {@link ChainColumns#hasData()} must hold
     * @param unit the unit of GEX
     * @return per-row exposures
     * @throws IllegalArgumentException if a row's exposure lies beyond the double range
     */
    public static RowExposures compute(ChainColumns c, GexUnit unit) {
        VectorKernel vector = VectorKernel.INSTANCE;
        return vector != null ? vector.compute(c, unit) : computeScalar(c, unit);
    }

    /**
     * Computes the exposure of every row with the scalar kernel, whichever kernel {@link #compute} uses.
     *
     * @param c the chain layout; {@link ChainColumns#hasData()} must hold
     * @param unit the unit of GEX
     * @return per-row exposures
     * @throws IllegalArgumentException if a row's exposure lies beyond the double range
     */
    public static RowExposures computeScalar(ChainColumns c, GexUnit unit) {
        assert c.hasData();
        int rows = c.rows;
        double[] gex = new double[rows];
        double[] dex = new double[rows];
        double[] vex = new double[rows];
        double[] chex = new double[rows];
        double q = c.yield;
        double[] vol = c.volatility;
        double[] oi = c.openInterest;
        double[] sign = c.sign;
        Scratch sc = new Scratch(c);
        double[] d1s = sc.d1;
        double[] us = sc.u;
        double[] es = sc.e;
        double[] rs = sc.rational;
        for (int r = 0; r < rows; r++) {
            RowConstants k = new RowConstants(c, r, unit);
            double sqrtTau = k.sqrtTau;
            double twoRqTau = k.twoRqTau;
            double charmScale = k.charmScale;
            // compensated row accumulators: value and Neumaier correction per greek
            double gS = 0, gC = 0, dS = 0, dC = 0, vS = 0, vC = 0, cS = 0, cC = 0;
            boolean overflow = false;
            int end = c.rowStart[r + 1];
            for (int blockStart = c.rowStart[r]; blockStart < end; blockStart += BLOCK) {
                int n = Math.min(end - blockStart, BLOCK);
                prepare(c, k, blockStart, n, sc);
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
                    double swEu = e * (sw * us[j]); // s·OI·√(2π)·φ(d1)/(σ√τ); the profile reuses s·OI/(σ√τ)
                    g += swEu;
                    d += sw * nd;
                    v += swEu * d2;
                    // the bracket is scaled before it meets swEu: (2(r−q)τ − d2σ√τ)/(2τ√(2π)) is moderate where
                    // either factor alone is huge (τ of seconds, open interest near the double range)
                    ch += q * w * nd - swEu * ((twoRqTau - d2 * sigmaSqrtTau) * charmScale);
                }
                // one test per block, not per contract: NaN or ±∞ anywhere in the block shows in the sum
                overflow |= !Double.isFinite(g + d + v + ch);
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
            gex[r] = k.gexFactor * (gS + gC);
            dex[r] = k.discountedNotional * (dS + dC);
            vex[r] = -k.discountedNotional * sqrtTau * INV_SQRT_2PI * (vS + vC);
            chex[r] = -k.discountedNotional / 365.0 * (cS + cC);
            if (overflow || !(Double.isFinite(gex[r]) && Double.isFinite(dex[r]) && Double.isFinite(vex[r])
                    && Double.isFinite(chex[r]))) {
                slowRow(c, r, unit, gex, dex, vex, chex);
            }
        }
        return new RowExposures(c, gex, dex, vex, chex);
    }

    /**
     * Computes every live valid contract's own exposure (the terms the row sums of {@link #compute} add up).
     *
     * @param c the chain layout; {@link ChainColumns#hasData()} must hold
     * @param unit the unit of GEX
     * @param selected per row, whether to compute it (null for every row); other rows' slots are left untouched
     * @param gex per slot: the contract's GEX (written for the slots of the selected rows)
     * @param dex per slot: DEX
     * @param vex per slot: VEX
     * @param chex per slot: CHEX
     * @throws IllegalArgumentException if a contract's exposure lies beyond the double range
     */
    public static void contracts(ChainColumns c, GexUnit unit, boolean[] selected, double[] gex, double[] dex,
            double[] vex, double[] chex) {
        assert c.hasData();
        double q = c.yield;
        double[] vol = c.volatility;
        double[] oi = c.openInterest;
        double[] sign = c.sign;
        Scratch sc = new Scratch(c);
        for (int r = 0; r < c.rows; r++) {
            if (selected != null && !selected[r]) {
                continue;
            }
            RowConstants k = new RowConstants(c, r, unit);
            double sqrtTau = k.sqrtTau;
            double gexFactor = k.gexFactor;
            double dexFactor = k.discountedNotional;
            double vexFactor = -k.discountedNotional * sqrtTau * INV_SQRT_2PI;
            double chexFactor = -k.discountedNotional / 365.0;
            int end = c.rowStart[r + 1];
            for (int blockStart = c.rowStart[r]; blockStart < end; blockStart += BLOCK) {
                int n = Math.min(end - blockStart, BLOCK);
                prepare(c, k, blockStart, n, sc);
                double check = 0;
                for (int j = 0; j < n; j++) {
                    int i = blockStart + j;
                    double w = oi[i];
                    double s = sign[i];
                    double sigmaSqrtTau = vol[i] * sqrtTau;
                    double d1 = sc.d1[j];
                    double d2 = d1 - sigmaSqrtTau;
                    double e = sc.e[j];
                    double nd = NormalDistribution.cdf(s * d1, e, sc.rational[j]);
                    double sw = s * w;
                    double swEu = e * (sw * sc.u[j]);
                    double g = gexFactor * swEu;
                    double d = dexFactor * (sw * nd);
                    double v = vexFactor * (swEu * d2);
                    double ch = chexFactor * (q * w * nd - swEu * ((k.twoRqTau - d2 * sigmaSqrtTau) * k.charmScale));
                    gex[i] = g;
                    dex[i] = d;
                    vex[i] = v;
                    chex[i] = ch;
                    check += g + d + v + ch;
                }
                if (!Double.isFinite(check)) {
                    slowContracts(c, r, unit, blockStart, n, gex, dex, vex, chex);
                }
            }
        }
    }

    /**
     * Passes 1 to 4 of a block (see "Speed"): ln(S/K), d1 and 1/(σ√τ), e^{−d1²/2}, Cody's rational.
     */
    private static void prepare(ChainColumns c, RowConstants k, int blockStart, int n, Scratch sc) {
        double spot = c.spot;
        double[] strike = c.strike;
        double[] vol = c.volatility;
        double[] d1s = sc.d1;
        double[] us = sc.u;
        double[] es = sc.e;
        double[] rs = sc.rational;
        double sqrtTau = k.sqrtTau;
        double halfTau = k.halfTau;
        double rqTau = k.rqTau;
        // pass 1: ln(S/K), once per run of equal strikes (rows are ordered by strike: a call and its put
        // are adjacent); the value reused is the very value the logarithm would return again
        double lastStrike = Double.NaN; // equal to no strike: the first contract always computes
        double lastLog = 0;
        for (int j = 0; j < n; j++) {
            double kk = strike[blockStart + j];
            if (kk != lastStrike) {
                lastLog = Logarithm.log(spot / kk);
                lastStrike = kk;
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
            es[j] = Exponential.expFlushed(-0.5 * d1 * d1); // √(2π)·φ(d1), shared with N below
        }
        // pass 4: branch-free, so compiled to vector instructions
        for (int j = 0; j < n; j++) {
            rs[j] = NormalDistribution.midRational(Math.abs(d1s[j]) * NormalDistribution.INV_SQRT2);
        }
    }

    /** Per-call scratch of the block passes, reused by every block and row. */
    static final class Scratch {
        /** ln(S/K), then d1. */
        final double[] d1;
        /** 1/(σ√τ). */
        final double[] u;
        /** e^{−d1²/2}. */
        final double[] e;
        /** Cody's interval-(2) rational at |d1|/√2. */
        final double[] rational;

        Scratch(ChainColumns c) {
            int size = Math.max(1, Math.min(BLOCK, c.rowStart[c.rows] - c.rowStart[0]));
            d1 = new double[size];
            u = new double[size];
            e = new double[size];
            rational = new double[size];
        }
    }

    /** The constants of one row (expiration): everything that depends on τ, the chain and the unit only. */
    static final class RowConstants {
        final double tau;
        final double sqrtTau;
        final double halfTau;
        final double rqTau;
        final double twoRqTau;
        /** 1/(2τ√(2π)) of the charm bracket. */
        final double charmScale;
        /** e^{−qτ}·M·S. */
        final double discountedNotional;
        /** Row GEX = gexFactor·Σ s·OI·e·u: e^{−qτ}·M·S·0.01/√(2π) per 1%, e^{−qτ}·M/√(2π) per point. */
        final double gexFactor;

        RowConstants(ChainColumns c, int r, GexUnit unit) {
            tau = c.rowTau[r];
            sqrtTau = Math.sqrt(tau);
            halfTau = 0.5 * tau;
            rqTau = (c.rate - c.yield) * tau;
            twoRqTau = 2.0 * rqTau;
            charmScale = INV_SQRT_2PI / (2.0 * tau);
            double discount = Math.exp(-c.yield * tau);
            discountedNotional = discount * (c.multiplier * c.spot); // e^{−qτ}·M·S
            gexFactor = unit == GexUnit.PER_POINT ? discount * c.multiplier * INV_SQRT_2PI
                    : discountedNotional * (0.01 * INV_SQRT_2PI);
        }
    }

    /**
     * The slow path of a row whose fast sums met NaN or ±∞: recomputes its four totals contract by contract with
     * limits taken exactly (a zero density beats any growth of 1/(σ√τ)) and products formed by {@link ScaledSum},
     * so the result is finite whenever the true totals fit in a double.
     *
     * @throws IllegalArgumentException if a total lies beyond the double range
     */
    static void slowRow(ChainColumns c, int r, GexUnit unit, double[] gex, double[] dex, double[] vex,
            double[] chex) {
        ScaledSum g = new ScaledSum();
        ScaledSum d = new ScaledSum();
        ScaledSum v = new ScaledSum();
        ScaledSum ch = new ScaledSum();
        SlowGreeks x = new SlowGreeks(c, r);
        for (int i = c.rowStart[r]; i < c.rowStart[r + 1]; i++) {
            x.contract(i);
            double sw = c.sign[i] * c.openInterest[i];
            g.addProduct(sw, x.e, x.u, 1, 1);
            d.addProduct(sw, x.nd, 1, 1, 1);
            v.addProduct(sw, x.e, x.u, x.d2, 1);
            ch.addProduct(c.yield, c.openInterest[i], x.nd, 1, 1);
            ch.addProduct(-sw, x.e, x.u, x.bracket, x.charmScale);
        }
        double halfDiscount = Math.exp(-0.5 * c.yield * x.tau); // e^{−qτ} as two factors: each stays in range
        double m = c.multiplier;
        gex[r] = unit == GexUnit.PER_POINT ? g.value(halfDiscount * halfDiscount, m, INV_SQRT_2PI, 1)
                : g.value(halfDiscount, halfDiscount * m, c.spot, 0.01 * INV_SQRT_2PI);
        dex[r] = d.value(halfDiscount, halfDiscount * m, c.spot, 1);
        vex[r] = v.value(halfDiscount, halfDiscount * m, c.spot, -x.sqrtTau * INV_SQRT_2PI);
        chex[r] = ch.value(halfDiscount, halfDiscount * m, c.spot, -1 / 365.0);
        if (!(Double.isFinite(gex[r]) && Double.isFinite(dex[r]) && Double.isFinite(vex[r])
                && Double.isFinite(chex[r]))) {
            throw new IllegalArgumentException("chain " + c.symbol + ": the exposure of expiration "
                    + c.rowExpiration[r] + " lies beyond the double range; its inputs (underlying price, strikes,"
                    + " volatilities, open interest, rates) are too large");
        }
    }

    /** The slow path of {@link #contracts} for one block: see {@link #slowRow}. */
    private static void slowContracts(ChainColumns c, int r, GexUnit unit, int blockStart, int n, double[] gex,
            double[] dex, double[] vex, double[] chex) {
        ScaledSum t = new ScaledSum();
        SlowGreeks x = new SlowGreeks(c, r);
        double halfDiscount = Math.exp(-0.5 * c.yield * x.tau);
        double m = c.multiplier;
        for (int i = blockStart; i < blockStart + n; i++) {
            x.contract(i);
            double sw = c.sign[i] * c.openInterest[i];
            t.clear();
            t.addProduct(sw, x.e, x.u, 1, 1);
            gex[i] = unit == GexUnit.PER_POINT ? t.value(halfDiscount * halfDiscount, m, INV_SQRT_2PI, 1)
                    : t.value(halfDiscount, halfDiscount * m, c.spot, 0.01 * INV_SQRT_2PI);
            t.clear();
            t.addProduct(sw, x.nd, 1, 1, 1);
            dex[i] = t.value(halfDiscount, halfDiscount * m, c.spot, 1);
            t.clear();
            t.addProduct(sw, x.e, x.u, x.d2, 1);
            vex[i] = t.value(halfDiscount, halfDiscount * m, c.spot, -x.sqrtTau * INV_SQRT_2PI);
            t.clear();
            t.addProduct(c.yield, c.openInterest[i], x.nd, 1, 1);
            t.addProduct(-sw, x.e, x.u, x.bracket, x.charmScale);
            chex[i] = t.value(halfDiscount, halfDiscount * m, c.spot, -1 / 365.0);
            if (!(Double.isFinite(gex[i]) && Double.isFinite(dex[i]) && Double.isFinite(vex[i])
                    && Double.isFinite(chex[i]))) {
                throw new IllegalArgumentException("chain " + c.symbol + ": the exposure of the contract at strike "
                        + c.strike[i] + " expiring " + c.rowExpiration[r] + " lies beyond the double range");
            }
        }
    }

    /**
     * One contract's d1, density, 1/(σ√τ), d2 and N(s·d1) with every limit taken exactly: the slow path's
     * per-contract values. ln(S/K) is ln S − ln K, which cannot overflow; 0/0 in d1 (S = K, r = q, σ√τ
     * underflowed) is the limit 0; where the density underflows to 0 the factors it multiplies do not matter.
     */
    static final class SlowGreeks {
        private final ChainColumns c;
        final double tau;
        final double sqrtTau;
        final double charmScale;
        private final double rqTau;
        private final double lnSpot;
        double e;
        double u;
        double d2;
        double nd;
        double bracket;

        SlowGreeks(ChainColumns c, int r) {
            this(c, r, c.spot);
        }

        /** At a hypothetical underlying price (the gamma profile's slow path). */
        SlowGreeks(ChainColumns c, int r, double spot) {
            this.c = c;
            tau = c.rowTau[r];
            sqrtTau = Math.sqrt(tau);
            charmScale = INV_SQRT_2PI / (2.0 * tau);
            rqTau = (c.rate - c.yield) * tau;
            lnSpot = Math.log(spot);
        }

        void contract(int i) {
            double sst = c.volatility[i] * sqrtTau; // may underflow to 0 or overflow to ∞
            double num = (lnSpot - Math.log(c.strike[i])) + rqTau;
            double d1 = (num == 0 ? 0 : num / sst) + 0.5 * sst; // no ∞ − ∞: num/sst is ±∞ only when sst = 0
            double clamped = Math.max(-D1_LIMIT, Math.min(D1_LIMIT, d1));
            e = Math.exp(-0.5 * clamped * clamped);
            u = 1.0 / sst;
            nd = NormalDistribution.cdf(c.sign[i] * clamped);
            if (e == 0) {
                d2 = 0; // multiplies the zero density only
                bracket = 0;
            } else {
                d2 = d1 - sst;
                bracket = 2.0 * rqTau - d2 * sst;
            }
        }
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
            return new Exposure(sum(gex, from, to, "GEX"), sum(dex, from, to, "DEX"), sum(vex, from, to, "VEX"),
                    sum(chex, from, to, "CHEX"));
        }

        private double sum(double[] x, int from, int to, String greek) {
            CompensatedSum plain = new CompensatedSum();
            for (int r = from; r < to; r++) {
                plain.add(x[r]);
            }
            double value = plain.value();
            if (Double.isFinite(value)) {
                return value;
            }
            // a partial sum left the double range: add again with exact power-of-two scaling
            ScaledSum scaled = new ScaledSum();
            for (int r = from; r < to; r++) {
                scaled.add(x[r]);
            }
            value = scaled.value(1);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("chain " + columns.symbol + ": the total " + greek
                        + " lies beyond the double range; its inputs are too large");
            }
            return value;
        }

        /**
         * Returns the chain total: the compensated sum of all rows.
         *
         * @return the chain's net exposure
         */
        public Exposure total() {
            return sum(0, gex.length);
        }
    }
}
