package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeBasisTest {

    /** 10:00 New York on Friday 2024-01-05 (EST, UTC−5). */
    private static final Instant FRIDAY_10AM = Instant.parse("2024-01-05T15:00:00Z");

    /** Counts Monday–Friday dates in [from, to) one date at a time: the reference for the closed form. */
    private static long countWeekdays(LocalDate from, LocalDate to) {
        long n = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    @Test
    void weekdays_twoWeeksAhead_countsTenWeekdaysByHand() {
        // Fri 5 Jan; Mon 8 … Fri 12 Jan; Mon 15 … Thu 18 Jan: 1 + 5 + 4 = 10 weekdays before Fri 19 Jan
        double tau = TimeBasis.weekdays(262, false).yearsToExpiry(FRIDAY_10AM, LocalDate.of(2024, 1, 19));
        assertThat(tau).isEqualTo(10.0 / 262);
    }

    @Test
    void weekdays_fridayToMonday_countsOnlyFriday() {
        assertThat(TimeBasis.weekdays(252, false).yearsToExpiry(FRIDAY_10AM, LocalDate.of(2024, 1, 8)))
                .isEqualTo(1.0 / 252);
    }

    @Test
    void weekdays_sundayAsOfMondayExpiry_isZeroDaysSoFloorOrExpired() {
        Instant sunday = Instant.parse("2024-01-07T20:00:00Z"); // Sunday 15:00 New York
        LocalDate monday = LocalDate.of(2024, 1, 8);
        assertThat(TimeBasis.weekdays(262, true).yearsToExpiry(sunday, monday)).isEqualTo(1.0 / 262);
        assertThat(TimeBasis.weekdays(262, false).yearsToExpiry(sunday, monday)).isNotPositive();
        // Tuesday: Monday is the one weekday in [Sunday, Tuesday)
        assertThat(TimeBasis.weekdays(262, false).yearsToExpiry(sunday, monday.plusDays(1))).isEqualTo(1.0 / 262);
    }

    @Test
    void weekdays_sameDayExpiryBeforeTheClose_floorsOrExpires() {
        Instant monday1130 = Instant.parse("2024-01-08T16:30:00Z"); // 11:30 New York
        LocalDate monday = LocalDate.of(2024, 1, 8);
        assertThat(TimeBasis.weekdays(262, true).yearsToExpiry(monday1130, monday)).isEqualTo(1.0 / 262);
        assertThat(TimeBasis.weekdays(262, false).yearsToExpiry(monday1130, monday)).isNotPositive();
        // the calendar basis keeps it live: 4.5 hours
        assertThat(TimeBasis.calendar().yearsToExpiry(monday1130, monday)).isEqualTo(4.5 / 8760);
    }

    @Test
    void weekdays_sameDayExpiryAtOrAfterTheClose_isExpiredEvenWithTheFloor() {
        LocalDate monday = LocalDate.of(2024, 1, 8);
        Instant close = Instant.parse("2024-01-08T21:00:00Z"); // 16:00 New York, EST
        assertThat(TimeBasis.weekdays(262, true).yearsToExpiry(close, monday)).isNotPositive();
        assertThat(TimeBasis.weekdays(262, true).yearsToExpiry(close.plusSeconds(1), monday)).isNotPositive();
        assertThat(TimeBasis.weekdays(262, true).yearsToExpiry(close.minusSeconds(1), monday))
                .isEqualTo(1.0 / 262);
    }

    @Test
    void weekdays_expiryBeforeTheAsOfDate_isExpired() {
        Instant sunday = Instant.parse("2024-01-07T20:00:00Z");
        assertThat(TimeBasis.weekdays(262, true).yearsToExpiry(sunday, LocalDate.of(2024, 1, 5))).isNotPositive();
    }

    @Test
    void weekdays_asOfLateEveningUtc_countsFromTheNewYorkDate() {
        // 2024-01-09T03:00Z is still Monday 8 January, 22:00, in New York: Mon and Tue count before Wednesday
        Instant lateMonday = Instant.parse("2024-01-09T03:00:00Z");
        assertThat(TimeBasis.weekdays(262, false).yearsToExpiry(lateMonday, LocalDate.of(2024, 1, 10)))
                .isEqualTo(2.0 / 262);
    }

    @RepeatedTest(200)
    void weekdays_randomDates_matchesDayByDayCount(RepetitionInfo info) {
        long seed = 0x5EED_0000L + info.getCurrentRepetition();
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate asOfDate = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(0, 3000));
        LocalDate expiration = asOfDate.plusDays(random.nextInt(0, 900));
        Instant asOf = asOfDate.atTime(random.nextInt(0, 16), random.nextInt(0, 60)).atZone(Chains.NEW_YORK)
                .toInstant();
        int days = random.nextInt(1, 400);
        boolean floor = random.nextBoolean();
        long n = countWeekdays(asOfDate, expiration);
        double expected = n > 0 ? (double) n / days : floor ? 1.0 / days : 0.0;
        double tau = TimeBasis.weekdays(days, floor).yearsToExpiry(asOf, expiration);
        assertThat(Math.max(tau, 0.0)).as("seed %d: %s -> %s", seed, asOf, expiration).isEqualTo(expected);
    }

    @Test
    void calendar_isTheSpecificationsSecondsOver365Days() {
        LocalDate expiry = LocalDate.of(2024, 1, 19);
        double seconds = Chains.expiryInstant(expiry).getEpochSecond() - FRIDAY_10AM.getEpochSecond();
        assertThat(TimeBasis.calendar().yearsToExpiry(FRIDAY_10AM, expiry)).isEqualTo(seconds / (365 * 86400.0));
        assertThat(TimeBasis.calendar().isCalendar()).isTrue();
    }

    @Test
    void parse_readsEveryTextFormAndToStringRoundTrips() {
        assertThat(TimeBasis.parse("calendar")).isEqualTo(TimeBasis.calendar());
        assertThat(TimeBasis.parse("weekdays:262")).isEqualTo(TimeBasis.weekdays(262, false));
        assertThat(TimeBasis.parse("WEEKDAYS:252:Floor")).isEqualTo(TimeBasis.weekdays(252, true));
        for (TimeBasis b : new TimeBasis[] {TimeBasis.calendar(), TimeBasis.weekdays(262, true),
                TimeBasis.weekdays(1, false)}) {
            assertThat(TimeBasis.parse(b.toString())).isEqualTo(b).hasSameHashCodeAs(b);
        }
        assertThat(TimeBasis.weekdays(262, true)).isNotEqualTo(TimeBasis.weekdays(262, false))
                .isNotEqualTo(TimeBasis.weekdays(252, true)).isNotEqualTo(TimeBasis.calendar());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "weekdays", "weekdays:", "weekdays:0", "weekdays:-1", "weekdays:262:flor",
        "weekdays:262:floor:x", "weekdays:1e3", "weekdays:99999999999", "calendar:1", "days:262"})
    void parse_badText_isIllegalArgumentNamingTheText(String text) {
        assertThatThrownBy(() -> TimeBasis.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void weekdays_daysPerYearBelowOne_isIllegalArgumentNamingIt() {
        assertThatThrownBy(() -> TimeBasis.weekdays(0, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("daysPerYear");
        assertThatThrownBy(() -> TimeBasis.calendar().yearsToExpiry(null, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("asOf");
    }
}
