package dev.exposure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests {@link NyseCalendar} against the full-day holiday schedules published by the NYSE, the known one-off
 * closures and published Easter dates.
 */
class NyseCalendarTest {

    private static final NyseCalendar NYSE = NyseCalendar.INSTANCE;

    /**
     * Returns the NYSE full-day closures of a year as published by the exchange (holidays, observed days and
     * special closures), written out by hand.
     */
    private static List<LocalDate> publishedClosures(int year) {
        switch (year) {
            // Historical years from the exchange's list of closings (also reproduced in pandas_market_calendars'
            // holidays_nyse.py): the regular holidays as observed then, plus the special closures of each year.
            case 1972:
                // New Year's Day 1972 is a Saturday, not observed; Election Day; President Truman's funeral
                return dates("1972-02-21", "1972-03-31", "1972-05-29", "1972-07-04", "1972-09-04", "1972-11-07",
                        "1972-11-23", "1972-12-25", "1972-12-28");
            case 1973:
                // 1973-01-25: funeral of President Lyndon B. Johnson
                return dates("1973-01-01", "1973-01-25", "1973-02-19", "1973-04-20", "1973-05-28", "1973-07-04",
                        "1973-09-03", "1973-11-22", "1973-12-25");
            case 1977:
                // New Year's Day 1977 is a Saturday, not observed; 1977-07-14: New York City blackout
                return dates("1977-02-21", "1977-04-08", "1977-05-30", "1977-07-04", "1977-07-14", "1977-09-05",
                        "1977-11-24", "1977-12-26");
            case 1985:
                // 1985-09-27: Hurricane Gloria
                return dates("1985-01-01", "1985-02-18", "1985-04-05", "1985-05-27", "1985-07-04", "1985-09-02",
                        "1985-09-27", "1985-11-28", "1985-12-25");
            case 1994:
                // New Year's Day 1994 is a Saturday, not observed; 1994-04-27: funeral of President Nixon
                return dates("1994-02-21", "1994-04-01", "1994-04-27", "1994-05-30", "1994-07-04", "1994-09-05",
                        "1994-11-24", "1994-12-26");
            case 2001:
                return dates("2001-01-01", "2001-01-15", "2001-02-19", "2001-04-13", "2001-05-28", "2001-07-04",
                        "2001-09-03", "2001-09-11", "2001-09-12", "2001-09-13", "2001-09-14", "2001-11-22",
                        "2001-12-25");
            case 2004:
                // 2004-06-11: National Day of Mourning for President Reagan; Christmas 2004 is a Saturday
                return dates("2004-01-01", "2004-01-19", "2004-02-16", "2004-04-09", "2004-05-31", "2004-06-11",
                        "2004-07-05", "2004-09-06", "2004-11-25", "2004-12-24");
            case 2007:
                // 2007-01-02: National Day of Mourning for President Ford
                return dates("2007-01-01", "2007-01-02", "2007-01-15", "2007-02-19", "2007-04-06", "2007-05-28",
                        "2007-07-04", "2007-09-03", "2007-11-22", "2007-12-25");
            case 2012:
                // 2012-10-29 and 30: Hurricane Sandy
                return dates("2012-01-02", "2012-01-16", "2012-02-20", "2012-04-06", "2012-05-28", "2012-07-04",
                        "2012-09-03", "2012-10-29", "2012-10-30", "2012-11-22", "2012-12-25");
            case 2018:
                // 2018-12-05: National Day of Mourning for President George H. W. Bush
                return dates("2018-01-01", "2018-01-15", "2018-02-19", "2018-03-30", "2018-05-28", "2018-07-04",
                        "2018-09-03", "2018-11-22", "2018-12-05", "2018-12-25");
            case 2021:
                // 2021-06-18 is not here: Juneteenth closes the exchange from 2022
                return dates("2021-01-01", "2021-01-18", "2021-02-15", "2021-04-02", "2021-05-31", "2021-07-05",
                        "2021-09-06", "2021-11-25", "2021-12-24");
            case 2022:
                // New Year's Day 2022 is a Saturday and not observed, so 2021-12-31 stays open
                return dates("2022-01-17", "2022-02-21", "2022-04-15", "2022-05-30", "2022-06-20", "2022-07-04",
                        "2022-09-05", "2022-11-24", "2022-12-26");
            case 2023:
                return dates("2023-01-02", "2023-01-16", "2023-02-20", "2023-04-07", "2023-05-29", "2023-06-19",
                        "2023-07-04", "2023-09-04", "2023-11-23", "2023-12-25");
            case 2024:
                return dates("2024-01-01", "2024-01-15", "2024-02-19", "2024-03-29", "2024-05-27", "2024-06-19",
                        "2024-07-04", "2024-09-02", "2024-11-28", "2024-12-25");
            case 2025:
                // 2025-01-09: National Day of Mourning for President Carter
                return dates("2025-01-01", "2025-01-09", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26",
                        "2025-06-19", "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25");
            case 2026:
                return dates("2026-01-01", "2026-01-19", "2026-02-16", "2026-04-03", "2026-05-25", "2026-06-19",
                        "2026-07-03", "2026-09-07", "2026-11-26", "2026-12-25");
            case 2027:
                // New Year's Day 2028 is a Saturday and not observed, so 2027-12-31 stays open
                return dates("2027-01-01", "2027-01-18", "2027-02-15", "2027-03-26", "2027-05-31", "2027-06-18",
                        "2027-07-05", "2027-09-06", "2027-11-25", "2027-12-24");
            default:
                throw new IllegalArgumentException("no published schedule for " + year);
        }
    }

