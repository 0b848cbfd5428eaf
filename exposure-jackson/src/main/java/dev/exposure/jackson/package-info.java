/**
 * Jackson support for the exposure library: {@link dev.exposure.jackson.ExposureModule} (the JSON shapes of term
 * structures, basket results, error bodies and option chains, documented there), {@link
 * dev.exposure.jackson.ExposureJson} (a mapper with read limits), {@link dev.exposure.jackson.ChainCsv} (option
 * chains from CSV) and {@link dev.exposure.jackson.ChainFiles} (chains from a file or a directory).
 *
 * <p>Numbers in text are locale-independent, dates ISO-8601 and instants UTC.
 */
package dev.exposure.jackson;
