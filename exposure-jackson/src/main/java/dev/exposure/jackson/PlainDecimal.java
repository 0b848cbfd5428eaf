package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes doubles as plain decimal numbers: no exponent, and the fewest significant digits that read back
 * ({@link Double#parseDouble}) to the very same double.
 *
 * <p>Algorithm. For a finite non-zero {@code x}, let {@code a = |x|} and let {@code E} be the exact binary value of
 * {@code a} as a {@link BigDecimal}. For a precision {@code p}, the only {@code p}-digit decimals that can round to
 * {@code a} are the two neighbours of {@code E} at {@code p} digits ({@code E} rounded down and up): any other
 * {@code p}-digit decimal is farther from {@code a} than the neighbour on its side, and the set of decimals that
 * round to {@code a} is an interval around {@code a}. If a {@code p}-digit decimal round-trips, so does a
 * {@code (p+1)}-digit one, so the smallest working {@code p} is found by bisection between 1 and the digit count of
 * {@link Double#toString(double)} (which always round-trips, but on JDK 17 is sometimes one or two digits too
 * long, e.g. {@code 9.999999999999999E22} for {@code 1.0E23}). At that precision the neighbour closer to
 * {@code E} is chosen (an even last digit on a tie). The digits are then laid out with
 * {@link BigDecimal#toPlainString()}.
 *
 * <p>Special cases: integers of magnitude below 2<sup>53</sup> take a fast path ({@code 1640000000}, never
 * {@code 1640000000.0}); positive zero is {@code 0}; negative zero is {@code -0.0}, so that readers that tell
 * integer tokens from floating-point ones keep its sign. Non-finite values have no JSON form and are rejected.
 * The longest output is 327 characters ({@code -4.9E-324}, written as {@code -0.} followed by 323 zeros and
 * {@code 5}).
 */
final class PlainDecimal {

    /** Largest magnitude below which every integer-valued double is an exact {@code long} with shortest digits. */
    private static final double TWO_POW_53 = 0x1p53;

    private PlainDecimal() {
    }

    /**
     * Formats a double as a plain decimal with the shortest round-tripping digits.
     *
     * @param x a finite double
     * @return the decimal text, e.g. {@code "1640000000"}, {@code "0.5"}, {@code "0.0000001"}, {@code "-0.0"}
     * @throws IllegalArgumentException if {@code x} is NaN or infinite
     */
    static String format(double x) {
        if (!(x > Double.NEGATIVE_INFINITY && x < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("a JSON number must be finite but was " + x);
        }
        if (x == 0) {
            return Double.doubleToRawLongBits(x) == 0 ? "0" : "-0.0";
        }
        double a = Math.abs(x);
        if (a < TWO_POW_53 && a == Math.rint(a)) {
            return Long.toString((long) x);
        }
        String digits = shortest(a).stripTrailingZeros().toPlainString();
        return x < 0 ? "-" + digits : digits;
    }

    /**
     * Writes a double as a raw numeric token in the {@link #format(double)} form.
     *
     * @param gen the generator
     * @param x a finite double
     * @throws IOException if the generator fails
     * @throws IllegalArgumentException if {@code x} is NaN or infinite
     */
    static void write(JsonGenerator gen, double x) throws IOException {
        gen.writeNumber(format(x));
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
