package dev.exposure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarketTimeTest {

    @Test
    void yearsToExpiry_sameDayAt1130NewYork_isFourAndAHalfHoursOver8760() {
        // 2026-06-18 is in daylight saving time: 11:30 EDT = 15:30 UTC, expiry 16:00 EDT = 20:00 UTC
        double tau = MarketTime.yearsToExpiry(Instant.parse("2026-06-18T15:30:00Z"), LocalDate.of(2026, 6, 18));
        assertThat(tau).isCloseTo(4.5 / 8760, within(1e-18));
    }

    @Test
    void expiryInstant_followsDaylightSavingTime() {
        assertThat(MarketTime.expiryInstant(LocalDate.of(2026, 1, 16)))
                .isEqualTo(Instant.parse("2026-01-16T21:00:00Z"));
        assertThat(MarketTime.expiryInstant(LocalDate.of(2026, 7, 17)))
                .isEqualTo(Instant.parse("2026-07-17T20:00:00Z"));
    }

    @Test
    void yearsToExpiry_countsNanosecondsAndGoesNegativeAfterExpiry() {
        LocalDate d = LocalDate.of(2026, 7, 17);
        assertThat(MarketTime.yearsToExpiry(Instant.parse("2026-07-17T19:59:59.5Z"), d))
                .isCloseTo(0.5 / 31_536_000, within(1e-20));
        assertThat(MarketTime.yearsToExpiry(Instant.parse("2026-07-17T20:00:00Z"), d)).isZero();
        assertThat(MarketTime.yearsToExpiry(Instant.parse("2026-07-17T20:00:01Z"), d)).isNegative();
    }

    @Test
    void daysToExpiry_usesTheNewYorkDate() {
        LocalDate d = LocalDate.of(2026, 6, 1);
        assertThat(MarketTime.daysToExpiry(Instant.parse("2026-05-30T00:30:00Z"), d)).isEqualTo(3); // 20:30 NY, 29th
        assertThat(MarketTime.daysToExpiry(Instant.parse("2026-05-30T04:30:00Z"), d)).isEqualTo(2); // 00:30 NY, 30th
        assertThat(MarketTime.daysToExpiry(Instant.parse("2026-05-29T15:30:00Z"), LocalDate.MAX))
                .isEqualTo(Integer.MAX_VALUE);
    }
}
