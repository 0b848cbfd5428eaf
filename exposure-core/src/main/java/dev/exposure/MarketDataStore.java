package dev.exposure;

import dev.exposure.internal.MapMarketDataStore;
import java.util.Collection;
import java.util.Optional;

/**
 * Looks up the current option chain of a symbol. Implementations must be safe to call from several threads.
 */
@FunctionalInterface
public interface MarketDataStore {

    /**
     * Returns the chain of a symbol, if the store has one.
     *
     * @param symbol an upper-case symbol such as {@code "AAPL"}
     * @return the chain, or empty when the store has none; never null
     */
    Optional<OptionChain> chain(String symbol);

    /**
     * Returns an immutable store holding the given chains, keyed by {@link OptionChain#symbol()}.
     *
     * <p>Keys are matched after stripping blanks at both ends (white space, Unicode spaces such as U+00A0, U+2003
     * and U+3000, control and format characters) and upper-casing with {@code Locale.ROOT}, so a chain built for
     * {@code "aapl"} is found under {@code "AAPL"} and under {@code "\u2003aapl"}; lookups follow the same rule.
     *
     * @param chains the chains, at most one per symbol (the collection is copied)
     * @return a store safe to share between threads
     * @throws NullPointerException if {@code chains} or any element is null
     * @throws IllegalArgumentException if two chains have the same symbol by that rule, or a chain's symbol is
     *     blank
     */
    static MarketDataStore of(Collection<? extends OptionChain> chains) {
        return MapMarketDataStore.of(chains);
    }
}
