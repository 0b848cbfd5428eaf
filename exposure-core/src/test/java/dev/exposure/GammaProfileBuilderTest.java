package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.exposure.internal.ChainColumns;
import dev.exposure.internal.ExposureKernel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GammaProfileBuilderTest {

    private static final Instant AS_OF = Instant.parse("2026-05-29T15:30:00Z");
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 18);

    /** Calls above the money, puts below: negative gamma below a flip, positive above. */
    private static OptionChain skewed() {
        OptionChain.Builder b = OptionChain.builder("SPY", 597.5, AS_OF).riskFreeRate(0.043).dividendYield(0.012);
        for (LocalDate e : new LocalDate[] {LocalDate.of(2026, 6, 1), JUNE, LocalDate.of(2026, 9, 18)}) {
            for (int k = 520; k <= 680; k += 5) {
                double m = Math.log(k / 597.5);
                b.add(OptionType.CALL, e, k, k >= 590 ? 20_000 * Math.exp(-60 * m * m) : 500, 0.16 - 0.35 * m);
                b.add(OptionType.PUT, e, k, k <= 600 ? 35_000 * Math.exp(-40 * m * m) : 300, 0.19 - 0.5 * m);
            }
        }
        return b.build();
    }

    @Test
    void build_defaultGrid_is81PointsFrom80To120PercentWithSpotInTheMiddle() {
        OptionChain chain = skewed();
        GammaProfile p = new GammaProfileBuilder().build(chain);
        assertThat(p.points()).hasSize(81);
        assertThat(p.points().get(0).spot()).isEqualTo(0.8 * 597.5);
        assertThat(p.points().get(80).spot()).isEqualTo(1.2 * 597.5);
        assertThat(p.points().get(40).spot()).isEqualTo(597.5);
        for (int k = 0; k <= 80; k++) {
            assertThat(p.points().get(k).spot()).isCloseTo(597.5 * (0.8 + 0.005 * k), within(1e-12 * 597.5));
        }
        assertThat(p.symbol()).isEqualTo("SPY");
        assertThat(p.underlyingPrice()).isEqualTo(597.5);
        assertThat(p.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void build_atSpot_equalsTheChainsNetGex() {
        OptionChain chain = skewed();
        GammaProfile p = new GammaProfileBuilder().build(chain);
        TermStructure ts = new TermStructureBuilder().build(chain);
        double chainGex = ts.byExpiry().stream().mapToDouble(x -> x.exposure().netGex()).sum();
        double sheetTotal = new StrikeSheetBuilder().build(chain).total().netGex();
        assertThat(p.points().get(40).netGex()).isCloseTo(chainGex, within(1e-12 * Math.abs(chainGex)))
                .isCloseTo(sheetTotal, within(1e-12 * Math.abs(chainGex)))
                // bit for bit the kernel's own chain total: same operations in the same order at X = S
                .isEqualTo(ExposureKernel.compute(ChainColumns.of(chain)).total().netGex());
    }

    @Test
    void build_pointsMatchTheNaiveRepricedFunction() {
        OptionChain chain = skewed();
        ViewReference ref = ViewReference.of(chain, 0, false, e -> true);
        GammaProfile p = new GammaProfileBuilder().build(chain, 450, 750, 31);
        double[] magnitude = new double[1];
        for (ProfilePoint point : p.points()) {
            double expected = ref.profile(point.spot(), false, magnitude);
            assertThat(point.netGex()).as("X = %s", point.spot())
                    .isCloseTo(expected, within(1e-12 * magnitude[0] + 1e-15 * 100 * point.spot()));
        }
        assertThat(p.points().get(30).spot()).isEqualTo(750);
        assertThat(p.points().get(1).spot()).isEqualTo(460);
    }

    @Test
    void build_flipIsAZeroOfTheNaiveFunctionNearestToSpot() {
        OptionChain chain = skewed();
        GammaProfile p = new GammaProfileBuilder().build(chain);
        assertThat(p.gammaFlip()).isPresent();
        double flip = p.gammaFlip().getAsDouble();
        ViewReference ref = ViewReference.of(chain, 0, false, e -> true);
        assertIsNearestZero(ref, flip, 597.5, 0.8 * 597.5, 1.2 * 597.5);
    }

    @Test
    void build_twoOppositeContracts_flipAtTheClosedForm() {
        // one call at K1 and one put at K2, equal σ, τ, OI, r = q = 0: the GEX terms cancel where
        // φ(d1(X, K1)) = φ(d1(X, K2)), i.e. d1(X, K1) = −d1(X, K2): X = √(K1·K2)·e^{−σ²τ/2}
        double k1 = 110;
        double k2 = 90;
        double sigma = 0.25;
        OptionChain chain = OptionChain.builder("X", 100, AS_OF).add(OptionType.CALL, JUNE, k1, 1000, sigma)
                .add(OptionType.PUT, JUNE, k2, 1000, sigma).build();
        double tau = (Chains.expiryInstant(JUNE).getEpochSecond() - AS_OF.getEpochSecond()) / Chains.SECONDS_PER_YEAR;
        double expected = Math.sqrt(k1 * k2) * Math.exp(-sigma * sigma * tau / 2);
        GammaProfile p = new GammaProfileBuilder().build(chain);
        assertThat(p.gammaFlip().getAsDouble()).isCloseTo(expected, within(1e-9 * 100));
        // the same zero in the per-point unit
        GammaProfile perPoint = new GammaProfileBuilder(Conventions.defaults().withGexUnit(GexUnit.PER_POINT))
                .build(chain);
        assertThat(perPoint.gammaFlip().getAsDouble()).isCloseTo(expected, within(1e-9 * 100));
        for (int k = 0; k < 81; k++) {
            double x = p.points().get(k).spot();
            assertThat(perPoint.points().get(k).netGex())
                    .isCloseTo(p.points().get(k).netGex() / (0.01 * x), within(1e-12 * Math.abs(
                            p.points().get(k).netGex() / (0.01 * x)) + Double.MIN_NORMAL));
        }
    }

    @Test
    void build_onlyCalls_hasNoFlip() {
        OptionChain chain = OptionChain.builder("C", 100, AS_OF).add(OptionType.CALL, JUNE, 95, 10, 0.2)
                .add(OptionType.CALL, JUNE, 105, 10, 0.2).build();
        GammaProfile p = new GammaProfileBuilder().build(chain);
        assertThat(p.gammaFlip()).isEmpty();
        assertThat(p.points()).allSatisfy(x -> assertThat(x.netGex()).isPositive());
    }

    @Test
    void build_callAndPutOfOneStrikeAndVolatility_cancelEverywhere() {
        OptionChain chain = OptionChain.builder("Z", 100, AS_OF).add(OptionType.CALL, JUNE, 100, 10, 0.2)
                .add(OptionType.PUT, JUNE, 100, 10, 0.2).build();
        GammaProfile p = new GammaProfileBuilder().build(chain);
        assertThat(p.points()).allSatisfy(x -> assertThat(x.netGex()).isZero());
        assertThat(p.gammaFlip()).isEmpty();
    }

    @Test
    void build_twoSignChanges_picksTheZeroNearestToSpot() {
        // puts at 80 and calls at 100 make GEX change sign once between them; a put wall at 125 makes it change
        // again above 100; spot 108 lies nearer the upper zero
        OptionChain chain = OptionChain.builder("W", 108, AS_OF)
                .add(OptionType.PUT, JUNE, 80, 5000, 0.2).add(OptionType.CALL, JUNE, 100, 3000, 0.2)
                .add(OptionType.PUT, JUNE, 125, 9000, 0.2).build();
        GammaProfile p = new GammaProfileBuilder().build(chain, 70, 140, 71);
        ViewReference ref = ViewReference.of(chain, 0, false, e -> true);
        assertThat(p.gammaFlip()).isPresent();
        assertIsNearestZero(ref, p.gammaFlip().getAsDouble(), 108, 70, 140);
        int changes = 0;
        for (int k = 0; k + 1 < p.points().size(); k++) {
            if (Math.signum(p.points().get(k).netGex()) * Math.signum(p.points().get(k + 1).netGex()) < 0) {
                changes++;
            }
        }
        assertThat(changes).isEqualTo(2);
        assertThat(p.gammaFlip().getAsDouble()).isGreaterThan(100);
    }

    @RepeatedTest(40)
    void build_randomChains_flipIsTheNearestZeroOfTheReference(RepetitionInfo info) {
        long seed = 0x6F_0000L + info.getCurrentRepetition();
        SplittableRandom random = new SplittableRandom(seed);
        double spot = RandomChains.logUniform(random, 5, 5000);
        OptionChain.Builder b = OptionChain.builder("R", spot, AS_OF).riskFreeRate(random.nextDouble(0, 0.06))
                .dividendYield(random.nextDouble(0, 0.03));
        int n = random.nextInt(2, 120);
        for (int i = 0; i < n; i++) {
            LocalDate e = AS_OF.atZone(Chains.NEW_YORK).toLocalDate().plusDays(random.nextInt(0, 400));
            b.add(random.nextBoolean() ? OptionType.CALL : OptionType.PUT, e,
                    spot * RandomChains.logUniform(random, 0.7, 1.4), random.nextInt(1, 50_000),
                    RandomChains.logUniform(random, 0.08, 1.2));
        }
        OptionChain chain = b.build();
        GammaProfile p = new GammaProfileBuilder().build(chain);
        ViewReference ref = ViewReference.of(chain, 0, false, e -> true);
        double[] magnitude = new double[1];
        for (int k = 0; k < 81; k += 8) {
            ProfilePoint point = p.points().get(k);
            double expected = ref.profile(point.spot(), false, magnitude);
            assertThat(point.netGex()).as("seed %d X = %s", seed, point.spot())
                    .isCloseTo(expected, within(1e-12 * magnitude[0] + 1e-15 * 100 * point.spot()));
        }
        boolean signChange = false;
        for (int k = 0; k + 1 < 81; k++) {
            signChange |= p.points().get(k).netGex() * p.points().get(k + 1).netGex() < 0;
        }
        assertThat(p.gammaFlip().isPresent()).as("seed %d", seed).isEqualTo(signChange);
        if (signChange) {
            assertIsNearestZero(ref, p.gammaFlip().getAsDouble(), spot, 0.8 * spot, 1.2 * spot);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "0, 110, 5, lowSpot", "-1, 110, 5, lowSpot", "NaN, 110, 5, lowSpot", "Infinity, 110, 5, lowSpot",
        "90, NaN, 5, highSpot", "90, Infinity, 5, highSpot", "90, 90, 5, highSpot", "90, 80, 5, highSpot",
        "90, 110, 1, points", "90, 110, 0, points", "90, 110, -3, points", "90, 110, 10002, points"})
    void build_badArguments_areIllegalArgumentsNamingTheArgument(double low, double high, int points, String name) {
        OptionChain chain = skewed();
        assertThatThrownBy(() -> new GammaProfileBuilder().build(chain, low, high, points))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(name);
    }

    @Test
    void build_noData_isNoData() {
        OptionChain chain = OptionChain.builder("N", Double.NaN, AS_OF).add(OptionType.CALL, JUNE, 100, 1, 0.2)
                .build();
        assertThatThrownBy(() -> new GammaProfileBuilder().build(chain))
                .isInstanceOfSatisfying(ExposureException.class,
                        e -> assertThat(e.error()).isEqualTo(ExposureError.NO_DATA));
        assertThatThrownBy(() -> new GammaProfileBuilder().build(null)).isInstanceOf(NullPointerException.class);
    }

    /**
     * Checks that {@code flip} is a zero of the reference (a sign change within 1e-9·S either side of it) and that
     * no zero of the reference lies nearer to the spot: the reference is scanned on a grid 40 times finer than
     * the default one over [low, high].
     */
    static void assertIsNearestZero(ViewReference ref, double flip, double spot, double low, double high) {
        double eps = 1e-9 * spot;
        double left = ref.profile(flip - eps, false, null);
        double right = ref.profile(flip + eps, false, null);
        assertThat(Math.signum(left) * Math.signum(right)).as("sign change around flip %s", flip)
                .isLessThanOrEqualTo(0);
        double distance = Math.abs(flip - spot);
        int steps = 3200;
        double previous = ref.profileFast(low);
        for (int k = 1; k <= steps; k++) {
            double x = low + (high - low) * k / steps;
            double value = ref.profileFast(x);
            if (previous * value < 0) {
                double x0 = low + (high - low) * (k - 1) / steps;
                double nearest = Math.max(x0, Math.min(x, spot));
                assertThat(Math.abs(nearest - spot)).as("a sign change in [%s, %s] nearer than flip %s", x0, x, flip)
                        .isGreaterThanOrEqualTo(distance - (x - x0));
            }
            previous = value;
        }
    }
}
