package dev.exposure.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exposure.GexUnit;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartOptionsTest {

    @Test
    void defaults_are1200By700PerOnePercentAutomaticRangeNoNote() {
        ChartOptions d = ChartOptions.defaults();
        assertThat(d.width()).isEqualTo(1200);
        assertThat(d.height()).isEqualTo(700);
        assertThat(d.gexUnit()).isEqualTo(GexUnit.PER_ONE_PERCENT);
        assertThat(d.strikeLow()).isEmpty();
        assertThat(d.strikeHigh()).isEmpty();
        assertThat(d.note()).isEmpty();
    }

    @Test
    void withSize_limits_acceptedInclusive() {
        assertThat(ChartOptions.defaults().withSize(200, 200).width()).isEqualTo(200);
        assertThat(ChartOptions.defaults().withSize(10_000, 2500).height()).isEqualTo(2500);
        assertThat(ChartOptions.defaults().withSize(5000, 5000).width()).isEqualTo(5000);
    }

    @ParameterizedTest
    @CsvSource({"199, 700, width", "10001, 700, width", "1200, 199, height", "1200, 10001, height",
        "0, 700, width", "-5, 700, width", "10000, 2501, width × height", "5001, 5000, width × height"})
    void withSize_outOfRange_namesTheArgument(int width, int height, String name) {
        assertThatThrownBy(() -> ChartOptions.defaults().withSize(width, height))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(name + " must be");
    }

    @Test
    void withStrikeRange_valid_kept() {
        ChartOptions o = ChartOptions.defaults().withStrikeRange(4500, 4900);
        assertThat(o.strikeLow()).isEqualTo(OptionalDouble.of(4500));
        assertThat(o.strikeHigh()).isEqualTo(OptionalDouble.of(4900));
        assertThat(o.withAutomaticStrikeRange().strikeLow()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, 10, low", "-1, 10, low", "NaN, 10, low", "Infinity, 1e300, low", "10, 10, high", "10, 5, high",
        "10, NaN, high", "10, Infinity, high"})
    void withStrikeRange_invalid_namesTheArgument(double low, double high, String name) {
        assertThatThrownBy(() -> ChartOptions.defaults().withStrikeRange(low, high))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(name + " must be");
    }

    @Test
    void withNote_oneLine_strippedAndKept() {
        assertThat(ChartOptions.defaults().withNote("  expiration 2024-01-19 ").note())
                .isEqualTo("expiration 2024-01-19");
        assertThatThrownBy(() -> ChartOptions.defaults().withNote("a\nb")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("note");
        assertThatThrownBy(() -> ChartOptions.defaults().withNote("x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartOptions.defaults().withNote(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("note");
        assertThatThrownBy(() -> ChartOptions.defaults().withGexUnit(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("gexUnit");
    }

    @Test
    void equals_sameSettings_equalAndSameHash() {
        ChartOptions a = ChartOptions.defaults().withSize(800, 600).withGexUnit(GexUnit.PER_POINT)
                .withStrikeRange(1, 2).withNote("n");
        ChartOptions b = ChartOptions.defaults().withNote("n").withStrikeRange(1, 2).withGexUnit(GexUnit.PER_POINT)
                .withSize(800, 600);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(b.withNote("m"))
                .isNotEqualTo(b.withSize(800, 601)).isNotEqualTo(ChartOptions.defaults());
        assertThat(a.toString()).contains("800x600", "PER_POINT", "note n");
    }

    @Test
    void chartFormat_ofFileName_extensionInAnyCaseUnderTurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(ChartFormat.ofFileName("gex.png")).contains(ChartFormat.PNG);
            assertThat(ChartFormat.ofFileName("dir.svg/GEX.PNG")).contains(ChartFormat.PNG);
            assertThat(ChartFormat.ofFileName("profile.SVG")).contains(ChartFormat.SVG);
            assertThat(ChartFormat.ofFileName("profile.Svg")).contains(ChartFormat.SVG);
            assertThat(ChartFormat.ofFileName("chart.jpg")).isEmpty();
            assertThat(ChartFormat.ofFileName("chart.png.txt")).isEmpty();
            assertThat(ChartFormat.ofFileName("png")).isEmpty();
            assertThat(ChartFormat.ofFileName("")).isEmpty();
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(ChartFormat.PNG.extension()).isEqualTo(".png");
    }
}
