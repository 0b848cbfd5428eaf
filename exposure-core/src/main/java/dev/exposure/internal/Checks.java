package dev.exposure.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Argument checks for the API boundary, in the spirit of an argument checker: each names the argument, returns
 * the value, and rejects NaN through the comparison itself.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Checks that a reference is not null.
     *
     * @param value the value
     * @param name the argument name used in the message
     * @param <T> the value type
     * @return {@code value}
     * @throws NullPointerException naming the argument if {@code value} is null
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }

    /**
     * Checks that a string is neither null nor blank, blank meaning made only of the blanks of {@link Symbols}
     * (Unicode spaces included).
     *
     * @param value the value
     * @param name the argument name used in the message
     * @return {@code value}, unchanged
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (Symbols.strip(value).isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * Checks that an as-of instant lies in the supported range, {@link MarketTime#FIRST_INSTANT} to
     * {@link MarketTime#LAST_INSTANT}.
     *
     * @param value the instant
     * @param name the argument name used in the message
     * @return {@code value}
     * @throws NullPointerException naming the argument if {@code value} is null
     * @throws IllegalArgumentException naming the argument and the range if {@code value} is outside it
     */
    public static Instant supported(Instant value, String name) {
        notNull(value, name);
        if (value.isBefore(MarketTime.FIRST_INSTANT) || value.isAfter(MarketTime.LAST_INSTANT)) {
            throw new IllegalArgumentException(name + " must be from " + MarketTime.FIRST_INSTANT + " to "
                    + MarketTime.LAST_INSTANT + " but was " + value);
        }
        return value;
    }

    /**
     * Checks that an expiration date lies in the supported range, {@link MarketTime#FIRST_DATE} to
     * {@link MarketTime#LAST_DATE}.
     *
     * @param value the date
     * @param name the argument name used in the message
     * @return {@code value}
     * @throws NullPointerException naming the argument if {@code value} is null
     * @throws IllegalArgumentException naming the argument and the range if {@code value} is outside it
     */
    public static LocalDate supported(LocalDate value, String name) {
        notNull(value, name);
        if (value.isBefore(MarketTime.FIRST_DATE) || value.isAfter(MarketTime.LAST_DATE)) {
            throw new IllegalArgumentException(name + " must be from " + MarketTime.FIRST_DATE + " to "
                    + MarketTime.LAST_DATE + " but was " + value);
        }
        return value;
    }

    /**
     * Checks that a double is finite.
     *
     * @param value the value
     * @param name the argument name used in the message
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static double finite(double value, String name) {
        if (!(value > Double.NEGATIVE_INFINITY && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite but was " + value);
        }
        return value;
    }

    /**
     * Checks that an int is at least a bound.
     *
     * @param value the value
     * @param min the smallest accepted value
     * @param name the argument name used in the message
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value < min}
     */
    public static int atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + " but was " + value);
        }
        return value;
    }

    /**
     * Tells whether a double is finite and strictly positive.
     *
     * @param value the value
     * @return {@code true} for {@code 0 < value < +∞}; {@code false} for NaN
     */
    public static boolean isPositiveFinite(double value) {
        return value > 0 && value < Double.POSITIVE_INFINITY;
    }

    /**
     * Tells whether a double is finite and not negative.
     *
     * @param value the value
     * @return {@code true} for {@code 0 <= value < +∞} (including {@code -0.0}); {@code false} for NaN
     */
    public static boolean isNonNegativeFinite(double value) {
        return value >= 0 && value < Double.POSITIVE_INFINITY;
    }
}
