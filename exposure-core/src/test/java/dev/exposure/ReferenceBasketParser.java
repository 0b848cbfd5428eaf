package dev.exposure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A deliberately naive model of the basket request rules of SPEC §5 for tests, written from the specification and
 * independent of the production parser: {@link String#split} on commas, a regular expression for weights,
 * {@link BigDecimal} sums and division to 50 significant digits. Slow; use it on short inputs only.
 */
final class ReferenceBasketParser {

    private static final Pattern WEIGHT = Pattern.compile("[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final MathContext MC = new MathContext(50);

    private ReferenceBasketParser() {
    }

    /** What a request gives: an error code, or distinct symbols with their normalised weights. */
    record Outcome(ExposureError error, List<String> symbols, List<Double> weights) {
        static Outcome error(ExposureError e) {
            return new Outcome(e, null, null);
        }
    }

    /** Tells whether a code point is blank: white space, a space separator, a control or a format character. */
    static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT;
    }

    /** Strips blanks at both ends, one code point at a time. */
    static String strip(String s) {
        int from = 0;
        while (from < s.length() && isBlank(s.codePointAt(from))) {
            from = s.offsetByCodePoints(from, 1);
        }
        int to = s.length();
        while (to > from && isBlank(s.codePointBefore(to))) {
            to = s.offsetByCodePoints(to, -1);
        }
        return s.substring(from, to);
    }

    /** The rules applied to the string form. */
    static Outcome parse(String symbols, String weights) {
        if (symbols == null) {
            return Outcome.error(ExposureError.MISSING_SYMBOLS);
        }
        List<String> tokens = new ArrayList<>();
        for (String t : symbols.split(",", -1)) {
            String s = strip(t).toUpperCase(Locale.ROOT);
            if (!s.isEmpty()) {
                tokens.add(s);
            }
        }
        List<BigDecimal> values = null;
        if (weights != null && !strip(weights).isEmpty()) {
            values = new ArrayList<>();
            for (String t : weights.split(",", -1)) {
                String w = strip(t);
                values.add(WEIGHT.matcher(w).matches() && Double.isFinite(Double.parseDouble(w))
                        ? new BigDecimal(Double.parseDouble(w)) : null);
            }
        }
        return decide(tokens, values);
    }

    /** The rules applied to the list form; a null symbol element is not modelled here. */
    static Outcome of(List<String> symbols, List<Double> weights) {
        if (symbols == null) {
            return Outcome.error(ExposureError.MISSING_SYMBOLS);
        }
        List<String> tokens = new ArrayList<>();
        for (String element : symbols) {
            for (String t : element.split(",", -1)) {
                String s = strip(t).toUpperCase(Locale.ROOT);
                if (!s.isEmpty()) {
                    tokens.add(s);
                }
            }
        }
        List<BigDecimal> values = null;
        if (weights != null && !weights.isEmpty()) {
            values = new ArrayList<>();
            for (Double w : weights) {
                boolean valid = w != null && Double.isFinite(w) && w >= 0
                        && !(w == 0 && 1 / w < 0); // −0.0 is negative
                values.add(valid ? new BigDecimal(w) : null);
            }
        }
        return decide(tokens, values);
    }

    /** Rules 1 and 3 to 5 on non-empty upper-case tokens and per-token weight values (null: invalid). */
    private static Outcome decide(List<String> tokens, List<BigDecimal> values) {
        if (tokens.isEmpty()) {
            return Outcome.error(ExposureError.MISSING_SYMBOLS);
        }
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (String t : tokens) {
            sums.put(t, BigDecimal.ZERO);
        }
        if (sums.size() > 50) {
            return Outcome.error(ExposureError.TOO_MANY_SYMBOLS);
        }
        List<String> distinct = new ArrayList<>(sums.keySet());
        if (values == null) {
            List<Double> equal = new ArrayList<>();
            for (int i = 0; i < distinct.size(); i++) {
                equal.add(BigDecimal.ONE.divide(BigDecimal.valueOf(distinct.size()), MC).doubleValue());
            }
            return new Outcome(null, distinct, equal);
        }
        if (values.size() != tokens.size()) {
            return Outcome.error(ExposureError.WEIGHT_COUNT_MISMATCH);
        }
        if (values.contains(null)) {
            return Outcome.error(ExposureError.INVALID_WEIGHTS);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < tokens.size(); i++) {
            // 50 significant digits: far below double rounding, without carrying 1000-digit sums of 1e308 and 1e-320
            sums.merge(tokens.get(i), values.get(i), (a, b) -> a.add(b, MC));
            total = total.add(values.get(i), MC);
        }
        if (total.signum() == 0) {
            return Outcome.error(ExposureError.INVALID_WEIGHTS);
        }
        List<Double> weights = new ArrayList<>();
        for (String s : distinct) {
            weights.add(sums.get(s).divide(total, MC).doubleValue());
        }
        return new Outcome(null, distinct, weights);
    }
}
