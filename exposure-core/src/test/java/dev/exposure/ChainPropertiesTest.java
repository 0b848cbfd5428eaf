package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Randomized properties of chain exposures against {@link ReferenceModel}, over {@link RandomChains}' extreme
 * ranges. Each case prints its seed on failure; a seed that finds a bug becomes a test of its own, named after
 * what it found.
 */
class ChainPropertiesTest {

    /** The master seed of the main random-chain test; {@link RandomChainsTest} replays it. */
    static final long MASTER_SEED = 0x5EED_2026_1121L;
    private static final TermStructureBuilder BUILDER = new TermStructureBuilder();

    /** Error allowed per greek relative to Σ|terms| of the reference: 1e-12 for the greeks, 1e-12 for the sums. */
    private static final double REL = 2e-12;

    private static void assertMatchesReference(long seed, OptionChain chain) {
        ReferenceModel ref = ReferenceModel.of(chain);
        boolean hasData = Double.isFinite(chain.underlyingPrice()) && chain.underlyingPrice() > 0
                && !ref.rows.isEmpty();
        TermStructure ts;
        try {
            ts = BUILDER.build(chain);
        } catch (ExposureException e) {
            assertThat(hasData).as("seed %d: NO_DATA only without data (%s)", seed, e.getMessage()).isFalse();
            assertThat(e.error()).isEqualTo(ExposureError.NO_DATA);
            return;
        }
        assertThat(hasData).as("seed %d: has data", seed).isTrue();
        assertThat(ts.skippedContracts()).as("seed %d: skipped", seed).isEqualTo(ref.skipped);
        assertThat(ts.byExpiry()).as("seed %d: rows", seed).hasSize(ref.rows.size());
        double pctSum = 0;
        for (ExpiryExposure row : ts.byExpiry()) {
            ReferenceModel.Row r = ref.rows.get(row.expiration());
            assertThat(r).as("seed %d: row %s", seed, row.expiration()).isNotNull();
            assertThat(row.dte()).as("seed %d: dte", seed).isEqualTo(r.dte);
            for (int g = 0; g < 4; g++) {
                assertThat(ReferenceModel.greek(row.exposure(), g)).as("seed %d: %s greek %d", seed,
                        row.expiration(), g).isCloseTo(r.value(g), within(ReferenceModel.tolerance(r, g, REL)));
            }
            pctSum += row.pctOfChainGex();
        }
        double absGex = ts.byExpiry().stream().mapToDouble(x -> Math.abs(x.exposure().netGex())).sum();
        assertThat(pctSum).as("seed %d: Σ pct", seed).isCloseTo(absGex == 0 ? 0 : 100, within(1e-9));
        int contracts = 0;
        for (BucketExposure b : ts.byDteBucket()) {
            contracts += b.contractCount();
            int expected = 0;
            for (Map.Entry<java.time.LocalDate, ReferenceModel.Row> e : ref.rows.entrySet()) {
                if (e.getValue().dte >= b.dteMin() && e.getValue().dte <= b.dteMax()) {
                    expected += e.getValue().count;
                }
            }
            assertThat(b.contractCount()).as("seed %d: bucket %s", seed, b.bucket()).isEqualTo(expected);
        }
        for (int g = 0; g < 4; g++) {
            double bucketSum = 0;
            for (BucketExposure b : ts.byDteBucket()) {
                bucketSum += ReferenceModel.greek(b.exposure(), g);
            }
            assertThat(bucketSum).as("seed %d: Σ buckets greek %d", seed, g)
                    .isCloseTo(ref.total(g), within(ref.tolerance(g, REL)));
        }
        assertThat(contracts).isEqualTo(ref.rows.values().stream().mapToInt(r -> r.count).sum());
    }

    /** The number of chains of the main random-chain test. */
    static final int CHAINS = 2000;

    /** The chain of the main random-chain test for a seed. */
    static OptionChain mainChain(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return RandomChains.chain(random, "R", random.nextInt(0, 40), false);
    }

    @Test
    void termStructure_randomChains_matchReferenceModel() {
        SplittableRandom master = new SplittableRandom(MASTER_SEED);
        for (int i = 0; i < CHAINS; i++) {
            long seed = master.nextLong();
            assertMatchesReference(seed, mainChain(seed));
        }
    }

