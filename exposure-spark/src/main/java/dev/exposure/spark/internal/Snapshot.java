package dev.exposure.spark.internal;

/**
 * The snapshot-level facts of one group, as the output rows repeat them.
 *
 * @param symbol the symbol, possibly null for a group without one
 * @param asOfMicros the as-of instant in microseconds since 1970-01-01T00:00Z, or null when unreadable
 * @param underlyingPrice the underlying price of the group's first contract row, USD (possibly NaN)
 * @param contracts the number of contract rows in the group
 * @param unreadable the contract rows whose type or expiration cannot be read
 */
public record Snapshot(String symbol, Long asOfMicros, double underlyingPrice, int contracts, int unreadable) {
}
