package dev.exposure.jackson;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/**
 * Option symbols in the compact OCC form that Cboe and Yahoo print: the root, the expiration as {@code YYMMDD}, the
 * type {@code C} or {@code P}, and the strike times 1000 in eight digits, e.g. {@code SPXW220207C02400000} (root
 * {@code SPXW}, 2022-02-07, call, strike 2400). The root is everything before the last fifteen characters, so roots
 * with digits (adjusted contracts such as {@code SPY1}) are read too. Years {@code YY} are 2000 + YY.
 *
 * <p>The underlying symbol of a root is the root itself, except for the weekly and PM-settled index roots, which
 * share their index's underlying: {@code SPXW} → {@code SPX}, {@code NDXP} → {@code NDX}, {@code RUTW} →
 * {@code RUT}, {@code VIXW} → {@code VIX}.
 */
final class OccSymbol {

    /** Characters after the root: six of date, one of type, eight of strike. */
    static final int SUFFIX = 15;

    /** Half a cent: the precision of the strikes Cboe prints, within which a symbol's strike must agree. */
    static final double STRIKE_TOLERANCE = 0.005;

    private static final Map<String, String> UNDERLYING_OF_ROOT = Map.of("SPXW", "SPX", "NDXP", "NDX", "RUTW", "RUT",
            "VIXW", "VIX");

    private OccSymbol() {
    }

    /**
     * Tells whether a text is an option symbol in this form: at least one root character, then six digits, a
     * {@code C} or {@code P}, and eight digits.
     *
     * @param s the text
     * @return true if well formed
     */
    static boolean isValid(String s) {
        int len = s.length();
        if (len <= SUFFIX) {
            return false;
        }
        int p = len - SUFFIX;
        for (int k = p; k < len; k++) {
            char c = s.charAt(k);
            if (k == p + 6 ? c != 'C' && c != 'P' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the type letter of a valid symbol.
     *
     * @param s a valid symbol
     * @return {@code 'C'} or {@code 'P'}
     */
    static char type(String s) {
        return s.charAt(s.length() - 9);
    }

    /**
     * Returns the strike of a valid symbol.
     *
     * @param s a valid symbol
     * @return the strike, the eight digits divided by 1000 (correctly rounded)
     */
    static double strike(String s) {
        int len = s.length();
        long thousandths = 0;
        for (int k = len - 8; k < len; k++) {
            thousandths = 10 * thousandths + (s.charAt(k) - '0');
        }
        return thousandths / 1000.0;
    }

    /**
     * Returns the expiration of a valid symbol.
     *
     * @param s a valid symbol
     * @return the date
     * @throws DateTimeException if the six digits are no date
     */
    static LocalDate expiration(String s) {
        int p = s.length() - SUFFIX;
        return LocalDate.of(2000 + digits(s, p), digits(s, p + 2), digits(s, p + 4));
    }

    private static int digits(String s, int k) {
        return 10 * (s.charAt(k) - '0') + s.charAt(k + 1) - '0';
    }

    /**
     * Returns the root of a valid symbol.
     *
     * @param s a valid symbol
     * @return the root, e.g. {@code SPXW}
     */
    static String root(String s) {
        return s.substring(0, s.length() - SUFFIX);
    }

    /**
     * Returns the underlying symbol of a root.
     *
     * @param root the root
     * @return SPX for SPXW, NDX for NDXP, RUT for RUTW, VIX for VIXW, else the root
     */
    static String underlying(String root) {
        return UNDERLYING_OF_ROOT.getOrDefault(root, root);
    }

    /**
     * Tells whether a symbol's strike agrees with a strike column.
     *
     * @param fromSymbol the symbol's strike
     * @param fromColumn the strike column's value
     * @return true when they differ by at most {@link #STRIKE_TOLERANCE} (plus a relative 1e-12 for rounding)
     */
    static boolean agrees(double fromSymbol, double fromColumn) {
        return Math.abs(fromSymbol - fromColumn) <= STRIKE_TOLERANCE + 1e-12 * Math.abs(fromColumn);
    }
}
