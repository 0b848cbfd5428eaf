/**
 * Jackson support for the exposure library: {@link dev.exposure.jackson.ExposureModule} (the JSON shapes of term
 * structures, basket results, error bodies and option chains, documented there), {@link
 * dev.exposure.jackson.ExposureJson} (a mapper with read limits), {@link dev.exposure.jackson.ChainCsv} (option
 * chains from CSV), the readers of vendor files {@link dev.exposure.jackson.CboeQuoteTable} (Cboe quote tables) and
 * {@link dev.exposure.jackson.YfinanceCsv} (yfinance dumps), and {@link dev.exposure.jackson.ChainFiles} (chains
 * from a file or a directory in any of these formats, recognised from the content, with {@link
 * dev.exposure.jackson.ReadOptions} that override what a file lacks or gets wrong).
 *
 * <p>Numbers in text are locale-independent, dates ISO-8601 and instants UTC.
 */
package dev.exposure.jackson;
