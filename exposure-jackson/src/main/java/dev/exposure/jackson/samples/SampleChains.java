package dev.exposure.jackson.samples;

import dev.exposure.MarketDataStore;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import dev.exposure.internal.Symbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Synthetic but realistic option chains for eight US underlyings, generated deterministically in memory.
 *
 * <p>Every chain is observed at {@link #AS_OF} (Friday 2026-05-29, 15:30 UTC = 11:30 New York) with risk-free rate
 * {@link #RISK_FREE_RATE} and contract multiplier 100. Per symbol:
 * <table>
 *   <caption>Sample parameters</caption>
 *   <tr><th>symbol</th><th>spot USD</th><th>dividend yield</th><th>ATM vol</th><th>strike step USD</th>
 *       <th>expiries</th></tr>
 *   <tr><td>SPY</td><td>597.50</td><td>0.0125</td><td>0.135</td><td>1 / 5</td><td>index</td></tr>
 *   <tr><td>QQQ</td><td>521.30</td><td>0.0060</td><td>0.175</td><td>1 / 5</td><td>index</td></tr>
 *   <tr><td>IWM</td><td>209.85</td><td>0.0110</td><td>0.205</td><td>1 / 5</td><td>index</td></tr>
 *   <tr><td>AAPL</td><td>210.45</td><td>0.0045</td><td>0.245</td><td>2.5 / 10</td><td>single name</td></tr>
 *   <tr><td>MSFT</td><td>432.80</td><td>0.0075</td><td>0.225</td><td>5 / 20</td><td>single name</td></tr>
 *   <tr><td>NVDA</td><td>135.40</td><td>0.0003</td><td>0.460</td><td>1 / 5</td><td>single name</td></tr>
 *   <tr><td>TSLA</td><td>344.90</td><td>0</td><td>0.580</td><td>5 / 20</td><td>single name</td></tr>
 *   <tr><td>AMZN</td><td>205.15</td><td>0</td><td>0.300</td><td>2.5 / 10</td><td>single name</td></tr>
 * </table>
 *
 * <p>Expiries (all NYSE trading days; none on a holiday):
 * <ul>
 *   <li>index (SPY, QQQ, IWM): dailies from 0DTE 2026-05-29 to 2026-06-18, weeklies to 2026-07-31 (2026-07-02 is
 *       the Thursday before the Independence Day holiday), monthlies 2026-08-21 to 2026-11-20, quarter ends
 *       2026-09-30 and 2026-12-31, and the LEAPS 2027-01-15, 2027-03-19, 2027-06-17, 2027-12-17, 2028-01-21,
 *       2028-12-15 — {@value #INDEX_EXPIRY_COUNT} expiries;</li>
 *   <li>single names: 0DTE 2026-05-29, weeklies to 2026-07-17, monthlies and the LEAPS 2027-01-15, 2027-06-17,
 *       2028-01-21 — {@value #SINGLE_NAME_EXPIRY_COUNT} expiries.</li>
 * </ul>
 * June 2026's monthly expiry is Thursday 2026-06-18 because Friday 2026-06-19 is Juneteenth; June 2027's is
 * Thursday 2027-06-17 because Juneteenth 2027 (a Saturday) is observed on Friday 2027-06-18.
 *
 * <p>Strikes: multiples of the fine step within 6 % of spot, multiples of the coarse step (the second figure
 * above) out to a width of {@code max(4 %, min(60 %, 4·σ·√T))} of spot, T in years (at least two days). One call
 * and one put per strike.
 *
 * <p>Implied volatility: with {@code z = ln(K/F) / (σ_T √T)} (F the forward), {@code σ = σ_T (1 − s·z + c·z²)}
 * clamped to z in [−4, 4], where s is the put skew (0.14 for index, 0.09 for single names), c the smile (0.03 and
 * 0.045), and {@code σ_T = σ_ATM (0.9 + 0.2·e^(−T/0.25))}; plus noise of ±0.002, rounded to 4 decimals.
 *
 * <p>Open interest: {@code scale · tenor · exp(−(z − z₀)² / 2.88) · round · e^(0.45·N(0,1))}, rounded to a whole
 * number (0 allowed), with z₀ = +0.3 for calls and −0.5 for puts, tenor 0.6 for 0DTE, 0.35 for other dailies,
 * 0.55 for weeklies, 1.8 for monthly expiries, 2.2 for quarterly ones, times {@code e^(−T/2)}; {@code round} is 3
 * at multiples of 10 coarse steps, 1.8 at multiples of 2 coarse steps and 1.3 at multiples of the coarse step.
 *
 * <p>Random draws come from a {@link SplittableRandom} seeded with {@link #SEED} plus the symbol's index, and all
 * transcendental functions from {@link StrictMath}, so the chains are the same on every run. SPY, QQQ and IWM have
 * a few thousand contracts each, the single names a few hundred to about two thousand. Generation takes tens of
 * milliseconds; the chains are built once, on first use.
 */
public final class SampleChains {

    /** The instant every sample chain is observed: Friday 2026-05-29, 11:30 in New York. */
    public static final Instant AS_OF = Instant.parse("2026-05-29T15:30:00Z");

    /** The continuously compounded annual risk-free rate of every sample chain. */
    public static final double RISK_FREE_RATE = 0.043;

    /** The base seed of the random draws. */
    public static final long SEED = 20260529L;

    /** Number of index expiries. */
    public static final int INDEX_EXPIRY_COUNT = 34;

    /** Number of single-name expiries. */
    public static final int SINGLE_NAME_EXPIRY_COUNT = 15;

    /** The sample symbols, in generation order. */
    public static final List<String> SYMBOLS = List.of("SPY", "QQQ", "IWM", "AAPL", "MSFT", "NVDA", "TSLA", "AMZN");

    private static final Spec[] SPECS = {
        new Spec("SPY", 597.50, 0.0125, 0.135, 1, 5, true, 3000),
        new Spec("QQQ", 521.30, 0.0060, 0.175, 1, 5, true, 1800),
        new Spec("IWM", 209.85, 0.0110, 0.205, 1, 5, true, 2500),
        new Spec("AAPL", 210.45, 0.0045, 0.245, 2.5, 10, false, 6000),
        new Spec("MSFT", 432.80, 0.0075, 0.225, 5, 20, false, 2000),
        new Spec("NVDA", 135.40, 0.0003, 0.460, 1, 5, false, 9000),
        new Spec("TSLA", 344.90, 0.0, 0.580, 5, 20, false, 5000),
        new Spec("AMZN", 205.15, 0.0, 0.300, 2.5, 10, false, 4000),
    };

    private static final String[] INDEX_EXPIRIES = {
        "2026-05-29", "2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04", "2026-06-05", "2026-06-08",
        "2026-06-09", "2026-06-10", "2026-06-11", "2026-06-12", "2026-06-15", "2026-06-16", "2026-06-17",
        "2026-06-18", "2026-06-26", "2026-07-02", "2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31",
        "2026-08-21", "2026-09-18", "2026-09-30", "2026-10-16", "2026-11-20", "2026-12-18", "2026-12-31",
        "2027-01-15", "2027-03-19", "2027-06-17", "2027-12-17", "2028-01-21", "2028-12-15",
    };

    private static final String[] SINGLE_NAME_EXPIRIES = {
        "2026-05-29", "2026-06-05", "2026-06-12", "2026-06-18", "2026-06-26", "2026-07-02", "2026-07-10",
        "2026-07-17", "2026-08-21", "2026-09-18", "2026-10-16", "2026-12-18", "2027-01-15", "2027-06-17",
        "2028-01-21",
    };

    /** Monthly (third-Friday, holiday-adjusted) expiries among the lists above. */
    private static final List<String> MONTHLY = List.of("2026-06-18", "2026-07-17", "2026-08-21", "2026-10-16",
            "2026-11-20", "2027-01-15", "2028-01-21");

    /** Quarterly expiries: March/June/September/December monthlies and quarter ends. */
    private static final List<String> QUARTERLY = List.of("2026-09-18", "2026-09-30", "2026-12-18", "2026-12-31",
            "2027-03-19", "2027-06-17", "2027-12-17", "2028-12-15");

    /** Seconds in a 365-day year. */
    private static final double SECONDS_PER_YEAR = 365.0 * 86_400;

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private SampleChains() {
    }

    /**
     * Returns every sample chain, in the order of {@link #SYMBOLS}.
     *
     * @return an unmodifiable list of eight immutable chains, generated once
     */
    public static List<OptionChain> all() {
        return Holder.CHAINS;
    }

    /**
     * Returns the sample chain of a symbol.
     *
     * @param symbol one of {@link #SYMBOLS}, in any letter case, blanks around it stripped (the core's symbol rule)
     * @return the chain
     * @throws NullPointerException if {@code symbol} is null
     * @throws IllegalArgumentException if there is no sample for the symbol
     */
    public static OptionChain chain(String symbol) {
        String s = Symbols.key(symbol);
        int i = SYMBOLS.indexOf(s);
        if (i < 0) {
            throw new IllegalArgumentException("no sample chain for symbol '" + symbol + "'; samples: " + SYMBOLS);
        }
        return Holder.CHAINS.get(i);
    }

    /**
     * Returns a market data store holding every sample chain.
     *
     * @return the store
     */
    public static MarketDataStore store() {
        return Holder.STORE;
    }

    /**
     * Generates the chains afresh (for tests of determinism); {@link #all()} returns the cached ones.
     *
     * @return a new unmodifiable list of eight chains, equal in content to {@link #all()}
     */
    public static List<OptionChain> generate() {
        List<OptionChain> out = new ArrayList<>(SPECS.length);
        for (int i = 0; i < SPECS.length; i++) {
            out.add(generate(SPECS[i], new SplittableRandom(SEED + i)));
        }
        return Collections.unmodifiableList(out);
    }

    private static OptionChain generate(Spec spec, SplittableRandom random) {
        OptionChain.Builder b = OptionChain.builder(spec.symbol, spec.spot, AS_OF)
                .riskFreeRate(RISK_FREE_RATE).dividendYield(spec.dividendYield).contractMultiplier(100);
        String[] expiries = spec.index ? INDEX_EXPIRIES : SINGLE_NAME_EXPIRIES;
        for (String e : expiries) {
            LocalDate expiration = LocalDate.parse(e);
            double t = yearsTo(expiration);
            double tenor = tenorWeight(e, expiration) * StrictMath.exp(-t / 2);
            double atm = spec.atmVol * (0.9 + 0.2 * StrictMath.exp(-t / 0.25));
            double tt = Math.max(t, 2.0 / 365);
            double forward = spec.spot * StrictMath.exp((RISK_FREE_RATE - spec.dividendYield) * t);
            double width = Math.max(0.04, Math.min(0.60, 4 * atm * Math.sqrt(tt)));
            for (long cents : strikes(spec, width)) {
                double strike = cents / 100.0;
                double z = StrictMath.log(strike / forward) / (atm * Math.sqrt(tt));
                double zc = Math.max(-4, Math.min(4, z));
                double skew = spec.index ? 0.14 : 0.09;
                double smile = spec.index ? 0.03 : 0.045;
                double round = roundness(cents, spec);
                for (OptionType type : OptionType.values()) {
                    double vol = atm * (1 - skew * zc + smile * zc * zc) + 0.002 * (2 * random.nextDouble() - 1);
                    vol = Math.round(vol * 10_000) / 10_000.0;
                    double centre = type == OptionType.CALL ? 0.3 : -0.5;
                    double peak = StrictMath.exp(-(z - centre) * (z - centre) / 2.88);
                    double noise = StrictMath.exp(0.45 * gaussian(random));
                    double oi = Math.rint(spec.oiScale * tenor * peak * round * noise);
                    b.add(type, expiration, strike, oi, vol);
                }
            }
        }
        return b.build();
    }

    /** Strikes in cents: fine steps within 6 % of spot, coarse steps out to {@code width}, ascending. */
    private static TreeSet<Long> strikes(Spec spec, double width) {
        TreeSet<Long> out = new TreeSet<>();
        long fine = Math.round(spec.fineStep * 100);
        long coarse = Math.round(spec.coarseStep * 100);
        long spot = Math.round(spec.spot * 100);
        long near = Math.round(spec.spot * 100 * Math.min(0.06, width));
        long far = Math.round(spec.spot * 100 * width);
        for (long k = ceilTo(spot - near, fine); k <= spot + near; k += fine) {
            out.add(k);
        }
        for (long k = ceilTo(Math.max(coarse, spot - far), coarse); k <= spot + far; k += coarse) {
            out.add(k);
        }
        return out;
    }

    private static long ceilTo(long x, long step) {
        return Math.floorDiv(x + step - 1, step) * step;
    }

    /** Open-interest multiplier of popular round strikes. */
    private static double roundness(long cents, Spec spec) {
        long coarse = Math.round(spec.coarseStep * 100);
        if (cents % (10 * coarse) == 0) {
            return 3.0;
        }
        if (cents % (2 * coarse) == 0) {
            return 1.8;
        }
        return cents % coarse == 0 ? 1.3 : 1.0;
    }

    private static double tenorWeight(String text, LocalDate expiration) {
        if (QUARTERLY.contains(text)) {
            return 2.2;
        }
        if (MONTHLY.contains(text)) {
            return 1.8;
        }
        if (expiration.equals(LocalDate.of(2026, 5, 29))) {
            return 0.6;
        }
        return expiration.getDayOfWeek() == java.time.DayOfWeek.FRIDAY
                || expiration.equals(LocalDate.of(2026, 7, 2)) ? 0.55 : 0.35;
    }

    /** Years of 365 days from {@link #AS_OF} to 16:00 New York on the date. */
    private static double yearsTo(LocalDate expiration) {
        Instant expiry = expiration.atTime(16, 0).atZone(NEW_YORK).toInstant();
        return (expiry.getEpochSecond() - AS_OF.getEpochSecond()) / SECONDS_PER_YEAR;
    }

    /** A standard normal draw (Box–Muller, one of the pair), from two uniform draws. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble(); // in (0, 1], so the logarithm is finite
        double v = random.nextDouble();
        return Math.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
    }

    /** Generation parameters of one symbol. */
    private static final class Spec {
        final String symbol;
        final double spot;
        final double dividendYield;
        final double atmVol;
        final double fineStep;
        final double coarseStep;
        final boolean index;
        final double oiScale;

        Spec(String symbol, double spot, double dividendYield, double atmVol, double fineStep, double coarseStep,
                boolean index, double oiScale) {
            this.symbol = symbol;
            this.spot = spot;
            this.dividendYield = dividendYield;
            this.atmVol = atmVol;
            this.fineStep = fineStep;
            this.coarseStep = coarseStep;
            this.index = index;
            this.oiScale = oiScale;
        }
    }

    /** Generates the chains on first use. */
    private static final class Holder {
        static final List<OptionChain> CHAINS = generate();
        static final MarketDataStore STORE = MarketDataStore.of(CHAINS);
    }
}
