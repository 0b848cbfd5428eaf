package dev.exposure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests the monthly-expiration methods of {@link TradingCalendar} on the NYSE calendar and on calendars supplied
 * as lambdas.
 */
class TradingCalendarTest {

    private static final TradingCalendar NYSE = TradingCalendar.nyse();

    /** Closes every Friday (and nothing else, weekends included). */
    private static final TradingCalendar CLOSED_FRIDAYS = d -> d.getDayOfWeek() != DayOfWeek.FRIDAY;

    /** Closes every day of March 2024. */
    private static final TradingCalendar CLOSED_MARCH_2024 = d -> !YearMonth.from(d).equals(YearMonth.of(2024, 3));

    /** Closes the 2nd to the 21st of every month. */
    private static final TradingCalendar CLOSED_2ND_TO_21ST = d -> d.getDayOfMonth() == 1 || d.getDayOfMonth() > 21;

    private static final TradingCalendar ALWAYS_CLOSED = d -> false;

    private static final TradingCalendar ALWAYS_OPEN = d -> true;

    @ParameterizedTest
    @CsvSource({
        "2024-01, 2024-01-19",
        "2024-02, 2024-02-16",
        "2024-03, 2024-03-15",
        "2025-01, 2025-01-17",
        "2026-03, 2026-03-20",
        "2021-06, 2021-06-18",
        "2025-12, 2025-12-19",
        "2024-09, 2024-09-20",
    })
    void monthlyExpiration_thirdFridayIsTradingDay_thirdFriday(String month, String expected) {
        assertThat(NYSE.monthlyExpiration(YearMonth.parse(month))).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({
        // Good Friday 2022-04-15
        "2022-04, 2022-04-14",
        // Good Friday 2008-03-21
        "2008-03, 2008-03-20",
        // Juneteenth on Friday 2026-06-19
        "2026-06, 2026-06-18",
        // Juneteenth 2027-06-19 is a Saturday, observed Friday 2027-06-18
        "2027-06, 2027-06-17",
    })
    void monthlyExpiration_thirdFridayIsHoliday_tradingDayBefore(String month, String expected) {
        LocalDate expiration = LocalDate.parse(expected);

        assertThat(NYSE.monthlyExpiration(YearMonth.parse(month))).contains(expiration);
        assertThat(NYSE.isMonthlyExpiration(expiration)).isTrue();
        assertThat(NYSE.isMonthlyExpiration(expiration.plusDays(1))).as("the holiday Friday").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-19", "2022-04-14", "2026-06-18", "2027-06-17", "2026-03-20", "2021-06-18"})
    void isMonthlyExpiration_adjustedThirdFriday_true(String date) {
        assertThat(NYSE.isMonthlyExpiration(LocalDate.parse(date))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2022-04-15", "2026-06-19", "2027-06-18", "2024-01-12", "2024-01-18", "2024-01-20", "2024-01-26",
        "2024-01-01", "2024-01-31", "2026-03-19", "2026-03-27"})
    void isMonthlyExpiration_notTheAdjustedThirdFriday_false(String date) {
        assertThat(NYSE.isMonthlyExpiration(LocalDate.parse(date))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-20", "2026-06-18", "2027-06-17", "2021-06-18", "2024-09-20", "2025-12-19"})
    void isTripleWitching_quarterMonthExpiration_true(String date) {
        assertThat(NYSE.isTripleWitching(LocalDate.parse(date))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // expirations outside March, June, September and December
        "2024-01-19", "2022-04-14", "2024-02-16",
        // quarter months, but not the expiration
        "2026-06-19", "2027-06-18", "2026-03-13", "2026-03-27"})
    void isTripleWitching_notAQuarterMonthExpiration_false(String date) {
        assertThat(NYSE.isTripleWitching(LocalDate.parse(date))).isFalse();
    }

    @Test
    void monthlyExpiration_calendarClosedOnFridays_thursdayBefore() {
        assertThat(CLOSED_FRIDAYS.monthlyExpiration(YearMonth.of(2024, 1))).contains(LocalDate.of(2024, 1, 18));
        assertThat(CLOSED_FRIDAYS.isMonthlyExpiration(LocalDate.of(2024, 1, 18))).isTrue();
        assertThat(CLOSED_FRIDAYS.isMonthlyExpiration(LocalDate.of(2024, 1, 19))).isFalse();
    }

    @Test
    void monthlyExpiration_calendarClosedAllMonth_empty() {
        assertThat(CLOSED_MARCH_2024.monthlyExpiration(YearMonth.of(2024, 3))).isEmpty();
        for (int day = 1; day <= 31; day++) {
            LocalDate d = LocalDate.of(2024, 3, day);
            assertThat(CLOSED_MARCH_2024.isMonthlyExpiration(d)).as("%s", d).isFalse();
            assertThat(CLOSED_MARCH_2024.isTripleWitching(d)).as("%s", d).isFalse();
        }
        // the months around are untouched: April 2024 begins on a Monday
        assertThat(CLOSED_MARCH_2024.monthlyExpiration(YearMonth.of(2024, 4))).contains(LocalDate.of(2024, 4, 19));
        assertThat(CLOSED_MARCH_2024.monthlyExpiration(YearMonth.of(2024, 2))).contains(LocalDate.of(2024, 2, 16));
    }

    @Test
    void monthlyExpiration_calendarClosedFrom2ndTo21st_firstOfMonth() {
        assertThat(CLOSED_2ND_TO_21ST.monthlyExpiration(YearMonth.of(2024, 5))).contains(LocalDate.of(2024, 5, 1));
        assertThat(CLOSED_2ND_TO_21ST.isMonthlyExpiration(LocalDate.of(2024, 5, 1))).isTrue();
        assertThat(CLOSED_2ND_TO_21ST.isTripleWitching(LocalDate.of(2024, 5, 1))).isFalse();
        // June 1, 2024 is a Saturday, but this calendar does not close weekends
        assertThat(CLOSED_2ND_TO_21ST.isTripleWitching(LocalDate.of(2024, 6, 1))).isTrue();
    }

    @Test
    void monthlyExpiration_calendarAlwaysOpen_thirdFridayEvenOnNyseHoliday() {
        assertThat(ALWAYS_OPEN.monthlyExpiration(YearMonth.of(2022, 4))).contains(LocalDate.of(2022, 4, 15));
        assertThat(ALWAYS_OPEN.isMonthlyExpiration(LocalDate.of(2022, 4, 14))).isFalse();
    }

    @Test
    void monthlyExpiration_calendarAlwaysClosed_emptyForEveryMonth() {
        for (int m = 1; m <= 12; m++) {
            assertThat(ALWAYS_CLOSED.monthlyExpiration(YearMonth.of(2024, m))).as("month %d", m).isEmpty();
        }
    }

    @Test
    void monthlyExpiration_calendarAlwaysClosedInFirstAndLastMonthsOfLocalDate_empty() {
        YearMonth first = YearMonth.of(Year.MIN_VALUE, 1);
        YearMonth last = YearMonth.of(Year.MAX_VALUE, 12);

        assertThat(ALWAYS_CLOSED.monthlyExpiration(first)).isEmpty();
        assertThat(ALWAYS_CLOSED.monthlyExpiration(last)).isEmpty();
        assertThat(ALWAYS_CLOSED.isMonthlyExpiration(LocalDate.MIN)).isFalse();
    }

    @Test
    void monthlyExpiration_nyseEveryMonth2000To2030_lastTradingDayNotAfterThirdFriday() {
        for (YearMonth month = YearMonth.of(2000, 1); month.getYear() <= 2030; month = month.plusMonths(1)) {
            // the third Friday is the Friday among the 15th to the 21st
            LocalDate thirdFriday = month.atDay(15);
            while (thirdFriday.getDayOfWeek() != DayOfWeek.FRIDAY) {
                thirdFriday = thirdFriday.plusDays(1);
            }
            LocalDate expected = null;
            for (int day = 1; day <= thirdFriday.getDayOfMonth(); day++) {
                if (NYSE.isTradingDay(month.atDay(day))) {
                    expected = month.atDay(day);
                }
            }

            assertThat(NYSE.monthlyExpiration(month)).as("%s", month).isEqualTo(Optional.ofNullable(expected));
            int expirations = 0;
            for (int day = 1; day <= month.lengthOfMonth(); day++) {
                expirations += NYSE.isMonthlyExpiration(month.atDay(day)) ? 1 : 0;
            }
            assertThat(expirations).as("expirations in %s", month).isEqualTo(1);
        }
    }

    @Test
    void monthlyExpiration_null_throwsNullPointerExceptionNamingMonth() {
        assertThatNullPointerException().isThrownBy(() -> NYSE.monthlyExpiration(null))
                .withMessageContaining("month");
    }

    @Test
    void isMonthlyExpiration_null_throwsNullPointerExceptionNamingDate() {
        assertThatNullPointerException().isThrownBy(() -> NYSE.isMonthlyExpiration(null))
                .withMessageContaining("date");
    }

    @Test
    void isTripleWitching_null_throwsNullPointerExceptionNamingDate() {
        assertThatNullPointerException().isThrownBy(() -> NYSE.isTripleWitching(null))
                .withMessageContaining("date");
    }
}
