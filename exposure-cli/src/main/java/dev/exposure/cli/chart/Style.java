package dev.exposure.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look shared by every chart: colours, fonts scaled to the picture's size, axes in {@link Formats}, and the
 * placement of level labels so that they do not overlap.
 */
final class Style {

    /** Bars of calls (by strike). */
    static final Color CALLS = new Color(0x2E, 0x8B, 0x57);
    /** Bars of puts (by strike). */
    static final Color PUTS = new Color(0xD6, 0x4F, 0x3A);
    /** Net line (by strike) and the profile curve. */
    static final Color NET = new Color(0x1F, 0x3A, 0x93);
    /** Spot marker. */
    static final Color SPOT = new Color(0x33, 0x33, 0x33);
    /** Call wall marker. */
    static final Color CALL_WALL = new Color(0x1B, 0x5E, 0x20);
    /** Put wall marker. */
    static final Color PUT_WALL = new Color(0xB7, 0x1C, 0x1C);
    /** Gamma flip marker. */
    static final Color FLIP = new Color(0x8E, 0x24, 0xAA);
    /** Profile area where net GEX is positive. */
    static final Color LONG_GAMMA = new Color(0x2E, 0x8B, 0x57, 0x40);
    /** Profile area where net GEX is negative. */
    static final Color SHORT_GAMMA = new Color(0xD6, 0x4F, 0x3A, 0x40);
    /** Expirations that are neither OPEX nor triple witching. */
    static final Color EXPIRY = new Color(0x5B, 0x7D, 0xB1);
    /** Monthly OPEX expirations. */
    static final Color OPEX = new Color(0xF2, 0x8E, 0x2B);
    /** Triple-witching expirations. */
    static final Color TRIPLE_WITCHING = new Color(0xB0, 0x1E, 0x4F);

    private static final Color GRID = new Color(0xE3, 0xE3, 0xE3);
    private static final Color ZERO = new Color(0x80, 0x80, 0x80);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color SUBTLE_TEXT = new Color(0x55, 0x55, 0x55);
    private static final String FAMILY = Font.SANS_SERIF;

    private final int width;
    private final double scale;

    /**
     * Creates the style of a picture size: fonts grow with the square root of the size relative to 1200×700,
     * bounded to 0.7 … 3 times.
     */
    Style(int width, int height) {
        this.width = width;
        double relative = Math.min(width / (double) ChartOptions.DEFAULT_WIDTH,
                height / (double) ChartOptions.DEFAULT_HEIGHT);
        this.scale = Math.max(0.7, Math.min(3.0, Math.sqrt(relative)));
    }

    Font font(int style, double size) {
        return new Font(FAMILY, style, (int) Math.round(size * scale));
    }

    float px(double size) {
        return (float) (size * scale);
    }

    Stroke line(double size) {
        return new BasicStroke(px(size), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    Stroke dashed(double size) {
        float w = px(size);
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6 * w, 4 * w},
                0f);
    }

    /**
     * A chart of a plot with the title, the subtitle under it, the caption of the value axis above the plot (level,
     * so that it stays text in SVG, where JFreeChart draws rotated text as outlines) and the legend at the bottom.
     */
    JFreeChart chart(String title, String subtitle, String valueCaption, Plot plot) {
        JFreeChart chart = new JFreeChart(title, font(Font.BOLD, 20), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(px(10), px(12), px(8), px(18)));
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setMargin(0, px(4), 0, 0);
        TextTitle sub = new TextTitle(subtitle, font(Font.PLAIN, 13));
        sub.setPaint(SUBTLE_TEXT);
        sub.setPosition(RectangleEdge.TOP);
        sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
        sub.setMargin(px(2), px(4), px(8), 0);
        chart.addSubtitle(sub);
        TextTitle caption = new TextTitle(valueCaption, font(Font.PLAIN, 12));
        caption.setPaint(TEXT);
        caption.setPosition(RectangleEdge.TOP);
        caption.setHorizontalAlignment(HorizontalAlignment.LEFT);
        caption.setMargin(0, px(4), px(4), 0);
        chart.addSubtitle(caption);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(font(Font.PLAIN, 12));
        legend.setItemPaint(TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setMargin(px(6), 0, 0, 0);
        legend.setItemLabelPadding(new RectangleInsets(px(2), px(3), px(2), px(16)));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        plot.setInsets(new RectangleInsets(px(4), px(4), px(4), px(4)));
        return chart;
    }

    Color grid() {
        return GRID;
    }

    /** A value axis of amounts ({@link Formats#amount}), including zero, without a label (see {@link #chart}). */
    NumberAxis amountAxis() {
        NumberAxis axis = new NumberAxis(null);
        axis.setNumberFormatOverride(Formats.amountAxis());
        axis.setAutoRangeIncludesZero(true);
        decorate(axis);
        // ticks at least about 2.5 label heights apart: the axis spaces ticks by label height plus these insets
        axis.setTickLabelInsets(new RectangleInsets(px(11), px(4), px(11), px(4)));
        return axis;
    }

    /** A value axis of prices ({@link Formats#price}) over a fixed range. */
    NumberAxis priceAxis(String label, double lower, double upper) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(Formats.priceAxis());
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(lower, upper);
        decorate(axis);
        return axis;
    }

