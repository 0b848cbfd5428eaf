package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.exposure.calendar.TradingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ConventionsTest {

    @Test
    void defaults_areNyseCalendarSecondsAndPerOnePercent() {
        Conventions d = Conventions.defaults();
        assertThat(d.calendar()).isSameAs(TradingCalendar.nyse());
        assertThat(d.timeBasis()).isEqualTo(TimeBasis.calendar());
        assertThat(d.gexUnit()).isEqualTo(GexUnit.PER_ONE_PERCENT);
    }

    @Test
    void with_returnsModifiedCopiesAndLeavesTheOriginal() {
        Conventions d = Conventions.defaults();
        TradingCalendar everyDay = date -> true;
        Conventions c = d.withCalendar(everyDay).withTimeBasis(TimeBasis.weekdays(262, true))
                .withGexUnit(GexUnit.PER_POINT);
        assertThat(c.calendar()).isSameAs(everyDay);
        assertThat(c.timeBasis()).isEqualTo(TimeBasis.weekdays(262, true));
        assertThat(c.gexUnit()).isEqualTo(GexUnit.PER_POINT);
        assertThat(d).isEqualTo(Conventions.defaults()).isNotEqualTo(c);
        assertThat(d.withGexUnit(GexUnit.PER_POINT)).isEqualTo(d.withGexUnit(GexUnit.PER_POINT))
                .hasSameHashCodeAs(d.withGexUnit(GexUnit.PER_POINT));
    }

    @Test
    void with_null_isNullPointerNamingTheField() {
        assertThatThrownBy(() -> Conventions.defaults().withCalendar(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("calendar");
        assertThatThrownBy(() -> Conventions.defaults().withTimeBasis(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("timeBasis");
        assertThatThrownBy(() -> Conventions.defaults().withGexUnit(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("gexUnit");
        assertThatThrownBy(() -> new TermStructureBuilder((Conventions) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("conventions");
        assertThatThrownBy(() -> new BasketAggregator(MarketDataStore.of(List.of()), (Conventions) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("conventions");
    }

    @RepeatedTest(50)
    void defaults_changeNothing(RepetitionInfo info) {
        long seed = 0xC0_0000L + info.getCurrentRepetition();
        OptionChain chain = RandomChains.chain(new SplittableRandom(seed), "X", 200, false);
        TermStructure before;
        try {
            before = new TermStructureBuilder().build(chain);
        } catch (ExposureException noData) {
            return; // a chain without data says so with either builder; covered elsewhere
        }
        assertThat(new TermStructureBuilder(Conventions.defaults()).build(chain)).as("seed %d", seed)
                .isEqualTo(before);
    }

    @RepeatedTest(50)
    void perPoint_isPerOnePercentOverOnePercentOfSpot(RepetitionInfo info) {
        long seed = 0xC1_0000L + info.getCurrentRepetition();
        OptionChain chain = RandomChains.chain(new SplittableRandom(seed), "X", 200, true);
        TermStructure percent;
        try {
            percent = new TermStructureBuilder().build(chain);
        } catch (ExposureException noData) {
            return;
        }
        TermStructure point = new TermStructureBuilder(Conventions.defaults().withGexUnit(GexUnit.PER_POINT))
                .build(chain);
        double s = chain.underlyingPrice();
        for (int r = 0; r < percent.byExpiry().size(); r++) {
            Exposure a = percent.byExpiry().get(r).exposure();
            Exposure b = point.byExpiry().get(r).exposure();
            // relative, with the smallest normal double as a floor: a subnormal result has fewer significant bits
            double expected = a.netGex() / (0.01 * s);
            assertThat(b.netGex()).as("seed %d row %d", seed, r)
                    .isCloseTo(expected, within(1e-13 * Math.abs(expected) + Double.MIN_NORMAL));
            assertThat(b.netDex()).isEqualTo(a.netDex());
            assertThat(b.netVex()).isEqualTo(a.netVex());
            assertThat(b.netChex()).isEqualTo(a.netChex());
            assertThat(point.byExpiry().get(r).pctOfChainGex())
                    .isCloseTo(percent.byExpiry().get(r).pctOfChainGex(), within(1e-9));
        }
    }

    @Test
    void weekdays_termStructure_matchesReferenceWithHandCountedTau() {
        // Sunday 2024-01-07 15:00 New York: Friday's expiry has passed, Monday's has 0 weekdays (floored to one),
        // Wednesday's two (Mon, Tue), the next Friday's four, and 2024-02-16's 29 (30 weekdays less the holiday
        // that the weekday count does not know: none are skipped, so 29 = Jan 8..Feb 15 weekdays)
        Instant asOf = Instant.parse("2024-01-07T20:00:00Z");
        LocalDate[] expiries = {LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 10),
            LocalDate.of(2024, 1, 12), LocalDate.of(2024, 2, 16)};
        double[] weekdays = {Double.NaN, 1, 2, 4, 29};
        double s = 4700;
        OptionChain.Builder b = OptionChain.builder("SPX", s, asOf);
        for (LocalDate e : expiries) {
            b.add(OptionType.CALL, e, 4750, 1000, 0.12).add(OptionType.PUT, e, 4650, 2000, 0.15);
        }
        OptionChain chain = b.build();
        TermStructure ts = new TermStructureBuilder(Conventions.defaults()
                .withTimeBasis(TimeBasis.weekdays(262, true))).build(chain);
        assertThat(ts.byExpiry()).extracting(ExpiryExposure::expiration)
                .containsExactly(expiries[1], expiries[2], expiries[3], expiries[4]);
        for (int r = 1; r < expiries.length; r++) {
            double tau = weekdays[r] / 262;
            double gex = (Bsm.gamma(s, 4750, 0.12, 0, 0, tau) * 1000 - Bsm.gamma(s, 4650, 0.15, 0, 0, tau) * 2000)
                    * 100 * s * s * 0.01;
            double dex = (Bsm.delta(OptionType.CALL, s, 4750, 0.12, 0, 0, tau) * 1000
                    + Bsm.delta(OptionType.PUT, s, 4650, 0.15, 0, 0, tau) * 2000) * 100 * s;
            Exposure x = ts.byExpiry().get(r - 1).exposure();
            assertThat(x.netGex()).as("row %s", expiries[r]).isCloseTo(gex, within(1e-11 * Math.abs(gex)));
            assertThat(x.netDex()).as("row %s", expiries[r]).isCloseTo(dex, within(1e-11 * Math.abs(dex)));
            // DTE stays in calendar days whatever the basis
            assertThat(ts.byExpiry().get(r - 1).dte()).isEqualTo((int) (expiries[r].toEpochDay()
                    - LocalDate.of(2024, 1, 7).toEpochDay()));
        }
        // without the floor Monday's expiry is expired: it leaves the rows and every count
        TermStructure noFloor = new TermStructureBuilder(Conventions.defaults()
                .withTimeBasis(TimeBasis.weekdays(262, false))).build(chain);
        assertThat(noFloor.byExpiry()).extracting(ExpiryExposure::expiration)
                .containsExactly(expiries[2], expiries[3], expiries[4]);
        assertThat(noFloor.byDteBucket().get(0).contractCount()).isEqualTo(4);
    }

    @Test
    void weekdays_withoutFloor_leavesSkippedContractsOfExpiredRowsUncounted() {
        Instant asOf = Instant.parse("2024-01-08T16:30:00Z"); // Monday 11:30 New York
        LocalDate today = LocalDate.of(2024, 1, 8);
        OptionChain chain = OptionChain.builder("X", 100, asOf)
                .add(OptionType.CALL, today, 100, 10, Double.NaN) // same day, bad σ
                .add(OptionType.CALL, today, 100, 10, 0.2)
                .add(OptionType.PUT, today.plusDays(3), 95, -1, 0.2) // Thursday, bad OI
                .add(OptionType.PUT, today.plusDays(3), 95, 10, 0.2).build();
        assertThat(new TermStructureBuilder().build(chain).skippedContracts()).isEqualTo(2);
        assertThat(new TermStructureBuilder(Conventions.defaults().withTimeBasis(TimeBasis.weekdays(262, true)))
                .build(chain).skippedContracts()).isEqualTo(2);
        TermStructure noFloor = new TermStructureBuilder(Conventions.defaults()
                .withTimeBasis(TimeBasis.weekdays(262, false))).build(chain);
        assertThat(noFloor.skippedContracts()).isEqualTo(1);
        assertThat(noFloor.byExpiry()).extracting(ExpiryExposure::expiration).containsExactly(today.plusDays(3));
    }

    @Test
    void weekdays_everyContractExpiredByTheBasis_isNoData() {
        Instant asOf = Instant.parse("2024-01-08T16:30:00Z");
        OptionChain chain = OptionChain.builder("X", 100, asOf)
                .add(OptionType.CALL, LocalDate.of(2024, 1, 8), 100, 10, 0.2).build();
        assertThatThrownBy(() -> new TermStructureBuilder(Conventions.defaults()
                .withTimeBasis(TimeBasis.weekdays(262, false))).build(chain))
                .isInstanceOfSatisfying(ExposureException.class,
                        e -> assertThat(e.error()).isEqualTo(ExposureError.NO_DATA));
    }

    @Test
    void basket_perPoint_scalesEachConstituentByItsOwnSpot() {
        Instant asOf = Instant.parse("2026-05-29T15:30:00Z");
        LocalDate e = LocalDate.of(2026, 6, 18);
        OptionChain a = OptionChain.builder("A", 100, asOf).add(OptionType.CALL, e, 105, 100, 0.2).build();
        OptionChain z = OptionChain.builder("Z", 400, asOf).add(OptionType.PUT, e, 390, 300, 0.3).build();
        MarketDataStore store = MarketDataStore.of(List.of(a, z));
        BasketResult percent = new BasketAggregator(store).aggregate("A,Z", "1,3");
        BasketResult point = new BasketAggregator(store, Conventions.defaults().withGexUnit(GexUnit.PER_POINT))
                .aggregate("A,Z", "1,3");
        double ga = percent.constituents().get(0).exposure().netGex() / (0.01 * 100);
        double gz = percent.constituents().get(1).exposure().netGex() / (0.01 * 400);
        assertThat(point.constituents().get(0).exposure().netGex()).isCloseTo(ga, within(1e-13 * Math.abs(ga)));
        assertThat(point.constituents().get(1).exposure().netGex()).isCloseTo(gz, within(1e-13 * Math.abs(gz)));
        double aggregate = 0.25 * ga + 0.75 * gz;
        assertThat(point.aggregate().netGex()).isCloseTo(aggregate, within(1e-13 * (Math.abs(0.25 * ga)
                + Math.abs(0.75 * gz))));
    }
}
