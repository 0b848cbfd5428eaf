package dev.exposure.internal;

import dev.exposure.ExposureError;
import dev.exposure.ExposureException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The basket request rules, applied in this order (each check sees only inputs that passed the previous ones):
 * <ol>
 *   <li>no symbols, or no non-empty symbol token: {@code MISSING_SYMBOLS};</li>
 *   <li>tokens are stripped of blanks at both ends and upper-cased ({@code Locale.ROOT}), as {@link Symbols#key}
 *       does (blanks include Unicode spaces such as U+2003 and U+3000); tokens empty after that are dropped;
 *       duplicates merge into their first occurrence;</li>
 *   <li>more than {@value #MAX_SYMBOLS} distinct symbols: {@code TOO_MANY_SYMBOLS};</li>
 *   <li>no weights (or blank by the same rule): equal weights; otherwise the weight count must equal the number
 *       of non-empty symbol tokens before de-duplication: else {@code WEIGHT_COUNT_MISMATCH};</li>
 *   <li>every weight, stripped of blanks by the same rule, must match
 *       {@code [+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?} and be finite, and not all may be zero: else
 *       {@code INVALID_WEIGHTS}. Duplicated symbols get the sum of their weights; the result is normalised to sum
 *       to 1 without overflow or underflow.</li>
 * </ol>
 * Every step is linear in the length of the input; a symbol string is abandoned as soon as its 51st distinct
 * symbol is seen.
 */
public final class BasketRequestParser {

    /** The largest number of distinct symbols in one basket. */
    public static final int MAX_SYMBOLS = 50;

    /** Longest token echoed in an error message; longer ones are cut. */
    private static final int MAX_ECHO = 40;

    private BasketRequestParser() {
    }

    /** A parsed request: distinct symbols in first-occurrence order and their normalised weights. */
    public record Parsed(List<String> symbols, double[] weights) {
    }

    /**
     * Parses comma-separated symbols and weights.
     *
     * @param symbols comma-separated symbols, may be null
     * @param weights comma-separated weights, may be null or blank for equal weights
     * @return the parsed request
     * @throws ExposureException with the first rule that fails
     */
    public static Parsed parse(String symbols, String weights) {
        if (symbols == null) {
            throw missingSymbols();
        }
        Tokens tokens = new Tokens();
        tokens.acceptSeparated(symbols);
        tokens.requireSome();
        if (weights == null || Symbols.strip(weights).isEmpty()) {
            return tokens.equalWeights();
        }
        int count = 1;
        for (int i = 0; i < weights.length(); i++) {
            if (weights.charAt(i) == ',') {
                count++;
            }
        }
        tokens.requireWeightCount(count);
        double[] values = new double[count];
        int from = 0;
        for (int k = 0; k < count; k++) {
            int comma = weights.indexOf(',', from);
            int to = comma < 0 ? weights.length() : comma;
            values[k] = parseWeight(Symbols.strip(weights.substring(from, to)), k);
            from = to + 1;
        }
        return tokens.weighted(values);
    }

    /**
     * Applies the same rules to lists: each element of {@code symbols} is split on commas like the string form
     * (so {@code ["AAPL", "msft,nvda"]} names three symbols), each element of {@code weights} is one weight.
     *
     * @param symbols the symbols, may be null
     * @param weights the weights, may be null or empty for equal weights
     * @return the parsed request
     * @throws ExposureException with the first rule that fails
     * @throws NullPointerException if an element of {@code symbols} is null
     */
    public static Parsed of(List<String> symbols, List<Double> weights) {
        if (symbols == null) {
            throw missingSymbols();
        }
        Tokens tokens = new Tokens();
        int i = 0;
        for (String symbol : symbols) {
            tokens.acceptSeparated(Checks.notNull(symbol, "symbols[" + i + "]"));
            i++;
        }
        tokens.requireSome();
        if (weights == null || weights.isEmpty()) {
            return tokens.equalWeights();
        }
        tokens.requireWeightCount(weights.size());
        double[] values = new double[weights.size()];
        int k = 0;
        for (Double w : weights) {
            // the list form of the grammar: finite, not negative, and not −0 (which the string form also rejects)
            if (w == null || !Checks.isNonNegativeFinite(w) || Double.doubleToRawLongBits(w) == NEGATIVE_ZERO) {
                throw new ExposureException(ExposureError.INVALID_WEIGHTS,
                        "weight " + (k + 1) + " (" + w + ") is not a finite non-negative number");
            }
            values[k++] = w;
        }
        return tokens.weighted(values);
    }

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    private static double parseWeight(String token, int k) {
        if (!isDecimal(token)) {
            throw invalidWeight(token, k, "is not a non-negative decimal number");
        }
        double value = Double.parseDouble(token);
        if (value == Double.POSITIVE_INFINITY) {
            throw invalidWeight(token, k, "is too large for a double");
        }
        return value;
    }

    private static ExposureException invalidWeight(String token, int k, String why) {
        String echo = token.length() <= MAX_ECHO ? token : token.substring(0, MAX_ECHO) + "…";
        return new ExposureException(ExposureError.INVALID_WEIGHTS,
                "weight " + (k + 1) + " ('" + echo + "') " + why);
    }

    /**
     * Tells whether a trimmed token matches {@code [+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?} (ASCII digits).
     */
    static boolean isDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '+') {
            i++;
        }
        int intStart = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        int intDigits = i - intStart;
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            int fracStart = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            fracDigits = i - fracStart;
        }
        if (intDigits == 0 && fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expStart = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == expStart) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static ExposureException missingSymbols() {
        return new ExposureException(ExposureError.MISSING_SYMBOLS, "symbols is required: give at least one symbol");
    }

    /** Non-empty symbol tokens, their distinct values, and the distinct index of every token. */
    private static final class Tokens {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> distinct = new ArrayList<>();
        private int[] tokenToDistinct = new int[16];
        private int count;

        /** Accepts every comma-separated token of {@code text}, empty ones included (they are dropped). */
        void acceptSeparated(String text) {
            int from = 0;
            int length = text.length();
            while (from <= length) {
                int comma = text.indexOf(',', from);
                int to = comma < 0 ? length : comma;
                accept(text.substring(from, to));
                from = to + 1;
            }
        }

        void accept(String raw) {
            String symbol = Symbols.key(raw);
            if (symbol.isEmpty()) {
                return;
            }
            Integer id = index.get(symbol);
            if (id == null) {
                id = distinct.size();
                if (id == MAX_SYMBOLS) {
                    throw new ExposureException(ExposureError.TOO_MANY_SYMBOLS,
                            "more than " + MAX_SYMBOLS + " distinct symbols (the 51st is " + echo(symbol) + ")");
                }
                index.put(symbol, id);
                distinct.add(symbol);
            }
            if (count == tokenToDistinct.length) {
                tokenToDistinct = Arrays.copyOf(tokenToDistinct, count * 2);
            }
            tokenToDistinct[count++] = id;
        }

        private static String echo(String symbol) {
            return symbol.length() <= MAX_ECHO ? symbol : symbol.substring(0, MAX_ECHO) + "…";
        }

        void requireSome() {
            if (count == 0) {
                throw missingSymbols();
            }
        }

        void requireWeightCount(int weightCount) {
            if (weightCount != count) {
                throw new ExposureException(ExposureError.WEIGHT_COUNT_MISMATCH,
                        "got " + weightCount + (weightCount == 1 ? " weight" : " weights") + " for " + count
                                + (count == 1 ? " symbol" : " symbols") + ": give one weight per non-empty symbol");
            }
        }

        Parsed equalWeights() {
            double[] w = new double[distinct.size()];
            Arrays.fill(w, 1.0 / w.length);
            return new Parsed(List.copyOf(distinct), w);
        }

        Parsed weighted(double[] perToken) {
            // scale before summing duplicates so that 1e308 + 1e308 cannot overflow
            if (!Weights.scaleToUnitMax(perToken)) {
                throw new ExposureException(ExposureError.INVALID_WEIGHTS, "all weights are zero");
            }
            CompensatedSum[] sums = new CompensatedSum[distinct.size()];
            for (int d = 0; d < sums.length; d++) {
                sums[d] = new CompensatedSum();
            }
            for (int k = 0; k < count; k++) {
                sums[tokenToDistinct[k]].add(perToken[k]);
            }
            double[] w = new double[sums.length];
            for (int d = 0; d < w.length; d++) {
                w[d] = sums[d].value();
            }
            return new Parsed(List.copyOf(distinct), Weights.normalise(w));
        }
    }
}
