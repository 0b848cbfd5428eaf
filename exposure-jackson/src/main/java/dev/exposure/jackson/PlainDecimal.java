package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes doubles as plain decimal numbers: no exponent, and the fewest significant digits that read back
 * ({@link Double#parseDouble}) to the very same double; among those, the one closest to the double's exact binary
 * value (an even last digit on a tie).
 *
 * <p>Algorithm. For a finite non-zero {@code x} with {@code a = |x|}, the digits come from jackson-core's
 * Schubfach implementation ({@link NumberOutput#toString(double, boolean)} with the fast writer), which selects,
 * as {@link Double#toString(double)} does from JDK 19 on, the shortest decimal that rounds to {@code a} and, among
 * those, the closest, with one exception: where one digit would do, it selects the closest decimal of
 * <em>two</em> digits ({@code 4.9E-324} rather than {@code 5E-324}). So when Schubfach answers with two
 * significant digits, the two one-digit neighbours of the exact value are tried, and the closer one that reads back
 * to {@code a} is taken instead. The digits are then laid out with {@link BigDecimal#toPlainString()}. This costs
 * a few hundred nanoseconds per number; a second implementation of the same definition (bisection over
 * {@code BigDecimal} roundings) is checked against it in the tests.
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
        BigDecimal schubfach = new BigDecimal(NumberOutput.toString(a, true));
        if (schubfach.stripTrailingZeros().precision() == 2) {
            BigDecimal one = closestOneDigit(a);
            if (one != null) {
                return one;
            }
        }
        return schubfach;
    }

    /**
     * Returns the neighbour of {@code a}'s exact value at one significant digit that parses back to {@code a} and is
     * closer to it (even digit on a tie), or null if neither does.
     */
    private static BigDecimal closestOneDigit(double a) {
        BigDecimal exact = new BigDecimal(a);
        BigDecimal down = exact.round(new MathContext(1, RoundingMode.DOWN));
        BigDecimal up = exact.round(new MathContext(1, RoundingMode.UP));
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
}
