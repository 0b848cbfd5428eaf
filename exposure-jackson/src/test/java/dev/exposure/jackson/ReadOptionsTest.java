package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadOptionsTest {

    private static final ReadOptions NONE = ReadOptions.defaults();

    @Test
    void defaults_giveNothing() {
        assertThat(NONE.symbol()).isEmpty();
        assertThat(NONE.underlyingPrice()).isEmpty();
        assertThat(NONE.asOf()).isEmpty();
        assertThat(NONE.riskFreeRate()).isEmpty();
        assertThat(NONE.dividendYield()).isEmpty();
        assertThat(NONE.contractMultiplier()).isEmpty();
        assertThat(NONE).hasToString("ReadOptions[]");
    }

    @Test
    void with_setsOneValueAndKeepsTheOthers() {
        Instant t = Instant.parse("2023-06-04T19:15:00Z");
        ReadOptions o = NONE.withSymbol("\u2003spx ").withAsOf(t).withRiskFreeRate(-0.001).withDividendYield(0)
                .withContractMultiplier(1).withUnderlyingPrice(1e-300);
        assertThat(o.symbol()).contains("SPX");
        assertThat(o.asOf()).contains(t);
        assertThat(o.riskFreeRate()).hasValue(-0.001);
        assertThat(o.dividendYield()).hasValue(0);
        assertThat(o.contractMultiplier()).hasValue(1);
        assertThat(o.underlyingPrice()).hasValue(1e-300);
        assertThat(o).hasToString("ReadOptions[symbol=SPX, underlyingPrice=1.0E-300, asOf=2023-06-04T19:15:00Z, "
                + "riskFreeRate=-0.001, dividendYield=0.0, contractMultiplier=1]");
        assertThat(NONE.symbol()).isEmpty();
        assertThat(o).isEqualTo(NONE.withUnderlyingPrice(1e-300).withContractMultiplier(1).withDividendYield(0.0)
                .withRiskFreeRate(-0.001).withAsOf(t).withSymbol("SPX"));
        assertThat(o.hashCode()).isEqualTo(NONE.withUnderlyingPrice(1e-300).withContractMultiplier(1)
                .withDividendYield(0.0).withRiskFreeRate(-0.001).withAsOf(t).withSymbol("SPX").hashCode());
        assertThat(o).isNotEqualTo(o.withDividendYield(-0.0));
    }

    @Test
    void with_invalidArguments_areRejectedNamingThem() {
        assertThatThrownBy(() -> NONE.withSymbol(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("symbol");
        assertThatThrownBy(() -> NONE.withSymbol(" \u3000")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("symbol must not be blank");
        assertThatThrownBy(() -> NONE.withAsOf(null)).isInstanceOf(NullPointerException.class).hasMessage("asOf");
        assertThatThrownBy(() -> NONE.withRiskFreeRate(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("riskFreeRate must be finite but was NaN");
        assertThatThrownBy(() -> NONE.withDividendYield(Double.NEGATIVE_INFINITY))
                .hasMessage("dividendYield must be finite but was -Infinity");
        assertThatThrownBy(() -> NONE.withContractMultiplier(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contractMultiplier must be >= 1 but was 0");
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> NONE.withUnderlyingPrice(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("underlyingPrice must be finite and positive but was " + bad);
        }
    }
}
