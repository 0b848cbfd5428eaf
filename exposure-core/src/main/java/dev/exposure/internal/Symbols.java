package dev.exposure.internal;

import java.util.Locale;

/**
 * The one rule for underlying symbols, used by the chain builder, the market data store, the basket request
 * parser and the chain readers.
 *
 * <ul>
 *   <li><em>Blank</em> characters are stripped at both ends. A code point is blank when it is white space
 *       ({@link Character#isWhitespace(int)}: space, tab, line ends, …), a Unicode space separator
 *       ({@link Character#isSpaceChar(int)}: U+00A0 no-break space, U+2003 em space, U+3000 ideographic space, …),
 *       a control character ({@link Character#isISOControl(int)}: U+0000 to U+001F, U+007F to U+009F) or a format
 *       character ({@link Character#FORMAT}: U+200B zero-width space, U+FEFF byte-order mark, …). This strips
 *       everything {@link String#trim()} and {@link String#strip()} do, and more.</li>
 *   <li>A symbol that is empty once stripped is blank, and rejected where a symbol is required.</li>
 *   <li>Symbols are compared by their {@linkplain #key(String) key}: stripped and upper-cased with
 *       {@link Locale#ROOT}, so {@code " spy"}, {@code "SPY\u2003"} and {@code "Spy"} are one symbol.</li>
 * </ul>
 * Characters inside a symbol are kept as they are.
 */
public final class Symbols {

    private Symbols() {
    }

    /**
     * Tells whether a code point is blank: white space, a space separator, a control or a format character.
     *
     * @param codePoint a Unicode code point
     * @return {@code true} when the rule of the class documentation strips it
     */
    public static boolean isBlank(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }

    /**
     * Strips blank code points at both ends of a string.
     *
     * @param s the string
     * @return {@code s} without leading and trailing blanks; {@code s} itself when it has none; empty when it is
     *     all blank
     * @throws NullPointerException if {@code s} is null
     */
    public static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to) {
            int cp = s.codePointAt(from);
            if (!isBlank(cp)) {
                break;
            }
            from += Character.charCount(cp);
        }
        while (to > from) {
            int cp = s.codePointBefore(to);
            if (!isBlank(cp)) {
                break;
            }
            to -= Character.charCount(cp);
        }
        return from == 0 && to == s.length() ? s : s.substring(from, to);
    }

    /**
     * Checks a symbol and strips its blanks; letter case is kept.
     *
     * @param symbol the symbol
     * @param name the argument name used in messages, e.g. {@code "symbol"}
     * @return the stripped symbol, not empty
     * @throws NullPointerException naming the argument if {@code symbol} is null
     * @throws IllegalArgumentException naming the argument if {@code symbol} is blank
     */
    public static String require(String symbol, String name) {
        String stripped = strip(Checks.notNull(symbol, name));
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return stripped;
    }

    /**
     * Returns the key under which a symbol is compared: stripped and upper-cased with {@link Locale#ROOT}.
     *
     * @param symbol the symbol
     * @return the key; empty when {@code symbol} is blank
     * @throws NullPointerException if {@code symbol} is null
     */
    public static String key(String symbol) {
        return strip(symbol).toUpperCase(Locale.ROOT);
    }
}
