package dev.exposure.jackson.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.ExpiryExposure;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import dev.exposure.TermStructure;
import dev.exposure.TermStructureBuilder;
import dev.exposure.calendar.TradingCalendar;
import dev.exposure.jackson.ExposureJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SampleChainsTest {

    private static final LocalDate ZERO_DTE = LocalDate.of(2026, 5, 29);
    private static final LocalDate JUNE_OPEX = LocalDate.of(2026, 6, 18);

    @Test
    void generate_twice_givesIdenticalChains() throws Exception {
        ObjectMapper mapper = ExposureJson.newMapper();
        String first = mapper.writeValueAsString(SampleChains.generate());
        String second = mapper.writeValueAsString(SampleChains.generate());
        assertThat(second).isEqualTo(first);
        assertThat(mapper.writeValueAsString(SampleChains.all())).isEqualTo(first);
        assertThat(SampleChains.all()).isSameAs(SampleChains.all());
    }

    @Test
    void all_coversTheEightSymbolsWithRealisticSpotsAtTheSampleInstant() {
        assertThat(SampleChains.all()).extracting(OptionChain::symbol)
                .containsExactly("SPY", "QQQ", "IWM", "AAPL", "MSFT", "NVDA", "TSLA", "AMZN");
        for (OptionChain c : SampleChains.all()) {
            assertThat(c.asOf()).isEqualTo(SampleChains.AS_OF);
            assertThat(c.riskFreeRate()).isEqualTo(0.043);
            assertThat(c.contractMultiplier()).isEqualTo(100);
        }
        assertThat(SampleChains.chain("spy").underlyingPrice()).isEqualTo(597.5);
        assertThat(SampleChains.chain("AAPL").underlyingPrice()).isEqualTo(210.45);
        assertThat(SampleChains.chain("MSFT").underlyingPrice()).isEqualTo(432.8);
        assertThat(SampleChains.store().chain("NVDA")).isPresent();
        assertThatThrownBy(() -> SampleChains.chain("GME")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void indexChains_haveThousandsOfContracts_singleNamesHundreds() {
        for (String s : List.of("SPY", "QQQ", "IWM")) {
            assertThat(SampleChains.chain(s).size()).as(s).isBetween(2000, 10_000);
        }
        for (String s : List.of("AAPL", "MSFT", "NVDA", "TSLA", "AMZN")) {
            assertThat(SampleChains.chain(s).size()).as(s).isBetween(300, 2000);
        }
    }

    @Test
    void expiries_includeZeroDteJuneOpexAndLeaps_allOnTradingDays() {
        TradingCalendar nyse = TradingCalendar.nyse();
        for (OptionChain c : SampleChains.all()) {
            Set<LocalDate> expiries = new TreeSet<>();
            for (int i = 0; i < c.size(); i++) {
                expiries.add(c.expiration(i));
            }
            assertThat(expiries).as(c.symbol())
                    .contains(ZERO_DTE, JUNE_OPEX, LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 15),
                            LocalDate.of(2027, 6, 17), LocalDate.of(2028, 1, 21))
                    .doesNotContain(LocalDate.of(2026, 6, 19), LocalDate.of(2026, 7, 3))
                    .allMatch(nyse::isTradingDay);
            assertThat(expiries).as(c.symbol()).anyMatch(d -> d.isAfter(ZERO_DTE.plusDays(180)));
        }
    }

    @Test
    void termStructure_ofSpy_flagsTheHolidayAdjustedOpex() {
        TermStructure ts = new TermStructureBuilder().build(SampleChains.chain("SPY"));
        ExpiryExposure june = ts.byExpiry().stream().filter(e -> e.expiration().equals(JUNE_OPEX)).findFirst()
                .orElseThrow();
        assertThat(june.isOpex()).isTrue();
        assertThat(june.isTripleWitching()).isTrue();
        assertThat(june.dte()).isEqualTo(20);
        assertThat(ts.byExpiry().get(0).expiration()).isEqualTo(ZERO_DTE);
        assertThat(ts.byExpiry().get(0).dte()).isZero();
        assertThat(ts.byDteBucket()).hasSize(5);
        assertThat(ts.skippedContracts()).isZero();
    }

    @Test
    void impliedVolatility_hasPutSkewAndSmile() {
        OptionChain spy = SampleChains.chain("SPY");
        double atm = volAt(spy, OptionType.CALL, 598);
        double down10 = volAt(spy, OptionType.PUT, 540);
        double up10 = volAt(spy, OptionType.CALL, 655);
        double down30 = volAt(spy, OptionType.PUT, 420);
        assertThat(down10).as("put skew").isGreaterThan(atm + 0.02);
        assertThat(down30).as("deeper puts cost more").isGreaterThan(down10);
        assertThat(up10).as("calls above spot cheaper than puts below").isLessThan(down10);
        for (OptionChain c : SampleChains.all()) {
            for (int i = 0; i < c.size(); i++) {
                assertThat(c.impliedVolatility(i)).as(c.symbol()).isBetween(0.05, 3.0);
                assertThat(c.openInterest(i)).as(c.symbol()).isNotNegative();
                assertThat(c.openInterest(i)).isEqualTo(Math.rint(c.openInterest(i)));
            }
        }
    }

    @Test
    void openInterest_peaksNearSpot() {
        OptionChain spy = SampleChains.chain("SPY");
        double best = -1;
        double bestStrike = 0;
        for (int i = 0; i < spy.size(); i++) {
            if (spy.expiration(i).equals(JUNE_OPEX) && spy.openInterest(i) > best) {
                best = spy.openInterest(i);
                bestStrike = spy.strike(i);
            }
        }
        assertThat(bestStrike).isBetween(597.5 * 0.9, 597.5 * 1.1);
    }

    /** The volatility of the 2026-12-18 contract of a type at a strike. */
    private static double volAt(OptionChain c, OptionType type, double strike) {
        LocalDate december = LocalDate.of(2026, 12, 18);
        for (int i = 0; i < c.size(); i++) {
            if (c.type(i) == type && c.expiration(i).equals(december) && c.strike(i) == strike) {
                return c.impliedVolatility(i);
            }
        }
        throw new AssertionError("no " + type + " " + strike + " on " + december);
    }
}
