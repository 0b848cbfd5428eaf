package dev.exposure.cli.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A chart ready to be drawn, as made by {@link Charts}: write it as PNG or SVG to any {@link OutputStream}, or get
 * it as an image or an SVG document.
 *
 * <p>Drawing happens in memory (no temporary files, no display: it works with {@code java.awt.headless=true}) and
 * prints nothing. The streams given are written to and flushed, never closed. Drawing methods are synchronized, so
 * one chart may be shared between threads; each call draws the chart anew.
 */
public final class ExposureChart {

    private final JFreeChart chart;
    private final String title;
    private final String subtitle;
    private final int width;
    private final int height;

    ExposureChart(JFreeChart chart, String title, String subtitle, int width, int height) {
        this.chart = chart;
        this.title = title;
        this.subtitle = subtitle;
        this.width = width;
        this.height = height;
    }

    /**
     * Returns the title drawn at the top, for example {@code "SPX gamma exposure by strike"}.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the line drawn under the title: as-of time in New York, spot, units and selection, for example
     * {@code "2024-01-07 10:52 New York · spot 4,697.24 · USD per 1% move · all expirations"}.
     *
     * @return the subtitle
     */
    public String subtitle() {
        return subtitle;
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
     * Draws the chart into a new RGB image of {@link #width()} × {@link #height()} pixels, anti-aliased.
     *
     * @return the image
     * @throws ChartRenderingException if the Java runtime cannot load fonts
     */
    public synchronized BufferedImage toImage() {
        return Rendering.guard(() -> {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            } finally {
                g.dispose();
            }
            return image;
        });
    }

    /**
     * Draws the chart as an SVG document of {@link #width()} × {@link #height()} user units with a matching
     * {@code viewBox} (so it scales): the XML declaration, then the {@code <svg>} element, without a DOCTYPE (none is
     * needed, and parsers that refuse DTDs read it). Text stays text ({@code <text>} elements), so titles and labels
     * can be searched and copied; coordinates have at most two decimals, transforms six; the output is the same
     * for the same chart on every run and in every locale.
     *
     * <p>Rotated labels (the expirations of a term-structure chart) would otherwise become glyph outlines: JFreeChart
     * draws rotated strings through {@code TextLayout}, a workaround for a bug of Java 1.3, unless its JVM-wide
     * switch {@code TextUtils.setUseDrawRotatedStringWorkaround} is off. It is turned off while this chart is
     * drawn, under a lock on {@code TextUtils}, and then restored; a chart drawn meanwhile by other code of the same
     * JVM draws its rotated strings with {@code drawString}, which is as correct on every supported Java.
     *
     * @return the document
     * @throws ChartRenderingException if the Java runtime cannot load fonts
     */
    public synchronized String toSvg() {
        return Rendering.guard(() -> {
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            g.setDefsKeyPrefix("chart-"); // ids otherwise carry the clock
            g.setGeomDoubleConverter(v -> decimal(v, 2));
            g.setTransformDoubleConverter(v -> decimal(v, 6));
            synchronized (TextUtils.class) {
                boolean workaround = TextUtils.isUseDrawRotatedStringWorkaround();
                TextUtils.setUseDrawRotatedStringWorkaround(false); // rotated labels as <text>, not outlines
                try {
                    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
                } finally {
                    TextUtils.setUseDrawRotatedStringWorkaround(workaround);
                }
            }
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null) + "\n";
        });
    }

    /** A coordinate rounded half-even to some decimals, plain notation, no trailing zeros, never "-0". */
    static String decimal(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        String text = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /**
     * Writes the chart as a PNG image ({@link #toImage()}, best compression).
     *
     * @param out where the PNG goes; flushed, not closed
     * @throws NullPointerException if {@code out} is null
     * @throws UncheckedIOException if writing to {@code out} fails
     * @throws ChartRenderingException if the Java runtime cannot load fonts
     */
    public void writePng(OutputStream out) {
        Objects.requireNonNull(out, "out");
        BufferedImage image = toImage();
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.0f); // 0 = smallest file (deflate level 9)
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PNG", e);
        } finally {
            writer.dispose();
        }
        flush(out);
    }

    /**
     * Writes the chart as an SVG document ({@link #toSvg()}), UTF-8.
     *
     * @param out where the SVG goes; flushed, not closed
     * @throws NullPointerException if {@code out} is null
     * @throws UncheckedIOException if writing to {@code out} fails
     * @throws ChartRenderingException if the Java runtime cannot load fonts
     */
    public void writeSvg(OutputStream out) {
        Objects.requireNonNull(out, "out");
        byte[] svg = toSvg().getBytes(StandardCharsets.UTF_8);
        try {
            out.write(svg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SVG", e);
        }
        flush(out);
    }

    /**
     * Writes the chart in a format.
     *
     * @param out where the picture goes; flushed, not closed
     * @param format PNG or SVG
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if writing to {@code out} fails
     * @throws ChartRenderingException if the Java runtime cannot load fonts
     */
    public void write(OutputStream out, ChartFormat format) {
        Objects.requireNonNull(out, "out");
        switch (Objects.requireNonNull(format, "format")) {
            case PNG:
                writePng(out);
                break;
            case SVG:
                writeSvg(out);
                break;
            default:
                throw new AssertionError(format);
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush the chart's output", e);
        }
    }

    @Override
    public String toString() {
        return "ExposureChart[" + title + " · " + subtitle + ", " + width + "x" + height + "]";
    }
}
