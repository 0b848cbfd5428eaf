package dev.exposure.cli.chart;

import dev.exposure.GammaProfile;
import dev.exposure.Greek;
import dev.exposure.ProfilePoint;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDifferenceRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The gamma profile: net GEX against hypothetical spot, its sign shaded, the spot and the flip marked. */
final class ProfileChart {

    private ProfileChart() {
    }

    static ExposureChart build(GammaProfile profile, ChartOptions options) {
        Style style = new Style(options.width(), options.height());
        List<ProfilePoint> points = profile.points();
        XYSeries curve = new XYSeries("Net GEX", false, false);
        XYSeries zero = new XYSeries("zero", false, false);
        for (ProfilePoint p : points) {
            curve.add(p.spot(), p.netGex());
            zero.add(p.spot(), 0.0);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(curve);
        data.addSeries(zero);
        XYDifferenceRenderer renderer = new XYDifferenceRenderer(Style.LONG_GAMMA, Style.SHORT_GAMMA, false);
        renderer.setSeriesPaint(0, Style.NET);
        renderer.setSeriesStroke(0, style.line(2.2));
        renderer.setSeriesPaint(1, new Color(0, 0, 0, 0)); // the zero series only bounds the shading
        renderer.setSeriesVisibleInLegend(1, false);

        double lower = points.get(0).spot();
        double upper = points.get(points.size() - 1).spot();
        double spot = profile.underlyingPrice();
        List<ValueMarker> markers = new ArrayList<>();
        markers.add(style.level(spot, "Spot " + Formats.price(spot), Style.SPOT, false));
        if (profile.gammaFlip().isPresent()) {
            double flip = profile.gammaFlip().getAsDouble();
            markers.add(style.level(flip, "Flip " + Formats.price(flip), Style.FLIP, true));
        }

        String unit = Formats.unit(Greek.GEX, options.gexUnit());
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(style.priceAxis("Underlying price (USD)", lower, upper));
        plot.setRangeAxis(style.amountAxis());
        plot.setDataset(data);
        plot.setRenderer(renderer);
        plot.setDomainGridlinePaint(style.grid());
        plot.setRangeGridlinePaint(style.grid());
        plot.addRangeMarker(style.zeroLine(), Layer.BACKGROUND);
        style.placeLabels(markers, lower, upper);
        style.addLevels(plot, markers);
        LegendItemCollection legend = new LegendItemCollection();
        LegendItem line = new LegendItem("Net GEX if the underlying traded there", null, null, null,
                new java.awt.geom.Line2D.Double(-7, 0, 7, 0), style.line(2.2), Style.NET);
        legend.add(line);
        Rectangle2D box = new Rectangle2D.Double(-6, -6, 12, 12);
        legend.add(new LegendItem("Dealers long gamma (dampening)", null, null, null, box, opaque(Style.LONG_GAMMA)));
        legend.add(new LegendItem("Dealers short gamma (amplifying)", null, null, null, box,
                opaque(Style.SHORT_GAMMA)));
        plot.setFixedLegendItems(legend);

        String title = profile.symbol() + " gamma profile";
        String subtitle = Charts.subtitle(profile.asOf(), spot, unit, options);
        JFreeChart chart = style.chart(title, subtitle, "Net GEX (" + unit + ")", plot);
        return new ExposureChart(chart, title, subtitle, options.width(), options.height());
    }

    /** The colour a translucent fill shows on white. */
    private static Color opaque(Color c) {
        double a = c.getAlpha() / 255.0;
        return new Color((int) Math.round(c.getRed() * a + 255 * (1 - a)),
                (int) Math.round(c.getGreen() * a + 255 * (1 - a)), (int) Math.round(c.getBlue() * a + 255 * (1 - a)));
    }
}
