package dev.exposure.cli.chart;

import dev.exposure.GexUnit;
import dev.exposure.Greek;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The texts of the charts: numbers on axes and labels, the as-of time, units and names. Every number is formatted
 * with {@link Locale#ROOT} symbols (decimal point {@code .}, grouping {@code ,}, minus {@code -}), so a chart does not
 * depend on the default locale.
 */
final class Formats {

    /** The zone of every as-of time shown: exchange time of US listed options. */
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT)
            .withZone(NEW_YORK);

    /** The scales of {@link #amount}: one, million, billion, trillion. */
    private static final double[] TIERS = {1, 1e6, 1e9, 1e12};

    /** The suffixes of {@link #TIERS}. */
    private static final String[] SUFFIXES = {"", "M", "B", "T"};

    private Formats() {
    }

    /**
     * Formats an instant as New York wall-clock time, {@code "2024-01-07 10:52 New York"}.
     *
     * @param instant the instant
     * @return its date and time to the minute (truncated) in America/New_York, then {@code " New York"}
     */
    static String asOf(Instant instant) {
        return AS_OF.format(instant) + " New York";
    }

    /**
     * Formats a price or strike: thousands separated; a whole number without decimals, any other with two
     * (half-even): {@code 4697.2402 → "4,697.24"}, {@code 597.5 → "597.50"}, {@code 4800 → "4,800"}.
     *
     * @param price the price, USD
     * @return its text
     */
    static String price(double price) {
        DecimalFormat f = decimal(price == Math.rint(price) ? "#,##0" : "#,##0.00");
        return zeroless(f.format(price));
    }

    /**
     * Returns the format of a price axis (as {@link #price}).
     *
     * @return a new format; not thread-safe
     */
    static NumberFormat priceAxis() {
        return new Compact(false);
    }

    /**
     * Returns the format of an exposure axis (as {@link #amount}).
     *
     * @return a new format; not thread-safe
     */
    static NumberFormat amountAxis() {
        return new Compact(true);
    }

    /**
     * Formats an amount of US dollars compactly: below one million in full with thousands separators (at most
     * three decimals), from one million with an {@code M} suffix, from one billion {@code B}, from one trillion
     * {@code T}, each with at most three decimals and no trailing zeros: {@code 250_000 → "250,000"},
     * {@code 7.5e8 → "750M"}, {@code -1.25e9 → "-1.25B"}, {@code 0 → "0"} (never {@code "-0"}).
     *
     * @param amount the amount, USD
     * @return its text
     */
    static String amount(double amount) {
        int t = 0;
        while (t + 1 < TIERS.length && Math.abs(amount) >= TIERS[t + 1]) {
            t++;
        }
        DecimalFormat f = decimal("#,##0.###");
        String text = zeroless(f.format(amount / TIERS[t]));
        // rounding may reach the next tier: 999,999.9996 is "1,000,000" and 999.9996M is "1,000M"; say 1M, 1B
        String digits = text.startsWith("-") ? text.substring(1) : text;
        if (t + 1 < TIERS.length && digits.equals(t == 0 ? "1,000,000" : "1,000")) {
            text = zeroless(f.format(amount / TIERS[++t]));
        }
        return text + SUFFIXES[t];
    }

    /** Turns a rounded negative zero ("-0") into "0". */
    private static String zeroless(String text) {
        return text.equals("-0") ? "0" : text;
    }

    private static DecimalFormat decimal(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f;
    }

    /**
     * Returns the unit of a greek's figures as shown on charts.
     *
     * @param greek the greek
     * @param gexUnit the unit GEX was computed in
     * @return {@code "USD per 1% move"} or {@code "USD per 1.00 move"} (GEX), {@code "USD"} (DEX),
     *     {@code "USD per 1.00 change of implied volatility"} (VEX), {@code "USD per calendar day"} (CHEX)
     */
    static String unit(Greek greek, GexUnit gexUnit) {
        switch (greek) {
            case GEX:
                return gexUnit == GexUnit.PER_POINT ? "USD per 1.00 move" : "USD per 1% move";
            case DEX:
                return "USD";
            case VEX:
                return "USD per 1.00 change of implied volatility";
            case CHEX:
                return "USD per calendar day";
            default:
                throw new AssertionError(greek);
        }
    }

    /**
     * Returns the name of a greek's exposure.
     *
     * @param greek the greek
     * @return {@code "gamma exposure"}, {@code "delta exposure"}, {@code "vanna exposure"} or {@code "charm exposure"}
     */
    static String name(Greek greek) {
        switch (greek) {
            case GEX:
                return "gamma exposure";
            case DEX:
                return "delta exposure";
            case VEX:
                return "vanna exposure";
            case CHEX:
                return "charm exposure";
            default:
                throw new AssertionError(greek);
        }
    }

    /**
     * Returns the short upper-case name of a greek's exposure.
     *
     * @param greek the greek
     * @return {@code "GEX"}, {@code "DEX"}, {@code "VEX"} or {@code "CHEX"}
     */
    static String abbreviation(Greek greek) {
        return greek.code().toUpperCase(Locale.ROOT);
    }

    /** An axis format: {@link #amount} or {@link #price} as a {@link NumberFormat} (formatting only). */
    private static final class Compact extends NumberFormat {
        private static final long serialVersionUID = 1L;

        private final boolean amount;

        Compact(boolean amount) {
            this.amount = amount;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(amount ? amount(number) : price(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("formatting only");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Compact && ((Compact) o).amount == amount;
        }

        @Override
        public int hashCode() {
            return Boolean.hashCode(amount);
        }
    }
}
