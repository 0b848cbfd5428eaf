package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Randomized properties of baskets against {@link ReferenceModel}; each case prints its seed on failure. */
class BasketPropertiesTest {

    private static final long MASTER_SEED = 0xBA5CE7L;

    /** A random universe of chains, a fifth of them without data. */
    private static List<OptionChain> universe(SplittableRandom random, int n) {
        List<OptionChain> chains = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int contracts = random.nextInt(5) == 0 ? 0 : random.nextInt(1, 12);
            chains.add(RandomChains.chain(random, "S" + i, contracts, true));
        }
        return chains;
    }

    private static String weightToken(SplittableRandom random) {
        switch (random.nextInt(6)) {
            case 0: return "0";
            case 1: return Integer.toString(random.nextInt(1, 100));
            case 2: return "1e" + random.nextInt(-300, 300);
            default: return Double.toString(random.nextDouble());
        }
    }

    @Test
    void aggregate_randomBaskets_matchReferenceAndInvariants() {
        SplittableRandom master = new SplittableRandom(MASTER_SEED);
        for (int trial = 0; trial < 300; trial++) {
            long seed = master.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            List<OptionChain> chains = universe(random, random.nextInt(1, 60));
            MarketDataStore store = MarketDataStore.of(chains);
            int n = random.nextInt(1, 51);
            List<String> symbols = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                symbols.add("S" + random.nextInt(0, 70)); // some are not in the store
                tokens.add(weightToken(random));
            }
            String s = String.join(",", symbols);
            String w = String.join(",", tokens);
            BasketResult r;
            try {
                r = new BasketAggregator(store).aggregate(s, w);
            } catch (ExposureException e) {
                assertThat(e.error()).as("seed %d", seed).isIn(ExposureError.NO_DATA, ExposureError.INVALID_WEIGHTS);
                continue;
            }
            check(seed, r, store, s, w);
            // the same weights scaled by a positive factor give the same basket
            StringBuilder scaled = new StringBuilder();
            for (String t : tokens) {
                scaled.append(scaled.length() == 0 ? "" : ",").append(Double.parseDouble(t) * 4);
            }
            BasketResult r4 = new BasketAggregator(store).aggregate(s, scaled.toString());
            assertThat(r4).as("seed %d: weights ×4", seed).isEqualTo(r);
        }
    }

    private static void check(long seed, BasketResult r, MarketDataStore store, String symbols, String weights) {
        BasketRequest request = BasketRequest.parse(symbols, weights);
        List<Double> survivorWeights = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<ReferenceModel> refs = new ArrayList<>();
        for (int i = 0; i < request.symbols().size(); i++) {
            String sym = request.symbols().get(i);
            OptionChain c = store.chain(sym).orElse(null);
            ReferenceModel ref = c == null ? null : ReferenceModel.of(c);
            if (ref == null || ref.rows.isEmpty()) {
                missing.add(sym);
            } else {
                survivorWeights.add(request.weights().get(i));
                refs.add(ref);
            }
        }
        assertThat(r.missingSymbols()).as("seed %d", seed).isEqualTo(missing);
        assertThat(r.constituentCount()).as("seed %d", seed).isEqualTo(refs.size());
        double wSum = survivorWeights.stream().mapToDouble(Double::doubleValue).sum();
        double weightTotal = 0;
        double pctTotal = 0;
        double[] aggregate = new double[4];
        double[] tolerance = new double[4];
        for (int k = 0; k < refs.size(); k++) {
            Constituent c = r.constituents().get(k);
            double expectedWeight = survivorWeights.get(k) / wSum;
            assertThat(c.weight()).as("seed %d: weight", seed).isCloseTo(expectedWeight, within(1e-14));
            weightTotal += c.weight();
            pctTotal += c.contributionPct();
            for (int g = 0; g < 4; g++) {
                double x = ReferenceModel.greek(c.exposure(), g);
                assertThat(x).as("seed %d: %s greek %d", seed, c.symbol(), g)
                        .isCloseTo(refs.get(k).total(g), within(refs.get(k).tolerance(g, 2e-12)));
                aggregate[g] += c.weight() * refs.get(k).total(g);
                tolerance[g] += c.weight() * refs.get(k).tolerance(g, 3e-12);
            }
            assertThat(c.regime()).isEqualTo(c.exposure().netGex() >= 0 ? Regime.POSITIVE_GAMMA
                    : Regime.NEGATIVE_GAMMA);
            assertThat(List.of(c.weight(), c.contributionPct(), c.underlyingPrice())).allMatch(Double::isFinite);
        }
        assertThat(weightTotal).as("seed %d: Σ weights", seed).isCloseTo(1.0, within(1e-14));
        double absWeightedGex = r.constituents().stream()
                .mapToDouble(c -> Math.abs(c.weight() * c.exposure().netGex())).sum();
        assertThat(pctTotal).as("seed %d: Σ pct", seed).isCloseTo(absWeightedGex == 0 ? 0 : 100, within(1e-9));
        for (int g = 0; g < 4; g++) {
            assertThat(ReferenceModel.greek(r.aggregate(), g)).as("seed %d: aggregate greek %d", seed, g)
                    .isCloseTo(aggregate[g], within(tolerance[g] + 1e-14 * Math.abs(aggregate[g])));
        }
    }

    @Test
    void parse_randomStrings_onlyGiveARequestOrAnExposureException() {
        SplittableRandom random = new SplittableRandom(MASTER_SEED + 1);
        String alphabet = "AB,, .+-eE019xX\t\u00e9\u0130i;";
        for (int trial = 0; trial < 20_000; trial++) {
            String s = randomString(random, alphabet, 30);
            String w = random.nextInt(4) == 0 ? null : randomString(random, alphabet, 30);
            try {
                BasketRequest r = BasketRequest.parse(s, w);
                assertThat(r.symbols()).isNotEmpty().hasSizeLessThanOrEqualTo(50);
                assertThat(r.weights()).hasSameSizeAs(r.symbols()).allMatch(x -> x >= 0 && x <= 1);
            } catch (ExposureException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    private static String randomString(SplittableRandom random, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(0, maxLength);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void parse_fiveMegabyteInputs_areHandledWithoutQuadraticBlowUp() {
        // a guard against quadratic parsing, not a measurement: linear parsing takes well under a second
        StringBuilder symbols = new StringBuilder(5_000_000);
        StringBuilder weights = new StringBuilder(5_000_000);
        while (symbols.length() < 5_000_000) {
            symbols.append("spy,QQQ, iwm ,");
            weights.append("1.5,2,0.25,");
        }
        String s = symbols.toString();
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            BasketRequest r = BasketRequest.parse(s, null);
            assertThat(r.symbols()).containsExactly("SPY", "QQQ", "IWM");
            // the weight count cannot match: three tokens per group against three symbol tokens plus one empty
            String w = weights.substring(0, weights.length() - 1);
            BasketRequest weighted = BasketRequest.parse(s.substring(0, s.length() - 1), w);
            assertThat(weighted.weights()).containsExactly(1.5 / 3.75, 2 / 3.75, 0.25 / 3.75);
            String longOne = "1." + "0".repeat(5_000_000);
            assertThat(BasketRequest.parse("A,B", longOne + ",3").weights()).containsExactly(0.25, 0.75);
            String hugeInteger = "1" + "0".repeat(5_000_000);
            assertThatThrownBy(() -> BasketRequest.parse("A", hugeInteger)).isInstanceOfSatisfying(
                    ExposureException.class, e -> assertThat(e.error()).isEqualTo(ExposureError.INVALID_WEIGHTS));
            String tooMany = "X".repeat(5_000_000) + ",A";
            assertThat(BasketRequest.parse(tooMany, null).symbols()).hasSize(2);
        });
    }
}
