package dev.exposure;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The key price levels of a chain's dealer exposure, all in USD of the underlying.
 *
 * <p>From the chain's {@link StrikeSheet} (every live expiration) and its default {@link GammaProfile}:
 * <ul>
 *   <li>{@code gammaFlip}: the profile's flip, where net GEX changes sign nearest to the underlying price;</li>
 *   <li>{@code callWall}: the strike with the largest call GEX;</li>
 *   <li>{@code putWall}: the strike with the most negative put GEX;</li>
 *   <li>{@code maxPositiveGamma} / {@code maxNegativeGamma}: the strikes with the largest / smallest net GEX;</li>
 *   <li>{@code highestOiStrike}: the strike with the largest call + put open interest;</li>
 *   <li>{@code zeroDte}: the same-day expiration's exposure, share and magnet.</li>
 * </ul>
 * Ties go to the strike nearest the underlying price, then to the lower strike. A level is empty where no strike
 * qualifies (for example no call with positive GEX for the call wall, no net GEX below zero for
 * {@code maxNegativeGamma}).
 *
 * @param symbol the underlying symbol of the chain
 * @param underlyingPrice the underlying price S, USD
 * @param asOf the instant the chain was observed
 * @param gammaFlip the gamma flip, USD; empty when net GEX keeps one sign over the profile's range
 * @param callWall the call wall strike, USD
 * @param putWall the put wall strike, USD
 * @param maxPositiveGamma the strike of the largest positive net GEX, USD
 * @param maxNegativeGamma the strike of the most negative net GEX, USD
 * @param highestOiStrike the strike with the most open interest, USD
 * @param zeroDte the same-day expiration summary; empty when no same-day contract is live
 */
public record ExposureLevels(String symbol, double underlyingPrice, Instant asOf, OptionalDouble gammaFlip,
        OptionalDouble callWall, OptionalDouble putWall, OptionalDouble maxPositiveGamma,
        OptionalDouble maxNegativeGamma, OptionalDouble highestOiStrike, Optional<ZeroDte> zeroDte) {

    /**
     * Creates the levels.
     *
     * @throws NullPointerException if any reference argument is null
     * @throws IllegalArgumentException if {@code underlyingPrice} or a present level is not finite and positive
     */
    public ExposureLevels {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zeroDte, "zeroDte");
        if (!(underlyingPrice > 0 && underlyingPrice < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("underlyingPrice must be finite and > 0 but was " + underlyingPrice);
        }
        requirePositive(gammaFlip, "gammaFlip");
        requirePositive(callWall, "callWall");
        requirePositive(putWall, "putWall");
        requirePositive(maxPositiveGamma, "maxPositiveGamma");
        requirePositive(maxNegativeGamma, "maxNegativeGamma");
        requirePositive(highestOiStrike, "highestOiStrike");
    }

    private static void requirePositive(OptionalDouble level, String name) {
        Objects.requireNonNull(level, name);
        if (level.isPresent() && !(level.getAsDouble() > 0 && level.getAsDouble() < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and > 0 but was " + level.getAsDouble());
        }
    }
}
