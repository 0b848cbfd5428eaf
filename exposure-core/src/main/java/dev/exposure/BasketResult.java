package dev.exposure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A weighted aggregate of dealer exposure across several symbols.
 *
 * @param asOf the earliest as-of instant among the constituents (the basket is as fresh as its stalest member)
 * @param constituentCount the number of symbols that contributed: {@code constituents().size()} for every result
 *     of {@link BasketAggregator} (kept as given here, so that a published example whose list is abridged reads)
 * @param missingSymbols requested symbols that had no chain or whose chain had no data, in request order
 *     (unmodifiable)
 * @param aggregate {@code Σ wᵢ·exposureᵢ} per greek over the constituents, with the renormalised weights, USD
 *     (see {@link Exposure} for units and signs)
 * @param constituents the symbols that contributed, in request order of first occurrence (unmodifiable)
 */
public record BasketResult(Instant asOf, int constituentCount, List<String> missingSymbols, Exposure aggregate,
        List<Constituent> constituents) {

    /**
     * Creates a basket result; the lists are copied.
     *
     * @throws NullPointerException if any argument or list element is null
     * @throws IllegalArgumentException if {@code constituentCount} is negative
     */
    public BasketResult {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(aggregate, "aggregate");
        missingSymbols = List.copyOf(Objects.requireNonNull(missingSymbols, "missingSymbols"));
        constituents = List.copyOf(Objects.requireNonNull(constituents, "constituents"));
        if (constituentCount < 0) {
            throw new IllegalArgumentException("constituentCount must be >= 0 but was " + constituentCount);
        }
    }
}
