package dev.exposure.cli.chart;

import dev.exposure.GexUnit;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a chart is drawn: its size, the GEX unit its labels name, the strikes a by-strike chart shows and a note for
 * the subtitle.
 *
 * <p>{@link #defaults()} is {@value #DEFAULT_WIDTH}×{@value #DEFAULT_HEIGHT} pixels, GEX per 1% move and the
 * automatic strike range (see {@link Charts#gexByStrike}) and no note; the {@code with…} methods return modified
 * copies.
 * Immutable and safe to share between threads.
 */
public final class ChartOptions {

    /** Default width, pixels. */
    public static final int DEFAULT_WIDTH = 1200;

    /** Default height, pixels. */
    public static final int DEFAULT_HEIGHT = 700;

    /** Smallest width or height accepted, pixels. */
    public static final int MIN_SIZE = 200;

    /** Largest width or height accepted, pixels. */
    public static final int MAX_SIZE = 10_000;

    /** Largest area accepted, pixels: 100 MB as an RGB image (for example 5000 × 5000 or 10 000 × 2500). */
    public static final int MAX_PIXELS = 25_000_000;

    private static final ChartOptions DEFAULTS = new ChartOptions(DEFAULT_WIDTH, DEFAULT_HEIGHT,
            GexUnit.PER_ONE_PERCENT, Double.NaN, Double.NaN, "");

    private final int width;
    private final int height;
    private final GexUnit gexUnit;
    private final double strikeLow;
    private final double strikeHigh;
    private final String note;

    private ChartOptions(int width, int height, GexUnit gexUnit, double strikeLow, double strikeHigh, String note) {
        this.width = width;
        this.height = height;
        this.gexUnit = gexUnit;
        this.strikeLow = strikeLow;
        this.strikeHigh = strikeHigh;
        this.note = note;
    }

    /**
     * Returns the default options: {@value #DEFAULT_WIDTH}×{@value #DEFAULT_HEIGHT} pixels, GEX per 1% move,
     * automatic strike range.
     *
     * @return the defaults
     */
    public static ChartOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns these options with another size.
     *
     * @param width the width, pixels (of a PNG; user units of an SVG), {@value #MIN_SIZE} to {@value #MAX_SIZE}
     * @param height the height, pixels, {@value #MIN_SIZE} to {@value #MAX_SIZE}
     * @return a copy with that size
     * @throws IllegalArgumentException naming {@code width} or {@code height} if it is out of range, or
     *     {@code width × height} if the area exceeds {@value #MAX_PIXELS} pixels
     */
    public ChartOptions withSize(int width, int height) {
        checkSize(width, "width");
        checkSize(height, "height");
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("width × height must be at most " + MAX_PIXELS + " pixels, not "
                    + width + " × " + height);
        }
        return new ChartOptions(width, height, gexUnit, strikeLow, strikeHigh, note);
    }

    /**
     * Returns these options with another GEX unit. It only changes labels: it must be the unit of the
     * {@link dev.exposure.Conventions} the charted views were built with.
     *
     * @param gexUnit the unit of the GEX figures charted
     * @return a copy with that unit
     * @throws NullPointerException if {@code gexUnit} is null
     */
    public ChartOptions withGexUnit(GexUnit gexUnit) {
        return new ChartOptions(width, height, Objects.requireNonNull(gexUnit, "gexUnit"), strikeLow, strikeHigh, note);
    }

    /**
     * Returns these options with a fixed strike range for by-strike charts: the strikes from {@code low} to
     * {@code high} inclusive are drawn, whatever the levels.
     *
     * @param low the lowest strike shown, USD; finite and &gt; 0
     * @param high the highest strike shown, USD; finite and &gt; {@code low}
     * @return a copy with that range
     * @throws IllegalArgumentException naming {@code low} or {@code high} if the range is not as described
     */
    public ChartOptions withStrikeRange(double low, double high) {
        if (!(low > 0) || !Double.isFinite(low)) {
            throw new IllegalArgumentException("low must be finite and > 0, not " + low);
        }
        if (!(high > low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("high must be finite and > low (" + low + "), not " + high);
        }
        return new ChartOptions(width, height, gexUnit, low, high, note);
    }

    /**
     * Returns these options with the automatic strike range (see {@link Charts#gexByStrike}).
     *
     * @return a copy without a fixed strike range
     */
    public ChartOptions withAutomaticStrikeRange() {
        return new ChartOptions(width, height, gexUnit, Double.NaN, Double.NaN, note);
    }

    /**
     * Returns these options with a note appended to the subtitle, for example {@code "expiration 2024-01-19"} for
     * the chart of one expiration's sheet; an empty note appends nothing.
     *
     * @param note the note, one line
     * @return a copy with that note
     * @throws NullPointerException if {@code note} is null
     * @throws IllegalArgumentException if {@code note} holds a line break or is longer than 200 characters
     */
    public ChartOptions withNote(String note) {
        Objects.requireNonNull(note, "note");
        if (note.indexOf('\n') >= 0 || note.indexOf('\r') >= 0 || note.length() > 200) {
            throw new IllegalArgumentException("note must be one line of at most 200 characters");
        }
        return new ChartOptions(width, height, gexUnit, strikeLow, strikeHigh, note.strip());
    }

    /**
     * Returns the note appended to the subtitle.
     *
     * @return the note; empty for none
     */
    public String note() {
        return note;
    }

    /**
     * Returns the width.
     *
     * @return the width, pixels
     */
    public int width() {
        return width;
    }

    /**
     * Returns the height.
     *
     * @return the height, pixels
     */
    public int height() {
        return height;
    }

    /**
     * Returns the GEX unit the labels name.
     *
     * @return the unit
     */
    public GexUnit gexUnit() {
        return gexUnit;
    }

    /**
     * Returns the lowest strike of a fixed strike range.
     *
     * @return the strike, USD; empty for the automatic range
     */
    public OptionalDouble strikeLow() {
        return Double.isNaN(strikeLow) ? OptionalDouble.empty() : OptionalDouble.of(strikeLow);
    }

    /**
     * Returns the highest strike of a fixed strike range.
     *
     * @return the strike, USD; empty for the automatic range
     */
    public OptionalDouble strikeHigh() {
        return Double.isNaN(strikeHigh) ? OptionalDouble.empty() : OptionalDouble.of(strikeHigh);
    }

    private static void checkSize(int size, String name) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException(name + " must be from " + MIN_SIZE + " to " + MAX_SIZE
                    + " pixels, not " + size);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ChartOptions)) {
            return false;
        }
        ChartOptions other = (ChartOptions) o;
        return width == other.width && height == other.height && gexUnit == other.gexUnit
                && Double.compare(strikeLow, other.strikeLow) == 0 && Double.compare(strikeHigh, other.strikeHigh) == 0
                && note.equals(other.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(width, height, gexUnit, strikeLow, strikeHigh, note);
    }

    @Override
    public String toString() {
        return "ChartOptions[" + width + "x" + height + ", " + gexUnit
                + (Double.isNaN(strikeLow) ? "" : ", strikes " + strikeLow + ".." + strikeHigh)
                + (note.isEmpty() ? "" : ", note " + note) + "]";
    }
}
