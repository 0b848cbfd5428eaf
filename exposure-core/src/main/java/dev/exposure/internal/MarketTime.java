package dev.exposure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Time conventions: when a contract expires, its time to expiry τ in years, and its days to expiry.
 *
 * <ul>
 *   <li>Every contract expires at 16:00 America/New_York on its expiration date (daylight saving applied).</li>
 *   <li>τ = (expiry instant − as-of) in seconds / (365 · 86 400), nanoseconds included.</li>
 *   <li>DTE = calendar days from the as-of date in New York to the expiration date, 0 for a same-day expiry,
 *       saturated at {@link Integer#MAX_VALUE}.</li>
 *   <li>The supported range: as-of instants from {@link #FIRST_INSTANT} to {@link #LAST_INSTANT} and expiration
 *       dates from {@link #FIRST_DATE} to {@link #LAST_DATE}, the years 1900 to 9999. Within it every step here
 *       is exact: the New York date of any instant is a valid {@link LocalDate}, seconds between two instants fit
 *       a {@code long} (and a {@code double} without rounding), and every date and instant is written with a
 *       four-digit year, as {@code YYYY-MM-DD} and the ISO-8601 instant form read it back. The builder rejects
 *       anything outside it.</li>
 * </ul>
 */
public final class MarketTime {

    /** The exchange time zone. */
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** The local time at which contracts expire. */
    public static final LocalTime EXPIRY_TIME = LocalTime.of(16, 0);

    /** The first supported expiration date, 1900-01-01. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

    /** The last supported expiration date, 9999-12-31. */
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    /** The first supported as-of instant, 1900-01-01T00:00:00Z. */
    public static final Instant FIRST_INSTANT = Instant.parse("1900-01-01T00:00:00Z");

    /** The last supported as-of instant, 9999-12-31T23:59:59.999999999Z. */
    public static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** Seconds in the 365-day year used for τ. */
    public static final double SECONDS_PER_YEAR = 365.0 * 86_400.0;

    private MarketTime() {
    }

    /**
     * Returns the instant a contract expiring on {@code expiration} expires.
     *
     * @param expiration the expiration date
     * @return 16:00 America/New_York on that date
     */
    public static Instant expiryInstant(LocalDate expiration) {
        return expiration.atTime(EXPIRY_TIME).atZone(NEW_YORK).toInstant();
    }

    /**
     * Returns the time from {@code asOf} to the expiry of {@code expiration}, in years of 365 days.
     *
     * @param asOf the valuation instant
     * @param expiration the expiration date
     * @return τ in years; zero or negative when the contract has expired
     */
    public static double yearsToExpiry(Instant asOf, LocalDate expiration) {
        Instant expiry = expiryInstant(expiration);
        long seconds = expiry.getEpochSecond() - asOf.getEpochSecond();
        int nanos = expiry.getNano() - asOf.getNano();
        // seconds and nanos are both exact in double for any realistic span; dividing once keeps τ exact to 1 ulp
        return (seconds + nanos * 1e-9) / SECONDS_PER_YEAR;
    }

    /**
     * Returns the calendar days from the New York date of {@code asOf} to {@code expiration}.
     *
     * @param asOf the valuation instant
     * @param expiration the expiration date
     * @return days to expiry, saturated to the int range
     */
    public static int daysToExpiry(Instant asOf, LocalDate expiration) {
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(asOf, NEW_YORK), expiration);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, days));
    }
}
