package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OptionChainTest {

    private static final Instant AS_OF = Instant.parse("2026-05-29T15:30:00Z");
    private static final LocalDate D1 = LocalDate.of(2026, 6, 5);
    private static final LocalDate D2 = LocalDate.of(2026, 6, 18);

    @Test
    void builder_defaults_areZeroRatesAndMultiplier100() {
        OptionChain c = OptionChain.builder("SPY", 597.5, AS_OF).build();
        assertThat(c.symbol()).isEqualTo("SPY");
        assertThat(c.underlyingPrice()).isEqualTo(597.5);
        assertThat(c.asOf()).isEqualTo(AS_OF);
        assertThat(c.riskFreeRate()).isZero();
        assertThat(c.dividendYield()).isZero();
        assertThat(c.contractMultiplier()).isEqualTo(100);
        assertThat(c.size()).isZero();
    }

    @Test
    void accessors_returnContractsInAddOrderValidOrNot() {
        OptionChain c = OptionChain.builder("SPY", 597.5, AS_OF).riskFreeRate(0.04).dividendYield(0.01)
                .contractMultiplier(10)
                .add(OptionType.PUT, D2, 590, 12, 0.2)
                .add(OptionType.CALL, D1, Double.NaN, -3, 0)              // skipped later, still stored
                .add(OptionType.CALL, LocalDate.of(2020, 1, 17), 300, 1, 0.3) // expired, still stored
                .add(OptionType.CALL, D1, 600, 0, 0.18)
                .build();
        assertThat(c.size()).isEqualTo(4);
        assertThat(c.type(0)).isEqualTo(OptionType.PUT);
        assertThat(c.expiration(0)).isEqualTo(D2);
        assertThat(c.strike(0)).isEqualTo(590);
        assertThat(c.openInterest(0)).isEqualTo(12);
        assertThat(c.impliedVolatility(0)).isEqualTo(0.2);
        assertThat(c.strike(1)).isNaN();
        assertThat(c.openInterest(1)).isEqualTo(-3);
        assertThat(c.expiration(2)).isEqualTo(LocalDate.of(2020, 1, 17));
        assertThat(c.type(3)).isEqualTo(OptionType.CALL);
        assertThat(c.expiration(3)).isEqualTo(D1);
        assertThat(c.strike(3)).isEqualTo(600);
        assertThat(c.riskFreeRate()).isEqualTo(0.04);
        assertThat(c.dividendYield()).isEqualTo(0.01);
        assertThat(c.contractMultiplier()).isEqualTo(10);
        assertThatThrownBy(() -> c.strike(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> c.type(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void builder_structuralMistakes_failFastNamingTheField() {
        assertThatThrownBy(() -> OptionChain.builder(null, 1, AS_OF)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("symbol");
        assertThatThrownBy(() -> OptionChain.builder("  ", 1, AS_OF)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("symbol");
        assertThatThrownBy(() -> OptionChain.builder("A", 1, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("asOf");
        OptionChain.Builder b = OptionChain.builder("A", 1, AS_OF);
        assertThatThrownBy(() -> b.add(null, D1, 1, 1, 1)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("type");
        assertThatThrownBy(() -> b.add(OptionType.CALL, null, 1, 1, 1)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("expiration");
        assertThatThrownBy(() -> b.riskFreeRate(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("riskFreeRate");
        assertThatThrownBy(() -> b.dividendYield(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dividendYield");
        assertThatThrownBy(() -> b.contractMultiplier(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contractMultiplier");
    }

    @Test
    void builder_reusedAfterBuild_doesNotChangeEarlierChains() {
        OptionChain.Builder b = OptionChain.builder("A", 100, AS_OF).add(OptionType.CALL, D1, 100, 1, 0.2);
        OptionChain first = b.build();
        b.add(OptionType.PUT, D2, 90, 1, 0.2);
        OptionChain second = b.build();
        assertThat(first.size()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(new TermStructureBuilder().build(first).byExpiry()).hasSize(1);
    }

    @Test
    void foreignImplementation_givesTheSameTermStructureAsTheBuiltChain() {
        OptionChain built = TermStructureBuilderTest.sampleChain();
        OptionChain foreign = new ForwardingChain(built);
        assertThat(new TermStructureBuilder().build(foreign)).isEqualTo(new TermStructureBuilder().build(built));
    }

    @Test
    void foreignImplementation_returningNullType_failsNamingTheContract() {
        OptionChain built = OptionChain.builder("A", 100, AS_OF).add(OptionType.CALL, D1, 100, 1, 0.2).build();
        OptionChain broken = new ForwardingChain(built) {
            @Override
            public OptionType type(int i) {
                return null;
            }
        };
        assertThatThrownBy(() -> new TermStructureBuilder().build(broken)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("type of contract 0");
    }

    /** An {@link OptionChain} implemented outside the library, delegating to another chain. */
    static class ForwardingChain implements OptionChain {
        private final OptionChain d;

        ForwardingChain(OptionChain delegate) {
            this.d = delegate;
        }

        @Override public String symbol() { return d.symbol(); }
        @Override public double underlyingPrice() { return d.underlyingPrice(); }
        @Override public Instant asOf() { return d.asOf(); }
        @Override public double riskFreeRate() { return d.riskFreeRate(); }
        @Override public double dividendYield() { return d.dividendYield(); }
        @Override public int contractMultiplier() { return d.contractMultiplier(); }
        @Override public int size() { return d.size(); }
        @Override public OptionType type(int i) { return d.type(i); }
        @Override public LocalDate expiration(int i) { return d.expiration(i); }
        @Override public double strike(int i) { return d.strike(i); }
        @Override public double openInterest(int i) { return d.openInterest(i); }
        @Override public double impliedVolatility(int i) { return d.impliedVolatility(i); }
    }
}
