/**
 * The command-line entry point {@link dev.exposure.jackson.cli.ExposureCli}: term structures and baskets as JSON.
 */
package dev.exposure.jackson.cli;
