package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlainDecimalTest {

    @Test
    void format_handPickedValues_givesTheirShortestPlainDigits() {
        assertThat(PlainDecimal.format(1.64e9)).isEqualTo("1640000000");
        assertThat(PlainDecimal.format(-2.1e8)).isEqualTo("-210000000");
        assertThat(PlainDecimal.format(0.5)).isEqualTo("0.5");
        assertThat(PlainDecimal.format(1.0e-7)).isEqualTo("0.0000001");
        assertThat(PlainDecimal.format(597.5)).isEqualTo("597.5");
        assertThat(PlainDecimal.format(432.80)).isEqualTo("432.8");
        assertThat(PlainDecimal.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(PlainDecimal.format(-123456.789)).isEqualTo("-123456.789");
        assertThat(PlainDecimal.format(1.5e20)).isEqualTo("150000000000000000000");
        assertThat(PlainDecimal.format(1.0)).isEqualTo("1");
    }

    @Test
    void format_zeros_keepTheirSign() {
        assertThat(PlainDecimal.format(0.0)).isEqualTo("0");
        assertThat(PlainDecimal.format(-0.0)).isEqualTo("-0.0");
        assertThat(Double.parseDouble(PlainDecimal.format(-0.0))).isEqualTo(-0.0);
    }

    @Test
    void format_valuesWhereJdk17ToStringIsTooLong_givesTheShortestDigits() {
        // JDK 17 prints these with one or two digits too many (fixed in JDK 19); the literal is the shortest form
        assertThat(PlainDecimal.format(1.0e23)).isEqualTo("100000000000000000000000");
        assertThat(PlainDecimal.format(2.0e23)).isEqualTo("200000000000000000000000");
        assertThat(PlainDecimal.format(8.41e21)).isEqualTo("8410000000000000000000");
        assertThat(PlainDecimal.format(2.82879384806159e17)).isEqualTo("282879384806159000");
        assertThat(PlainDecimal.format(1.387364135037754e18)).isEqualTo("1387364135037754000");
        assertThat(PlainDecimal.format(5.684341886080802e-14)).isEqualTo("0.00000000000005684341886080802");
    }

    @Test
    void format_extremes_areWrittenInFull() {
        assertThat(PlainDecimal.format(Double.MIN_VALUE)).isEqualTo("0." + "0".repeat(323) + "5");
        assertThat(PlainDecimal.format(-Double.MIN_VALUE)).isEqualTo("-0." + "0".repeat(323) + "5").hasSize(327);
        assertThat(PlainDecimal.format(2 * Double.MIN_VALUE)).isEqualTo("0." + "0".repeat(322) + "1");
        assertThat(PlainDecimal.format(1e-300)).isEqualTo("0." + "0".repeat(299) + "1");
        assertThat(PlainDecimal.format(Double.MAX_VALUE)).isEqualTo("17976931348623157" + "0".repeat(292));
        assertThat(PlainDecimal.format(1.7e308)).isEqualTo("17" + "0".repeat(307));
        assertThat(PlainDecimal.format(Double.MIN_NORMAL)).isEqualTo("0." + "0".repeat(307) + "22250738585072014");
    }

    @Test
    void format_integersAroundTwoToThe53_areExact() {
        assertThat(PlainDecimal.format(0x1p53 - 1)).isEqualTo("9007199254740991");
        assertThat(PlainDecimal.format(0x1p53)).isEqualTo("9007199254740992");
        assertThat(PlainDecimal.format(0x1p53 + 2)).isEqualTo("9007199254740994");
        assertThat(PlainDecimal.format(0x1p60)).isEqualTo("1152921504606847000"); // 2^60 = 1152921504606846976
        assertThat(PlainDecimal.format(-0x1p63)).isEqualTo("-9223372036854776000");
    }

    @Test
    void format_nonFinite_isRejected() {
        assertThatThrownBy(() -> PlainDecimal.format(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlainDecimal.format(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlainDecimal.format(Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static LongStream seeds() {
        return LongStream.range(0, 6).map(i -> 0x5EED_0000L + i);
    }

    /** Random bit patterns cover every exponent; each output must read back exactly and be no longer than needed. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void format_randomDoubles_roundTripExactlyWithShortestDigitsAndNoExponent(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 2500; n++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(x)) {
                continue;
            }
            String s = PlainDecimal.format(x);
            String context = "seed " + seed + ", x = " + x;
            assertThat(s).as(context).doesNotContain("e", "E").matches("-?\\d+(\\.\\d+)?");
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(s))).as(context)
                    .isEqualTo(Double.doubleToRawLongBits(x));
            assertThat(significantDigits(s)).as(context).isEqualTo(naiveShortestDigits(x));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void format_randomDecimalsOfFewDigits_giveThoseDigitsBack(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 4000; n++) {
            // a decimal of 1 to 15 digits always round-trips through a double, so it is its own shortest form
            int digits = 1 + random.nextInt(15);
            long unscaled = random.nextLong(1, (long) Math.pow(10, digits));
            int scale = random.nextInt(-20, 40);
            BigDecimal d = BigDecimal.valueOf(unscaled, scale);
            double x = d.doubleValue();
            assertThat(PlainDecimal.format(x)).as("seed %d, %s", seed, d)
                    .isEqualTo(d.stripTrailingZeros().toPlainString());
        }
    }

    /**
     * Production (Schubfach digits, one-digit repair) against the second implementation in
     * {@link ReferencePlainDecimal}, string for string: random bit patterns (every exponent), exposure-like values
     * (products and sums of a few prices), and the neighbours of short decimals, where ties and two-digit answers
     * happen.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void format_randomDoubles_equalTheReferenceImplementation(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 6000; n++) {
            double x;
            switch (n % 3) {
                case 0:
                    x = Double.longBitsToDouble(random.nextLong());
                    break;
                case 1:
                    x = random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-12, 16));
                    break;
                default:
                    double d = BigDecimal.valueOf(random.nextLong(1, 100), random.nextInt(-330, 330)).doubleValue();
                    x = random.nextBoolean() ? Math.nextUp(d) : Math.nextDown(d);
                    break;
            }
            if (!Double.isFinite(x)) {
                continue;
            }
            double value = x;
            assertThat(PlainDecimal.format(x)).as(() -> "seed " + seed + ", x = " + value + " (bits 0x"
                    + Long.toHexString(Double.doubleToRawLongBits(value)) + ")")
                    .isEqualTo(ReferencePlainDecimal.format(x));
        }
    }

    @Test
    void format_subnormalsAndOneDigitValues_equalTheReferenceImplementation() {
        for (long bits = 1; bits < 5000; bits++) {
            double x = Double.longBitsToDouble(bits);
            assertThat(PlainDecimal.format(x)).as("bits %d", bits).isEqualTo(ReferencePlainDecimal.format(x));
        }
        for (int e = -324; e <= 308; e++) {
            for (int digit = 1; digit <= 9; digit++) {
                double d = Double.parseDouble(digit + "e" + e);
                for (double x : new double[] {d, Math.nextUp(d), Math.nextDown(d)}) {
                    if (x > 0 && Double.isFinite(x)) {
                        assertThat(PlainDecimal.format(x)).as("%s", x).isEqualTo(ReferencePlainDecimal.format(x));
                    }
                }
            }
        }
    }

    private static int significantDigits(String plain) {
        String s = plain.startsWith("-") ? plain.substring(1) : plain;
        return new BigDecimal(s).stripTrailingZeros().precision();
    }

    /** Reference: the smallest precision at which any decimal reads back to x, trying every precision in turn. */
    private static int naiveShortestDigits(double x) {
        if (x == 0) {
            return 1;
        }
        BigDecimal exact = new BigDecimal(Math.abs(x));
        for (int p = 1; p <= 17; p++) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(p, mode));
                if (Double.parseDouble(candidate.toString()) == Math.abs(x)) {
                    return candidate.stripTrailingZeros().precision();
                }
            }
        }
        throw new AssertionError("no decimal of 17 digits reads back to " + x);
    }
}
