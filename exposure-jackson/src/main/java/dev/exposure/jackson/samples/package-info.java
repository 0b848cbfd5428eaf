/**
 * Deterministic synthetic option chains for eight US underlyings ({@link dev.exposure.jackson.samples.SampleChains}),
 * used by the command line when no chain files are given.
 */
package dev.exposure.jackson.samples;
