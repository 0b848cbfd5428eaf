package dev.exposure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.exposure.GexUnit;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The profile kernel's derivative, which drives the flip's Newton steps, against central differences. */
class ProfileKernelTest {

    @ParameterizedTest
    @EnumSource(GexUnit.class)
    void netGexAndSlope_slopeMatchesCentralDifferencesAndValueMatchesTheGridPath(GexUnit unit) {
        SplittableRandom random = new SplittableRandom(0x5107E);
        Instant asOf = Instant.parse("2026-05-29T15:30:00Z");
        OptionChain.Builder b = OptionChain.builder("S", 500, asOf).riskFreeRate(0.04).dividendYield(0.01);
        for (int i = 0; i < 600; i++) {
            b.add(random.nextBoolean() ? OptionType.CALL : OptionType.PUT,
                    LocalDate.of(2026, 5, 29).plusDays(random.nextInt(0, 300)), 400 + random.nextInt(0, 200),
                    random.nextInt(0, 10_000), 0.1 + 0.4 * random.nextDouble());
        }
        ChainColumns c = ChainColumns.of(b.build());
        double[] out = new double[2];
        for (double x : new double[] {420, 480, 500, 515.5, 570}) {
            ProfileKernel.netGexAndSlope(c, unit, x, out);
            assertThat(out[0]).isEqualTo(ProfileKernel.netGex(c, unit, x));
            double h = 1e-4 * x;
            // the fourth-order central difference: error ~h⁴·f⁽⁵⁾, far below the tolerance
            double fd = (-ProfileKernel.netGex(c, unit, x + 2 * h) + 8 * ProfileKernel.netGex(c, unit, x + h)
                    - 8 * ProfileKernel.netGex(c, unit, x - h) + ProfileKernel.netGex(c, unit, x - 2 * h)) / (12 * h);
            assertThat(out[1]).as("X = %s", x).isCloseTo(fd, within(1e-6 * Math.abs(fd)));
        }
    }
}
