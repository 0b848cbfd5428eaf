/**
 * The command-line entry point {@link dev.exposure.cli.ExposureCli}: term structures and baskets as JSON, and
 * charts as PNG or SVG files through {@link dev.exposure.cli.chart}.
 */
package dev.exposure.cli;
