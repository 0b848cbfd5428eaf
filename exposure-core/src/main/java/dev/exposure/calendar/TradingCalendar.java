package dev.exposure.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells which dates an exchange is open, and derives the holiday-adjusted monthly option expirations from that.
 *
 * <p>Implement {@link #isTradingDay(LocalDate)} to supply your own calendar (a lambda will do); the other methods
 * follow from it. {@link #nyse()} is the built-in New York Stock Exchange calendar. Implementations must be safe
 * to share between threads.
 */
@FunctionalInterface
public interface TradingCalendar {

    /**
     * Tells whether the exchange is open on a date.
     *
     * @param date a calendar date
     * @return {@code true} when the date is a trading day
     * @throws NullPointerException if {@code date} is null
     */
    boolean isTradingDay(LocalDate date);

    /**
     * Returns the built-in NYSE calendar: weekends, the NYSE holidays with their weekend observance rules, and
     * the known one-off closures (see {@link NyseCalendar}).
     *
     * @return the shared NYSE calendar
     */
    static TradingCalendar nyse() {
        return NyseCalendar.INSTANCE;
    }

    /**
     * Returns the month's holiday-adjusted standard monthly option expiration: the third Friday, or, when that
     * Friday is not a trading day, the closest trading day before it.
     *
     * @param month the month
     * @return the expiration date, or empty when no day from the 1st to the third Friday is a trading day
     * @throws NullPointerException if {@code month} is null
     */
    default Optional<LocalDate> monthlyExpiration(YearMonth month) {
        Objects.requireNonNull(month, "month");
        LocalDate thirdFriday = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
        // count days rather than step dates back: the day before the 1st may lie outside the LocalDate range
        for (int day = thirdFriday.getDayOfMonth(); day >= 1; day--) {
            LocalDate d = month.atDay(day);
            if (isTradingDay(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether a date is its month's holiday-adjusted standard monthly expiration (OPEX). A third Friday
     * that is a holiday is not OPEX; the trading day before it is.
     *
     * @param date a calendar date
     * @return {@code true} when {@code date} equals {@link #monthlyExpiration(YearMonth)} of its month
     * @throws NullPointerException if {@code date} is null
     */
    default boolean isMonthlyExpiration(LocalDate date) {
        Objects.requireNonNull(date, "date");
        // the adjusted expiration is never later than the third Friday, which falls on the 15th to the 21st
        if (date.getDayOfMonth() > 21) {
            return false;
        }
        return monthlyExpiration(YearMonth.from(date)).map(date::equals).orElse(false);
    }

    /**
     * Tells whether a date is a triple-witching day: a monthly expiration in March, June, September or December.
     *
     * @param date a calendar date
     * @return {@code true} when {@link #isMonthlyExpiration(LocalDate)} holds and the month is a quarter end
     * @throws NullPointerException if {@code date} is null
     */
    default boolean isTripleWitching(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.getMonthValue() % 3 == 0 && isMonthlyExpiration(date);
    }
}
