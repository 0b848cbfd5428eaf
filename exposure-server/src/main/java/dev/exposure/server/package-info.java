/**
 * The embeddable HTTP server of the exposure API: {@link dev.exposure.server.ExposureServer}, which answers the
 * seed pages' endpoints ({@code /v1/exposure/basket}, {@code /v1/exposure/term-structure/{symbol}}) and their
 * siblings with the library's own results, from a {@link dev.exposure.MarketDataStore} or a directory of chain
 * files re-read when it changes.
 */
package dev.exposure.server;