    private static List<LocalDate> dates(String... isoDates) {
        return Stream.of(isoDates).map(LocalDate::parse).toList();
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    @ParameterizedTest
    @ValueSource(ints = {1972, 1973, 1977, 1985, 1994, 2001, 2004, 2007, 2012, 2018, 2021, 2022, 2023, 2024, 2025,
        2026, 2027})
    void isTradingDay_publishedYear_closedExactlyOnWeekendsAndPublishedClosures(int year) {
        List<LocalDate> published = publishedClosures(year);
        assertThat(published).allSatisfy(d -> assertThat(d.getYear()).isEqualTo(year))
                .noneMatch(NyseCalendarTest::isWeekend)
                .doesNotHaveDuplicates();
        Set<LocalDate> closed = Set.copyOf(published);

        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean expectedOpen = !isWeekend(d) && !closed.contains(d);
            assertThat(NYSE.isTradingDay(d)).as("isTradingDay(%s)", d).isEqualTo(expectedOpen);
            assertThat(NYSE.isHoliday(d)).as("isHoliday(%s)", d).isEqualTo(closed.contains(d));
            assertThat(NYSE.holidayName(d).isPresent()).as("holidayName(%s)", d).isEqualTo(closed.contains(d));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-12-31", "2022-12-30", "2010-12-31", "1999-12-31", "2027-12-31"})
    void isTradingDay_lastFridayBeforeNewYear_open(String date) {
        assertThat(NYSE.isTradingDay(LocalDate.parse(date))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1972-11-07", "1972-12-28", "1973-01-25", "1976-11-02", "1977-07-14", "1980-11-04",
        "1985-09-27", "1994-04-27", "2001-09-11", "2001-09-12", "2001-09-13", "2001-09-14", "2004-06-11",
        "2007-01-02", "2012-10-29", "2012-10-30", "2018-12-05", "2025-01-09"})
    void isTradingDay_oneOffClosure_closed(String date) {
        LocalDate d = LocalDate.parse(date);

        assertThat(NYSE.isTradingDay(d)).isFalse();
        assertThat(NYSE.isHoliday(d)).isTrue();
        assertThat(NYSE.holidayName(d)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1972-11-06", "1972-11-08", "1976-11-03", "1980-11-05", "1984-11-06", "1985-09-26",
        "1985-09-30", "1994-04-26", "1994-04-28", "2001-09-10", "2001-09-17", "2004-06-10", "2004-06-14",
        "2007-01-03", "2012-10-26", "2012-10-31", "2018-12-04", "2018-12-06", "2025-01-08", "2025-01-10"})
    void isTradingDay_weekdayNextToOneOffClosure_open(String date) {
        assertThat(NYSE.isTradingDay(LocalDate.parse(date))).isTrue();
    }

    @Test
    void isHoliday_thirdMondayOfJanuary1997_falseBeforeMlkDayWasAdopted() {
        LocalDate thirdMonday = LocalDate.of(1997, 1, 20);

        assertThat(NYSE.isHoliday(thirdMonday)).isFalse();
        assertThat(NYSE.isTradingDay(thirdMonday)).isTrue();
    }

    @Test
    void isHoliday_thirdMondayOfJanuary1998_trueAsMlkDay() {
        LocalDate thirdMonday = LocalDate.of(1998, 1, 19);

        assertThat(NYSE.isHoliday(thirdMonday)).isTrue();
        assertThat(NYSE.holidayName(thirdMonday)).contains("Martin Luther King, Jr. Day");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-06-18", "2021-06-21", "2020-06-19", "2015-06-19"})
    void isTradingDay_juneteenthBefore2022_open(String date) {
        assertThat(NYSE.isTradingDay(LocalDate.parse(date))).isTrue();
    }

    static Stream<Arguments> publishedEasterSundays() {
        return Stream.of(
                Arguments.of("1818-03-22", "1818-03-20"),
                Arguments.of("1943-04-25", "1943-04-23"),
                Arguments.of("2000-04-23", "2000-04-21"),
                Arguments.of("2008-03-23", "2008-03-21"),
                Arguments.of("2011-04-24", "2011-04-22"),
                Arguments.of("2016-03-27", "2016-03-25"),
                Arguments.of("2018-04-01", "2018-03-30"),
                Arguments.of("2019-04-21", "2019-04-19"),
                Arguments.of("2024-03-31", "2024-03-29"),
                Arguments.of("2025-04-20", "2025-04-18"),
                Arguments.of("2038-04-25", "2038-04-23"),
                Arguments.of("2285-03-22", "2285-03-20"));
    }

    @ParameterizedTest(name = "Easter {0}")
    @MethodSource("publishedEasterSundays")
    void holidayName_twoDaysBeforePublishedEaster_goodFriday(String easter, String goodFriday) {
        LocalDate friday = LocalDate.parse(goodFriday);
        assertThat(friday).isEqualTo(LocalDate.parse(easter).minusDays(2));

        assertThat(NYSE.holidayName(friday)).contains("Good Friday");
        assertThat(NYSE.isTradingDay(friday)).isFalse();
        assertThat(NYSE.isTradingDay(friday.minusDays(1))).as("Thursday before").isTrue();
        assertThat(NYSE.isTradingDay(friday.plusDays(3))).as("Easter Monday").isTrue();
        assertThat(NYSE.isTradingDay(friday.minusDays(7))).as("Friday a week before").isTrue();
        assertThat(NYSE.isTradingDay(friday.plusDays(7))).as("Friday a week after").isTrue();
    }

    static Stream<Arguments> namedClosures() {
        return Stream.of(
                Arguments.of("2024-01-01", "New Year's Day"),
                Arguments.of("2023-01-02", "New Year's Day (observed)"),
                Arguments.of("2024-01-15", "Martin Luther King, Jr. Day"),
                Arguments.of("2024-02-19", "Washington's Birthday"),
                Arguments.of("2024-03-29", "Good Friday"),
                Arguments.of("2024-05-27", "Memorial Day"),
                Arguments.of("2024-06-19", "Juneteenth National Independence Day"),
                Arguments.of("2022-06-20", "Juneteenth National Independence Day (observed)"),
                Arguments.of("2027-06-18", "Juneteenth National Independence Day (observed)"),
                Arguments.of("2024-07-04", "Independence Day"),
                Arguments.of("2026-07-03", "Independence Day (observed)"),
                Arguments.of("2021-07-05", "Independence Day (observed)"),
                Arguments.of("2024-09-02", "Labor Day"),
                Arguments.of("2024-11-28", "Thanksgiving Day"),
                Arguments.of("2024-12-25", "Christmas Day"),
                Arguments.of("2021-12-24", "Christmas Day (observed)"),
                Arguments.of("2022-12-26", "Christmas Day (observed)"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("namedClosures")
    void holidayName_holiday_returnsItsName(String date, String name) {
        assertThat(NYSE.holidayName(LocalDate.parse(date))).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-12-25", "2022-01-01", "2026-07-04", "2022-06-19", "2024-06-15"})
    void holidayName_weekend_emptyAndNotAHoliday(String date) {
        LocalDate d = LocalDate.parse(date);

        assertThat(NYSE.holidayName(d)).isEmpty();
        assertThat(NYSE.isHoliday(d)).isFalse();
        assertThat(NYSE.isTradingDay(d)).isFalse();
    }

    @Test
    void holidayName_tradingDay_empty() {
        assertThat(NYSE.holidayName(LocalDate.of(2024, 3, 28))).isEmpty();
    }

    @Test
    void isTradingDay_null_throwsNullPointerExceptionNamingDate() {
        assertThatNullPointerException().isThrownBy(() -> NYSE.isTradingDay(null)).withMessageContaining("date");
    }

    @Test
    void isHoliday_null_throwsNullPointerExceptionNamingDate() {
        assertThatNullPointerException().isThrownBy(() -> NYSE.isHoliday(null)).withMessageContaining("date");
    }

    @Test
    void holidayName_null_throwsNullPointerExceptionNamingDate() {
        assertThatNullPointerException().isThrownBy(() -> NYSE.holidayName(null)).withMessageContaining("date");
    }

    @Test
    void isTradingDay_extremeDates_answersWithoutThrowing() {
        for (LocalDate d = LocalDate.MIN; d.isBefore(LocalDate.MIN.plusDays(400)); d = d.plusDays(1)) {
            LocalDate date = d;
            assertThatCode(() -> NYSE.isTradingDay(date)).as("%s", date).doesNotThrowAnyException();
        }
        for (LocalDate d = LocalDate.MAX; d.isAfter(LocalDate.MAX.minusDays(400)); d = d.minusDays(1)) {
            LocalDate date = d;
            assertThatCode(() -> NYSE.isTradingDay(date)).as("%s", date).doesNotThrowAnyException();
        }
    }

    @Test
    void nyse_called_returnsSharedInstance() {
        assertThat(TradingCalendar.nyse()).isSameAs(NyseCalendar.INSTANCE);
    }
}
