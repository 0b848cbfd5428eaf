package dev.exposure.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares {@link NyseCalendar} with the slow {@link ReferenceNyseCalendar} model, exhaustively over a range of
 * years and on seeded random dates over the whole {@link LocalDate} range.
 */
class NyseCalendarReferenceTest {

    private static final NyseCalendar NYSE = NyseCalendar.INSTANCE;
    private static final ReferenceNyseCalendar REFERENCE = new ReferenceNyseCalendar();

    @Test
    void isTradingDay_everyDate1900To2200_agreesWithReference() {
        for (int year = 1900; year <= 2200; year++) {
            var closures = ReferenceNyseCalendar.closures(year);
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                assertThat(NYSE.isTradingDay(d)).as("isTradingDay(%s)", d).isEqualTo(REFERENCE.isTradingDay(d));
                assertThat(NYSE.isHoliday(d)).as("isHoliday(%s)", d).isEqualTo(closures.contains(d));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20240329L, 0x5eed_cafeL})
    void isTradingDay_randomDates_agreesWithReference(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long min = LocalDate.MIN.toEpochDay();
        long max = LocalDate.MAX.toEpochDay();
        for (int n = 0; n < 20_000; n++) {
            LocalDate d = LocalDate.ofEpochDay(random.nextLong(min, max + 1));
            assertThat(NYSE.isTradingDay(d)).as("seed %d, date %s", seed, d).isEqualTo(REFERENCE.isTradingDay(d));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7L, 19L, 5_700_000L})
    void holidayName_marchAndAprilOfRandomYears_goodFridayExactlyTwoDaysBeforeReferenceEaster(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 2_000; n++) {
            // half the years near the present, half anywhere a LocalDate can hold
            int year = n % 2 == 0
                    ? random.nextInt(1583, 4100)
                    : random.nextInt(Year.MIN_VALUE, Year.MAX_VALUE);
            LocalDate goodFriday = ReferenceNyseCalendar.easterSunday(year).minusDays(2);
            for (LocalDate d = LocalDate.of(year, 3, 1); d.getMonthValue() <= 4; d = d.plusDays(1)) {
                boolean expected = d.equals(goodFriday);
                assertThat(NYSE.holidayName(d).filter("Good Friday"::equals).isPresent())
                        .as("seed %d, date %s", seed, d)
                        .isEqualTo(expected);
            }
        }
    }
}
