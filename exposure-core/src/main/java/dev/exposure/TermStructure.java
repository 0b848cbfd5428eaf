package dev.exposure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One symbol's dealer exposure laid out in time: by days-to-expiry bucket and per expiration.
 *
 * <p>Only live contracts (expiring after {@code asOf}) with valid market data enter the figures. Every bucket
 * total equals the sum of the expiry rows whose {@code dte} falls in it, up to rounding.
 *
 * @param symbol the underlying symbol of the chain
 * @param underlyingPrice the underlying price S used, USD
 * @param asOf the instant the chain was observed
 * @param byDteBucket the non-empty buckets, in the order {@code 0-7d}, {@code 8-30d}, {@code 31-60d},
 *     {@code 61-180d}, {@code 180d+} (unmodifiable)
 * @param byExpiry one row per expiration with at least one live valid contract, ascending by date (unmodifiable)
 * @param skippedContracts live contracts left out because of bad market data (non-finite or non-positive
 *     strike or implied volatility, non-finite or negative open interest)
 */
public record TermStructure(String symbol, double underlyingPrice, Instant asOf, List<BucketExposure> byDteBucket,
        List<ExpiryExposure> byExpiry, int skippedContracts) {

    /**
     * Creates a term structure; the lists are copied.
     *
     * @throws NullPointerException if any reference argument or list element is null
     * @throws IllegalArgumentException if {@code underlyingPrice} is not finite and positive or
     *     {@code skippedContracts} is negative
     */
    public TermStructure {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(asOf, "asOf");
        byDteBucket = List.copyOf(Objects.requireNonNull(byDteBucket, "byDteBucket"));
        byExpiry = List.copyOf(Objects.requireNonNull(byExpiry, "byExpiry"));
        if (!(underlyingPrice > 0 && underlyingPrice < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("underlyingPrice must be finite and > 0 but was " + underlyingPrice);
        }
        if (skippedContracts < 0) {
            throw new IllegalArgumentException("skippedContracts must be >= 0 but was " + skippedContracts);
        }
    }
}
