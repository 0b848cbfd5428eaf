package dev.exposure.jackson;

import dev.exposure.internal.MarketTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The strict text forms of instants and dates that the readers of this package accept, shared by the JSON and
 * CSV readers.
 *
 * <ul>
 *   <li>An instant is exactly {@code YYYY-MM-DDTHH:MM:SS[.f]Z}: ASCII digits, an upper-case {@code T} and
 *       {@code Z}, seconds always present, an optional fraction of 1 to 9 digits, hour 00 to 23 and second 00 to
 *       59. Offsets ({@code +02:00}, even {@code +00:00}), a lower-case {@code z} or {@code t}, {@code 24:00:00}
 *       and the leap second {@code 23:59:60} are rejected rather than converted, so a value read is the value
 *       written. This is the form {@link Instant#toString()} writes for every supported instant.</li>
 *   <li>A date is exactly {@code YYYY-MM-DD} with ASCII digits and a valid day of its month.</li>
 *   <li>Both must lie in the supported range of the core ({@link MarketTime#FIRST_INSTANT} to
 *       {@link MarketTime#LAST_INSTANT}, {@link MarketTime#FIRST_DATE} to {@link MarketTime#LAST_DATE}).</li>
 * </ul>
 * Each method returns the value or throws an {@link IllegalArgumentException} whose message says what is wrong
 * with the text (quoted, shortened when long); the readers add the file, line, column and field. The range checks
 * serve the vendor readers too, whose dates come in other forms.
 */
final class IsoTime {

    /** Longest text echoed in a message. */
    private static final int MAX_ECHO = 40;

    private IsoTime() {
    }

    /**
     * Parses an instant in the exact UTC form.
     *
     * @param text the text
     * @return the instant, within the supported range
     * @throws IllegalArgumentException if the text is not of the form, not a valid time, or out of range
     */
    static Instant instant(String text) {
        Instant value = parseInstant(text);
        if (value == null) {
            throw new IllegalArgumentException(echo(text) + " is not an ISO-8601 UTC instant of the form "
                    + "YYYY-MM-DDTHH:MM:SS[.fraction]Z, such as 2026-05-29T15:30:00Z");
        }
        return supported(value, text);
    }

    /**
     * Checks that an instant read from some text lies in the supported range.
     *
     * @param value the instant
     * @param text the text it was read from, quoted in the message
     * @return {@code value}
     * @throws IllegalArgumentException if it lies outside the range
     */
    static Instant supported(Instant value, String text) {
        if (value.isBefore(MarketTime.FIRST_INSTANT) || value.isAfter(MarketTime.LAST_INSTANT)) {
            throw new IllegalArgumentException(echo(text) + " is outside the supported range "
                    + MarketTime.FIRST_INSTANT + " to " + MarketTime.LAST_INSTANT);
        }
        return value;
    }

    /**
     * Parses a date of the form {@code YYYY-MM-DD}.
     *
     * @param text the text
     * @return the date, within the supported range
     * @throws IllegalArgumentException if the text is not of the form, not a valid date, or out of range
     */
    static LocalDate date(String text) {
        LocalDate value = text.length() == 10 ? parseDate(text, 0) : null;
        if (value == null) {
            throw new IllegalArgumentException(echo(text) + " is not a date of the form YYYY-MM-DD");
        }
        return supported(value, text);
    }

    /**
     * Checks that a date read from some text lies in the supported range.
     *
     * @param value the date
     * @param text the text it was read from, quoted in the message
     * @return {@code value}
     * @throws IllegalArgumentException if it lies outside the range
     */
    static LocalDate supported(LocalDate value, String text) {
        if (value.isBefore(MarketTime.FIRST_DATE) || value.isAfter(MarketTime.LAST_DATE)) {
            throw new IllegalArgumentException(echo(text) + " is outside the supported range "
                    + MarketTime.FIRST_DATE + " to " + MarketTime.LAST_DATE);
        }
        return value;
    }

    /** Returns the instant of {@code YYYY-MM-DDTHH:MM:SS[.f]Z}, or null when the text is not exactly that. */
    private static Instant parseInstant(String s) {
        int n = s.length();
        // 20 characters without a fraction; a fraction adds a point and 1 to 9 digits
        if (n < 20 || n == 21 || n > 30 || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':'
                || s.charAt(n - 1) != 'Z') {
            return null;
        }
        LocalDate date = parseDate(s, 0);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (date == null || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            if (s.charAt(19) != '.') {
                return null;
            }
            int fraction = digits(s, 20, n - 21);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int k = n - 21; k < 9; k++) {
                nanos *= 10;
            }
        }
        try {
            // LocalTime.of rejects hour 24 and second 60: nothing is rolled over into the next minute or day
            return date.atTime(LocalTime.of(hour, minute, second, nanos)).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Returns the date of {@code YYYY-MM-DD} at {@code from}, or null when it is not exactly that or invalid. */
    private static LocalDate parseDate(String s, int from) {
        if (s.length() < from + 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
            return null;
        }
        int year = digits(s, from, 4);
        int month = digits(s, from + 5, 2);
        int day = digits(s, from + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Returns the value of {@code count} (1 to 9) ASCII digits at {@code from}, or -1 if one is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String echo(String text) {
        return "'" + (text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO - 3) + "...") + "'";
    }
}
