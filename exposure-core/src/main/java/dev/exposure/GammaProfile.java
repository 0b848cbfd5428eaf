package dev.exposure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A chain's net GEX repriced across hypothetical underlying prices, and its gamma flip.
 *
 * <p>Each point holds the net GEX the chain would have if the underlying traded at X, with every contract's
 * implied volatility, time to expiry and rates held fixed ("sticky strike"). The gamma flip ("zero gamma") is
 * the zero of that function nearest to the underlying price among the grid intervals whose ends differ in sign;
 * empty when no interval changes sign.
 *
 * @param symbol the underlying symbol of the chain
 * @param underlyingPrice the underlying price S of the chain, USD
 * @param asOf the instant the chain was observed
 * @param points the grid, ascending by spot (unmodifiable)
 * @param gammaFlip the underlying price at which net GEX changes sign nearest to S, USD; empty when none
 */
public record GammaProfile(String symbol, double underlyingPrice, Instant asOf, List<ProfilePoint> points,
        OptionalDouble gammaFlip) {

    /**
     * Creates a profile; the list is copied.
     *
     * @throws NullPointerException if any reference argument or list element is null
     * @throws IllegalArgumentException if {@code underlyingPrice} or the flip is not finite and positive, or the
     *     points are not strictly ascending by spot
     */
    public GammaProfile {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(gammaFlip, "gammaFlip");
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        if (!(underlyingPrice > 0 && underlyingPrice < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("underlyingPrice must be finite and > 0 but was " + underlyingPrice);
        }
        if (gammaFlip.isPresent() && !(gammaFlip.getAsDouble() > 0
                && gammaFlip.getAsDouble() < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("gammaFlip must be finite and > 0 but was " + gammaFlip);
        }
        for (int i = 1; i < points.size(); i++) {
            if (!(points.get(i - 1).spot() < points.get(i).spot())) {
                throw new IllegalArgumentException("points must be strictly ascending by spot but point " + i
                        + " has spot " + points.get(i).spot() + " after " + points.get(i - 1).spot());
            }
        }
    }
}
