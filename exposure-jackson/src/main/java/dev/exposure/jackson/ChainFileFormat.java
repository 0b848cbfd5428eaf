package dev.exposure.jackson;

/**
 * The formats of option-chain files that {@link ChainFiles} recognises from their content.
 */
public enum ChainFileFormat {

    /** The project's JSON: one chain object or an array of them (see {@link ExposureModule}). */
    JSON,

    /** The project's CSV, one row per contract, several symbols allowed (see {@link ChainCsv}). */
    CSV,

    /** A Cboe delayed-quotes table, the 2022+ {@code .csv} or the 2019-2020 {@code .dat} layout. */
    CBOE_QUOTE_TABLE,

    /** A yfinance option table written to CSV (see {@link YfinanceCsv}). */
    YFINANCE
}
