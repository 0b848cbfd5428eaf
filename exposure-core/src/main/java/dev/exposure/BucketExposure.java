package dev.exposure;

import java.util.Objects;

/**
 * A chain's exposure summed over the contracts whose days to expiry fall in one bucket.
 *
 * <p>Buckets are {@code 0-7d} [0, 7], {@code 8-30d} [8, 30], {@code 31-60d} [31, 60],
 * {@code 61-180d} [61, 180] and {@code 180d+} [181, {@link Integer#MAX_VALUE}], bounds inclusive.
 *
 * @param bucket the bucket name, e.g. {@code "0-7d"}
 * @param dteMin the smallest days-to-expiry in the bucket, inclusive
 * @param dteMax the largest days-to-expiry in the bucket, inclusive
 * @param exposure the net exposure of the bucket's contracts, USD (see {@link Exposure} for units and signs)
 * @param contractCount the number of live, valid contracts in the bucket (zero open interest included)
 */
public record BucketExposure(String bucket, int dteMin, int dteMax, Exposure exposure, int contractCount) {

    /**
     * Creates a bucket row.
     *
     * @throws NullPointerException if {@code bucket} or {@code exposure} is null
     * @throws IllegalArgumentException if {@code dteMin} is negative, {@code dteMax < dteMin}
     *     or {@code contractCount} is negative
     */
    public BucketExposure {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(exposure, "exposure");
        if (dteMin < 0 || dteMax < dteMin) {
            throw new IllegalArgumentException("dte range [" + dteMin + ", " + dteMax + "] is invalid");
        }
        if (contractCount < 0) {
            throw new IllegalArgumentException("contractCount must be >= 0 but was " + contractCount);
        }
    }
}
