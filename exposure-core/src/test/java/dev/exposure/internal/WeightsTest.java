package dev.exposure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightsTest {

    @Test
    void normalise_extremeMagnitudes_giveExactHalves() {
        assertThat(Weights.normalise(new double[] {1e308, 1e308})).containsExactly(0.5, 0.5);
        assertThat(Weights.normalise(new double[] {Double.MAX_VALUE, Double.MAX_VALUE})).containsExactly(0.5, 0.5);
        assertThat(Weights.normalise(new double[] {1e-320, 1e-320})).containsExactly(0.5, 0.5);
        assertThat(Weights.normalise(new double[] {Double.MIN_VALUE, 3 * Double.MIN_VALUE}))
                .containsExactly(0.25, 0.75);
    }

    @Test
    void normalise_allZero_isNull() {
        assertThat(Weights.normalise(new double[] {0, 0})).isNull();
    }

    @Test
    void normalise_randomWeights_sumToOneAndKeepRatios() {
        long seed = 987_654_321L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 1000; trial++) {
            int n = random.nextInt(1, 51);
            double scale = Math.pow(10, random.nextInt(-300, 300));
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = random.nextDouble() * scale;
            }
            double[] out = Weights.normalise(w);
            double sum = 0;
            for (double x : out) {
                sum += x;
            }
            assertThat(sum).as("seed %d trial %d", seed, trial).isCloseTo(1.0, within(1e-14));
            assertThat(out[0] / out[n - 1]).as("seed %d trial %d", seed, trial)
                    .isCloseTo(w[0] / w[n - 1], within(Math.abs(w[0] / w[n - 1]) * 1e-14));
        }
    }

    @Test
    void compensatedSum_cancellingTerms_keepsTheSmallOnes() {
        CompensatedSum s = new CompensatedSum();
        s.add(1e16).add(1.0).add(-1e16).add(1.0);
        assertThat(s.value()).isEqualTo(2.0);
    }

    @Test
    void shares_sumTo100OrAreAllZero() {
        assertThat(Shares.percentOfAbsoluteTotal(new double[] {-3, 1})).containsExactly(75.0, 25.0);
        assertThat(Shares.percentOfAbsoluteTotal(new double[] {0, -0.0})).containsExactly(0.0, 0.0);
        assertThat(Shares.percentOfAbsoluteTotal(new double[] {Double.MAX_VALUE, -Double.MAX_VALUE}))
                .containsExactly(50.0, 50.0);
    }
}
