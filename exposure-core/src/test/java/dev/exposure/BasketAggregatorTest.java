package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class BasketAggregatorTest {

    private static final Instant AS_OF = Instant.parse("2026-05-29T15:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 29);

    /** A small chain: calls and puts over three expiries, skewed by {@code putTilt} (more puts → more negative GEX). */
    static OptionChain chain(String symbol, double spot, double putTilt, Instant asOf) {
        OptionChain.Builder b = OptionChain.builder(symbol, spot, asOf).riskFreeRate(0.043).dividendYield(0.005);
        for (int dte : new int[] {1, 21, 140}) {
            for (double m = 0.8; m <= 1.2001; m += 0.05) {
                double k = Math.round(spot * m * 100) / 100.0;
                b.add(OptionType.CALL, TODAY.plusDays(dte), k, 1000 * (1.3 - Math.abs(1 - m)), 0.25 + 0.1 * (1 - m));
                b.add(OptionType.PUT, TODAY.plusDays(dte), k, 1000 * putTilt * (1.3 - Math.abs(1 - m)),
                        0.28 + 0.2 * (1 - m));
            }
        }
        return b.build();
    }

    private static final OptionChain AAPL = chain("AAPL", 210.45, 0.6, AS_OF);
    private static final OptionChain MSFT = chain("MSFT", 432.80, 0.9, AS_OF.minusSeconds(60));
    private static final OptionChain NVDA = chain("NVDA", 135.10, 3.0, AS_OF);
    private static final MarketDataStore STORE = MarketDataStore.of(List.of(AAPL, MSFT, NVDA));

    private static double[] reference(OptionChain c) {
        ReferenceModel m = ReferenceModel.of(c);
        return new double[] {m.total(0), m.total(1), m.total(2), m.total(3)};
    }

    private static void assertExposureMatches(Exposure actual, double[] expected) {
        for (int g = 0; g < 4; g++) {
            assertThat(ReferenceModel.greek(actual, g)).as("greek " + g)
                    .isCloseTo(expected[g], within(1e-9 * Math.abs(expected[g]) + 1e-6));
        }
    }

    @Test
    void aggregate_weightedBasket_matchesReferenceTotalsWeightsAndContributions() {
        BasketResult r = new BasketAggregator(STORE).aggregate("AAPL,MSFT,NVDA", "0.4,0.3,0.3");
        double[][] x = {reference(AAPL), reference(MSFT), reference(NVDA)};
        double[] w = {0.4, 0.3, 0.3};

        assertThat(r.constituentCount()).isEqualTo(3);
        assertThat(r.missingSymbols()).isEmpty();
        assertThat(r.constituents()).extracting(Constituent::symbol).containsExactly("AAPL", "MSFT", "NVDA");
        assertThat(r.constituents()).extracting(Constituent::underlyingPrice).containsExactly(210.45, 432.80, 135.10);
        double absWeightedGex = 0;
        for (int i = 0; i < 3; i++) {
            absWeightedGex += Math.abs(w[i] * x[i][0]);
        }
        for (int i = 0; i < 3; i++) {
            Constituent c = r.constituents().get(i);
            assertThat(c.weight()).isCloseTo(w[i], within(1e-15));
            assertExposureMatches(c.exposure(), x[i]);
            assertThat(c.contributionPct()).isCloseTo(100 * Math.abs(w[i] * x[i][0]) / absWeightedGex, within(1e-9));
            assertThat(c.regime()).isEqualTo(x[i][0] >= 0 ? Regime.POSITIVE_GAMMA : Regime.NEGATIVE_GAMMA);
        }
        double[] aggregate = new double[4];
        for (int g = 0; g < 4; g++) {
            for (int i = 0; i < 3; i++) {
                aggregate[g] += w[i] * x[i][g];
            }
        }
        assertExposureMatches(r.aggregate(), aggregate);
        assertThat(r.asOf()).isEqualTo(AS_OF.minusSeconds(60)); // the stalest constituent's
    }

    @Test
    void aggregate_regimes_followTheSignOfEachConstituentsOwnGex() {
        BasketResult r = new BasketAggregator(STORE).aggregate("AAPL,NVDA", null);
        assertThat(reference(AAPL)[0]).isPositive();
        assertThat(reference(NVDA)[0]).isNegative();
        assertThat(r.constituents()).extracting(Constituent::regime)
                .containsExactly(Regime.POSITIVE_GAMMA, Regime.NEGATIVE_GAMMA);
    }

    @Test
    void aggregate_zeroGexConstituent_isPositiveGammaAndAllContributionsZero() {
        OptionChain flat = OptionChain.builder("FLAT", 100, AS_OF)
                .add(OptionType.CALL, TODAY.plusDays(10), 100, 0, 0.3).build();
        BasketResult r = new BasketAggregator(MarketDataStore.of(List.of(flat))).aggregate("FLAT", null);
        Constituent c = r.constituents().get(0);
        assertThat(c.regime()).isEqualTo(Regime.POSITIVE_GAMMA);
        assertThat(c.contributionPct()).isZero();
        assertThat(c.weight()).isEqualTo(1.0);
        assertThat(r.aggregate()).isEqualTo(Exposure.ZERO);
    }

    @Test
    void aggregate_missingAndNoDataSymbols_areReportedAndWeightsRenormalised() {
        OptionChain dead = OptionChain.builder("DEAD", Double.NaN, AS_OF)
                .add(OptionType.CALL, TODAY.plusDays(10), 100, 10, 0.3).build();
        MarketDataStore store = MarketDataStore.of(List.of(AAPL, MSFT, dead));
        BasketResult r = new BasketAggregator(store).aggregate(" aapl ,zzzz, dead,msft", "2,1,1,1");
        assertThat(r.missingSymbols()).containsExactly("ZZZZ", "DEAD");
        assertThat(r.constituentCount()).isEqualTo(2);
        assertThat(r.constituents()).extracting(Constituent::symbol).containsExactly("AAPL", "MSFT");
        // survivors' raw weights 2 and 1 → 2/3 and 1/3
        assertThat(r.constituents()).extracting(Constituent::weight).containsExactly(2.0 / 3, 1.0 / 3);
        double[] a = reference(AAPL);
        double[] m = reference(MSFT);
        assertExposureMatches(r.aggregate(), new double[] {
            2.0 / 3 * a[0] + 1.0 / 3 * m[0], 2.0 / 3 * a[1] + 1.0 / 3 * m[1],
            2.0 / 3 * a[2] + 1.0 / 3 * m[2], 2.0 / 3 * a[3] + 1.0 / 3 * m[3]});
    }

    @Test
    void aggregate_zeroWeightSurvivor_staysWithWeightAndContributionZero() {
        BasketResult r = new BasketAggregator(STORE).aggregate("AAPL,MSFT", "0,5");
        assertThat(r.constituents()).extracting(Constituent::weight).containsExactly(0.0, 1.0);
        assertThat(r.constituents()).extracting(Constituent::contributionPct).containsExactly(0.0, 100.0);
        assertExposureMatches(r.constituents().get(0).exposure(), reference(AAPL)); // own totals, unweighted
    }

    @Test
    void aggregate_allSymbolsMissing_throwsNoDataListingThemInRequestOrder() {
        assertThatThrownBy(() -> new BasketAggregator(STORE).aggregate("XXX,yyy,AAA", null))
                .isInstanceOfSatisfying(ExposureException.class, e -> {
                    assertThat(e.error()).isEqualTo(ExposureError.NO_DATA);
                    assertThat(e.missingSymbols()).containsExactly("XXX", "YYY", "AAA");
                });
    }

    @Test
    void aggregate_onlyZeroWeightSurvivors_throwsNoData() {
        assertThatThrownBy(() -> new BasketAggregator(STORE).aggregate("AAPL,QQQ", "0,1"))
                .isInstanceOfSatisfying(ExposureException.class, e -> {
                    assertThat(e.error()).isEqualTo(ExposureError.NO_DATA);
                    assertThat(e.missingSymbols()).containsExactly("QQQ");
                });
    }

    @Test
    void aggregate_requestErrors_propagateFromParsing() {
        BasketAggregator agg = new BasketAggregator(STORE);
        assertThatThrownBy(() -> agg.aggregate(null, null)).isInstanceOfSatisfying(ExposureException.class,
                e -> assertThat(e.error()).isEqualTo(ExposureError.MISSING_SYMBOLS));
        assertThatThrownBy(() -> agg.aggregate("AAPL", "-1")).isInstanceOfSatisfying(ExposureException.class,
                e -> assertThat(e.error()).isEqualTo(ExposureError.INVALID_WEIGHTS));
    }

    @Test
    void aggregate_fiftySymbols_executorAndSequentialPathsAreEqual() throws Exception {
        List<OptionChain> chains = new ArrayList<>();
        StringBuilder symbols = new StringBuilder();
        StringBuilder weights = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            chains.add(chain("S" + i, 50 + 7.3 * i, 0.2 + 0.07 * i, AS_OF.minusSeconds(i % 7)));
            symbols.append(i == 0 ? "" : ",").append("s").append(i);
            weights.append(i == 0 ? "" : ",").append(1 + i % 4);
        }
        MarketDataStore store = MarketDataStore.of(chains);
        BasketResult sequential = new BasketAggregator(store).aggregate(symbols.toString(), weights.toString());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            BasketResult concurrent = new BasketAggregator(store, pool)
                    .aggregate(symbols.toString(), weights.toString());
            assertThat(concurrent).isEqualTo(sequential);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential.constituentCount()).isEqualTo(50);
        assertThat(sequential.constituents().stream().mapToDouble(Constituent::weight).sum())
                .isCloseTo(1.0, within(1e-14));
        assertThat(sequential.constituents().stream().mapToDouble(Constituent::contributionPct).sum())
                .isCloseTo(100.0, within(1e-12));
    }

    @Test
    void aggregate_storeAnsweringNull_failsNamingTheSymbol() {
        BasketAggregator agg = new BasketAggregator(symbol -> null);
        assertThatThrownBy(() -> agg.aggregate("AAPL", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("AAPL");
    }

    @Test
    void aggregate_executorTaskFailure_propagatesTheCause() {
        MarketDataStore failing = symbol -> {
            throw new IllegalStateException("feed down for " + symbol);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThatThrownBy(() -> new BasketAggregator(failing, pool).aggregate("A,B", null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("feed down");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void marketDataStore_of_rejectsDuplicatesAndMatchesCaseInsensitively() {
        assertThat(MarketDataStore.of(List.of(chain("aapl", 200, 1, AS_OF))).chain("AAPL")).isPresent();
        assertThat(STORE.chain("TSLA")).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> MarketDataStore.of(List.of(AAPL, chain("AAPL", 1, 1, AS_OF))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AAPL");
        assertThatThrownBy(() -> new BasketAggregator(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("store");
    }

    @Test
    void aggregate_resultLists_areUnmodifiable() {
        BasketResult r = new BasketAggregator(STORE).aggregate("AAPL,XXX", null);
        assertThatThrownBy(() -> r.constituents().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.missingSymbols().add("Y")).isInstanceOf(UnsupportedOperationException.class);
    }
}
