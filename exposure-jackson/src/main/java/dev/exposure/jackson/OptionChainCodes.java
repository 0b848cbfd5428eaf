package dev.exposure.jackson;

import dev.exposure.OptionType;

/** Wire names of option types, shared by the JSON and CSV forms of a chain. */
final class OptionChainCodes {

    private OptionChainCodes() {
    }

    /**
     * Returns the wire name of an option type.
     *
     * @param type call or put
     * @return {@code "call"} or {@code "put"}
     */
    static String type(OptionType type) {
        return type == OptionType.CALL ? "call" : "put";
    }

    /**
     * Returns the option type of a wire name.
     *
     * @param text the wire name
     * @return the type, or null unless {@code text} is exactly {@code "call"} or {@code "put"}
     */
    static OptionType typeOf(String text) {
        if ("call".equals(text)) {
            return OptionType.CALL;
        }
        return "put".equals(text) ? OptionType.PUT : null;
    }
}
