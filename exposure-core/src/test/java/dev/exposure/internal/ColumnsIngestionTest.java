package dev.exposure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exposure.ExposureException;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import dev.exposure.TermStructureBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link OptionChain#fromColumns} and the one-by-one builder against a naive layout computed here from the list of
 * contracts (classify, stable sort of the live valid ones by expiration then strike, the others after them in add
 * order), on seeded random chains in every order a caller may give: the vendor order (the fast path), groups out
 * of date order, strikes out of order, contracts shuffled, with expired and bad contracts. Both must give that
 * layout slot for slot, and the same results.
 */
class ColumnsIngestionTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** One contract, as added. */
    private record Contract(boolean call, LocalDate expiration, double strike, double oi, double iv) {
        boolean valid() {
            return strike > 0 && strike < Double.POSITIVE_INFINITY && iv > 0 && iv < Double.POSITIVE_INFINITY
                    && oi >= 0 && oi < Double.POSITIVE_INFINITY;
        }
    }

    /** The orders tested. */
    enum Shape {
        /** By expiration (nearest first), then strike, call before put, all live and valid: the fast path. */
        VENDOR,
        /** The vendor order with a few bad contracts (NaN, zero, negative, infinite values). */
        VENDOR_WITH_BAD_DATA,
        /** The vendor order with an expired expiration first. */
        VENDOR_WITH_EXPIRED,
        /** Grouped by expiration, the groups in random order, strikes ascending. */
        GROUPS_OUT_OF_ORDER,
        /** Grouped by expiration in date order, strikes descending in some groups. */
        STRIKES_OUT_OF_ORDER,
        /** Shuffled, with bad and expired contracts. */
        SHUFFLED
    }

    private static final Instant AS_OF = Instant.parse("2026-05-29T15:30:00Z");

    private static List<Contract> contracts(SplittableRandom random, Shape shape) {
        return contracts(random, shape, 60);
    }

    /** Up to 12 expirations, each with up to {@code strikes} strikes of a call and (mostly) a put. */
    private static List<Contract> contracts(SplittableRandom random, Shape shape, int maxStrikes) {
        LocalDate today = LocalDate.ofInstant(AS_OF, NEW_YORK);
        TreeSet<LocalDate> dates = new TreeSet<>();
        int expirations = random.nextInt(1, 12);
        while (dates.size() < expirations) {
            dates.add(today.plusDays(random.nextInt(0, 800))); // today's expiry is live until 16:00
        }
        if (shape == Shape.VENDOR_WITH_EXPIRED || shape == Shape.SHUFFLED) {
            dates.add(today.minusDays(random.nextInt(1, 30)));
        }
        List<List<Contract>> groups = new ArrayList<>();
        for (LocalDate date : dates) {
            List<Contract> group = new ArrayList<>();
            int strikes = random.nextInt(1, maxStrikes);
            double strike = random.nextDouble(10, 100);
            for (int j = 0; j < strikes; j++) {
                strike += random.nextInt(0, 3) * 2.5; // repeated strikes happen
                group.add(new Contract(true, date, strike, random.nextInt(0, 5000), random.nextDouble(0.05, 2)));
                if (random.nextInt(4) > 0) {
                    group.add(new Contract(false, date, strike, random.nextInt(0, 5000),
                            random.nextDouble(0.05, 2)));
                }
            }
            if (shape == Shape.STRIKES_OUT_OF_ORDER && random.nextBoolean()) {
                java.util.Collections.reverse(group);
            }
            groups.add(group);
        }
        if (shape == Shape.GROUPS_OUT_OF_ORDER) {
            java.util.Collections.shuffle(groups, new java.util.Random(random.nextLong()));
        }
        List<Contract> all = new ArrayList<>();
        groups.forEach(all::addAll);
        if (shape == Shape.VENDOR_WITH_BAD_DATA || shape == Shape.SHUFFLED) {
            double[] bad = {Double.NaN, 0, -1, Double.POSITIVE_INFINITY};
            for (int b = 0; b < 1 + all.size() / 20; b++) {
                int i = random.nextInt(all.size());
                Contract c = all.get(i);
                double value = bad[random.nextInt(4)];
                all.set(i, switch (random.nextInt(3)) {
                    case 0 -> new Contract(c.call(), c.expiration(), value, c.oi(), c.iv());
                    case 1 -> new Contract(c.call(), c.expiration(), c.strike(), c.oi(), value);
                    default -> new Contract(c.call(), c.expiration(), c.strike(), value == 0 ? -1 : value, c.iv());
                });
            }
        }
        if (shape == Shape.SHUFFLED) {
            java.util.Collections.shuffle(all, new java.util.Random(random.nextLong()));
        }
        return all;
    }

    private static OptionChain viaBuilder(List<Contract> contracts) {
        OptionChain.Builder b = OptionChain.builder("C", 55, AS_OF).riskFreeRate(0.04).dividendYield(0.01)
                .contractMultiplier(10);
        for (Contract c : contracts) {
            // a fresh LocalDate object now and then: the builder must compare dates, not references
            LocalDate date = c.strike() > 60 ? LocalDate.ofEpochDay(c.expiration().toEpochDay()) : c.expiration();
            b.add(c.call() ? OptionType.CALL : OptionType.PUT, date, c.strike(), c.oi(), c.iv());
        }
        return b.build();
    }

    private static OptionChain viaColumns(List<Contract> contracts) {
        int n = contracts.size();
        boolean[] calls = new boolean[n];
        int[] days = new int[n];
        double[] k = new double[n];
        double[] oi = new double[n];
        double[] iv = new double[n];
        for (int i = 0; i < n; i++) {
            Contract c = contracts.get(i);
            calls[i] = c.call();
            days[i] = (int) c.expiration().toEpochDay();
            k[i] = c.strike();
            oi[i] = c.oi();
            iv[i] = c.iv();
        }
        OptionChain chain = OptionChain.fromColumns("C", 55, AS_OF, 0.04, 0.01, 10, calls, days, k, oi, iv);
        // the arrays are copied: writing them afterwards changes nothing
        Arrays.fill(k, 1);
        Arrays.fill(days, 0);
        Arrays.fill(calls, true);
        return chain;
    }

    /** Checks a layout against the naive one computed from the contracts. */
    private static void assertNaiveLayout(String what, List<Contract> contracts, OptionChain chain) {
        ChainColumns c = ChainColumns.of(chain);
        int n = contracts.size();
        assertThat(c.size).as(what).isEqualTo(n);
        List<LocalDate> distinct = contracts.stream().map(Contract::expiration).distinct().sorted().toList();
        assertThat(c.expirations).as(what).containsExactlyElementsOf(distinct);
        List<Integer> live = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Contract x = contracts.get(i);
            boolean isLive = MarketTime.expiryInstant(x.expiration()).isAfter(AS_OF);
            (isLive && x.valid() ? live : rest).add(i);
        }
        // stable: equal (expiration, strike) keep add order
        live.sort(Comparator.comparing((Integer i) -> contracts.get(i).expiration())
                .thenComparingDouble(i -> contracts.get(i).strike()));
        List<Integer> bySlot = new ArrayList<>(live);
        bySlot.addAll(rest);
        int[] expectedSlotOf = new int[n];
        for (int slot = 0; slot < n; slot++) {
            int i = bySlot.get(slot);
            expectedSlotOf[i] = slot;
            Contract x = contracts.get(i);
            assertThat(Double.doubleToRawLongBits(c.strike[slot])).as("%s slot %d", what, slot)
                    .isEqualTo(Double.doubleToRawLongBits(x.strike()));
            assertThat(Double.doubleToRawLongBits(c.openInterest[slot]))
                    .isEqualTo(Double.doubleToRawLongBits(x.oi()));
            assertThat(Double.doubleToRawLongBits(c.volatility[slot])).isEqualTo(Double.doubleToRawLongBits(x.iv()));
            assertThat(c.sign[slot]).isEqualTo(x.call() ? 1.0 : -1.0);
            assertThat(c.expirations[c.expiryIndex[slot]]).isEqualTo(x.expiration());
        }
        boolean identity = true;
        for (int i = 0; i < n; i++) {
            identity &= expectedSlotOf[i] == i;
        }
        if (identity) {
            assertThat(c.slotOf).as(what).isNull();
        } else {
            assertThat(c.slotOf).as(what).containsExactly(expectedSlotOf);
        }
        List<LocalDate> rows = live.stream().map(i -> contracts.get(i).expiration()).distinct().toList();
        assertThat(c.rowExpiration).as(what).containsExactlyElementsOf(rows);
        assertThat(c.rows).isEqualTo(rows.size());
        for (int r = 0; r < c.rows; r++) {
            LocalDate date = rows.get(r);
            assertThat(c.rowTau[r]).isEqualTo(MarketTime.yearsToExpiry(AS_OF, date));
            assertThat(c.rowDte[r]).isEqualTo(MarketTime.daysToExpiry(AS_OF, date));
            assertThat(c.expirations[c.rowExpiry[r]]).isEqualTo(date);
            int count = (int) live.stream().filter(i -> contracts.get(i).expiration().equals(date)).count();
            assertThat(c.rowStart[r + 1] - c.rowStart[r]).as("%s row %s", what, date).isEqualTo(count);
        }
        assertThat(c.rowStart[0]).isZero();
        long expired = contracts.stream().filter(x -> !MarketTime.expiryInstant(x.expiration()).isAfter(AS_OF))
                .count();
        assertThat(c.expired).as(what).isEqualTo(expired);
        assertThat(c.skipped).as(what).isEqualTo(rest.size() - (int) expired);
        for (int x = 0; x < c.expirations.length; x++) {
            LocalDate date = c.expirations[x];
            long invalid = contracts.stream().filter(y -> y.expiration().equals(date) && !y.valid()).count();
            assertThat(c.invalidPerExpiry[x]).as("%s invalid on %s", what, date).isEqualTo(invalid);
        }
        for (int i = 0; i < n; i++) {
            Contract x = contracts.get(i);
            assertThat(chain.type(i)).isEqualTo(x.call() ? OptionType.CALL : OptionType.PUT);
            assertThat(chain.expiration(i)).isEqualTo(x.expiration());
            assertThat(Double.doubleToRawLongBits(chain.strike(i))).isEqualTo(Double.doubleToRawLongBits(x.strike()));
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void fromColumnsAndBuilder_randomChains_giveTheNaiveLayoutAndTheSameResults(Shape shape) {
        SplittableRandom master = new SplittableRandom(0x1A7E_2026L + shape.ordinal());
        TermStructureBuilder ts = new TermStructureBuilder();
        for (int t = 0; t < 100; t++) {
            long seed = master.nextLong();
            List<Contract> contracts = contracts(new SplittableRandom(seed), shape);
            OptionChain built = viaBuilder(contracts);
            OptionChain bulk = viaColumns(contracts);
            assertNaiveLayout("builder, " + shape + ", seed " + seed, contracts, built);
            assertNaiveLayout("columns, " + shape + ", seed " + seed, contracts, bulk);
            if (shape == Shape.VENDOR) {
                assertThat(ChainColumns.of(bulk).slotOf).as("seed %d: the fast path", seed).isNull();
            }
            boolean hasData = ChainColumns.of(built).hasData();
            assertThat(ChainColumns.of(bulk).hasData()).isEqualTo(hasData);
            if (hasData) {
                assertThat(ts.build(bulk)).as("seed %d", seed).isEqualTo(ts.build(built));
            } else {
                assertThatThrownBy(() -> ts.build(bulk)).isInstanceOf(ExposureException.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Shape.class, names = {"VENDOR", "VENDOR_WITH_BAD_DATA", "SHUFFLED"})
    void fromColumnsAndBuilder_chainsOfSeveralBuilderChunks_giveTheNaiveLayout(Shape shape) {
        // tens of thousands of contracts: the builder stores them in chunks of Columns.CHUNK
        SplittableRandom master = new SplittableRandom(0xB16_2026L + shape.ordinal());
        for (int t = 0; t < 3; t++) {
            long seed = master.nextLong();
            List<Contract> contracts = contracts(new SplittableRandom(seed), shape, 2500);
            OptionChain built = viaBuilder(contracts);
            assertNaiveLayout("builder, " + shape + ", seed " + seed, contracts, built);
            assertNaiveLayout("columns, " + shape + ", seed " + seed, contracts, viaColumns(contracts));
        }
    }

    @Test
    void fromColumns_noContracts_isAChainWithoutData() {
        OptionChain chain = OptionChain.fromColumns("E", 100, AS_OF, 0, 0, 100, new boolean[0], new int[0],
                new double[0], new double[0], new double[0]);
        assertThat(chain.size()).isZero();
        assertThat(ChainColumns.of(chain).hasData()).isFalse();
        assertThat(chain.contractMultiplier()).isEqualTo(100);
    }

    @Test
    void fromColumns_headerValues_areTheChainsOwn() {
        OptionChain chain = OptionChain.fromColumns("H", 123.5, AS_OF, 0.05, 0.02, 1000, new boolean[] {false},
                new int[] {(int) LocalDate.of(2026, 6, 19).toEpochDay()}, new double[] {120}, new double[] {7},
                new double[] {0.3});
        assertThat(chain.symbol()).isEqualTo("H");
        assertThat(chain.underlyingPrice()).isEqualTo(123.5);
        assertThat(chain.asOf()).isEqualTo(AS_OF);
        assertThat(chain.riskFreeRate()).isEqualTo(0.05);
        assertThat(chain.dividendYield()).isEqualTo(0.02);
        assertThat(chain.contractMultiplier()).isEqualTo(1000);
        assertThat(chain.type(0)).isEqualTo(OptionType.PUT);
        assertThat(chain.expiration(0)).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(chain.openInterest(0)).isEqualTo(7);
        assertThat(chain.impliedVolatility(0)).isEqualTo(0.3);
    }

    @Test
    void fromColumns_badArguments_nameTheArgument() {
        boolean[] c = {true, false};
        int[] d = {20_000, 20_000};
        double[] x = {1, 2};
        assertThatThrownBy(() -> OptionChain.fromColumns(null, 1, AS_OF, 0, 0, 1, c, d, x, x, x))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("symbol");
        assertThatThrownBy(() -> OptionChain.fromColumns(" ", 1, AS_OF, 0, 0, 1, c, d, x, x, x))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symbol");
        assertThatThrownBy(() -> OptionChain.fromColumns("S", 1, null, 0, 0, 1, c, d, x, x, x))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("asOf");
        assertThatThrownBy(() -> OptionChain.fromColumns("S", 1, AS_OF, Double.NaN, 0, 1, c, d, x, x, x))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("riskFreeRate");
        assertThatThrownBy(() -> OptionChain.fromColumns("S", 1, AS_OF, 0, Double.POSITIVE_INFINITY, 1, c, d, x, x,
                x)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dividendYield");
        assertThatThrownBy(() -> OptionChain.fromColumns("S", 1, AS_OF, 0, 0, 0, c, d, x, x, x))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contractMultiplier");
        assertThatThrownBy(() -> OptionChain.fromColumns("S", 1, AS_OF, 0, 0, 1, null, d, x, x, x))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("calls");
        assertThatThrownBy(() -> OptionChain.fromColumns("S", 1, AS_OF, 0, 0, 1, c, null, x, x, x))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("expirationEpochDays");
        assertThatThrownBy(() -> OptionChain.fromColumns("S", 1, AS_OF, 0, 0, 1, c, d, null, x, x))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("strikes");
        assertThatThrownBy(() -> OptionChain.fromColumns("S", 1, AS_OF, 0, 0, 1, c, d, x, null, x))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("openInterest");
        assertThatThrownBy(() -> OptionChain.fromColumns("S", 1, AS_OF, 0, 0, 1, c, d, x, x, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("impliedVolatility");
        double[] three = {1, 2, 3};
        assertThatThrownBy(() -> OptionChain.fromColumns("S", 1, AS_OF, 0, 0, 1, c, new int[] {1}, x, x, x))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("expirationEpochDays has 1 elements but calls has 2");
        assertThatThrownBy(() -> OptionChain.fromColumns("S", 1, AS_OF, 0, 0, 1, c, d, three, x, x))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("strikes has 3 elements");
        assertThatThrownBy(() -> OptionChain.fromColumns("S", 1, AS_OF, 0, 0, 1, c, d, x, three, x))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("openInterest has 3 elements");
        assertThatThrownBy(() -> OptionChain.fromColumns("S", 1, AS_OF, 0, 0, 1, c, d, x, x, three))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("impliedVolatility has 3 elements");
    }

    @Test
    void builder_reusedAfterBuild_leavesTheFirstChainUnchanged() {
        LocalDate june = LocalDate.of(2026, 6, 19);
        OptionChain.Builder b = OptionChain.builder("R", 100, AS_OF);
        for (int k = 0; k < 100; k++) {
            b.add(OptionType.CALL, june, 50 + k, 1, 0.2); // the vendor order: the layout is a copy of the columns
        }
        OptionChain first = b.build();
        b.add(OptionType.PUT, june, 10, 1, 0.2);
        OptionChain second = b.build();
        assertThat(first.size()).isEqualTo(100);
        assertThat(ChainColumns.of(first).strike[0]).isEqualTo(50);
        assertThat(second.size()).isEqualTo(101);
        assertThat(ChainColumns.of(second).strike[0]).isEqualTo(10);
        assertThat(first.strike(99)).isEqualTo(149);
    }
}
