package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The number syntax of the CSV readers against the regular expressions the readers used before (kept here as the
 * reference), and the parsed values against {@link Double#parseDouble}.
 */
class DecimalTextTest {

    /** The decimal rule as a regular expression, as the readers checked it field by field before. */
    static final Pattern OLD_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** The contract-multiplier rule as a regular expression. */
    static final Pattern OLD_INTEGER = Pattern.compile("[+]?\\d{1,10}");

    /** Characters of number-like text, digits weighted up; U+0661 is a digit to Java but not to the rule. */
    private static final String ALPHABET = "0123456789012345678901234567890123456789..eE++--  xNaIfd\u0661,";

    /**
     * A random number-like string: half from the grammar with random faults, half random characters, so that both
     * accepted and rejected strings are frequent.
     */
    static String numberLike(SplittableRandom r) {
        if (r.nextBoolean()) {
            int n = r.nextInt(13);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(3) == 0) {
            sb.append(r.nextBoolean() ? '+' : '-');
        }
        sb.append(digits(r, r.nextInt(4)));
        if (r.nextInt(3) > 0) {
            sb.append('.').append(digits(r, r.nextInt(4)));
        }
        if (r.nextInt(3) == 0) {
            sb.append(r.nextBoolean() ? 'e' : 'E');
            if (r.nextBoolean()) {
                sb.append(r.nextBoolean() ? '+' : '-');
            }
            sb.append(digits(r, r.nextInt(4)));
        }
        if (r.nextInt(8) == 0 && sb.length() > 0) {
            // one fault: a character replaced by any of the alphabet
            sb.setCharAt(r.nextInt(sb.length()), ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String digits(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    @RepeatedTest(10)
    void isDecimal_randomStrings_acceptsExactlyWhatTheRegexAccepts(RepetitionInfo info) {
        long seed = 0xDEC0_0000L + info.getCurrentRepetition();
        SplittableRandom random = new SplittableRandom(seed);
        int accepted = 0;
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            String s = numberLike(random);
            boolean expected = OLD_DECIMAL.matcher(s).matches();
            assertThat(DecimalText.isDecimal(s)).as("seed %d: '%s'", seed, s).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        // both outcomes are frequent, so the comparison means something
        assertThat(accepted).as("seed %d", seed).isBetween(n / 5, n - n / 5);
    }

    @RepeatedTest(10)
    void isSmallInteger_randomStrings_acceptsExactlyWhatTheRegexAccepts(RepetitionInfo info) {
        long seed = 0x1E6E_0000L + info.getCurrentRepetition();
        SplittableRandom random = new SplittableRandom(seed);
        int accepted = 0;
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            String s = random.nextInt(4) == 0 ? "+".repeat(random.nextInt(2)) + digits(random, random.nextInt(13))
                    : numberLike(random);
            boolean expected = OLD_INTEGER.matcher(s).matches();
            assertThat(DecimalText.isSmallInteger(s)).as("seed %d: '%s'", seed, s).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).as("seed %d", seed).isBetween(n / 20, n - n / 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+", "-", ".", "1e", "1e+", "e5", "1.2.3", "0x1p3", "NaN", "Infinity", "-Infinity",
        "1d", "1f", "1,5", " 1", "1 ", "--1", "1e5.5", "\u0661", "+.e1"})
    void parse_notADecimal_isNaN(String s) {
        assertThat(DecimalText.isDecimal(s)).isFalse();
        assertThat(DecimalText.parse(s)).isNaN();
    }

    @Test
    void parse_longerThanTheNumberLimit_isNaN() {
        String ok = "0." + "1".repeat(ExposureJson.MAX_NUMBER_LENGTH - 2);
        assertThat(DecimalText.parse(ok)).isEqualTo(Double.parseDouble(ok));
        assertThat(DecimalText.parse(ok + "1")).isNaN();
        assertThat(DecimalText.isDecimal(ok + "1")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+0.0", "2400.00", "800.000", "0.0001", ".5", "5.", "4.285", "1e22", "1e23",
        "9007199254740993", "123456789012345678901234567890", "0.1e-400", "1e400", "-1e400", "4.9e-324",
        "2.2250738585072011e-308", "0.30000000000000004", "1E+2", "1e-22", "1e-23", "00000000000000000000001.5",
        "0.000000000000000000000000000001", "692.2999877929688", "2.691409521484375",
        "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                + "000000000000000000000"})
    void parse_edgeCases_equalDoubleParseDouble(String s) {
        assertThat(Double.doubleToRawLongBits(DecimalText.parse(s))).as(s)
                .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
    }

    @RepeatedTest(20)
    void parse_randomDecimals_equalDoubleParseDouble(RepetitionInfo info) {
        long seed = 0x5EED_0000L + info.getCurrentRepetition();
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 20_000; n++) {
            String s = randomDecimal(random);
            assertThat(Double.doubleToRawLongBits(DecimalText.parse(s))).as("seed %d: %s", seed, s)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
        }
    }

    /** Quote-table-like numbers mostly (few digits, 0-4 decimals), and long and exponent forms. */
    private static String randomDecimal(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        switch (r.nextInt(4)) {
            case 0:
                sb.append(r.nextInt(100_000)).append('.').append(String.format(Locale.ROOT, "%04d", r.nextInt(10_000)));
                break;
            case 1:
                sb.append(r.nextBoolean() ? "-" : "").append(r.nextLong(1L << 60));
                break;
            case 2: {
                int digits = 1 + r.nextInt(25);
                for (int i = 0; i < digits; i++) {
                    sb.append((char) ('0' + r.nextInt(10)));
                }
                sb.insert(r.nextInt(digits + 1), '.');
                if (sb.charAt(0) == '.' && sb.length() == 1) {
                    sb.append('0');
                }
                break;
            }
            default:
                sb.append(r.nextInt(1000)).append('.').append(r.nextInt(1000)).append('e')
                        .append(r.nextInt(-40, 40));
                break;
        }
        return sb.toString();
    }
}
