package dev.exposure.calendar;

import dev.exposure.internal.Checks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The New York Stock Exchange trading calendar, computed from the exchange's holiday rules.
 *
 * <p>The exchange is closed on Saturdays, Sundays and these holidays:
 * <ul>
 *   <li>New Year's Day (January 1);</li>
 *   <li>Martin Luther King, Jr. Day (third Monday of January), from 1998 on;</li>
 *   <li>Washington's Birthday (third Monday of February);</li>
 *   <li>Good Friday (two days before Gregorian Easter Sunday, found with the anonymous Gregorian computus);</li>
 *   <li>Memorial Day (last Monday of May);</li>
 *   <li>Juneteenth National Independence Day (June 19), from 2022 on;</li>
 *   <li>Independence Day (July 4);</li>
 *   <li>Labor Day (first Monday of September);</li>
 *   <li>Thanksgiving Day (fourth Thursday of November);</li>
 *   <li>Christmas Day (December 25).</li>
 * </ul>
 *
 * <p>A fixed-date holiday (New Year's Day, Juneteenth, Independence Day, Christmas Day) that falls on a Saturday
 * is observed on the Friday before, except New Year's Day, which is then not observed at all (so 2021-12-31 is a
 * trading day); one that falls on a Sunday is observed on the Monday after.
 *
 * <p>The known one-off closures are, and are only, the full-day closures the exchange lists since 1971 beyond
 * the holidays above: 1972-11-07, 1976-11-02 and 1980-11-04 (Election Day, closed in presidential election years
 * until 1980), 1972-12-28 (funeral of President Truman), 1973-01-25 (funeral of President Johnson), 1977-07-14
 * (New York City blackout), 1985-09-27 (Hurricane Gloria), 1994-04-27 (day of mourning for President Nixon),
 * 2001-09-11 to 2001-09-14 (September 11 attacks), 2004-06-11 (President Reagan), 2007-01-02 (President Ford),
 * 2012-10-29 and 2012-10-30 (Hurricane Sandy), 2018-12-05 (President George H. W. Bush) and 2025-01-09
 * (President Carter). An unscheduled closure not in this list, or a custom schedule, needs a
 * {@link TradingCalendar} of your own. Early-close days are trading days.
 *
 * <p><strong>Supported range.</strong> From 1971-01-01 on (when Washington's Birthday and Memorial Day moved to
 * Mondays), this calendar gives exactly the exchange's full-day closures, as far as they are known today. The
 * rules are applied in the same way to every other year of the proleptic Gregorian calendar, but before 1971 the
 * exchange's real calendar differed in ways not modelled here (Washington's Birthday and Memorial Day on fixed
 * dates, Lincoln's Birthday, Election Days, Saturday sessions and many special closures), so dates before 1971
 * give the modern rules, not history.
 *
 * <p>The class is stateless and thread-safe. {@link #isTradingDay(LocalDate)} allocates nothing: it decides by
 * month, computing only the holidays that can fall in the date's month (Easter only for Fridays of March and
 * April), with no cache.
 */
public final class NyseCalendar implements TradingCalendar {

    /** The shared instance. */
    public static final NyseCalendar INSTANCE = new NyseCalendar();

    private static final String NEW_YEARS_DAY = "New Year's Day";
    private static final String NEW_YEARS_DAY_OBSERVED = "New Year's Day (observed)";
    private static final String MLK_DAY = "Martin Luther King, Jr. Day";
    private static final String WASHINGTONS_BIRTHDAY = "Washington's Birthday";
    private static final String GOOD_FRIDAY = "Good Friday";
    private static final String MEMORIAL_DAY = "Memorial Day";
    private static final String JUNETEENTH = "Juneteenth National Independence Day";
    private static final String JUNETEENTH_OBSERVED = "Juneteenth National Independence Day (observed)";
    private static final String INDEPENDENCE_DAY = "Independence Day";
    private static final String INDEPENDENCE_DAY_OBSERVED = "Independence Day (observed)";
    private static final String LABOR_DAY = "Labor Day";
    private static final String THANKSGIVING_DAY = "Thanksgiving Day";
    private static final String CHRISTMAS_DAY = "Christmas Day";
    private static final String CHRISTMAS_DAY_OBSERVED = "Christmas Day (observed)";

    private static final String SEPTEMBER_11 = "Closed after the September 11 attacks";
    private static final String MOURNING_REAGAN = "National Day of Mourning for President Ronald Reagan";
    private static final String MOURNING_FORD = "National Day of Mourning for President Gerald R. Ford";
    private static final String HURRICANE_SANDY = "Closed for Hurricane Sandy";
    private static final String MOURNING_BUSH = "National Day of Mourning for President George H. W. Bush";
    private static final String MOURNING_CARTER = "National Day of Mourning for President Jimmy Carter";
    private static final String ELECTION_DAY = "Election Day";
    private static final String FUNERAL_TRUMAN = "Funeral of President Harry S. Truman";
    private static final String FUNERAL_JOHNSON = "Funeral of President Lyndon B. Johnson";
    private static final String BLACKOUT = "Closed for the New York City blackout";
    private static final String HURRICANE_GLORIA = "Closed for Hurricane Gloria";
    private static final String MOURNING_NIXON = "National Day of Mourning for President Richard Nixon";

