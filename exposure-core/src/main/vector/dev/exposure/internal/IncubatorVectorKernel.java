package dev.exposure.internal;

import static dev.exposure.internal.NormalDistribution.A1;
import static dev.exposure.internal.NormalDistribution.A2;
import static dev.exposure.internal.NormalDistribution.A3;
import static dev.exposure.internal.NormalDistribution.A4;
import static dev.exposure.internal.NormalDistribution.A5;
import static dev.exposure.internal.NormalDistribution.B1;
import static dev.exposure.internal.NormalDistribution.B2;
import static dev.exposure.internal.NormalDistribution.B3;
import static dev.exposure.internal.NormalDistribution.B4;
import static dev.exposure.internal.NormalDistribution.C1;
import static dev.exposure.internal.NormalDistribution.C2;
import static dev.exposure.internal.NormalDistribution.C3;
import static dev.exposure.internal.NormalDistribution.C4;
import static dev.exposure.internal.NormalDistribution.C5;
import static dev.exposure.internal.NormalDistribution.C6;
import static dev.exposure.internal.NormalDistribution.C7;
import static dev.exposure.internal.NormalDistribution.C8;
import static dev.exposure.internal.NormalDistribution.C9;
import static dev.exposure.internal.NormalDistribution.D1;
import static dev.exposure.internal.NormalDistribution.D2;
import static dev.exposure.internal.NormalDistribution.D3;
import static dev.exposure.internal.NormalDistribution.D4;
import static dev.exposure.internal.NormalDistribution.D5;
import static dev.exposure.internal.NormalDistribution.D6;
import static dev.exposure.internal.NormalDistribution.D7;
import static dev.exposure.internal.NormalDistribution.D8;
import static dev.exposure.internal.NormalDistribution.ERFC_MID_LIMIT;
import static dev.exposure.internal.NormalDistribution.ERF_LIMIT;
import static dev.exposure.internal.NormalDistribution.HALF_INV_SQRT2;
import static dev.exposure.internal.NormalDistribution.INV_SQRT2;
import static dev.exposure.internal.NormalDistribution.INV_SQRT_2PI;
import static dev.exposure.internal.NormalDistribution.P1;
import static dev.exposure.internal.NormalDistribution.P2;
import static dev.exposure.internal.NormalDistribution.P3;
import static dev.exposure.internal.NormalDistribution.P4;
import static dev.exposure.internal.NormalDistribution.P5;
import static dev.exposure.internal.NormalDistribution.P6;
import static dev.exposure.internal.NormalDistribution.Q1;
import static dev.exposure.internal.NormalDistribution.Q2;
import static dev.exposure.internal.NormalDistribution.Q3;
import static dev.exposure.internal.NormalDistribution.Q4;
import static dev.exposure.internal.NormalDistribution.Q5;

