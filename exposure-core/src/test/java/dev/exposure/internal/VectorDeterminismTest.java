package dev.exposure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exposure.GexUnit;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Determinism of the vector kernels within one JVM configuration: the first run of their code (the self-check at
 * class initialisation, interpreted: the Vector API's Java implementations) and later runs (compiled by C2 to
 * vector instructions) give the same bits. Runs only in the build's second test run, with
 * {@code --add-modules jdk.incubator.vector}.
 */
class VectorDeterminismTest {

    private static VectorKernel kernel;

    @BeforeAll
    static void vectorKernelIsInUse() {
        kernel = VectorKernel.INSTANCE;
        assertThat(kernel).as("this test needs the vector kernel: %s", ExposureKernel.implementation()).isNotNull();
    }

    /** A chain of 20 000 contracts on 10 expirations, to run the kernels hot. */
    private static ChainColumns warmChain() {
        SplittableRandom random = new SplittableRandom(0xD37E_2026L);
        Instant asOf = Instant.parse("2026-05-29T15:30:00Z");
        OptionChain.Builder b = OptionChain.builder("W", 500, asOf).riskFreeRate(0.04).dividendYield(0.01);
        for (int i = 0; i < 20_000; i++) {
            b.add(random.nextBoolean() ? OptionType.CALL : OptionType.PUT,
                    LocalDate.of(2026, 5, 29).plusDays(random.nextInt(0, 10) * 30L),
                    500 * Math.exp(0.3 * random.nextGaussian()), random.nextInt(0, 10_000),
                    random.nextDouble(0.08, 0.9));
        }
        return ChainColumns.of(b.build());
    }

    @Test
    void results_compiledRuns_areBitForBitTheFirstInterpretedRun() {
        ChainColumns warm = warmChain();
        double[] firstWarm = VectorKernel.results(kernel, warm, GexUnit.PER_ONE_PERCENT);
        // enough passes over the blocks for C2 to compile every pass of both kernels
        for (int i = 0; i < 400; i++) {
            assertThat(VectorKernel.results(kernel, warm, GexUnit.PER_ONE_PERCENT)).as("pass %d", i)
                    .containsExactly(firstWarm);
        }
        ChainColumns check = VectorKernel.selfCheckChain();
        for (GexUnit unit : GexUnit.values()) {
            double[] first = VectorKernel.firstResults(unit);
            assertThat(first).as(unit.toString()).isNotNull().hasSize(4 * check.rows + 7);
            assertThat(VectorKernel.results(kernel, check, unit)).as(unit.toString()).containsExactly(first);
        }
    }
}