    /** First year in which Martin Luther King, Jr. Day closes the exchange. */
    private static final int FIRST_MLK_YEAR = 1998;
    /** First year in which Juneteenth closes the exchange. */
    private static final int FIRST_JUNETEENTH_YEAR = 2022;

    private NyseCalendar() {
    }

    /**
     * Tells whether the NYSE is open on a date: not a Saturday or Sunday, not a holiday or its observed day, and
     * not a known one-off closure. Early-close days count as trading days.
     *
     * @param date a calendar date
     * @return {@code true} when the date is an NYSE trading day
     * @throws NullPointerException if {@code date} is null
     */
    @Override
    public boolean isTradingDay(LocalDate date) {
        Checks.notNull(date, "date");
        DayOfWeek dow = date.getDayOfWeek();
        return !isWeekend(dow) && closure(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), dow) == null;
    }

    /**
     * Tells whether the NYSE is closed on a weekday: a holiday, a holiday's observed day, or a known one-off
     * closure. Saturdays and Sundays are not holidays in this sense, even when a holiday falls on them.
     *
     * @param date a calendar date
     * @return {@code true} when the date is a Monday to Friday on which the exchange is closed
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isHoliday(LocalDate date) {
        Checks.notNull(date, "date");
        DayOfWeek dow = date.getDayOfWeek();
        return !isWeekend(dow) && closure(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), dow) != null;
    }

    /**
     * Returns the name of the holiday or closure that closes the NYSE on a weekday, such as {@code "Good Friday"}
     * or {@code "Independence Day (observed)"}; an observed day carries the suffix {@code " (observed)"}.
     *
     * @param date a calendar date
     * @return the name, or empty when the date is a trading day, a Saturday or a Sunday
     * @throws NullPointerException if {@code date} is null
     */
    public Optional<String> holidayName(LocalDate date) {
        Checks.notNull(date, "date");
        DayOfWeek dow = date.getDayOfWeek();
        if (isWeekend(dow)) {
            return Optional.empty();
        }
        return Optional.ofNullable(closure(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), dow));
    }

    /**
     * Returns a short description of this calendar.
     *
     * @return {@code "NYSE"}
     */
    @Override
    public String toString() {
        return "NYSE";
    }

    private static boolean isWeekend(DayOfWeek dow) {
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /**
     * Returns the name of what closes the exchange on a weekday, or null when it is open.
     *
     * @param year the year
     * @param month the month, 1 to 12
     * @param day the day of the month
     * @param dow the day of the week, Monday to Friday
     */
    private static String closure(int year, int month, int day, DayOfWeek dow) {
        String holiday = regularHoliday(year, month, day, dow);
        return holiday != null ? holiday : oneOffClosure(year, month, day);
    }

    /** Returns the name of the regular holiday observed on a weekday, or null; only the date's month is looked at. */
    private static String regularHoliday(int year, int month, int day, DayOfWeek dow) {
        return switch (month) {
            case 1 -> january(year, day, dow);
            case 2 -> isNthWeekday(day, dow, DayOfWeek.MONDAY, 3) ? WASHINGTONS_BIRTHDAY : null;
            case 3, 4 -> dow == DayOfWeek.FRIDAY && isGoodFriday(year, month, day) ? GOOD_FRIDAY : null;
            // the last Monday of May is the one with no Monday a week later within the month's 31 days
            case 5 -> dow == DayOfWeek.MONDAY && day >= 25 ? MEMORIAL_DAY : null;
            case 6 -> year >= FIRST_JUNETEENTH_YEAR ? fixedDate(day, 19, dow, JUNETEENTH, JUNETEENTH_OBSERVED) : null;
            case 7 -> fixedDate(day, 4, dow, INDEPENDENCE_DAY, INDEPENDENCE_DAY_OBSERVED);
            case 9 -> isNthWeekday(day, dow, DayOfWeek.MONDAY, 1) ? LABOR_DAY : null;
            case 11 -> isNthWeekday(day, dow, DayOfWeek.THURSDAY, 4) ? THANKSGIVING_DAY : null;
            // December 31 is never closed: New Year's Day on a Saturday is not observed
            case 12 -> fixedDate(day, 25, dow, CHRISTMAS_DAY, CHRISTMAS_DAY_OBSERVED);
            default -> null;
        };
    }

    /** Returns the name of the January holiday observed on a weekday, or null. */
    private static String january(int year, int day, DayOfWeek dow) {
        if (day == 1) {
            return NEW_YEARS_DAY;
        }
        if (day == 2 && dow == DayOfWeek.MONDAY) {
            return NEW_YEARS_DAY_OBSERVED;
        }
        return year >= FIRST_MLK_YEAR && isNthWeekday(day, dow, DayOfWeek.MONDAY, 3) ? MLK_DAY : null;
    }

    /** Tells whether a date is the {@code n}-th {@code wanted} weekday of its month. */
    private static boolean isNthWeekday(int day, DayOfWeek dow, DayOfWeek wanted, int n) {
        // the n-th occurrence of a weekday falls on day 7n-6 to 7n
        return dow == wanted && day > 7 * (n - 1) && day <= 7 * n;
    }

    /**
     * Returns the name under which a weekday closes for a fixed-date holiday in the same month, or null.
     *
     * @param day the day of the month of a Monday to Friday
     * @param holidayDay the holiday's day of the month
     * @param dow the day of the week of {@code day}
     * @param name the name on the holiday itself
     * @param observedName the name on the Friday before a Saturday holiday or the Monday after a Sunday one
     */
    private static String fixedDate(int day, int holidayDay, DayOfWeek dow, String name, String observedName) {
        if (day == holidayDay) {
            return name;
        }
        // a Friday the day before means the holiday is a Saturday; a Monday the day after, a Sunday
        boolean observed = day == holidayDay - 1 && dow == DayOfWeek.FRIDAY
                || day == holidayDay + 1 && dow == DayOfWeek.MONDAY;
        return observed ? observedName : null;
    }

    /**
     * Tells whether a March or April date is Good Friday, two days before Gregorian Easter Sunday.
     *
     * <p>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher): with {@code a = Y mod 19},
     * {@code b = Y div 100}, {@code c = Y mod 100}, {@code d = b div 4}, {@code e = b mod 4},
     * {@code f = (b + 8) div 25}, {@code g = (b - f + 1) div 3}, {@code h = (19a + b - d - g + 15) mod 30},
     * {@code i = c div 4}, {@code k = c mod 4}, {@code l = (32 + 2e + 2i - h - k) mod 7} and
     * {@code m = (a + 11h + 22l) div 451}, Easter is day {@code h + l - 7m + 22} of March, where day 32 is
     * April 1. Division and remainder are floored so that years before 1 (proleptic) work too; they never
     * overflow for the years a {@link LocalDate} can hold.
     */
    private static boolean isGoodFriday(int year, int month, int day) {
        int a = Math.floorMod(year, 19);
        int b = Math.floorDiv(year, 100);
        int c = Math.floorMod(year, 100);
        int d = Math.floorDiv(b, 4);
        int e = Math.floorMod(b, 4);
        int f = Math.floorDiv(b + 8, 25);
        int g = Math.floorDiv(b - f + 1, 3);
        int h = Math.floorMod(19 * a + b - d - g + 15, 30);
        int i = c / 4;
        int k = c % 4;
        int l = Math.floorMod(32 + 2 * e + 2 * i - h - k, 7);
        int m = (a + 11 * h + 22 * l) / 451;
        int easterDayOfMarch = h + l - 7 * m + 22;
        assert easterDayOfMarch >= 22 && easterDayOfMarch <= 56 : easterDayOfMarch;
        int dayOfMarch = month == 3 ? day : day + 31;
        return dayOfMarch == easterDayOfMarch - 2;
    }

    /** Returns the name of the known one-off closure on a date, or null. */
    private static String oneOffClosure(int year, int month, int day) {
        return switch (year) {
            case 1972 -> month == 11 && day == 7 ? ELECTION_DAY : month == 12 && day == 28 ? FUNERAL_TRUMAN : null;
            case 1973 -> month == 1 && day == 25 ? FUNERAL_JOHNSON : null;
            case 1976 -> month == 11 && day == 2 ? ELECTION_DAY : null;
            case 1977 -> month == 7 && day == 14 ? BLACKOUT : null;
            case 1980 -> month == 11 && day == 4 ? ELECTION_DAY : null;
            case 1985 -> month == 9 && day == 27 ? HURRICANE_GLORIA : null;
            case 1994 -> month == 4 && day == 27 ? MOURNING_NIXON : null;
            case 2001 -> month == 9 && day >= 11 && day <= 14 ? SEPTEMBER_11 : null;
            case 2004 -> month == 6 && day == 11 ? MOURNING_REAGAN : null;
            case 2007 -> month == 1 && day == 2 ? MOURNING_FORD : null;
            case 2012 -> month == 10 && (day == 29 || day == 30) ? HURRICANE_SANDY : null;
            case 2018 -> month == 12 && day == 5 ? MOURNING_BUSH : null;
            case 2025 -> month == 1 && day == 9 ? MOURNING_CARTER : null;
            default -> null;
        };
    }
}
