package dev.exposure.jackson;

import com.fasterxml.jackson.core.io.NumberInput;

/**
 * The number syntax of the CSV readers ({@link ChainCsv}, {@link CboeQuoteTable}, {@link YfinanceCsv}), checked by
 * a single pass over the characters, and the parsing of numbers of that syntax with Jackson's number parser.
 *
 * <p>A decimal is {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?} with ASCII digits only: no spaces, no
 * {@code NaN} or {@code Infinity}, no hexadecimal, no {@code d}/{@code f} suffix, all of which
 * {@link Double#parseDouble} would accept. A small integer is {@code [+]?\d{1,10}}. Values are parsed by
 * {@link NumberInput#parseDouble(String, boolean)} with its fast path (FastDoubleParser, inside jackson-core), which
 * rounds to the nearest double exactly as {@link Double#parseDouble} does.
 */
final class DecimalText {

    private DecimalText() {
    }

    /**
     * Tells whether a string is a decimal number of the syntax above (of any length).
     *
     * @param s the text
     * @return true if it matches {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}
     */
    static boolean isDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int start = i;
        i = digits(s, i);
        int mantissaDigits = i - start;
        if (i < n && s.charAt(i) == '.') {
            int fraction = i + 1;
            i = digits(s, fraction);
            mantissaDigits += i - fraction;
        }
        if (mantissaDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = i;
            i = digits(s, i);
            if (i == exponent) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * Tells whether a string is a small unsigned integer: an optional {@code +} and one to ten ASCII digits.
     *
     * @param s the text
     * @return true if it matches {@code [+]?\d{1,10}}
     */
    static boolean isSmallInteger(String s) {
        int i = !s.isEmpty() && s.charAt(0) == '+' ? 1 : 0;
        int count = s.length() - i;
        return count >= 1 && count <= 10 && digits(s, i) == s.length();
    }

    /**
     * Parses a decimal number of the syntax above.
     *
     * @param s the text
     * @return the nearest double (infinite beyond the double range), or NaN when {@code s} is longer than
     *     {@value ExposureJson#MAX_NUMBER_LENGTH} characters or not a decimal
     */
    static double parse(String s) {
        if (s.length() > ExposureJson.MAX_NUMBER_LENGTH || !isDecimal(s)) {
            return Double.NaN;
        }
        return NumberInput.parseDouble(s, true);
    }

    /** Returns the index after the run of ASCII digits starting at {@code i}. */
    private static int digits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
