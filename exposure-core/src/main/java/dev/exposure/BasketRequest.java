package dev.exposure;

import dev.exposure.internal.BasketRequestParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A validated basket request: distinct upper-case symbols and their normalised weights.
 *
 * <p>Both factories apply the same rules, checked in this order:
 * <ol>
 *   <li>no symbols, or no non-empty symbol: {@link ExposureError#MISSING_SYMBOLS};</li>
 *   <li>symbols are stripped of blanks at both ends (white space, Unicode spaces such as U+00A0, U+2003 and
 *       U+3000, control and format characters: the rule of {@link MarketDataStore#of} and
 *       {@link OptionChain#builder}) and upper-cased ({@code Locale.ROOT}); empty ones are dropped; duplicates
 *       merge into their first occurrence, keeping the order of first occurrence;</li>
 *   <li>more than 50 distinct symbols: {@link ExposureError#TOO_MANY_SYMBOLS};</li>
 *   <li>no weights (null, or blank by the same rule): equal weights. Otherwise the number of weights must equal
 *       the number of non-empty symbols before de-duplication (empty weight tokens count: {@code "1,2,"} is
 *       three): else {@link ExposureError#WEIGHT_COUNT_MISMATCH};</li>
 *   <li>each weight, stripped of blanks, must be a plain non-negative decimal
 *       ({@code [+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}) with a finite value, so {@code NaN}, {@code Infinity},
 *       {@code 0x1p3}, {@code 1d}, {@code -1}, {@code -0}, {@code 1e400} and empty tokens are rejected, and not
 *       every weight may be zero: else {@link ExposureError#INVALID_WEIGHTS}. Duplicated symbols get the sum of
 *       their weights.</li>
 * </ol>
 * {@link #weights()} are then normalised to sum to 1, without overflow or underflow ({@code 1e308,1e308} gives
 * 0.5/0.5). Parsing is linear in the length of the input.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class BasketRequest {

    private final List<String> symbols;
    private final List<Double> weights;

    private BasketRequest(BasketRequestParser.Parsed parsed) {
        this.symbols = parsed.symbols();
        List<Double> w = new ArrayList<>(parsed.weights().length);
        for (double x : parsed.weights()) {
            w.add(x);
        }
        this.weights = Collections.unmodifiableList(w);
    }

    /**
     * Parses a request from comma-separated strings, as in {@code symbols=AAPL,MSFT&weights=0.6,0.4}.
     *
     * @param symbols comma-separated symbols; null gives {@link ExposureError#MISSING_SYMBOLS}
     * @param weights comma-separated weights, one per non-empty symbol; null or blank for equal weights
     * @return the request
     * @throws ExposureException with {@code MISSING_SYMBOLS}, {@code TOO_MANY_SYMBOLS},
     *     {@code WEIGHT_COUNT_MISMATCH} or {@code INVALID_WEIGHTS}, the first rule that fails
     */
    public static BasketRequest parse(String symbols, String weights) {
        return new BasketRequest(BasketRequestParser.parse(symbols, weights));
    }

    /**
     * Builds a request from lists. Each element of {@code symbols} is split on commas like the string form (so
     * {@code ["AAPL", "msft,nvda"]} names three symbols); each element of {@code weights} is one weight, which
     * must be finite, non-negative and not {@code -0.0} (a null element is an invalid weight). The lists are not
     * kept.
     *
     * @param symbols the symbols; null gives {@link ExposureError#MISSING_SYMBOLS}
     * @param weights one weight per non-empty symbol; null or empty for equal weights
     * @return the request
     * @throws ExposureException with {@code MISSING_SYMBOLS}, {@code TOO_MANY_SYMBOLS},
     *     {@code WEIGHT_COUNT_MISMATCH} or {@code INVALID_WEIGHTS}, the first rule that fails
     * @throws NullPointerException if an element of {@code symbols} is null
     */
    public static BasketRequest of(List<String> symbols, List<Double> weights) {
        return new BasketRequest(BasketRequestParser.of(symbols, weights));
    }

    /**
     * Returns the distinct symbols, upper case, in order of first occurrence.
     *
     * @return an unmodifiable list of 1 to 50 symbols
     */
    public List<String> symbols() {
        return symbols;
    }

    /**
     * Returns the normalised weights, one per symbol of {@link #symbols()}, in the same order.
     *
     * @return an unmodifiable list of finite weights in [0, 1] that sum to 1 up to rounding
     */
    public List<Double> weights() {
        return weights;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BasketRequest && symbols.equals(((BasketRequest) o).symbols)
                && weights.equals(((BasketRequest) o).weights);
    }

    @Override
    public int hashCode() {
        return 31 * symbols.hashCode() + weights.hashCode();
    }

    @Override
    public String toString() {
        return "BasketRequest[symbols=" + symbols + ", weights=" + weights + "]";
    }
}
