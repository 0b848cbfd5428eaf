package dev.exposure;

import dev.exposure.internal.ChainColumns;
import dev.exposure.internal.CompensatedSum;
import dev.exposure.internal.ExposureKernel;
import dev.exposure.internal.ScaledSum;
import dev.exposure.internal.StrikeSort;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-contract exposures of a chain's selected rows, and their sums by strike: the shared core of
 * {@link StrikeSheetBuilder} and {@link LevelsBuilder}.
 */
final class StrikeRows {

    private final ChainColumns c;
    private final double[] gex;
    private final double[] dex;
    private final double[] vex;
    private final double[] chex;

    /**
     * Computes the exposure of every live valid contract of the selected rows.
     *
     * @param c a chain layout with data
     * @param unit the GEX unit
     * @param selected per row, whether it counts (null: every row)
     */
    StrikeRows(ChainColumns c, GexUnit unit, boolean[] selected) {
        this.c = c;
        int slots = c.rowStart[c.rows];
        gex = new double[slots];
        dex = new double[slots];
        vex = new double[slots];
        chex = new double[slots];
        ExposureKernel.contracts(c, unit, selected, gex, dex, vex, chex);
    }

    /**
     * Returns the slots of the selected rows, ordered by strike (stable: equal strikes keep row order, then the
     * chain's order).
     */
    int[] slotsByStrike(boolean[] selected) {
        int count = 0;
        for (int r = 0; r < c.rows; r++) {
            if (selected == null || selected[r]) {
                count += c.rowStart[r + 1] - c.rowStart[r];
            }
        }
        int[] slots = new int[count];
        int n = 0;
        for (int r = 0; r < c.rows; r++) {
            if (selected == null || selected[r]) {
                for (int i = c.rowStart[r]; i < c.rowStart[r + 1]; i++) {
                    slots[n++] = i;
                }
            }
        }
        StrikeSort.sort(slots, new int[count], 0, count, c.strike);
        return slots;
    }

    /**
     * Sums the slots by strike into rows.
     *
     * @param slots slots ordered by strike
     * @return one row per distinct strike, ascending
     */
    List<StrikeExposure> byStrike(int[] slots) {
        double[] strike = c.strike;
        double[] sign = c.sign;
        double[] oi = c.openInterest;
        List<StrikeExposure> out = new ArrayList<>();
        int[] calls = new int[slots.length];
        int[] puts = new int[slots.length];
        for (int from = 0; from < slots.length;) {
            double k = strike[slots[from]];
            int to = from;
            int nc = 0;
            int np = 0;
            while (to < slots.length && strike[slots[to]] == k) {
                int i = slots[to++];
                if (sign[i] > 0) {
                    calls[nc++] = i;
                } else {
                    puts[np++] = i;
                }
            }
            Exposure call = sum(calls, 0, nc);
            Exposure put = sum(puts, 0, np);
            Exposure net = new Exposure(add(call.netGex(), put.netGex()), add(call.netDex(), put.netDex()),
                    add(call.netVex(), put.netVex()), add(call.netChex(), put.netChex()));
            out.add(new StrikeExposure(k, call, put, net, sum(oi, calls, 0, nc, "open interest"),
                    sum(oi, puts, 0, np, "open interest")));
            from = to;
        }
        return out;
    }

    /** Returns the summed exposure of {@code slots[from, to)}. */
    Exposure sum(int[] slots, int from, int to) {
        return new Exposure(sum(gex, slots, from, to, "GEX"), sum(dex, slots, from, to, "DEX"),
                sum(vex, slots, from, to, "VEX"), sum(chex, slots, from, to, "CHEX"));
    }

    private double add(double a, double b) {
        double s = a + b;
        if (!Double.isFinite(s)) {
            throw beyondRange("a strike's net exposure");
        }
        return s;
    }

    /** Compensated sum of {@code x[slots[from, to)]}; rescaled when a partial sum leaves the double range. */
    private double sum(double[] x, int[] slots, int from, int to, String what) {
        CompensatedSum s = new CompensatedSum();
        for (int j = from; j < to; j++) {
            s.add(x[slots[j]]);
        }
        double value = s.value();
        if (Double.isFinite(value)) {
            return value;
        }
        ScaledSum scaled = new ScaledSum();
        for (int j = from; j < to; j++) {
            scaled.add(x[slots[j]]);
        }
        value = scaled.value(1);
        if (!Double.isFinite(value)) {
            throw beyondRange("a sum of " + what);
        }
        return value;
    }

    private IllegalArgumentException beyondRange(String what) {
        return new IllegalArgumentException("chain " + c.symbol + ": " + what
                + " lies beyond the double range; its inputs are too large");
    }

    /** Returns the row of a strike with the largest {@code score}, ties to the strike nearest S, then the lower. */
    static StrikeExposure best(List<StrikeExposure> rows, double spot, java.util.function.ToDoubleFunction<
            StrikeExposure> score) {
        StrikeExposure best = null;
        double bestScore = 0;
        for (StrikeExposure row : rows) {
            double v = score.applyAsDouble(row);
            if (!(v > 0)) {
                continue; // only a strictly positive score qualifies
            }
            if (best == null || v > bestScore || v == bestScore && nearer(row.strike(), best.strike(), spot)) {
                best = row;
                bestScore = v;
            }
        }
        return best;
    }

    /** Tells whether strike {@code a} beats {@code b} on a tie: nearer to {@code spot}, then lower. */
    private static boolean nearer(double a, double b, double spot) {
        double da = Math.abs(a - spot);
        double db = Math.abs(b - spot);
        return da < db || da == db && a < b;
    }
}
