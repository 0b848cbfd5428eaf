package dev.exposure.cli.chart;

import dev.exposure.ExposureLevels;
import dev.exposure.GammaProfile;
import dev.exposure.Greek;
import dev.exposure.StrikeSheet;
import dev.exposure.TermStructure;
import java.time.Instant;
import java.util.Objects;

/**
 * Makes charts of the core's views, for applications that embed them; the {@code exposure chart} command uses the
 * same methods.
 *
 * <pre>{@code
 * OptionChain spx = ...;
 * ChartOptions options = ChartOptions.defaults().withSize(1000, 560);
 * ExposureChart chart = Charts.gexByStrike(new StrikeSheetBuilder().build(spx), new LevelsBuilder().build(spx),
 *         options);
 * try (OutputStream out = Files.newOutputStream(Path.of("spx-gex.png"))) {
 *     chart.writePng(out);
 * }
 * }</pre>
 *
 * <p>Every chart has a title naming the symbol and what is drawn, and a subtitle with the as-of time in New York
 * ({@code "as of 2024-01-07 10:52 New York"}), the underlying price, the unit of the figures ("USD per 1% move",
 * "USD per 1.00 move" for {@link dev.exposure.GexUnit#PER_POINT}, "USD" for DEX, "USD per 1.00 change of implied
 * volatility" for VEX, "USD per calendar day" for CHEX) and the {@linkplain ChartOptions#note() note} of the
 * options. Axis numbers are plain with thousands separators ({@code 4,700}) or, from a million on, with an
 * {@code M}, {@code B} or {@code T} suffix ({@code 750M}, {@code -1.25B}); prices show at most two decimals. The
 * figures are those of the views as given (their units are those of the {@link dev.exposure.Conventions} they were
 * built with; {@link ChartOptions#withGexUnit} must name the same GEX unit). Nothing is computed here but the
 * layout: every number comes from the views.
 *
 * <p>Making a chart draws nothing yet; {@link ExposureChart} draws on request. Thread-safe: the methods keep no
 * state.
 */
public final class Charts {

    private Charts() {
    }

    /**
     * Makes the GEX-by-strike chart: per strike a bar of the calls' GEX (green, ≥ 0) and one of the puts' GEX
     * (red, ≤ 0), the net GEX as a line, and vertical lines at the spot (solid) and, where present, the call wall,
     * the put wall and the gamma flip of the levels (dashed), each labelled with its name and price
     * ({@code "Call wall 4,800"}).
     *
     * <p>Strikes shown: those of {@link ChartOptions#strikeLow()} to {@link ChartOptions#strikeHigh()} when the
     * options fix them (levels outside are not drawn); otherwise S·(1 ± 0.08) around the underlying price S,
     * widened to take in each level with 0.01·S to spare. A bar is 0.8 of the distance to the nearer neighbouring
     * strike wide, so uneven strike grids stay readable.
     *
     * @param sheet the strike sheet (of every expiration, or of a selection)
     * @param levels the levels of the same chain and selection
     * @param options size, GEX unit, strike range, note
     * @return the chart
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code levels} is of another symbol, underlying price or as-of instant
     *     than {@code sheet}
     * @throws ChartRenderingException if the Java runtime cannot load fonts
     */
    public static ExposureChart gexByStrike(StrikeSheet sheet, ExposureLevels levels, ChartOptions options) {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(options, "options");
        if (!sheet.symbol().equals(levels.symbol()) || sheet.underlyingPrice() != levels.underlyingPrice()
                || !sheet.asOf().equals(levels.asOf())) {
            throw new IllegalArgumentException("levels (" + levels.symbol() + " at " + levels.underlyingPrice() + ", "
                    + levels.asOf() + ") are not of the sheet's chain (" + sheet.symbol() + " at "
                    + sheet.underlyingPrice() + ", " + sheet.asOf() + ")");
        }
        return Rendering.guard(() -> StrikeChart.build(sheet, Greek.GEX, levels, options));
    }

    /**
     * Makes the by-strike chart of any greek: call and put bars and the net line as in {@link #gexByStrike}, with
     * the spot marked but no levels. Calls and puts share a bar's place when every call figure is ≥ 0 and every
     * put figure ≤ 0 (always so for GEX and DEX); otherwise they stand side by side, calls on the left.
     *
     * @param sheet the strike sheet
     * @param greek the figure drawn
     * @param options size, GEX unit, strike range (automatic: S·(1 ± 0.08)), note
     * @return the chart
     * @throws NullPointerException if an argument is null
     * @throws ChartRenderingException if the Java runtime cannot load fonts
     */
    public static ExposureChart byStrike(StrikeSheet sheet, Greek greek, ChartOptions options) {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(greek, "greek");
        Objects.requireNonNull(options, "options");
        return Rendering.guard(() -> StrikeChart.build(sheet, greek, null, options));
    }

    /**
     * Makes the gamma-profile chart: net GEX against the hypothetical underlying price over the profile's grid, the
     * area between the curve and zero shaded green where dealers are long gamma and red where they are short, the
     * zero line, and vertical lines at the spot and, when there is one, the gamma flip ({@code "Flip 4,712.35"}).
     *
     * @param profile the profile
     * @param options size, GEX unit, note (the strike range does not apply)
     * @return the chart
     * @throws NullPointerException if an argument is null
     * @throws ChartRenderingException if the Java runtime cannot load fonts
     */
    public static ExposureChart gammaProfile(GammaProfile profile, ChartOptions options) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(options, "options");
        return Rendering.guard(() -> ProfileChart.build(profile, options));
    }

    /**
     * Makes the term-structure chart of GEX: {@link #termStructure(TermStructure, Greek, ChartOptions)} with
     * {@link Greek#GEX}.
     *
     * @param termStructure the term structure
     * @param options size, GEX unit, note
     * @return the chart
     * @throws NullPointerException if an argument is null
     * @throws ChartRenderingException if the Java runtime cannot load fonts
     */
    public static ExposureChart termStructure(TermStructure termStructure, ChartOptions options) {
        return termStructure(termStructure, Greek.GEX, options);
    }

    /**
     * Makes the term-structure chart: one bar per expiration (ascending, labelled {@code YYYY-MM-DD}) of its net
     * figure, blue for a plain expiration, orange for a monthly OPEX and crimson for triple witching, with a
     * legend naming the three.
     *
     * @param termStructure the term structure
     * @param greek the figure drawn
     * @param options size, GEX unit, note (the strike range does not apply)
     * @return the chart
     * @throws NullPointerException if an argument is null
     * @throws ChartRenderingException if the Java runtime cannot load fonts
     */
    public static ExposureChart termStructure(TermStructure termStructure, Greek greek, ChartOptions options) {
        Objects.requireNonNull(termStructure, "termStructure");
        Objects.requireNonNull(greek, "greek");
        Objects.requireNonNull(options, "options");
        return Rendering.guard(() -> TermChart.build(termStructure, greek, options));
    }

    /** The subtitle: as-of time, spot, unit and note. */
    static String subtitle(Instant asOf, double spot, String unit, ChartOptions options) {
        return "as of " + Formats.asOf(asOf) + " · spot " + Formats.price(spot) + " · " + unit
                + (options.note().isEmpty() ? "" : " · " + options.note());
    }
}
