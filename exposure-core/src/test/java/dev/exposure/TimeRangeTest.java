package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The supported range of time: as-of instants from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z and
 * expiration dates from 1900-01-01 to 9999-12-31. Outside it, the builder (and the builders' copy of any other
 * {@link OptionChain}) throws an {@link IllegalArgumentException} naming the field; inside it, every figure is
 * computed.
 */
class TimeRangeTest {

    private static final String RANGE = "1900-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z";

    @ParameterizedTest
    @ValueSource(strings = {"-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z",
        "1899-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z", "0000-01-01T00:00:00Z"})
    void builder_asOfOutsideTheRange_isRejectedNamingTheField(String text) {
        Instant asOf = Instant.parse(text);
        assertThatThrownBy(() -> OptionChain.builder("SPY", 100, asOf))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("asOf must be from " + RANGE + " but was " + asOf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "1899-12-31", "+10000-01-01", "0001-01-01"})
    void add_expirationOutsideTheRange_isRejectedNamingTheField(String text) {
        LocalDate expiration = LocalDate.parse(text);
        OptionChain.Builder b = OptionChain.builder("SPY", 100, Instant.parse("2026-05-29T15:30:00Z"));
        assertThatThrownBy(() -> b.add(OptionType.CALL, expiration, 100, 1, 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expiration must be from 1900-01-01 to 9999-12-31 but was " + expiration);
    }

    @Test
    void add_laterExpirationOutsideTheRange_isRejectedWhenItFirstAppears() {
        LocalDate june = LocalDate.of(2026, 6, 18);
        LocalDate late = LocalDate.of(10_000, 1, 1);
        OptionChain.Builder b = OptionChain.builder("SPY", 100, Instant.parse("2026-05-29T15:30:00Z"))
                .add(OptionType.CALL, june, 100, 1, 0.2).add(OptionType.PUT, june, 100, 1, 0.2);
        assertThatThrownBy(() -> b.add(OptionType.CALL, late, 100, 1, 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expiration must be from 1900-01-01 to 9999-12-31 but was " + late);
    }

    @Test
    void termStructure_otherChainWithALaterContractOutsideTheRange_namesThatContract() {
        OptionChain three = OptionChain.builder("SPY", 100, Instant.parse("2026-05-29T15:30:00Z"))
                .add(OptionType.CALL, LocalDate.of(2026, 6, 18), 100, 1, 0.2)
                .add(OptionType.PUT, LocalDate.of(2026, 6, 18), 100, 1, 0.2)
                .add(OptionType.CALL, LocalDate.of(2026, 7, 17), 100, 1, 0.2).build();
        OptionChain lastEarly = new ForwardingChain(three) {
            @Override
            public LocalDate expiration(int i) {
                return i == 2 ? LocalDate.of(1899, 12, 31) : super.expiration(i);
            }
        };
        assertThatThrownBy(() -> new TermStructureBuilder().build(lastEarly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expiration of contract 2 must be from 1900-01-01 to 9999-12-31 but was 1899-12-31");
    }

    @Test
    void builders_otherChainImplementationOutsideTheRange_areRejectedNamingTheField() {
        OptionChain inRange = OptionChain.builder("SPY", 100, Instant.parse("2026-05-29T15:30:00Z"))
                .add(OptionType.CALL, LocalDate.of(2026, 6, 18), 100, 1, 0.2).build();
        OptionChain earlyAsOf = new ForwardingChain(inRange) {
            @Override
            public Instant asOf() {
                return Instant.MIN;
            }
        };
        OptionChain lateExpiry = new ForwardingChain(inRange) {
            @Override
            public LocalDate expiration(int i) {
                return LocalDate.MAX;
            }
        };
        assertThatThrownBy(() -> new TermStructureBuilder().build(earlyAsOf))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("asOf must be from " + RANGE + " but was " + Instant.MIN);
        assertThatThrownBy(() -> new BasketAggregator(MarketDataStore.of(List.of(earlyAsOf))).aggregate("SPY", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asOf must be from ");
        assertThatThrownBy(() -> new TermStructureBuilder().build(lateExpiry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expiration of contract 0 must be from 1900-01-01 to 9999-12-31 but was " + LocalDate.MAX);
    }

    @Test
    void termStructure_atTheEdgesOfTheRange_isComputed() {
        Instant first = Instant.parse("1900-01-01T00:00:00Z");
        OptionChain early = OptionChain.builder("OLD", 100, first)
                .add(OptionType.CALL, LocalDate.of(1900, 1, 1), 100, 1, 0.2)   // 16:00 New York: live
                .add(OptionType.PUT, LocalDate.of(9999, 12, 31), 100, 1, 0.2)
                .build();
        TermStructure ts = new TermStructureBuilder().build(early);
        assertThat(ts.byExpiry()).extracting(ExpiryExposure::expiration)
                .containsExactly(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
        // the as-of instant is 1899-12-31 19:00 in New York (UTC−5): DTE counts from that date
        assertThat(ts.byExpiry().get(0).dte()).isEqualTo(1);
        assertThat(ts.byExpiry().get(1).dte())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 31), LocalDate.of(9999, 12, 31)));
        for (ExpiryExposure e : ts.byExpiry()) {
            Exposure x = e.exposure();
            assertThat(List.of(x.netGex(), x.netDex(), x.netVex(), x.netChex(), e.pctOfChainGex()))
                    .allMatch(Double::isFinite);
        }
        Instant last = Instant.parse("9999-12-31T20:59:59.999999999Z"); // one nanosecond before 16:00 New York
        OptionChain late = OptionChain.builder("NEW", 100, last)
                .add(OptionType.CALL, LocalDate.of(9999, 12, 31), 100, 1, 0.2).build();
        assertThat(new TermStructureBuilder().build(late).byExpiry()).singleElement()
                .satisfies(e -> assertThat(e.exposure().netDex()).isFinite());
        OptionChain lastInstant = OptionChain.builder("END", 100, Instant.parse("9999-12-31T23:59:59.999999999Z"))
                .add(OptionType.CALL, LocalDate.of(9999, 12, 31), 100, 1, 0.2).build();
        assertThatThrownBy(() -> new TermStructureBuilder().build(lastInstant))
                .isInstanceOfSatisfying(ExposureException.class,
                        e -> assertThat(e.error()).isEqualTo(ExposureError.NO_DATA)); // expired, not a crash
    }
}
