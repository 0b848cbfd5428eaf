package dev.exposure.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exposure.GexUnit;
import dev.exposure.Greek;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormatsTest {

    static Stream<Arguments> locales() {
        return Stream.of(Arguments.of(Locale.ROOT), Arguments.of(Locale.GERMANY), Arguments.of(Locale.FRANCE),
                Arguments.of(Locale.forLanguageTag("tr-TR")), Arguments.of(Locale.forLanguageTag("de-CH")),
                Arguments.of(Locale.forLanguageTag("ar-SA-u-nu-arab")));
    }

    /** Runs a check with another default locale (and default format locale), restoring both. */
    private static void under(Locale locale, Runnable check) {
        Locale saved = Locale.getDefault();
        Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(locale);
            check.run();
        } finally {
            Locale.setDefault(saved);
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void amount_anyDefaultLocale_plainDigitsCommasAndSuffixes(Locale locale) {
        under(locale, () -> {
            assertThat(Formats.amount(0)).isEqualTo("0");
            assertThat(Formats.amount(-0.0)).isEqualTo("0");
            assertThat(Formats.amount(-0.0001)).isEqualTo("0");
            assertThat(Formats.amount(12.5)).isEqualTo("12.5");
            assertThat(Formats.amount(1234.5678)).isEqualTo("1,234.568");
            assertThat(Formats.amount(250_000)).isEqualTo("250,000");
            assertThat(Formats.amount(-999_999)).isEqualTo("-999,999");
            assertThat(Formats.amount(1_000_000)).isEqualTo("1M");
            assertThat(Formats.amount(7.5e8)).isEqualTo("750M");
            assertThat(Formats.amount(-2.5e8)).isEqualTo("-250M");
            assertThat(Formats.amount(1e9)).isEqualTo("1B");
            assertThat(Formats.amount(-1.25e9)).isEqualTo("-1.25B");
            assertThat(Formats.amount(3.0000000000000004e8)).isEqualTo("300M");
            assertThat(Formats.amount(1.5e12)).isEqualTo("1.5T");
            assertThat(Formats.amount(2.5e15)).isEqualTo("2,500T");
        });
    }

    @Test
    void amount_roundingReachesTheNextTier_saysTheNextTier() {
        assertThat(Formats.amount(999_999.9996)).isEqualTo("1M");
        assertThat(Formats.amount(-999_999.9996)).isEqualTo("-1M");
        assertThat(Formats.amount(999_999.9994)).isEqualTo("999,999.999");
        assertThat(Formats.amount(999.9996e6)).isEqualTo("1B");
        assertThat(Formats.amount(999.9994e6)).isEqualTo("999.999M");
        assertThat(Formats.amount(999.9996e9)).isEqualTo("1T");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void price_anyDefaultLocale_twoDecimalsOrNone(Locale locale) {
        under(locale, () -> {
            assertThat(Formats.price(4697.2402)).isEqualTo("4,697.24");
            assertThat(Formats.price(597.5)).isEqualTo("597.50");
            assertThat(Formats.price(4800)).isEqualTo("4,800");
            // the double nearest 12345.675 is 12345.67499999999927…: it rounds down
            assertThat(Formats.price(12_345.675)).isEqualTo("12,345.67");
            assertThat(Formats.price(0.125)).isEqualTo("0.12"); // exactly .125: half-even
            assertThat(Formats.price(0.375)).isEqualTo("0.38");
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void axisFormats_anyDefaultLocale_sameAsTheTextFunctions(Locale locale) {
        under(locale, () -> {
            NumberFormat amounts = Formats.amountAxis();
            NumberFormat prices = Formats.priceAxis();
            assertThat(amounts.format(-1.25e9)).isEqualTo("-1.25B");
            assertThat(amounts.format(250_000L)).isEqualTo("250,000");
            assertThat(prices.format(4700.0)).isEqualTo("4,700");
            assertThat(prices.format(597.5)).isEqualTo("597.50");
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void asOf_anyDefaultLocale_newYorkWallClock(Locale locale) {
        under(locale, () -> {
            // 15:52 UTC in January is 10:52 EST (UTC-5); 15:30 UTC in May is 11:30 EDT (UTC-4)
            assertThat(Formats.asOf(Instant.parse("2024-01-07T15:52:00Z"))).isEqualTo("2024-01-07 10:52 New York");
            assertThat(Formats.asOf(Instant.parse("2026-05-29T15:30:59Z"))).isEqualTo("2026-05-29 11:30 New York");
            // 03:30 UTC is still the previous day in New York
            assertThat(Formats.asOf(Instant.parse("2024-03-01T03:30:00Z"))).isEqualTo("2024-02-29 22:30 New York");
        });
    }

    @Test
    void unit_eachGreekAndGexUnit_namesTheSpecUnits() {
        assertThat(Formats.unit(Greek.GEX, GexUnit.PER_ONE_PERCENT)).isEqualTo("USD per 1% move");
        assertThat(Formats.unit(Greek.GEX, GexUnit.PER_POINT)).isEqualTo("USD per 1.00 move");
        assertThat(Formats.unit(Greek.DEX, GexUnit.PER_POINT)).isEqualTo("USD");
        assertThat(Formats.unit(Greek.VEX, GexUnit.PER_ONE_PERCENT))
                .isEqualTo("USD per 1.00 change of implied volatility");
        assertThat(Formats.unit(Greek.CHEX, GexUnit.PER_ONE_PERCENT)).isEqualTo("USD per calendar day");
        assertThat(Formats.abbreviation(Greek.CHEX)).isEqualTo("CHEX");
        assertThat(Formats.name(Greek.VEX)).isEqualTo("vanna exposure");
    }

    @Test
    void svgDecimal_roundsHalfEvenWithoutExponentOrNegativeZero() {
        assertThat(ExposureChart.decimal(300.3445739746094, 2)).isEqualTo("300.34");
        assertThat(ExposureChart.decimal(1000.0, 2)).isEqualTo("1000");
        assertThat(ExposureChart.decimal(-0.001, 2)).isEqualTo("0");
        assertThat(ExposureChart.decimal(1e-7, 6)).isEqualTo("0");
        assertThat(ExposureChart.decimal(-380.4641652, 6)).isEqualTo("-380.464165");
        assertThat(ExposureChart.decimal(1e20, 2)).isEqualTo("100000000000000000000");
    }
}
