package dev.exposure.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads back the pictures the charts write: PNG through ImageIO, SVG through a parser that reads no DTD. */
final class Pictures {

    /** Luminance variance (0–255 scale, squared) below which a picture counts as blank. */
    static final double MIN_VARIANCE = 200;

    private Pictures() {
    }

    static BufferedImage png(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image).as("a PNG ImageIO can decode").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The variance of the pixels' luminance (0.299 R + 0.587 G + 0.114 B). */
    static double luminanceVariance(BufferedImage image) {
        double sum = 0;
        double sumSquares = 0;
        int n = image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double l = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
                sum += l;
                sumSquares += l * l;
            }
        }
        double mean = sum / n;
        return sumSquares / n - mean * mean;
    }

    /** The number of pixels within {@code tolerance} of a colour in each channel. */
    static int pixelsOf(BufferedImage image, Color color, int tolerance) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs((rgb >> 16 & 0xff) - color.getRed()) <= tolerance
                        && Math.abs((rgb >> 8 & 0xff) - color.getGreen()) <= tolerance
                        && Math.abs((rgb & 0xff) - color.getBlue()) <= tolerance) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The colour a translucent colour shows on white, computed here by hand. */
    static Color onWhite(Color c) {
        double a = c.getAlpha() / 255.0;
        return new Color((int) Math.round(c.getRed() * a + 255 * (1 - a)),
                (int) Math.round(c.getGreen() * a + 255 * (1 - a)), (int) Math.round(c.getBlue() * a + 255 * (1 - a)));
    }

    /**
     * Parses an SVG document with a parser that refuses DTDs, external entities and XInclude.
     *
     * @throws org.xml.sax.SAXException (wrapped) if the text is not well-formed XML
     */
    static Document svg(byte[] bytes) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("not a well-formed SVG document: " + e, e);
        }
    }

    /** The text content of every {@code <text>} element, in document order. */
    static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(((Element) nodes.item(i)).getTextContent());
        }
        return texts;
    }
}
