package dev.exposure.calendar;

import java.time.LocalDate;

/**
 * The New York Stock Exchange trading calendar. (Placeholder: rules to be implemented.)
 */
public final class NyseCalendar implements TradingCalendar {

    /** The shared instance. */
    public static final NyseCalendar INSTANCE = new NyseCalendar();

    private NyseCalendar() {
    }

    @Override
    public boolean isTradingDay(LocalDate date) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
