package dev.exposure.cli.chart;

import dev.exposure.ExpiryExposure;
import dev.exposure.Greek;
import dev.exposure.TermStructure;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/** The term structure: one bar per expiration, coloured as a plain expiry, monthly OPEX or triple witching. */
final class TermChart {

    /** Legend text of plain expirations. */
    static final String PLAIN = "Other expirations";

    /** Legend text of monthly OPEX. */
    static final String OPEX = "Monthly OPEX";

    /** Legend text of triple witching. */
    static final String TRIPLE_WITCHING = "Triple witching (OPEX of Mar, Jun, Sep, Dec)";

    private TermChart() {
    }

    static ExposureChart build(TermStructure ts, Greek greek, ChartOptions options) {
        Style style = new Style(options.width(), options.height());
        List<ExpiryExposure> rows = ts.byExpiry();
        String abbreviation = Formats.abbreviation(greek);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Paint[] paints = new Paint[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ExpiryExposure e = rows.get(i);
            data.addValue(greek.of(e.exposure()), "Net " + abbreviation, e.expiration().toString());
            paints[i] = e.isTripleWitching() ? Style.TRIPLE_WITCHING : e.isOpex() ? Style.OPEX : Style.EXPIRY;
        }
        BarRenderer renderer = new PaintedBars(paints);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0);
        renderer.setMaximumBarWidth(0.06);

        CategoryAxis axis = new CategoryAxis("Expiration");
        style.decorate(axis);
        axis.setTickLabelFont(style.font(java.awt.Font.PLAIN, rows.size() > 40 ? 10 : 11));
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        axis.setMaximumCategoryLabelLines(1);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);

        String unit = Formats.unit(greek, options.gexUnit());
        CategoryPlot plot = new CategoryPlot(data, axis, style.amountAxis(), renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(style.grid());
        plot.addRangeMarker(style.zeroLine(), Layer.BACKGROUND);
        LegendItemCollection legend = new LegendItemCollection();
        Rectangle2D box = new Rectangle2D.Double(-6, -6, 12, 12);
        legend.add(new LegendItem(PLAIN, null, null, null, box, Style.EXPIRY));
        legend.add(new LegendItem(OPEX, null, null, null, box, Style.OPEX));
        legend.add(new LegendItem(TRIPLE_WITCHING, null, null, null, box, Style.TRIPLE_WITCHING));
        plot.setFixedLegendItems(legend);

        String title = ts.symbol() + " " + Formats.name(greek) + " by expiration";
        String subtitle = Charts.subtitle(ts.asOf(), ts.underlyingPrice(), unit, options);
        JFreeChart chart = style.chart(title, subtitle, "Net " + abbreviation + " (" + unit + ")", plot);
        return new ExposureChart(chart, title, subtitle, options.width(), options.height());
    }

    /** Bars painted one colour per category. */
    private static final class PaintedBars extends BarRenderer {
        private static final long serialVersionUID = 1L;

        private final Paint[] paints;

        PaintedBars(Paint[] paints) {
            this.paints = paints.clone();
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return paints[column];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PaintedBars && super.equals(o)
                    && java.util.Arrays.equals(paints, ((PaintedBars) o).paints);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
