package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.exposure.internal.ChainColumns;
import dev.exposure.internal.ExposureKernel;
import dev.exposure.internal.ProfileKernel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vector kernels against the scalar ones, in the same JVM, on the chains of the property suite and on chains
 * built to exercise the vector code's own edges (rows of every length modulo the vector length, rows of several
 * blocks). Each total must lie within the accuracy contract, 1e-12·Σ|terms| (SPEC §3), of the scalar kernel's;
 * Σ|terms| comes from {@link ReferenceModel}. Runs only in the build's second test run, with
 * {@code --add-modules jdk.incubator.vector}.
 */
class VectorKernelTest {

    /** The master seed of {@link ChainPropertiesTest}: the same 2000 chains. */
    private static final long PROPERTY_SUITE_SEED = 0x5EED_2026_1121L;

    /** The accuracy contract: every total within 1e-12 of Σ|terms|. */
    private static final double REL = 1e-12;

    @BeforeAll
    static void vectorKernelIsInUse() {
        assertThat(ExposureKernel.implementation()).startsWith("vector: ");
    }

    /**
     * Compares both kernels row by row in both GEX units; a chain that makes the scalar kernel throw must make the
     * vector kernel throw the same exception.
     *
     * @return whether the chain had data (so something was compared)
     */
    private static boolean assertMatchesScalar(String what, OptionChain chain) {
        ChainColumns c = ChainColumns.of(chain);
        if (!c.hasData()) {
            return false;
        }
        ReferenceModel ref = ReferenceModel.of(chain);
        for (GexUnit unit : GexUnit.values()) {
            ExposureKernel.RowExposures s;
            try {
                s = ExposureKernel.computeScalar(c, unit);
            } catch (IllegalArgumentException e) {
                assertThatThrownBy(() -> ExposureKernel.compute(c, unit)).as(what)
                        .isInstanceOf(IllegalArgumentException.class).hasMessage(e.getMessage());
                continue;
            }
            ExposureKernel.RowExposures v = ExposureKernel.compute(c, unit);
            double perPoint = unit == GexUnit.PER_POINT ? 1 / (0.01 * chain.underlyingPrice()) : 1;
            for (int r = 0; r < c.rows; r++) {
                ReferenceModel.Row row = ref.rows.get(c.rowExpiration[r]);
                double[] vs = {v.gex[r], v.dex[r], v.vex[r], v.chex[r]};
                double[] ss = {s.gex[r], s.dex[r], s.vex[r], s.chex[r]};
                for (int g = 0; g < 4; g++) {
                    double tolerance = ReferenceModel.tolerance(row, g, REL) * (g == 0 ? perPoint : 1);
                    assertThat(vs[g]).as("%s, %s, row %s, greek %d", what, unit, c.rowExpiration[r], g)
                            .isCloseTo(ss[g], within(tolerance));
                }
            }
        }
        return true;
    }

    @Test
    void compute_theChainsOfThePropertySuite_matchTheScalarKernelWithinTheAccuracyContract() {
        SplittableRandom master = new SplittableRandom(PROPERTY_SUITE_SEED);
        int compared = 0;
        for (int i = 0; i < 2000; i++) {
            long seed = master.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            OptionChain chain = RandomChains.chain(random, "R", random.nextInt(0, 40), false);
            compared += assertMatchesScalar("seed " + seed, chain) ? 1 : 0;
        }
        assertThat(compared).isGreaterThan(1500);
    }

    @Test
    void compute_rowsOfSeveralBlocks_matchTheScalarKernelWithinTheAccuracyContract() {
        // up to 1 200 contracts on one to three expirations: several blocks of 256 per row, a partial last vector
        SplittableRandom master = new SplittableRandom(0x5EED_0016L);
        for (int i = 0; i < 24; i++) {
            long seed = master.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            RandomChains.Header h = RandomChains.header(random, "B");
            OptionChain.Builder b = h.builder();
            LocalDate[] expirations = new LocalDate[random.nextInt(1, 4)];
            for (int e = 0; e < expirations.length; e++) {
                expirations[e] = LocalDate.ofInstant(h.asOf(), Chains.NEW_YORK).plusDays(random.nextInt(1, 4000));
            }
            int n = random.nextInt(200, 1200);
            for (int k = 0; k < n; k++) {
                b.add(random.nextBoolean() ? OptionType.CALL : OptionType.PUT,
                        expirations[random.nextInt(expirations.length)], h.spot() * RandomChains.logUniform(random,
                                0.2, 5), RandomChains.logUniform(random, 1, 1e6), RandomChains.logUniform(random,
                                0.02, 3));
            }
            assertThat(assertMatchesScalar("seed " + seed, b.build())).as("seed %d has data", seed).isTrue();
        }
    }