import dev.exposure.GexUnit;
import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The exposure kernel and the gamma-profile kernel on the incubating Vector API: the formulas, blocks, folds and
 * slow paths of {@link ExposureKernel} and {@link ProfileKernel}, evaluated {@link #LANES} contracts at a time.
 * Compiled separately with {@code --add-modules jdk.incubator.vector} and loaded by {@link VectorKernel}.
 *
 * <h2>The chain kernel, per block of up to {@value ExposureKernel#BLOCK} contracts of a row</h2>
 * Passes over the block, as in the scalar kernel, each a vector loop: ({@link #d1Pass}) S/K, ln(S/K), u = 1/(σ√τ)
 * and d1; ({@link #density}) e = e^{−d1²/2}; ({@link #cdfPass}) d1 clamped to ±40 and N(s·d1) by Cody's interval
 * (2), then ({@link #tailPass}, {@link #centralPass}) intervals (3) and (1) for the vectors that hold such lanes;
 * ({@link #sumPass}) the four sums, each lane accumulating its own contracts in a vector register. At the end of a
 * block the lanes are added in lane order (not by a reduction whose order the JDK leaves open) and the block sums
 * are folded into the row's Neumaier sums exactly as the scalar kernel folds its block sums. A row whose sums meet
 * NaN or ±∞ is recomputed by the scalar kernel's slow path. A block whose length is not a multiple of the vector
 * length ends with one vector read from a copy padded with harmless contracts (K = S, σ = 1, zero open interest),
 * whose terms are exactly 0. Per contract: three divisions (S/K, the logarithm's (m − 1)/(m + 1), 1/(σ√τ)) and
 * Cody's one in interval (2), no table, no gather, no allocation.
 *
 * <h2>The profile kernel</h2>
 * Per block, d1(S), u and w = s·OI·u by the chain kernel's own pass 1 (and w as its (s·OI)·u), kept in scratch
 * arrays; each grid point then costs one {@link #density} pass at x = d1 + ln(X/S)·u (one fused multiply-add, one
 * exponential) and one pass of Σ e·w. At X = S every operation is the chain kernel's own in the same order, so the
 * value is bit for bit the chain's net GEX of {@link #compute}.
 *
 * <h2>Functions</h2>
 * <ul>
 *   <li>e^x, x ≤ 0 ({@link #density}): Cody and Waite's reduction x = k·ln 2 + r (|r| ≤ ln 2 / 2, k·ln2_hi
 *       exact), e^r − 1 by its Taylor polynomial to degree 13 (the first term left out, r^14/14!, is below
 *       4.2e-18, 0.04 ulp), 2^k written into the exponent field; within 2 ulp of {@link StrictMath#exp} (tested:
 *       1 ulp at most in millions of arguments), flushed to 0 below −708 as {@link Exponential#expFlushed}.</li>
 *   <li>ln x ({@link #d1Pass}): fdlibm's {@code __ieee754_log} (x = 2^k·m with m in [√2/2, √2),
 *       s = (m − 1)/(m + 1), its minimax polynomial in s², and ln 2 split in two), lane by lane without its
 *       branches (always its first form, f − hfsq + s·(hfsq + R)); within 1 ulp of {@link StrictMath#log}
 *       (tested), exactly 0 at S = K. A ratio S/K that is subnormal, zero or infinite (strikes beyond 1e300 or
 *       below 1e-300 of spot) goes through {@link Logarithm#log} lane by lane.</li>
 *   <li>N(x): Cody's three rationals ({@link NormalDistribution}) with the same coefficients, by Horner's rule with
 *       fused multiply-adds: interval (2) for every lane, intervals (1) and (3) only for vectors that hold a lane
 *       in them (after the layout's sort by strike, contracts near the money, and far from it, sit together).</li>
 * </ul>
 * The JDK's own {@code VectorOperators.EXP} and {@code LOG} are not used: the JDK specifies them to within 1 ulp
 * only, and their compiled form (the platform's vector math library) need not give the same bits as their
 * interpreted form (the scalar {@link Math} functions lane by lane), so a result could change as the code is
 * compiled. (Measured on the development machine, JDK 17 and 25, AVX-512: both within 1 ulp of {@link StrictMath}
 * on a million random arguments each, compiled and first-run results equal on those arguments, {@code EXP} about
 * 0.45 ns per element; faster than the exponential here, but with no guarantee of either.) Every operation here
 * (add, multiply, divide, fused multiply-add, min, max, compare, blend, integer and bit operations) is exactly
 * specified, so the results are the same interpreted or compiled, for a given vector width.
 *
 * <h2>Writing for C2</h2>
 * Each pass is a method of its own with its arithmetic written out, and no method takes or returns a vector: a
 * vector that crosses a call C2 does not inline is allocated on the heap, C2 declines to inline a helper it has
 * already compiled on its own, and one fused loop exceeds its inlining budget. Constants are broadcast once per
 * pass, before the loop. {@code -prof gc} shows no allocation per contract.
 */
final class IncubatorVectorKernel extends VectorKernel {

    /** The platform's preferred vector of doubles: 8 lanes with AVX-512, 4 with AVX2. */
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    /** Doubles per vector. */
    private static final int LANES = D.length();

    private static final int BLOCK = ExposureKernel.BLOCK;
    private static final double D1_LIMIT = ExposureKernel.D1_LIMIT;

    // e^x: bounds, reduction constants (as Exponential), Taylor coefficients 1/n!
    private static final double MIN_FAST = -708.0;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    /** 1.5·2^52: adding it rounds a double below 2^51 in magnitude to an integer held in the low bits. */
    private static final double SHIFT = 0x1.8p52;
    private static final long SHIFT_BITS = Double.doubleToRawLongBits(SHIFT);
    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);
    private static final double E2 = 1.0 / 2;
    private static final double E3 = 1.0 / 6;
    private static final double E4 = 1.0 / 24;
    private static final double E5 = 1.0 / 120;
    private static final double E6 = 1.0 / 720;
    private static final double E7 = 1.0 / 5040;
    private static final double E8 = 1.0 / 40320;
    private static final double E9 = 1.0 / 362880;
    private static final double E10 = 1.0 / 3628800;
    private static final double E11 = 1.0 / 39916800;
    private static final double E12 = 1.0 / 479001600;
    private static final double E13 = 1.0 / 6227020800.0;

    // ln x: fdlibm's e_log.c coefficients (Lg1 … Lg7), |error of the polynomial| < 2^−58.45
    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;
    private static final long MANTISSA = 0x000f_ffff_ffff_ffffL;
    /** fdlibm's 0x95f64 in the high word: carries into bit 52 exactly when the significand is at least √2. */
    private static final long SQRT2_CARRY = 0x0009_5f64_0000_0000L;
    private static final long BIT52 = 0x0010_0000_0000_0000L;

    IncubatorVectorKernel() {
    }

    @Override
    String unsupported() {
        if (LANES < 4) {
            return "the platform's preferred vector holds " + LANES + " doubles (" + D.vectorBitSize()
                    + " bits); the vector kernel needs at least 4 (256 bits)";
        }
        if (BLOCK % LANES != 0) {
            return "the vector length " + LANES + " does not divide the block of " + BLOCK;
        }
        return null;
    }

    @Override
    String describe() {
        return LANES + " lanes of double (" + D.vectorBitSize() + "-bit vectors)";
    }

    // ---------------------------------------------------------------------------------------------------------
    // The chain kernel

    @Override
    ExposureKernel.RowExposures compute(ChainColumns c, GexUnit unit) {
        assert c.hasData();
        int rows = c.rows;
        double[] gex = new double[rows];
        double[] dex = new double[rows];
        double[] vex = new double[rows];
        double[] chex = new double[rows];
        Scratch sc = new Scratch(c, false);
        double[] lanes = sc.lanes;
        for (int r = 0; r < rows; r++) {
            ExposureKernel.RowConstants k = new ExposureKernel.RowConstants(c, r, unit);
            double gS = 0;
            double gC = 0;
            double dS = 0;
            double dC = 0;
            double vS = 0;
            double vC = 0;
            double cS = 0;
            double cC = 0;
            boolean overflow = false;
            int end = c.rowStart[r + 1];
            for (int blockStart = c.rowStart[r]; blockStart < end; blockStart += BLOCK) {
                int n = Math.min(end - blockStart, BLOCK);
                blockSums(c, k, blockStart, n, sc);
                double g = sumLanes(lanes, 0);
                double d = sumLanes(lanes, LANES);
                double v = sumLanes(lanes, 2 * LANES);
                double ch = sumLanes(lanes, 3 * LANES);
                overflow |= !Double.isFinite(g + d + v + ch);
                // Neumaier, as the scalar kernel
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
            vex[r] = -k.discountedNotional * k.sqrtTau * INV_SQRT_2PI * (vS + vC);
            chex[r] = -k.discountedNotional / 365.0 * (cS + cC);
            if (overflow || !(Double.isFinite(gex[r]) && Double.isFinite(dex[r]) && Double.isFinite(vex[r])
                    && Double.isFinite(chex[r]))) {
                ExposureKernel.slowRow(c, r, unit, gex, dex, vex, chex);
            }
        }
        return new ExposureKernel.RowExposures(c, gex, dex, vex, chex);
    }

    /**
     * The four plain sums of one block, per lane: G = Σ s·OI·e·u, D = Σ s·OI·N(s·d1), V = Σ s·OI·e·u·d2 and
     * C = Σ [q·OI·N(s·d1) − s·OI·e·u·(2(r−q)τ − d2·σ√τ)/(2τ√(2π))], written to {@code sc.lanes} (G's lanes, then
     * D's, V's and C's), by the passes of the class comment.
     */
    private static void blockSums(ChainColumns c, ExposureKernel.RowConstants k, int blockStart, int n,
            Scratch sc) {
        int full = n - n % LANES;
        int padded = full == n ? n : full + LANES;
        if (padded != full) {
            sc.pad(c, blockStart + full, n - full);
        }
        d1Pass(c.spot, c.strike, c.volatility, sc, blockStart, full, padded, k.sqrtTau, k.halfTau, k.rqTau);
        density(sc.d1, sc.u, 0.0, sc.e, padded);
        int intervals = cdfPass(c, sc, blockStart, full, padded);
        if ((intervals & TAIL) != 0) {
            tailPass(c, sc, blockStart, full, padded);
        }
        if ((intervals & CENTRAL) != 0) {
            centralPass(c, sc, blockStart, full, padded);
        }
        sumPass(c, sc, blockStart, full, padded, k.sqrtTau, k.twoRqTau, k.charmScale);
    }

    /** {@link #cdfPass} found a lane in Cody's interval (3), |d1|/√2 &gt; 4. */
    private static final int TAIL = 1;

    /** {@link #cdfPass} found a lane in Cody's interval (1), |d1|/√2 ≤ 0.46875. */
    private static final int CENTRAL = 2;

    /**
     * Pass 1, shared by both kernels: ln(S/K) (fdlibm's logarithm, see the class comment), u = 1/(σ√τ) and d1
     * (not clamped) of the block into {@code sc.u} and {@code sc.d1}; the vector at {@code full} (when below
     * {@code padded}) is read from the padded copy.
     */
    private static void d1Pass(double spotPrice, double[] strikes, double[] vols, Scratch sc, int blockStart,
            int full, int padded, double sqrtTau, double halfTau, double rqTau) {
        DoubleVector spot = DoubleVector.broadcast(D, spotPrice);
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        DoubleVector lg1 = DoubleVector.broadcast(D, LG1);
        DoubleVector lg2 = DoubleVector.broadcast(D, LG2);
        DoubleVector lg3 = DoubleVector.broadcast(D, LG3);
        DoubleVector lg4 = DoubleVector.broadcast(D, LG4);
        DoubleVector lg5 = DoubleVector.broadcast(D, LG5);
        double[] d1s = sc.d1;
        double[] us = sc.u;
        for (int j = 0; j < padded; j += LANES) {
            double[] strike = strikes;
            double[] vol = vols;
            int at = blockStart + j;
            if (j == full) { // the partial vector at the end of the block: its padded copy
                strike = sc.padStrike;
                vol = sc.padVolatility;
                at = 0;
            }
            DoubleVector ratio = spot.div(DoubleVector.fromArray(D, strike, at));
            // ln x, x = 2^k·m: m in [√2/2, √2) (fdlibm moves the significand to m/2 and k to k + 1 when it is
            // at least √2: the carry of its high word plus 0x95f64 into bit 52)
            LongVector bits = ratio.reinterpretAsLongs();
            LongVector mantissa = bits.and(MANTISSA);
            LongVector carry = mantissa.add(SQRT2_CARRY).and(BIT52);
            DoubleVector m = mantissa.or(carry.lanewise(VectorOperators.XOR, ONE_BITS)).reinterpretAsDoubles();
            DoubleVector k = bits.lanewise(VectorOperators.LSHR, 52).add(carry.lanewise(VectorOperators.LSHR, 52))
                    .add(SHIFT_BITS - 1023).reinterpretAsDoubles().sub(SHIFT); // k, exactly, as a double
            DoubleVector f = m.sub(1.0); // exact
            DoubleVector s = f.div(f.add(2.0)); // (m − 1)/(m + 1)
            DoubleVector z = s.mul(s);
            DoubleVector w = z.mul(z);
            DoubleVector t1 = w.mul(w.fma(LG6, LG4).fma(w, lg2)); // w·(Lg2 + w·(Lg4 + w·Lg6))
            DoubleVector t2 = z.mul(w.fma(LG7, LG5).fma(w, lg3).fma(w, lg1)); // z·(Lg1 + w·(Lg3 + w·(Lg5 + w·Lg7)))
            DoubleVector hfsq = f.mul(0.5).mul(f);
            // k·ln2_hi − ((hfsq − (s·(hfsq + R) + k·ln2_lo)) − f), R = t1 + t2
            DoubleVector ln = k.mul(LN2_HI).sub(hfsq.sub(s.fma(hfsq.add(t2.add(t1)), k.mul(LN2_LO))).sub(f));
            VectorMask<Double> rare = ratio.lt(Double.MIN_NORMAL).or(ratio.eq(Double.POSITIVE_INFINITY));
            if (rare.anyTrue()) { // a subnormal, zero or infinite ratio: far beyond any real strike
                ln = rareLog(ratio, sc.logScratch);
            }
            DoubleVector sigma = DoubleVector.fromArray(D, vol, at);
            DoubleVector u = one.div(sigma.mul(sqrtTau));
            // (ln(S/K) + (r − q)τ + σ²·τ/2)·u, in the scalar kernel's order
            ln.add(rqTau).add(sigma.mul(sigma).mul(halfTau)).mul(u).intoArray(d1s, j);
            u.intoArray(us, j);
        }
    }

    /** ln x by {@link Logarithm#log}, lane by lane: for ratios that are not normal doubles (never in practice). */
    private static DoubleVector rareLog(DoubleVector ratio, double[] scratch) {
        ratio.intoArray(scratch, 0);
        for (int i = 0; i < LANES; i++) {
            scratch[i] = Logarithm.log(scratch[i]);
        }
        return DoubleVector.fromArray(D, scratch, 0);
    }

    /**
     * Pass 2, shared by both kernels: {@code e[j] = exp(−x²/2)} with {@code x = d1[j] + l·u[j]} (one rounding;
     * exactly d1 when l = 0), flushed to 0 below e^−708 (see the class comment for the method); NaN stays NaN.
     * Without a clamp of d1: the result is 0 wherever the chain kernel's clamp to ±40 would apply.
     */
    private static void density(double[] d1s, double[] us, double l, double[] es, int padded) {
        DoubleVector lv = DoubleVector.broadcast(D, l);
        DoubleVector e2 = DoubleVector.broadcast(D, E2);
        DoubleVector e3 = DoubleVector.broadcast(D, E3);
        DoubleVector e4 = DoubleVector.broadcast(D, E4);
        DoubleVector e5 = DoubleVector.broadcast(D, E5);
        DoubleVector e6 = DoubleVector.broadcast(D, E6);
        DoubleVector e7 = DoubleVector.broadcast(D, E7);
        DoubleVector e8 = DoubleVector.broadcast(D, E8);
        DoubleVector e9 = DoubleVector.broadcast(D, E9);
        DoubleVector e10 = DoubleVector.broadcast(D, E10);
        DoubleVector e11 = DoubleVector.broadcast(D, E11);
        DoubleVector minusLn2Hi = DoubleVector.broadcast(D, -LN2_HI);
        DoubleVector minusLn2Lo = DoubleVector.broadcast(D, -LN2_LO);
        for (int j = 0; j < padded; j += LANES) {
            DoubleVector x = DoubleVector.fromArray(D, us, j).fma(lv, DoubleVector.fromArray(D, d1s, j));
            DoubleVector a = x.mul(-0.5).mul(x); // −x²/2, in the scalar kernels' order
            DoubleVector y = a.max(MIN_FAST); // NaN stays NaN
            DoubleVector shifted = y.fma(INV_LN2, SHIFT); // k = round(y/ln 2) in the low bits
            DoubleVector k = shifted.sub(SHIFT); // exact
            DoubleVector r = k.fma(minusLn2Hi, y); // y − k·ln2_hi: exact
            r = k.fma(minusLn2Lo, r);
            // e^r − 1 = r + r²·p(r), p(r) = Σ r^(n−2)/n! for n = 2 … 13, by Horner
            DoubleVector p = r.fma(E13, E12).fma(r, e11).fma(r, e10).fma(r, e9).fma(r, e8).fma(r, e7).fma(r, e6)
                    .fma(r, e5).fma(r, e4).fma(r, e3).fma(r, e2);
            p = p.fma(r.mul(r), r);
            // 2^k: the low 12 bits of k (two's complement) shifted into the exponent field, plus the bias
            DoubleVector scale = shifted.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52).add(ONE_BITS)
                    .reinterpretAsDoubles();
            scale.fma(p, scale).blend(0.0, a.lt(MIN_FAST)).intoArray(es, j); // scale·(1 + p), one rounding
        }
    }

    /**
     * Pass 3: clamps d1 to ±40 in place (exact, see {@link ExposureKernel}) and writes N(s·d1) by Cody's interval
     * (2), N(−|x|) = ½·e·C(y)/D(y) with y = |x|/√2, for every lane (reflected for x ≥ 0).
     *
     * @return {@link #TAIL} and {@link #CENTRAL} when some lane lies in interval (3) or (1)
     */
    private static int cdfPass(ChainColumns c, Scratch sc, int blockStart, int full, int padded) {
        DoubleVector c2 = DoubleVector.broadcast(D, C2);
        DoubleVector c3 = DoubleVector.broadcast(D, C3);
        DoubleVector c4 = DoubleVector.broadcast(D, C4);
        DoubleVector c5 = DoubleVector.broadcast(D, C5);
        DoubleVector c6 = DoubleVector.broadcast(D, C6);
        DoubleVector c7 = DoubleVector.broadcast(D, C7);
        DoubleVector c8 = DoubleVector.broadcast(D, C8);
        DoubleVector d2 = DoubleVector.broadcast(D, D2);
        DoubleVector d3 = DoubleVector.broadcast(D, D3);
        DoubleVector d4 = DoubleVector.broadcast(D, D4);
        DoubleVector d5 = DoubleVector.broadcast(D, D5);
        DoubleVector d6 = DoubleVector.broadcast(D, D6);
        DoubleVector d7 = DoubleVector.broadcast(D, D7);
        DoubleVector d8 = DoubleVector.broadcast(D, D8);
        double[] d1s = sc.d1;
        double[] es = sc.e;
        double[] nds = sc.nd;
        VectorMask<Double> tail = D.maskAll(false);
        VectorMask<Double> central = D.maskAll(false);
        for (int j = 0; j < padded; j += LANES) {
            double[] sign = c.sign;
            int at = blockStart + j;
            if (j == full) {
                sign = sc.padSign;
                at = 0;
            }
            DoubleVector d1 = DoubleVector.fromArray(D, d1s, j).max(-D1_LIMIT).min(D1_LIMIT);
            d1.intoArray(d1s, j);
            DoubleVector x = d1.mul(DoubleVector.fromArray(D, sign, at)); // s·d1
            DoubleVector y = d1.abs().mul(INV_SQRT2);
            DoubleVector num = y.fma(C9, C1).fma(y, c2).fma(y, c3).fma(y, c4).fma(y, c5).fma(y, c6).fma(y, c7)
                    .fma(y, c8);
            DoubleVector den = y.add(D1).fma(y, d2).fma(y, d3).fma(y, d4).fma(y, d5).fma(y, d6).fma(y, d7)
                    .fma(y, d8);
            DoubleVector lower = DoubleVector.fromArray(D, es, j).mul(0.5).mul(num.div(den));
            lower.neg().add(1.0).blend(lower, x.lt(0.0)).intoArray(nds, j); // N(x) = 1 − N(−|x|) for x ≥ 0
            tail = tail.or(y.compare(VectorOperators.GT, ERFC_MID_LIMIT));
            central = central.or(y.compare(VectorOperators.LE, ERF_LIMIT));
        }
        return (tail.anyTrue() ? TAIL : 0) | (central.anyTrue() ? CENTRAL : 0);
    }

    /**
     * Pass 3a, for a block with a lane in interval (3), |x|/√2 &gt; 4: N(−|x|) = e/|x|·(1/√(2π) −
     * (1/√2)·z·P(z)/Q(z)), z = 2/x², for the vectors that hold such a lane (after the layout's sort by strike,
     * contracts far from the money sit together).
     */
    private static void tailPass(ChainColumns c, Scratch sc, int blockStart, int full, int padded) {
        DoubleVector two = DoubleVector.broadcast(D, 2.0);
        DoubleVector p2 = DoubleVector.broadcast(D, P2);
        DoubleVector p3 = DoubleVector.broadcast(D, P3);
        DoubleVector p4 = DoubleVector.broadcast(D, P4);
        DoubleVector p5 = DoubleVector.broadcast(D, P5);
        DoubleVector q2 = DoubleVector.broadcast(D, Q2);
        DoubleVector q3 = DoubleVector.broadcast(D, Q3);
        DoubleVector q4 = DoubleVector.broadcast(D, Q4);
        DoubleVector q5 = DoubleVector.broadcast(D, Q5);
        double[] d1s = sc.d1;
        double[] es = sc.e;
        double[] nds = sc.nd;
        for (int j = 0; j < padded; j += LANES) {
            DoubleVector d1 = DoubleVector.fromArray(D, d1s, j);
            DoubleVector ax = d1.abs();
            VectorMask<Double> tail = ax.mul(INV_SQRT2).compare(VectorOperators.GT, ERFC_MID_LIMIT);
            if (tail.anyTrue()) {
                double[] sign = j == full ? sc.padSign : c.sign;
                DoubleVector x = d1.mul(DoubleVector.fromArray(D, sign, j == full ? 0 : blockStart + j));
                DoubleVector z = two.div(ax.mul(ax)); // from x, not y: no rounding of y in z
                DoubleVector pn = z.fma(P6, P1).fma(z, p2).fma(z, p3).fma(z, p4).fma(z, p5);
                DoubleVector qd = z.add(Q1).fma(z, q2).fma(z, q3).fma(z, q4).fma(z, q5);
                DoubleVector lower = DoubleVector.fromArray(D, es, j).div(ax)
                        .mul(z.mul(pn).div(qd).mul(-INV_SQRT2).add(INV_SQRT_2PI));
                DoubleVector nd = lower.neg().add(1.0).blend(lower, x.lt(0.0));
                DoubleVector.fromArray(D, nds, j).blend(nd, tail).intoArray(nds, j);
            }
        }
    }

    /**
     * Pass 3b, for a block with a lane in interval (1), |x|/√2 ≤ 0.46875: N(x) = ½ + x/(2√2)·A(x²/2)/B(x²/2), for
     * the vectors that hold such a lane.
     */
    private static void centralPass(ChainColumns c, Scratch sc, int blockStart, int full, int padded) {
        DoubleVector a2 = DoubleVector.broadcast(D, A2);
        DoubleVector a3 = DoubleVector.broadcast(D, A3);
        DoubleVector a4 = DoubleVector.broadcast(D, A4);
        DoubleVector b2 = DoubleVector.broadcast(D, B2);
        DoubleVector b3 = DoubleVector.broadcast(D, B3);
        DoubleVector b4 = DoubleVector.broadcast(D, B4);
        double[] d1s = sc.d1;
        double[] nds = sc.nd;
        for (int j = 0; j < padded; j += LANES) {
            DoubleVector d1 = DoubleVector.fromArray(D, d1s, j);
            VectorMask<Double> central = d1.abs().mul(INV_SQRT2).compare(VectorOperators.LE, ERF_LIMIT);
            if (central.anyTrue()) {
                double[] sign = j == full ? sc.padSign : c.sign;
                DoubleVector x = d1.mul(DoubleVector.fromArray(D, sign, j == full ? 0 : blockStart + j));
                DoubleVector w = x.mul(0.5).mul(x);
                DoubleVector an = w.fma(A5, A1).fma(w, a2).fma(w, a3).fma(w, a4);
                DoubleVector bd = w.add(B1).fma(w, b2).fma(w, b3).fma(w, b4);
                DoubleVector nd = x.mul(HALF_INV_SQRT2).mul(an).div(bd).add(0.5);
                DoubleVector.fromArray(D, nds, j).blend(nd, central).intoArray(nds, j);
            }
        }
    }

    /** Pass 4: the four sums, per lane, into {@code sc.lanes}. */
    private static void sumPass(ChainColumns c, Scratch sc, int blockStart, int full, int padded, double sqrtTau,
            double twoRqTau, double charmScale) {
        double q = c.yield;
        DoubleVector twoRqTauV = DoubleVector.broadcast(D, twoRqTau);
        double[] d1s = sc.d1;
        double[] us = sc.u;
        double[] es = sc.e;
        double[] nds = sc.nd;
        DoubleVector g = DoubleVector.zero(D);
        DoubleVector d = DoubleVector.zero(D);
        DoubleVector v = DoubleVector.zero(D);
        DoubleVector ch = DoubleVector.zero(D);
        for (int j = 0; j < padded; j += LANES) {
            double[] vol = c.volatility;
            double[] oi = c.openInterest;
            double[] sign = c.sign;
            int at = blockStart + j;
            if (j == full) {
                vol = sc.padVolatility;
                oi = sc.padOpenInterest;
                sign = sc.padSign;
                at = 0;
            }
            DoubleVector w = DoubleVector.fromArray(D, oi, at);
            DoubleVector sw = DoubleVector.fromArray(D, sign, at).mul(w);
            DoubleVector sigmaSqrtTau = DoubleVector.fromArray(D, vol, at).mul(sqrtTau);
            DoubleVector nd = DoubleVector.fromArray(D, nds, j);
            DoubleVector swEu = DoubleVector.fromArray(D, es, j).mul(sw.mul(DoubleVector.fromArray(D, us, j)));
            DoubleVector d2 = DoubleVector.fromArray(D, d1s, j).sub(sigmaSqrtTau);
            g = g.add(swEu); // e·(s·OI·u): the profile's e·w
            d = sw.fma(nd, d);
            v = swEu.fma(d2, v);
            // the bracket is scaled before it meets swEu, as in the scalar kernel
            DoubleVector bracket = d2.neg().fma(sigmaSqrtTau, twoRqTauV).mul(charmScale);
            ch = ch.add(w.mul(q).mul(nd).sub(swEu.mul(bracket)));
        }
        g.intoArray(sc.lanes, 0);
        d.intoArray(sc.lanes, LANES);
        v.intoArray(sc.lanes, 2 * LANES);
        ch.intoArray(sc.lanes, 3 * LANES);
    }

    /** Adds {@code lanes[from … from + LANES)} in lane order. */
    private static double sumLanes(double[] lanes, int from) {
        double s = lanes[from];
        for (int i = 1; i < LANES; i++) {
            s += lanes[from + i];
        }
        return s;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The profile kernel

    @Override
    void netGex(ChainColumns c, GexUnit unit, double[] spots, double[] out) {
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
        Scratch sc = new Scratch(c, true);
        double m = c.multiplier;
        for (int r = 0; r < c.rows; r++) {
            Arrays.fill(rowS, 0.0);
            Arrays.fill(rowC, 0.0);
            int end = c.rowStart[r + 1];
            for (int blockStart = c.rowStart[r]; blockStart < end; blockStart += BLOCK) {
                int n = Math.min(end - blockStart, BLOCK);
                int padded = prepare(c, r, blockStart, n, sc);
                for (int p = 0; p < points; p++) {
                    density(sc.d1, sc.u, lnRatio[p], sc.e, padded);
                    ProfileKernel.fold(rowS, rowC, bad, p, dot(sc.e, sc.w, padded, sc.lanes));
                }
            }
            double discount = Math.exp(-c.yield * c.rowTau[r]);
            for (int p = 0; p < points; p++) {
                // the kernel's row factor at X, as the scalar profile
                double factor = unit == GexUnit.PER_POINT ? discount * m * INV_SQRT_2PI
                        : discount * (m * spots[p]) * (0.01 * INV_SQRT_2PI);
                ProfileKernel.fold(totalS, totalC, bad, p, factor * (rowS[p] + rowC[p]));
            }
        }
        for (int p = 0; p < points; p++) {
            double value = totalS[p] + totalC[p];
            out[p] = bad[p] || !Double.isFinite(value) ? ProfileKernel.slowPoint(c, unit, spots[p]) : value;
        }
    }

    /** Σ e·w over a prepared block, per lane, then the lanes in lane order: the chain kernel's G at X = S. */
    private static double dot(double[] es, double[] ws, int padded, double[] lanes) {
        DoubleVector g = DoubleVector.zero(D);
        for (int j = 0; j < padded; j += LANES) {
            g = g.add(DoubleVector.fromArray(D, es, j).mul(DoubleVector.fromArray(D, ws, j)));
        }
        g.intoArray(lanes, 0);
        return sumLanes(lanes, 0);
    }

    @Override
    void netGexAndSlope(ChainColumns c, GexUnit unit, double spot, double[] out) {
        assert c.hasData();
        double l = spot == c.spot ? 0.0 : Logarithm.log(spot / c.spot);
        double totalS = 0;
        double totalC = 0;
        double slope = 0;
        boolean bad = false;
        Scratch sc = new Scratch(c, true);
        double[] lanes = sc.lanes;
        double m = c.multiplier;
        for (int r = 0; r < c.rows; r++) {
            double rowS = 0;
            double rowC = 0;
            double rowSlope = 0;
            int end = c.rowStart[r + 1];
            for (int blockStart = c.rowStart[r]; blockStart < end; blockStart += BLOCK) {
                int n = Math.min(end - blockStart, BLOCK);
                int padded = prepare(c, r, blockStart, n, sc);
                density(sc.d1, sc.u, l, sc.e, padded);
                slopeSums(sc, l, padded);
                double g = sumLanes(lanes, 0);
                double gd = sumLanes(lanes, LANES);
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
            out[0] = ProfileKernel.slowPoint(c, unit, spot);
            out[1] = Double.NaN; // no slope: the caller bisects
        } else {
            out[0] = value;
            out[1] = slope;
        }
    }

    /**
     * Σ e·w (exactly as {@link #dot}) and Σ e·w·x·u with x = d1 + l·u, per lane, into {@code sc.lanes[0, LANES)}
     * and {@code [LANES, 2·LANES)}.
     */
    private static void slopeSums(Scratch sc, double l, int padded) {
        DoubleVector lv = DoubleVector.broadcast(D, l);
        DoubleVector g = DoubleVector.zero(D);
        DoubleVector gd = DoubleVector.zero(D);
        for (int j = 0; j < padded; j += LANES) {
            DoubleVector u = DoubleVector.fromArray(D, sc.u, j);
            DoubleVector x = u.fma(lv, DoubleVector.fromArray(D, sc.d1, j)); // as in density
            DoubleVector term = DoubleVector.fromArray(D, sc.e, j).mul(DoubleVector.fromArray(D, sc.w, j));
            g = g.add(term);
            gd = gd.add(term.mul(x).mul(u));
        }
        g.intoArray(sc.lanes, 0);
        gd.intoArray(sc.lanes, LANES);
    }

    /**
     * One block's d1(S) (not clamped), u and w = s·OI·u into {@code sc.d1}, {@code sc.u}, {@code sc.w}, computed
     * exactly as the chain kernel computes them (its pass 1, and w as its (s·OI)·u); the partial vector at the end
     * is padded (w = 0).
     *
     * @return the number of slots filled, a multiple of {@link #LANES}
     */
    private static int prepare(ChainColumns c, int r, int blockStart, int n, Scratch sc) {
        double tau = c.rowTau[r];
        double sqrtTau = Math.sqrt(tau); // as ExposureKernel.RowConstants
        double halfTau = 0.5 * tau;
        double rqTau = (c.rate - c.yield) * tau;
        int full = n - n % LANES;
        int padded = full == n ? n : full + LANES;
        if (padded != full) {
            sc.pad(c, blockStart + full, n - full);
        }
        d1Pass(c.spot, c.strike, c.volatility, sc, blockStart, full, padded, sqrtTau, halfTau, rqTau);
        weights(c, sc, blockStart, full, padded);
        return padded;
    }

    /** w = (s·OI)·u of a block into {@code sc.w}, so that e·w is the chain kernel's e·(s·OI·u). */
    private static void weights(ChainColumns c, Scratch sc, int blockStart, int full, int padded) {
        double[] us = sc.u;
        double[] ws = sc.w;
        for (int j = 0; j < padded; j += LANES) {
            double[] oi = c.openInterest;
            double[] sign = c.sign;
            int at = blockStart + j;
            if (j == full) {
                oi = sc.padOpenInterest;
                sign = sc.padSign;
                at = 0;
            }
            DoubleVector.fromArray(D, sign, at).mul(DoubleVector.fromArray(D, oi, at))
                    .mul(DoubleVector.fromArray(D, us, j)).intoArray(ws, j);
        }
    }

    /** Per-call scratch: the padded copy of a block's last partial vector, lane sums, the per-block passes. */
    private static final class Scratch {
        final double[] padStrike = new double[LANES];
        final double[] padVolatility = new double[LANES];
        final double[] padOpenInterest = new double[LANES];
        final double[] padSign = new double[LANES];
        final double[] lanes = new double[4 * LANES];
        final double[] logScratch = new double[LANES];
        final double[] d1;
        final double[] u;
        final double[] e;
        final double[] nd;
        final double[] w;

        Scratch(ChainColumns c, boolean profile) {
            this(Math.min(BLOCK, (c.rowStart[c.rows] - c.rowStart[0] + LANES - 1) / LANES * LANES), profile);
        }

        /** Scratch for blocks of at most {@code size} contracts. */
        Scratch(int size, boolean profile) {
            size = Math.max(LANES, size);
            d1 = new double[size];
            u = new double[size];
            e = new double[size];
            nd = new double[profile ? 0 : size];
            w = new double[profile ? size : 0];
        }

        /**
         * Copies the last {@code count} &lt; LANES contracts of a block from {@code from} and pads the copy with
         * contracts whose every term is exactly 0: K = S (so ln(S/K) = 0), σ = 1, open interest 0, a call.
         */
        void pad(ChainColumns c, int from, int count) {
            padPrices(c.spot, c.strike, c.volatility, from, count);
            System.arraycopy(c.openInterest, from, padOpenInterest, 0, count);
            System.arraycopy(c.sign, from, padSign, 0, count);
            Arrays.fill(padOpenInterest, count, LANES, 0.0);
            Arrays.fill(padSign, count, LANES, 1.0);
        }

        /** The strikes and volatilities of {@link #pad}. */
        void padPrices(double spot, double[] strike, double[] vol, int from, int count) {
            System.arraycopy(strike, from, padStrike, 0, count);
            System.arraycopy(vol, from, padVolatility, 0, count);
            Arrays.fill(padStrike, count, LANES, spot);
            Arrays.fill(padVolatility, count, LANES, 1.0);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The functions, element by element, for tests

    @Override
    void density(double[] x, double[] out) {
        int padded = (x.length + LANES - 1) / LANES * LANES;
        double[] xs = Arrays.copyOf(x, padded);
        double[] res = new double[padded];
        density(xs, new double[padded], 0.0, res, padded); // u = 0, l = 0: exactly e^{−x²/2}
        System.arraycopy(res, 0, out, 0, x.length);
    }

    @Override
    void logRatio(double spot, double[] strikes, double[] out) {
        int n = strikes.length;
        Scratch sc = new Scratch(Math.min(BLOCK, (n + LANES - 1) / LANES * LANES), false);
        double[] vol = new double[n];
        Arrays.fill(vol, 1.0);
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            int full = len - len % LANES;
            int padded = full == len ? len : full + LANES;
            if (padded != full) {
                sc.padPrices(spot, strikes, vol, from + full, len - full);
            }
            // σ = 1, √τ = 1, τ/2 = 0, (r − q)τ = 0: u = 1 and d1 = ln(S/K), exactly
            d1Pass(spot, strikes, vol, sc, from, full, padded, 1.0, 0.0, 0.0);
            System.arraycopy(sc.d1, 0, out, from, len);
        }
    }
}
