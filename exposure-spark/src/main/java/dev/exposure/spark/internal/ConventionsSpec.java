package dev.exposure.spark.internal;

import dev.exposure.Conventions;
import dev.exposure.GexUnit;
import dev.exposure.LevelsBuilder;
import dev.exposure.StrikeSheetBuilder;
import dev.exposure.TermStructureBuilder;
import dev.exposure.TimeBasis;
import dev.exposure.calendar.TradingCalendar;
import java.io.Serializable;
import java.util.Objects;

/**
 * The library's {@link Conventions} taken apart into a form that travels to executors, and put together again
 * there: the built-in NYSE calendar by name (any other calendar only when it is {@link Serializable}), the time
 * basis by its parts and the GEX unit.
 */
public final class ConventionsSpec implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The library defaults. */
    public static final ConventionsSpec DEFAULTS = of(Conventions.defaults());

    /** The calendar, or null for the NYSE calendar. */
    private final TradingCalendar calendar;
    /** Days per year of a weekday time basis, 0 for the calendar time basis. */
    private final int daysPerYear;
    private final boolean sameDayFloor;
    private final GexUnit gexUnit;
    private transient Conventions conventions;

    private ConventionsSpec(TradingCalendar calendar, int daysPerYear, boolean sameDayFloor, GexUnit gexUnit) {
        this.calendar = calendar;
        this.daysPerYear = daysPerYear;
        this.sameDayFloor = sameDayFloor;
        this.gexUnit = gexUnit;
    }

    /**
     * Takes conventions apart.
     *
     * @param conventions the conventions; the calendar must be the NYSE one or also {@link Serializable}
     * @return the description
     * @throws NullPointerException if {@code conventions} is null
     * @throws IllegalArgumentException if the calendar is neither the NYSE one nor serializable
     */
    public static ConventionsSpec of(Conventions conventions) {
        Objects.requireNonNull(conventions, "conventions");
        TradingCalendar c = conventions.calendar();
        if (c != TradingCalendar.nyse() && !(c instanceof Serializable)) {
            throw new IllegalArgumentException("the calendar " + c + " must be Serializable to be sent to Spark "
                    + "executors (e.g. a lambda cast to (TradingCalendar & Serializable))");
        }
        TimeBasis t = conventions.timeBasis();
        return new ConventionsSpec(c == TradingCalendar.nyse() ? null : c, t.isCalendar() ? 0 : t.daysPerYear(),
                !t.isCalendar() && t.sameDayFloor(), conventions.gexUnit());
    }

    /**
     * Puts the conventions together again.
     *
     * @return conventions equal to those this was made of
     */
    public Conventions conventions() {
        if (conventions == null) {
            conventions = Conventions.defaults()
                    .withCalendar(calendar == null ? TradingCalendar.nyse() : calendar)
                    .withTimeBasis(daysPerYear == 0 ? TimeBasis.calendar() : TimeBasis.weekdays(daysPerYear,
                            sameDayFloor))
                    .withGexUnit(gexUnit);
        }
        return conventions;
    }

    /**
     * Makes the term-structure builder of these conventions.
     *
     * @return a new builder
     */
    public TermStructureBuilder termStructureBuilder() {
        return new TermStructureBuilder(conventions());
    }

    /**
     * Makes the strike-sheet builder of these conventions.
     *
     * @return a new builder
     */
    public StrikeSheetBuilder strikeSheetBuilder() {
        return new StrikeSheetBuilder(conventions());
    }

    /**
     * Makes the levels builder of these conventions.
     *
     * @return a new builder
     */
    public LevelsBuilder levelsBuilder() {
        return new LevelsBuilder(conventions());
    }

    @Override
    public String toString() {
        return "ConventionsSpec[" + conventions() + "]";
    }
}