    @Test
    void compute_everyRowLengthModuloTheVectorLength_matchesTheScalarKernel() {
        // rows of 1 … 40 and 250 … 270 contracts: every remainder modulo 4, 8 and 16 lanes, within one block and
        // at the end of a second one, so the padded partial vector is taken in every position
        Instant asOf = Instant.parse("2026-05-29T15:30:00Z");
        LocalDate expiration = LocalDate.of(2026, 7, 17);
        SplittableRandom random = new SplittableRandom(0x5EED_0017L);
        for (int n = 1; n <= 270; n = n == 40 ? 250 : n + 1) {
            OptionChain.Builder b = OptionChain.builder("L", 100, asOf).riskFreeRate(0.04).dividendYield(0.01);
            for (int k = 0; k < n; k++) {
                // strikes from 2 % to 50 times spot: every interval of the normal distribution
                b.add(k % 2 == 0 ? OptionType.CALL : OptionType.PUT, expiration,
                        100 * Math.exp(random.nextDouble(-4, 4)), random.nextInt(0, 5000), random.nextDouble(0.05,
                                1.5));
            }
            assertThat(assertMatchesScalar("row of " + n, b.build())).isTrue();
        }
    }

    @Test
    void netGex_randomChainsOfTheProfileSuite_matchTheScalarProfileWithinTheAccuracyContract() {
        // the chains of GammaProfileBuilderTest's random flips, and larger ones, over the default grid
        Instant asOf = Instant.parse("2026-05-29T15:30:00Z");
        for (int i = 1; i <= 60; i++) {
            long seed = 0x6F_0000L + i;
            SplittableRandom random = new SplittableRandom(seed);
            double spot = RandomChains.logUniform(random, 5, 5000);
            OptionChain.Builder b = OptionChain.builder("R", spot, asOf).riskFreeRate(random.nextDouble(0, 0.06))
                    .dividendYield(random.nextDouble(0, 0.03));
            int n = i <= 40 ? random.nextInt(2, 120) : random.nextInt(300, 3000);
            for (int k = 0; k < n; k++) {
                LocalDate e = asOf.atZone(Chains.NEW_YORK).toLocalDate().plusDays(random.nextInt(0, 400));
                b.add(random.nextBoolean() ? OptionType.CALL : OptionType.PUT, e,
                        spot * RandomChains.logUniform(random, 0.7, 1.4), random.nextInt(1, 50_000),
                        RandomChains.logUniform(random, 0.08, 1.2));
            }
            OptionChain chain = b.build();
            ChainColumns c = ChainColumns.of(chain);
            ViewReference ref = ViewReference.of(chain, 0, false, x -> true);
            double[] grid = new double[81];
            for (int k = 0; k <= 80; k++) {
                grid[k] = k == 40 ? spot : spot * (160 + k) / 200; // the middle point exactly S
            }
            double[] v = new double[81];
            double[] s = new double[81];
            ProfileKernel.netGex(c, GexUnit.PER_ONE_PERCENT, grid, v);
            ProfileKernel.netGexScalar(c, GexUnit.PER_ONE_PERCENT, grid, s);
            double[] magnitude = new double[1];
            double[] slope = new double[2];
            for (int k = 0; k <= 80; k += 4) {
                ref.profile(grid[k], false, magnitude);
                assertThat(v[k]).as("seed %d, X = %s", seed, grid[k])
                        .isCloseTo(s[k], within(REL * magnitude[0] + 1e-15 * 100 * grid[k]));
                // the Newton steps' pass gives the grid's value bit for bit
                ProfileKernel.netGexAndSlope(c, GexUnit.PER_ONE_PERCENT, grid[k], slope);
                assertThat(slope[0]).as("seed %d, X = %s", seed, grid[k]).isEqualTo(v[k]);
            }
            // at X = S the profile is the vector kernel's own chain GEX, bit for bit
            assertThat(v[40]).isEqualTo(ExposureKernel.compute(c).total().netGex());
        }
    }
}
