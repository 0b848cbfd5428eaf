package dev.exposure.jackson;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A second implementation of {@link PlainDecimal#format(double)}'s definition, for the tests: for each precision
 * {@code p}, the two neighbours of the exact binary value at {@code p} significant digits are the only candidates,
 * and the smallest {@code p} at which one reads back is found by bisection up to the digit count of
 * {@link Double#toString(double)} (or 17); the closer neighbour wins, an even last digit on a tie. Slow (dozens of
 * {@code BigDecimal} roundings and parses per number), independent of the Schubfach digits production uses.
 */
final class ReferencePlainDecimal {

    private ReferencePlainDecimal() {
    }

    /** Formats a finite double by the definition; see the class comment. */
    static String format(double x) {
        if (x == 0) {
            return Double.doubleToRawLongBits(x) == 0 ? "0" : "-0.0";
        }
        double a = Math.abs(x);
        if (a < 0x1p53 && a == Math.rint(a)) {
            return Long.toString((long) x);
        }
        String digits = shortest(a).stripTrailingZeros().toPlainString();
        return x < 0 ? "-" + digits : digits;
    }

    /** Returns the shortest decimal, closest to {@code a}, that parses back to {@code a} (finite, positive). */
    private static BigDecimal shortest(double a) {
        BigDecimal exact = new BigDecimal(a);
        int hi = digitCount(Double.toString(a));
        if (closest(exact, a, hi) == null) {
            hi = 17; // 17 significant digits always identify a double
        }
        int lo = 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (closest(exact, a, mid) == null) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        BigDecimal best = closest(exact, a, hi);
        assert best != null : a;
        return best;
    }

    /**
     * Returns the neighbour of {@code exact} at {@code p} significant digits that parses back to {@code a} and is
     * closer to {@code exact} (even last digit on a tie), or null if neither does.
     */
    private static BigDecimal closest(BigDecimal exact, double a, int p) {
        BigDecimal down = exact.round(new MathContext(p, RoundingMode.DOWN));
        BigDecimal up = exact.round(new MathContext(p, RoundingMode.UP));
        boolean downOk = Double.parseDouble(down.toString()) == a;
        boolean upOk = Double.parseDouble(up.toString()) == a;
        if (downOk && upOk && down.compareTo(up) != 0) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            if (cmp != 0) {
                return cmp < 0 ? down : up;
            }
            return down.unscaledValue().testBit(0) ? up : down;
        }
        if (downOk) {
            return down;
        }
        return upOk ? up : null;
    }

    /** Counts the significant digits of a {@link Double#toString(double)} result of a positive double. */
    private static int digitCount(String s) {
        int end = s.indexOf('E');
        String mantissa = end < 0 ? s : s.substring(0, end);
        return Math.max(1, new BigDecimal(mantissa).stripTrailingZeros().precision());
    }
}
