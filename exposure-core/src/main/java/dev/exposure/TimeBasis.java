package dev.exposure;

import dev.exposure.internal.Checks;
import dev.exposure.internal.MarketTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How the time to expiry τ (in years) of a contract is measured.
 *
 * <p>Under every basis a contract expires at 16:00 America/New_York on its expiration date, and a contract whose
 * expiry instant is at or before the as-of instant is expired (left out of every figure and count). For the live
 * ones:
 * <ul>
 *   <li>{@link #calendar()} (the default): τ = (expiry instant − as-of) in seconds / (365·86 400). A contract
 *       expiring at 16:00 today, seen at 11:30, has τ = 4.5 / 8 760.</li>
 *   <li>{@link #weekdays(int, boolean) weekdays(daysPerYear, sameDayFloor)}: τ = n / daysPerYear, where n is the
 *       number of Monday–Friday dates d with asOfDate ≤ d &lt; expiration (asOfDate: the as-of instant's date in
 *       New York; no holidays), as numpy's {@code busday_count(asOfDate, expiration)} counts. When n = 0 (a
 *       same-day expiry, or a Monday expiry seen on the weekend before), τ = 1/daysPerYear if
 *       {@code sameDayFloor}, else the contract is treated as expired. This is the convention of the widely
 *       copied open-source GEX scripts (daysPerYear 252 or 262); it lets their numbers be reproduced.</li>
 * </ul>
 * Days to expiry (DTE, and so the term-structure buckets) are always calendar days, whatever the basis.
 *
 * <p>Immutable; equal bases are {@link #equals equal}.
 */
public final class TimeBasis {

    private static final TimeBasis CALENDAR = new TimeBasis(0, false);

    /** 0 for the calendar basis, else the weekdays per year. */
    private final int daysPerYear;
    private final boolean sameDayFloor;

    private TimeBasis(int daysPerYear, boolean sameDayFloor) {
        this.daysPerYear = daysPerYear;
        this.sameDayFloor = sameDayFloor;
    }

    /**
     * Returns the calendar basis: seconds to expiry over a 365-day year (SPEC §3).
     *
     * @return the default time basis
     */
    public static TimeBasis calendar() {
        return CALENDAR;
    }

    /**
     * Returns a weekday-count basis: τ = (Monday–Friday dates from the as-of date, inclusive, to the expiration,
     * exclusive) / {@code daysPerYear}.
     *
     * @param daysPerYear weekdays in a year, e.g. 252 or 262; at least 1
     * @param sameDayFloor when the count is 0, {@code true} gives τ = 1/daysPerYear and {@code false} treats the
     *     contract as expired
     * @return the basis
     * @throws IllegalArgumentException if {@code daysPerYear < 1}
     */
    public static TimeBasis weekdays(int daysPerYear, boolean sameDayFloor) {
        return new TimeBasis(Checks.atLeast(daysPerYear, 1, "daysPerYear"), sameDayFloor);
    }

    /**
     * Tells whether this is the calendar basis.
     *
     * @return {@code true} for {@link #calendar()}
     */
    public boolean isCalendar() {
        return daysPerYear == 0;
    }

    /**
     * Returns the weekdays per year of a weekday basis.
     *
     * @return {@code daysPerYear}, or 0 for the calendar basis
     */
    public int daysPerYear() {
        return daysPerYear;
    }

    /**
     * Tells whether a weekday basis floors a zero count at one day.
     *
     * @return {@code sameDayFloor}; {@code false} for the calendar basis
     */
    public boolean sameDayFloor() {
        return sameDayFloor;
    }

    /**
     * Returns a contract's time to expiry under this basis.
     *
     * @param asOf the valuation instant
     * @param expiration the expiration date (expiry at 16:00 America/New_York)
     * @return τ in years, {@code > 0} for a live contract; {@code 0} or negative when the contract counts as
     *     expired
     * @throws NullPointerException if an argument is null
     */
    public double yearsToExpiry(Instant asOf, LocalDate expiration) {
        Checks.notNull(asOf, "asOf");
        Checks.notNull(expiration, "expiration");
        double calendarTau = MarketTime.yearsToExpiry(asOf, expiration);
        if (daysPerYear == 0 || !(calendarTau > 0)) {
            return calendarTau;
        }
        long n = weekdaysBetween(LocalDate.ofInstant(asOf, MarketTime.NEW_YORK), expiration);
        if (n > 0) {
            return (double) n / daysPerYear;
        }
        return sameDayFloor ? 1.0 / daysPerYear : 0.0;
    }

    /**
     * Counts the Monday–Friday dates d with {@code from ≤ d < to}, as numpy's {@code busday_count} does with its
     * default week mask and no holidays.
     *
     * @param from the first date, inclusive
     * @param to the end date, exclusive
     * @return the count; 0 when {@code to ≤ from}
     */
    static long weekdaysBetween(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days <= 0) {
            return 0;
        }
        long count = days / 7 * 5; // every whole week holds five weekdays
        int dow = from.getDayOfWeek().getValue(); // Monday 1 … Sunday 7
        for (long i = 0, rest = days % 7; i < rest; i++) {
            if (dow <= DayOfWeek.FRIDAY.getValue()) {
                count++;
            }
            dow = dow == 7 ? 1 : dow + 1;
        }
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeBasis && ((TimeBasis) o).daysPerYear == daysPerYear
                && ((TimeBasis) o).sameDayFloor == sameDayFloor;
    }

    @Override
    public int hashCode() {
        return 31 * daysPerYear + (sameDayFloor ? 1 : 0);
    }

    /**
     * Returns the basis as written on the command line: {@code calendar}, {@code weekdays:262} or
     * {@code weekdays:262:floor}.
     *
     * @return the basis's text form, readable by {@link #parse(String)}
     */
    @Override
    public String toString() {
        return daysPerYear == 0 ? "calendar" : "weekdays:" + daysPerYear + (sameDayFloor ? ":floor" : "");
    }

    /**
     * Reads a basis in the form of {@link #toString()}: {@code calendar}, {@code weekdays:N} or
     * {@code weekdays:N:floor} (case-insensitive, N a positive integer).
     *
     * @param text the text form
     * @return the basis
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not one of those forms
     */
    public static TimeBasis parse(String text) {
        Checks.notNull(text, "text");
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("calendar")) {
            return CALENDAR;
        }
        String[] parts = t.split(":", -1);
        if (parts[0].equals("weekdays") && (parts.length == 2 || parts.length == 3 && parts[2].equals("floor"))
                && parts[1].matches("[0-9]{1,9}")) {
            int days = Integer.parseInt(parts[1]);
            if (days >= 1) {
                return weekdays(days, parts.length == 3);
            }
        }
        throw new IllegalArgumentException("time basis must be calendar, weekdays:N or weekdays:N:floor (N >= 1)"
                + " but was '" + text + "'");
    }
}
