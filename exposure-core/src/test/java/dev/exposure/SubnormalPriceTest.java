package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An underlying price so small that 81 distinct prices from 0.8·S to 1.2·S do not exist in double precision (a
 * subnormal S, as the reader fuzz suite found in a mutated file): the views that need the default profile grid
 * report a value beyond the double range, with the documented {@link IllegalArgumentException}; the views that do
 * not need it compute finite figures.
 */
class SubnormalPriceTest {

    private static OptionChain chain(double spot) {
        return OptionChain.builder("TINY", spot, Instant.parse("2026-05-29T15:30:00Z"))
                .add(OptionType.CALL, LocalDate.of(2026, 6, 18), spot, 100, 0.3)
                .add(OptionType.PUT, LocalDate.of(2026, 6, 18), spot, 100, 0.3)
                .build();
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.MIN_VALUE, 1e-322, 2e-322})
    void defaultProfileViews_gridWithoutDistinctPrices_areBeyondTheDoubleRange(double spot) {
        OptionChain c = chain(spot);
        assertThatThrownBy(() -> new LevelsBuilder().build(c)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond the double range").hasMessageContaining("S = " + spot);
        assertThatThrownBy(() -> new GammaProfileBuilder().build(c)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond the double range");
        // the views without a grid are computed
        Exposure total = new StrikeSheetBuilder().build(c).total();
        assertThat(List.of(total.netGex(), total.netDex(), total.netVex(), total.netChex())).allMatch(Double::isFinite);
        assertThat(new TermStructureBuilder().build(c).byExpiry()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-300, Double.MIN_NORMAL, 1e-320})
    void defaultProfileViews_smallButRepresentableGrid_areComputed(double spot) {
        GammaProfile p = new GammaProfileBuilder().build(chain(spot));
        assertThat(p.points()).hasSize(GammaProfileBuilder.DEFAULT_POINTS);
        assertThat(p.points()).allSatisfy(x -> assertThat(x.netGex()).isFinite());
        assertThat(new LevelsBuilder().build(chain(spot)).underlyingPrice()).isEqualTo(spot);
    }
}
