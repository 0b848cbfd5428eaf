package dev.exposure;

import dev.exposure.calendar.TradingCalendar;
import dev.exposure.internal.Checks;

/**
 * The conventions of every computation: the trading calendar, the time basis of τ and the unit of GEX.
 *
 * <p>{@link #defaults()} is the specification's convention exactly: the NYSE calendar, τ in calendar seconds over a
 * 365-day year ({@link TimeBasis#calendar()}) and GEX per 1% move ({@link GexUnit#PER_ONE_PERCENT}). The
 * {@code with…} methods return modified copies, so a script's convention is one line:
 * <pre>{@code
 * Conventions weekdayScripts = Conventions.defaults()
 *         .withTimeBasis(TimeBasis.weekdays(262, true))
 *         .withGexUnit(GexUnit.PER_POINT);
 * }</pre>
 * Every builder and {@link BasketAggregator} takes a {@code Conventions} in a constructor. What each part
 * changes:
 * <ul>
 *   <li>calendar: OPEX and triple-witching flags ({@link TradingCalendar#isMonthlyExpiration});</li>
 *   <li>time basis: τ of every contract, and which contracts count as expired (see {@link TimeBasis}); DTE stays
 *       in calendar days;</li>
 *   <li>GEX unit: every GEX figure (per expiry, bucket, strike, profile point, basket); DEX, VEX and CHEX are
 *       unchanged.</li>
 * </ul>
 *
 * <p>Immutable and safe to share between threads; equal conventions are {@link #equals equal} (calendars are
 * compared by identity, or by their own {@code equals}).
 */
public final class Conventions {

    private static final Conventions DEFAULTS = new Conventions(TradingCalendar.nyse(), TimeBasis.calendar(),
            GexUnit.PER_ONE_PERCENT);

    private final TradingCalendar calendar;
    private final TimeBasis timeBasis;
    private final GexUnit gexUnit;

    private Conventions(TradingCalendar calendar, TimeBasis timeBasis, GexUnit gexUnit) {
        this.calendar = calendar;
        this.timeBasis = timeBasis;
        this.gexUnit = gexUnit;
    }

    /**
     * Returns the specification's conventions: NYSE calendar, calendar time basis, GEX per 1% move.
     *
     * @return the default conventions
     */
    public static Conventions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the trading calendar.
     *
     * @return the calendar used for OPEX and triple-witching flags
     */
    public TradingCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the time basis.
     *
     * @return how τ is measured
     */
    public TimeBasis timeBasis() {
        return timeBasis;
    }

    /**
     * Returns the GEX unit.
     *
     * @return the unit of every GEX figure
     */
    public GexUnit gexUnit() {
        return gexUnit;
    }

    /**
     * Returns these conventions with another trading calendar.
     *
     * @param calendar the calendar
     * @return a copy with {@code calendar}
     * @throws NullPointerException if {@code calendar} is null
     */
    public Conventions withCalendar(TradingCalendar calendar) {
        return new Conventions(Checks.notNull(calendar, "calendar"), timeBasis, gexUnit);
    }

    /**
     * Returns these conventions with another time basis.
     *
     * @param timeBasis the time basis
     * @return a copy with {@code timeBasis}
     * @throws NullPointerException if {@code timeBasis} is null
     */
    public Conventions withTimeBasis(TimeBasis timeBasis) {
        return new Conventions(calendar, Checks.notNull(timeBasis, "timeBasis"), gexUnit);
    }

    /**
     * Returns these conventions with another GEX unit.
     *
     * @param gexUnit the unit
     * @return a copy with {@code gexUnit}
     * @throws NullPointerException if {@code gexUnit} is null
     */
    public Conventions withGexUnit(GexUnit gexUnit) {
        return new Conventions(calendar, timeBasis, Checks.notNull(gexUnit, "gexUnit"));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Conventions)) {
            return false;
        }
        Conventions c = (Conventions) o;
        return calendar.equals(c.calendar) && timeBasis.equals(c.timeBasis) && gexUnit == c.gexUnit;
    }

    @Override
    public int hashCode() {
        return (calendar.hashCode() * 31 + timeBasis.hashCode()) * 31 + gexUnit.hashCode();
    }

    @Override
    public String toString() {
        return "Conventions[calendar=" + calendar + ", timeBasis=" + timeBasis + ", gexUnit=" + gexUnit + "]";
    }
}
