package dev.exposure.internal;

import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable {@link MarketDataStore} over a fixed set of chains, keyed by {@link Symbols#key}: stripped of blanks
 * and upper-cased.
 */
public final class MapMarketDataStore implements MarketDataStore {

    private final Map<String, OptionChain> chains;

    private MapMarketDataStore(Map<String, OptionChain> chains) {
        this.chains = chains;
    }

    /**
     * Creates a store; see {@link MarketDataStore#of}.
     *
     * @param chains the chains
     * @return the store
     */
    public static MarketDataStore of(Collection<? extends OptionChain> chains) {
        Checks.notNull(chains, "chains");
        Map<String, OptionChain> byKey = new HashMap<>();
        int i = 0;
        for (OptionChain chain : chains) {
            Checks.notNull(chain, "chains[" + i + "]");
            String key = Symbols.key(Symbols.require(chain.symbol(), "symbol of chains[" + i + "]"));
            if (byKey.putIfAbsent(key, chain) != null) {
                throw new IllegalArgumentException("two chains for symbol " + key + " (chains[" + i + "])");
            }
            i++;
        }
        return new MapMarketDataStore(Map.copyOf(byKey));
    }

    @Override
    public Optional<OptionChain> chain(String symbol) {
        Checks.notNull(symbol, "symbol");
        return Optional.ofNullable(chains.get(Symbols.key(symbol)));
    }

    @Override
    public String toString() {
        return "MarketDataStore" + chains.keySet();
    }
}
