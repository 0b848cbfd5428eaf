package dev.exposure.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsOfReaderTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final AsOfReader TEXT = new AsOfReader(AsOfReader.Kind.TEXT, NEW_YORK, LocalTime.of(15, 45));

    @ParameterizedTest
    @CsvSource({
        // DataShop quote_datetime: New York wall clock; 2026-05-29 is in daylight time (UTC-4), January in UTC-5
        "'2026-05-29 11:30:00', 2026-05-29T15:30:00Z",
        "'2026-01-15 09:31:00', 2026-01-15T14:31:00Z",
        "'2026-05-29T11:30', 2026-05-29T15:30:00Z",
        "'2026-05-29 11:30:00.25', 2026-05-29T15:30:00.250Z",
        "'2026-05-29T15:30:00Z', 2026-05-29T15:30:00Z",
        "'2026-05-29T17:30:00+02:00', 2026-05-29T15:30:00Z",
        "'2026-05-29 10:30:00-0500', 2026-05-29T15:30:00Z",
        // date only: 15:45 New York
        "'2026-05-29', 2026-05-29T19:45:00Z",
        "' 2026-12-01 ', 2026-12-01T20:45:00Z"})
    void read_textForms_giveTheInstant(String text, String expected) {
        assertThat(TEXT.read(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"'2026-03-02 25:61:00'", "'2026-13-01'", "'yesterday'", "''", "'2026-05-29 11:30:00 PM'"})
    void read_unreadableText_givesNull(String text) {
        assertThat(TEXT.read(text)).isNull();
    }

    @Test
    void read_null_givesNull() {
        assertThat(TEXT.read(null)).isNull();
    }

    @Test
    void read_otherKinds_giveTheInstant() {
        assertThat(new AsOfReader(AsOfReader.Kind.EPOCH_MICROS, NEW_YORK, LocalTime.NOON).read(-1L))
                .isEqualTo(Instant.parse("1969-12-31T23:59:59.999999Z"));
        assertThat(new AsOfReader(AsOfReader.Kind.LOCAL_DATE_TIME, NEW_YORK, LocalTime.NOON)
                .read(LocalDateTime.of(2026, 11, 2, 9, 30))).isEqualTo(Instant.parse("2026-11-02T14:30:00Z"));
        assertThat(new AsOfReader(AsOfReader.Kind.EPOCH_DAY, NEW_YORK, LocalTime.of(16, 0))
                .read((int) LocalDate.of(2026, 7, 1).toEpochDay())).isEqualTo(Instant.parse("2026-07-01T20:00:00Z"));
    }
}
