/**
 * The command-line entry point {@link dev.exposure.cli.ExposureCli}: term structures and baskets as JSON.
 */
package dev.exposure.cli;