    @Test
    void totals_shuffledContracts_agreeToSumOfMagnitudes() {
        SplittableRandom master = new SplittableRandom(MASTER_SEED + 1);
        for (int i = 0; i < 300; i++) {
            long seed = master.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            RandomChains.Header h = RandomChains.header(random, "R");
            List<Object[]> contracts = new ArrayList<>();
            int n = random.nextInt(1, 200);
            for (int k = 0; k < n; k++) {
                contracts.add(moderateContract(random, h));
            }
            List<Object[]> shuffled = new ArrayList<>(contracts);
            java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
            OptionChain a = build(h, contracts);
            OptionChain b = build(h, shuffled);
            ReferenceModel ref = ReferenceModel.of(a);
            if (ref.rows.isEmpty()) {
                continue;
            }
            TermStructure ta = BUILDER.build(a);
            TermStructure tb = BUILDER.build(b);
            for (int g = 0; g < 4; g++) {
                assertThat(total(tb, g)).as("seed %d greek %d", seed, g)
                        .isCloseTo(total(ta, g), within(ref.tolerance(g, 1e-12)));
            }
            assertThat(BUILDER.build(a)).as("seed %d: deterministic", seed).isEqualTo(ta);
        }
    }

    @Test
    void totals_unionOfTwoChains_equalsSumOfTheirTotals() {
        SplittableRandom master = new SplittableRandom(MASTER_SEED + 2);
        for (int i = 0; i < 300; i++) {
            long seed = master.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            RandomChains.Header h = RandomChains.header(random, "R");
            OptionChain.Builder a = h.builder();
            OptionChain.Builder b = h.builder();
            OptionChain.Builder union = h.builder();
            for (int k = 0; k < 60; k++) {
                Object[] c = moderateContract(random, h);
                add(k % 2 == 0 ? a : b, c, 1);
                add(union, c, 1);
            }
            OptionChain ca = a.build();
            OptionChain cb = b.build();
            OptionChain cu = union.build();
            ReferenceModel ref = ReferenceModel.of(cu);
            double[] ta = totalsOrZero(ca);
            double[] tb = totalsOrZero(cb);
            double[] tu = totalsOrZero(cu);
            for (int g = 0; g < 4; g++) {
                assertThat(tu[g]).as("seed %d greek %d", seed, g)
                        .isCloseTo(ta[g] + tb[g], within(ref.tolerance(g, 1e-12)));
            }
        }
    }

    @Test
    void totals_scaledOpenInterestAndMultiplier_scaleLinearly() {
        SplittableRandom master = new SplittableRandom(MASTER_SEED + 3);
        for (int i = 0; i < 200; i++) {
            long seed = master.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            RandomChains.Header h = RandomChains.header(random, "R");
            int factorM = 1 + random.nextInt(3);
            RandomChains.Header hm = new RandomChains.Header("R", h.spot(), h.asOf(), h.r(), h.q(),
                    h.multiplier() * factorM);
            double factorOi = 8; // a power of two scales every product exactly
            OptionChain.Builder base = h.builder();
            OptionChain.Builder scaled = hm.builder();
            for (int k = 0; k < 30; k++) {
                Object[] c = moderateContract(random, h);
                add(base, c, 1);
                add(scaled, c, factorOi);
            }
            double[] t = totalsOrZero(base.build());
            double[] ts = totalsOrZero(scaled.build());
            for (int g = 0; g < 4; g++) {
                double expected = t[g] * factorOi * factorM;
                assertThat(ts[g]).as("seed %d greek %d", seed, g)
                        .isCloseTo(expected, within(Math.abs(expected) * 1e-13 + Double.MIN_NORMAL));
            }
        }
    }

    /** A valid contract {type, expiration, strike, oi, sigma} with strikes within a factor 3 of spot. */
    private static Object[] moderateContract(SplittableRandom random, RandomChains.Header h) {
        return new Object[] {random.nextBoolean() ? OptionType.CALL : OptionType.PUT,
            RandomChains.expiration(random, h.asOf()), h.spot() / RandomChains.logUniform(random, 0.3, 3),
            RandomChains.logUniform(random, 1, 1e6), RandomChains.logUniform(random, 0.05, 3)};
    }

    private static void add(OptionChain.Builder b, Object[] c, double oiFactor) {
        b.add((OptionType) c[0], (java.time.LocalDate) c[1], (double) c[2], (double) c[3] * oiFactor, (double) c[4]);
    }

    private static OptionChain build(RandomChains.Header h, List<Object[]> contracts) {
        OptionChain.Builder b = h.builder();
        for (Object[] c : contracts) {
            add(b, c, 1);
        }
        return b.build();
    }

    private static double total(TermStructure ts, int greek) {
        return ts.byExpiry().stream().mapToDouble(r -> ReferenceModel.greek(r.exposure(), greek)).sum();
    }

    private static double[] totalsOrZero(OptionChain c) {
        try {
            Exposure x = new BasketAggregator(MarketDataStore.of(List.of(c))).aggregate(c.symbol(), null)
                    .constituents().get(0).exposure();
            return new double[] {x.netGex(), x.netDex(), x.netVex(), x.netChex()};
        } catch (ExposureException e) {
            return new double[4];
        }
    }
}
