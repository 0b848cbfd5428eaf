/**
 * Charts of a chain's dealer exposure as PNG or SVG pictures: exposure by strike with the spot, the call and put
 * walls and the gamma flip marked, the gamma profile with its flip, and the term structure by expiry with monthly
 * OPEX and triple witching marked.
 *
 * <p>{@link dev.exposure.cli.chart.Charts} builds an {@link dev.exposure.cli.chart.ExposureChart} from the core's
 * views ({@link dev.exposure.StrikeSheet}, {@link dev.exposure.ExposureLevels}, {@link dev.exposure.GammaProfile},
 * {@link dev.exposure.TermStructure}); the chart writes itself to an {@link java.io.OutputStream}. Rendering uses
 * JFreeChart (PNG through {@code javax.imageio}) and JFreeSVG, draws into memory only and works without a display
 * ({@code java.awt.headless=true}); it needs fontconfig and one font on the machine (on Debian or Ubuntu the
 * packages {@code fontconfig} and {@code fonts-dejavu-core}). {@link dev.exposure.cli.chart.ChartCommand} is the
 * {@code exposure chart} command of the command line. Every number drawn is formatted with {@code Locale.ROOT}, so
 * the pictures do not depend on the default locale.
 */
package dev.exposure.cli.chart;