    void decorate(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(font(Font.PLAIN, 13));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(font(Font.PLAIN, 11));
        axis.setTickLabelPaint(SUBTLE_TEXT);
        axis.setAxisLinePaint(ZERO);
        axis.setTickMarkPaint(ZERO);
        if (axis instanceof ValueAxis) {
            ((ValueAxis) axis).setTickMarkOutsideLength(px(3));
        }
    }

    /** The horizontal line at zero of an exposure axis. */
    ValueMarker zeroLine() {
        ValueMarker zero = new ValueMarker(0, ZERO, new BasicStroke(px(1)));
        return zero;
    }

    /** A labelled vertical line at a price level; its label is placed by {@link #placeLabels}. */
    ValueMarker level(double value, String label, Color color, boolean dashed) {
        ValueMarker m = new ValueMarker(value, color, dashed ? dashed(1.6) : line(1.6));
        m.setLabel(label);
        m.setLabelFont(font(Font.BOLD, 12));
        m.setLabelPaint(color);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 225));
        return m;
    }

    /**
     * Places the labels of vertical level lines along the top of the plot so that none overlaps another: left to
     * right, each label goes to the right of its line (to the left when it would leave the plot) in the first row
     * where it does not touch a label already placed.
     *
     * @param markers the level lines, with labels
     * @param lower the axis's lower bound
     * @param upper the axis's upper bound
     */
    void placeLabels(List<ValueMarker> markers, double lower, double upper) {
        Font font = font(Font.BOLD, 12);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double plotWidth = Math.max(1, width - px(120)); // the picture less the value axis and paddings, roughly
        double gap = px(6);
        double rowHeight = font.getSize2D() * 1.45;
        List<ValueMarker> sorted = new ArrayList<>(markers);
        sorted.sort(Comparator.comparingDouble(ValueMarker::getValue));
        List<List<double[]>> rows = new ArrayList<>();
        for (ValueMarker m : sorted) {
            double x = (m.getValue() - lower) / (upper - lower) * plotWidth;
            double w = font.getStringBounds(m.getLabel(), frc).getWidth() + gap;
            boolean right = x + w + gap <= plotWidth;
            double[] span = right ? new double[] {x, x + w + gap} : new double[] {x - w - gap, x};
            int row = 0;
            while (row < rows.size() && overlaps(rows.get(row), span)) {
                row++;
            }
            if (row == rows.size()) {
                rows.add(new ArrayList<>());
            }
            rows.get(row).add(span);
            float top = (float) (px(4) + row * rowHeight);
            // for a vertical line, the anchor rectangle is the line widened by left/right and shortened by top:
            // TOP_RIGHT is px(4) right of the line and `top` below the plot's top edge
            m.setLabelOffset(new RectangleInsets(top, px(4), 0, px(4)));
            m.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        }
    }

    /**
     * Adds level lines to a plot: first every line, then every label (on an invisible line at the same place), so
     * that no line crosses another level's label.
     */
    void addLevels(org.jfree.chart.plot.XYPlot plot, List<ValueMarker> markers) {
        for (ValueMarker m : markers) {
            ValueMarker line = new ValueMarker(m.getValue(), m.getPaint(), m.getStroke());
            plot.addDomainMarker(line, org.jfree.chart.ui.Layer.FOREGROUND);
        }
        for (ValueMarker m : markers) {
            m.setPaint(new Color(0, 0, 0, 0));
            plot.addDomainMarker(m, org.jfree.chart.ui.Layer.FOREGROUND);
        }
    }

    private static boolean overlaps(List<double[]> row, double[] span) {
        for (double[] s : row) {
            if (span[0] < s[1] && s[0] < span[1]) {
                return true;
            }
        }
        return false;
    }
}
