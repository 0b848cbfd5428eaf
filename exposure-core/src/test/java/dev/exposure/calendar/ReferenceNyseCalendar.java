package dev.exposure.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A slow, obviously-correct model of the NYSE rules for tests: builds each year's set of closures from
 * {@code java.time} adjusters and finds Easter with Knuth's algorithm (TAOCP 1.3.2, exercise 14), independent of
 * the computus in {@link NyseCalendar}.
 */
final class ReferenceNyseCalendar implements TradingCalendar {

    private static final List<LocalDate> ONE_OFF_CLOSURES = List.of(
            LocalDate.of(1972, 11, 7), LocalDate.of(1972, 12, 28), LocalDate.of(1973, 1, 25),
            LocalDate.of(1976, 11, 2), LocalDate.of(1977, 7, 14), LocalDate.of(1980, 11, 4),
            LocalDate.of(1985, 9, 27), LocalDate.of(1994, 4, 27), LocalDate.of(2001, 9, 11),
            LocalDate.of(2001, 9, 12), LocalDate.of(2001, 9, 13), LocalDate.of(2001, 9, 14),
            LocalDate.of(2004, 6, 11), LocalDate.of(2007, 1, 2), LocalDate.of(2012, 10, 29),
            LocalDate.of(2012, 10, 30), LocalDate.of(2018, 12, 5), LocalDate.of(2025, 1, 9));

    @Override
    public boolean isTradingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !closures(date.getYear()).contains(date);
    }

    /** Returns every weekday of a year on which the model closes the exchange. */
    static Set<LocalDate> closures(int year) {
        Set<LocalDate> closed = new HashSet<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        if (newYear.getDayOfWeek() != DayOfWeek.SATURDAY) {
            closed.add(observed(newYear));
        }
        if (year >= 1998) {
            closed.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
        }
        closed.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        closed.add(easterSunday(year).minusDays(2));
        closed.add(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        if (year >= 2022) {
            closed.add(observed(LocalDate.of(year, 6, 19)));
        }
        closed.add(observed(LocalDate.of(year, 7, 4)));
        closed.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        closed.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
        closed.add(observed(LocalDate.of(year, 12, 25)));
        for (LocalDate d : ONE_OFF_CLOSURES) {
            if (d.getYear() == year) {
                closed.add(d);
            }
        }
        return closed;
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
        return YearMonth.of(year, month).atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    /**
     * Returns Gregorian Easter Sunday by Knuth's Algorithm E, with floored division so that it is defined for
     * every year.
     */
    static LocalDate easterSunday(int year) {
        long y = year;
        long golden = Math.floorMod(y, 19L) + 1;
        long century = Math.floorDiv(y, 100L) + 1;
        long droppedLeapYears = Math.floorDiv(3 * century, 4L) - 12;
        long moonCorrection = Math.floorDiv(8 * century + 5, 25L) - 5;
        long sunday = Math.floorDiv(5 * y, 4L) - droppedLeapYears - 10;
        long epact = Math.floorMod(11 * golden + 20 + moonCorrection - droppedLeapYears, 30L);
        if (epact == 25 && golden > 11 || epact == 24) {
            epact++;
        }
        long fullMoon = 44 - epact;
        if (fullMoon < 21) {
            fullMoon += 30;
        }
        long n = fullMoon + 7 - Math.floorMod(sunday + fullMoon, 7L);
        return n > 31 ? LocalDate.of(year, 4, (int) (n - 31)) : LocalDate.of(year, 3, (int) n);
    }
}
