package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Randomized properties of baskets against {@link ReferenceModel}, with the expected request (symbols, weights and
 * errors) from {@link ReferenceBasketParser}; each case prints its seed on failure. Random request strings are
 * fuzzed in {@link BasketRequestFuzzTest}.
 */
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
            ReferenceBasketParser.Outcome request = ReferenceBasketParser.parse(s, w);
            Map<String, ReferenceModel> models = new HashMap<>();
            Function<String, ReferenceModel> model = sym -> models.computeIfAbsent(sym,
                    k -> store.chain(k).map(ReferenceModel::of).orElse(null));
            ExposureError expectedError = request.error() != null ? request.error() : noData(request, model);
            BasketResult r;
            try {
                r = new BasketAggregator(store).aggregate(s, w);
            } catch (ExposureException e) {
                assertThat(e.error()).as("seed %d: %s", seed, e.getMessage()).isEqualTo(expectedError);
                continue;
            }
            assertThat(expectedError).as("seed %d: an error was expected", seed).isNull();
            check(seed, r, model, request);
            // the same weights scaled by a positive factor give the same basket
            StringBuilder scaled = new StringBuilder();
            for (String t : tokens) {
                scaled.append(scaled.length() == 0 ? "" : ",").append(Double.parseDouble(t) * 4);
            }
            BasketResult r4 = new BasketAggregator(store).aggregate(s, scaled.toString());
            assertThat(r4).as("seed %d: weights ×4", seed).isEqualTo(r);
        }
    }

    /**
     * Says whether a valid request has no data: no symbol with a chain that has data (checked by the reference
     * model), or only such symbols with weight 0.
     */
    private static ExposureError noData(ReferenceBasketParser.Outcome request,
            Function<String, ReferenceModel> model) {
        double survivingWeight = 0;
        boolean anySurvivor = false;
        for (int i = 0; i < request.symbols().size(); i++) {
            ReferenceModel ref = model.apply(request.symbols().get(i));
            if (ref != null && !ref.rows.isEmpty()) {
                anySurvivor = true;
                survivingWeight += request.weights().get(i);
            }
        }
        return anySurvivor && survivingWeight > 0 ? null : ExposureError.NO_DATA;
    }

    /** Checks a result against the reference request (weights from {@link ReferenceBasketParser}) and model. */
    private static void check(long seed, BasketResult r, Function<String, ReferenceModel> model,
            ReferenceBasketParser.Outcome request) {
        List<Double> survivorWeights = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<ReferenceModel> refs = new ArrayList<>();
        for (int i = 0; i < request.symbols().size(); i++) {
            String sym = request.symbols().get(i);
            ReferenceModel ref = model.apply(sym);
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
