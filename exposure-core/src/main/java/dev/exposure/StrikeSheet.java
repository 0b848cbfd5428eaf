package dev.exposure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One symbol's dealer exposure by strike: the "GEX by strike" sheet.
 *
 * <p>One row per distinct strike that has a live valid contract (of the selected expirations), ascending by strike.
 * {@code total} is the sum of the rows, equal to the chain total of the same contracts up to rounding (each figure
 * within 1e-12 of the sum of the magnitudes of its terms). Units and signs are those of {@link Exposure}.
 *
 * @param symbol the underlying symbol of the chain
 * @param underlyingPrice the underlying price S used, USD
 * @param asOf the instant the chain was observed
 * @param strikes one row per strike, ascending (unmodifiable)
 * @param total the net exposure of all rows
 * @param skippedContracts live contracts of the selected expirations left out because of bad market data
 */
public record StrikeSheet(String symbol, double underlyingPrice, Instant asOf, List<StrikeExposure> strikes,
        Exposure total, int skippedContracts) {

    /**
     * Creates a strike sheet; the list is copied.
     *
     * @throws NullPointerException if any reference argument or list element is null
     * @throws IllegalArgumentException if {@code underlyingPrice} is not finite and positive, the strikes are not
     *     strictly ascending, or {@code skippedContracts} is negative
     */
    public StrikeSheet {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(total, "total");
        strikes = List.copyOf(Objects.requireNonNull(strikes, "strikes"));
        if (!(underlyingPrice > 0 && underlyingPrice < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("underlyingPrice must be finite and > 0 but was " + underlyingPrice);
        }
        for (int i = 1; i < strikes.size(); i++) {
            if (!(strikes.get(i - 1).strike() < strikes.get(i).strike())) {
                throw new IllegalArgumentException("strikes must be strictly ascending but row " + i + " has strike "
                        + strikes.get(i).strike() + " after " + strikes.get(i - 1).strike());
            }
        }
        if (skippedContracts < 0) {
            throw new IllegalArgumentException("skippedContracts must be >= 0 but was " + skippedContracts);
        }
    }
}
