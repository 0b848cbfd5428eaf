package dev.exposure.jackson;

import dev.exposure.OptionChain;
import java.time.Instant;

/** Builds the expected copy of a chain with other chain-level values, contract by contract, in the tests. */
final class OptionChainCopy {

    private OptionChainCopy() {
    }

    static OptionChain copy(OptionChain c, String symbol, double price, Instant asOf, double rate, double yield,
            int multiplier) {
        OptionChain.Builder b = OptionChain.builder(symbol, price, asOf).riskFreeRate(rate).dividendYield(yield)
                .contractMultiplier(multiplier);
        for (int i = 0; i < c.size(); i++) {
            b.add(c.type(i), c.expiration(i), c.strike(i), c.openInterest(i), c.impliedVolatility(i));
        }
        return b.build();
    }
}
