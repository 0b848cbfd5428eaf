package dev.exposure.spark.internal;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Objects;

/**
 * Turns the as-of value of a snapshot's group key into an instant, once per snapshot.
 *
 * <p>Wall-clock values (a {@code LocalDateTime}, text without offset) are read in the configured zone; date-only
 * values at the configured time of day in that zone. Text forms: {@code yyyy-MM-dd}, then optionally {@code T} or
 * a space, {@code HH:mm}, {@code :ss}, a fraction, and an offset ({@code Z}, {@code +02:00}, {@code -0500}).
 */
public final class AsOfReader implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The Java type the as-of key column carries. */
    public enum Kind {
        /** A {@code Long}: microseconds since 1970-01-01T00:00Z (from a {@code TIMESTAMP}). */
        EPOCH_MICROS,
        /** A {@code LocalDateTime} (from a {@code TIMESTAMP_NTZ}). */
        LOCAL_DATE_TIME,
        /** An {@code Integer}: days since 1970-01-01 (from a {@code DATE}). */
        EPOCH_DAY,
        /** A {@code String}. */
        TEXT
    }

    private static final DateTimeFormatter TEXT_FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(java.util.Locale.ROOT);

    private final Kind kind;
    private final ZoneId zone;
    private final LocalTime timeOfDay;

    /**
     * Creates a reader.
     *
     * @param kind the type of the key column
     * @param zone the zone of wall-clock values
     * @param timeOfDay the time given to date-only values
     */
    public AsOfReader(Kind kind, ZoneId zone, LocalTime timeOfDay) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.timeOfDay = Objects.requireNonNull(timeOfDay, "timeOfDay");
    }

    /**
     * Reads an as-of key value.
     *
     * @param value the value of the key column, possibly null
     * @return the instant, or null when the value is null or cannot be read
     */
    public Instant read(Object value) {
        if (value == null) {
            return null;
        }
        try {
            switch (kind) {
                case EPOCH_MICROS:
                    long micros = (Long) value;
                    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                            Math.floorMod(micros, 1_000_000L) * 1000L);
                case LOCAL_DATE_TIME:
                    return ((LocalDateTime) value).atZone(zone).toInstant();
                case EPOCH_DAY:
                    return LocalDate.ofEpochDay((Integer) value).atTime(timeOfDay).atZone(zone).toInstant();
                default:
                    return readText((String) value);
            }
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private Instant readText(String text) {
        var parsed = TEXT_FORMAT.parse(text.trim());
        LocalDate date = LocalDate.from(parsed);
        if (!parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
            return date.atTime(timeOfDay).atZone(zone).toInstant();
        }
        LocalDateTime local = LocalDateTime.of(date, LocalTime.from(parsed));
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.of(local, java.time.ZoneOffset.ofTotalSeconds(
                    parsed.get(ChronoField.OFFSET_SECONDS))).toInstant();
        }
        return local.atZone(zone).toInstant();
    }

    @Override
    public String toString() {
        return "AsOfReader[" + kind + ", " + zone + ", " + timeOfDay + "]";
    }
}
