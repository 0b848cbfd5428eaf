package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks that {@link RandomChains} reaches the ranges it claims, over exactly the chains that
 * {@link ChainPropertiesTest#termStructure_randomChains_matchReferenceModel()} draws (same master seed, same
 * calls): live contracts from τ = one second to nearly 30 years, σ over [0.01, 10], S/K over [1e-3, 1e3]. τ is
 * recomputed here from the as-of instant and 16:00 New York on the expiration date.
 */
class RandomChainsTest {

    @Test
    void mainSuiteChains_reachTheClaimedRanges() {
        SplittableRandom master = new SplittableRandom(ChainPropertiesTest.MASTER_SEED);
        long minSeconds = Long.MAX_VALUE;
        long maxSeconds = Long.MIN_VALUE;
        int underTenSeconds = 0;
        int oneSecond = 0;
        int live = 0;
        double minSigma = Double.MAX_VALUE;
        double maxSigma = 0;
        double minMoneyness = Double.MAX_VALUE;
        double maxMoneyness = 0;
        for (int i = 0; i < ChainPropertiesTest.CHAINS; i++) {
            OptionChain c = ChainPropertiesTest.mainChain(master.nextLong());
            for (int k = 0; k < c.size(); k++) {
                long seconds = Chains.expiryInstant(c.expiration(k)).getEpochSecond() - c.asOf().getEpochSecond();
                if (seconds <= 0 || !(c.impliedVolatility(k) > 0) || !(c.strike(k) > 0)
                        || !Double.isFinite(c.impliedVolatility(k)) || !Double.isFinite(c.strike(k))) {
                    continue; // expired, or bad market data on purpose
                }
                live++;
                minSeconds = Math.min(minSeconds, seconds);
                maxSeconds = Math.max(maxSeconds, seconds);
                underTenSeconds += seconds < 10 ? 1 : 0;
                oneSecond += seconds == 1 ? 1 : 0;
                minSigma = Math.min(minSigma, c.impliedVolatility(k));
                maxSigma = Math.max(maxSigma, c.impliedVolatility(k));
                double sk = c.underlyingPrice() / c.strike(k);
                minMoneyness = Math.min(minMoneyness, sk);
                maxMoneyness = Math.max(maxMoneyness, sk);
            }
        }
        assertThat(live).isGreaterThan(30_000);
        assertThat(minSeconds).as("shortest τ in seconds").isEqualTo(1);
        assertThat(oneSecond).as("contracts at τ = 1 s").isGreaterThanOrEqualTo(10);
        assertThat(underTenSeconds).as("contracts under 10 s").isGreaterThanOrEqualTo(50);
        assertThat(maxSeconds / (365.0 * 86_400)).as("longest τ in years").isBetween(25.0, 30.0);
        assertThat(minSigma).isBetween(0.01, 0.011);
        assertThat(maxSigma).isBetween(9.0, 10.0);
        assertThat(minMoneyness).isBetween(1e-3, 1.5e-3);
        assertThat(maxMoneyness).isBetween(700.0, 1e3);
    }
}
