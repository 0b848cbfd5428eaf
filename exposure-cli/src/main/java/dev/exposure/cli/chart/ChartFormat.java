package dev.exposure.cli.chart;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The picture formats a chart is written in. */
public enum ChartFormat {
    /** Portable Network Graphics: a raster image of the chart's width × height pixels, RGB, no transparency. */
    PNG(".png"),
    /** Scalable Vector Graphics 1.1: a UTF-8 XML document of the chart's width × height, text kept as text. */
    SVG(".svg");

    private final String extension;

    ChartFormat(String extension) {
        this.extension = extension;
    }

    /**
     * Returns the file-name extension of the format.
     *
     * @return {@code ".png"} or {@code ".svg"}
     */
    public String extension() {
        return extension;
    }

    /**
     * Returns the format a file name's extension names, ignoring letter case ({@code chart.PNG} is a PNG).
     *
     * @param fileName a file name or path text
     * @return the format, or empty when the name ends neither in {@code .png} nor in {@code .svg}
     * @throws NullPointerException if {@code fileName} is null
     */
    public static Optional<ChartFormat> ofFileName(String fileName) {
        String name = Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
        for (ChartFormat f : values()) {
            if (name.endsWith(f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
