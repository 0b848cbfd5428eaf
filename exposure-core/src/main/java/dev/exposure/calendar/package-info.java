/**
 * Trading calendars: which dates an exchange is open, and the holiday-adjusted monthly option expirations
 * (OPEX) and triple-witching days derived from them. {@link dev.exposure.calendar.TradingCalendar#nyse()} is the
 * built-in NYSE calendar; any {@link dev.exposure.calendar.TradingCalendar} implementation can replace it.
 */
package dev.exposure.calendar;
