package dev.exposure.cli.chart;

import dev.exposure.ExposureLevels;
import dev.exposure.Greek;
import dev.exposure.StrikeExposure;
import dev.exposure.StrikeSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Exposure by strike: call and put bars, the net line, and vertical lines at the spot and the levels. */
final class StrikeChart {

    /** Half-width of the automatic strike range, as a fraction of the underlying price. */
    static final double AUTO_HALF_WIDTH = 0.08;

    /** Room kept beyond a level that widens the automatic range, as a fraction of the underlying price. */
    static final double LEVEL_MARGIN = 0.01;

    /** Width of a bar as a fraction of the distance to the nearer neighbouring strike. */
    private static final double BAR_FRACTION = 0.8;

    private StrikeChart() {
    }

    static ExposureChart build(StrikeSheet sheet, Greek greek, ExposureLevels levels, ChartOptions options) {
        Style style = new Style(options.width(), options.height());
        double spot = sheet.underlyingPrice();
        List<ValueMarker> markers = new ArrayList<>();
        markers.add(style.level(spot, "Spot " + Formats.price(spot), Style.SPOT, false));
        if (levels != null) {
            addLevel(markers, style, levels.callWall(), "Call wall ", Style.CALL_WALL);
            addLevel(markers, style, levels.putWall(), "Put wall ", Style.PUT_WALL);
            addLevel(markers, style, levels.gammaFlip(), "Flip ", Style.FLIP);
        }
        double[] range = range(spot, markers, options);
        double lower = range[0];
        double upper = range[1];

        List<StrikeExposure> rows = new ArrayList<>();
        for (StrikeExposure row : sheet.strikes()) {
            if (row.strike() >= lower && row.strike() <= upper) {
                rows.add(row);
            }
        }
        // calls and puts share a slot when they lie on opposite sides of zero (always so for GEX), else they
        // stand side by side, calls left
        boolean sideBySide = false;
        for (StrikeExposure row : rows) {
            sideBySide |= greek.of(row.calls()) < 0 || greek.of(row.puts()) > 0;
        }
        String abbreviation = Formats.abbreviation(greek);
        XYIntervalSeries calls = new XYIntervalSeries("Call " + abbreviation);
        XYIntervalSeries puts = new XYIntervalSeries("Put " + abbreviation);
        XYSeries net = new XYSeries("Net " + abbreviation, false, false);
        for (int i = 0; i < rows.size(); i++) {
            double k = rows.get(i).strike();
            double w = BAR_FRACTION * neighbourGap(rows, i, spot);
            double c = greek.of(rows.get(i).calls());
            double p = greek.of(rows.get(i).puts());
            if (sideBySide) {
                calls.add(k - w / 4, k - w / 2, k, c, c, c);
                puts.add(k + w / 4, k, k + w / 2, p, p, p);
            } else {
                calls.add(k, k - w / 2, k + w / 2, c, c, c);
                puts.add(k, k - w / 2, k + w / 2, p, p, p);
            }
            net.add(k, greek.of(rows.get(i).net()));
        }
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        bars.addSeries(calls);
        bars.addSeries(puts);
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setSeriesPaint(0, Style.CALLS);
        barRenderer.setSeriesPaint(1, Style.PUTS);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, Style.NET);
        lineRenderer.setSeriesStroke(0, style.line(1.8));

        String unit = Formats.unit(greek, options.gexUnit());
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(style.priceAxis("Strike (USD)", lower, upper));
        plot.setRangeAxis(style.amountAxis());
        plot.setDataset(0, bars);
        plot.setRenderer(0, barRenderer);
        plot.setDataset(1, new XYSeriesCollection(net));
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setDomainGridlinePaint(style.grid());
        plot.setRangeGridlinePaint(style.grid());
        plot.addRangeMarker(style.zeroLine(), Layer.BACKGROUND);
        style.placeLabels(markers, lower, upper);
        style.addLevels(plot, markers);

        String title = sheet.symbol() + " " + Formats.name(greek) + " by strike";
        String subtitle = Charts.subtitle(sheet.asOf(), spot, unit, options);
        JFreeChart chart = style.chart(title, subtitle, abbreviation + " (" + unit + ")", plot);
        return new ExposureChart(chart, title, subtitle, options.width(), options.height());
    }

    private static void addLevel(List<ValueMarker> markers, Style style, OptionalDouble level, String name,
            java.awt.Color color) {
        if (level.isPresent()) {
            markers.add(style.level(level.getAsDouble(), name + Formats.price(level.getAsDouble()), color, true));
        }
    }

    /**
     * Returns the strikes shown: the fixed range of the options, or S·(1 ± {@value #AUTO_HALF_WIDTH}) widened to
     * take in every level with {@value #LEVEL_MARGIN}·S to spare.
     */
    static double[] range(double spot, List<ValueMarker> markers, ChartOptions options) {
        if (options.strikeLow().isPresent()) {
            return new double[] {options.strikeLow().getAsDouble(), options.strikeHigh().getAsDouble()};
        }
        double lower = spot * (1 - AUTO_HALF_WIDTH);
        double upper = spot * (1 + AUTO_HALF_WIDTH);
        for (ValueMarker m : markers) {
            lower = Math.min(lower, m.getValue() - LEVEL_MARGIN * spot);
            upper = Math.max(upper, m.getValue() + LEVEL_MARGIN * spot);
        }
        return new double[] {Math.max(lower, Math.ulp(spot)), upper};
    }

    /** The distance from row i to its nearer neighbour (1% of spot for a lone strike). */
    private static double neighbourGap(List<StrikeExposure> rows, int i, double spot) {
        double gap = Double.POSITIVE_INFINITY;
        if (i > 0) {
            gap = rows.get(i).strike() - rows.get(i - 1).strike();
        }
        if (i + 1 < rows.size()) {
            gap = Math.min(gap, rows.get(i + 1).strike() - rows.get(i).strike());
        }
        return Double.isInfinite(gap) ? 0.01 * spot : gap;
    }
}
