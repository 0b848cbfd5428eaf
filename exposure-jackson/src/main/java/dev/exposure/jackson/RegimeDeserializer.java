package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.exposure.Regime;
import java.io.IOException;

/** Reads a {@link Regime} from its wire code, {@code "positive_gamma"} or {@code "negative_gamma"}. */
final class RegimeDeserializer extends StrictDeserializer<Regime> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final RegimeDeserializer INSTANCE = new RegimeDeserializer();

    private RegimeDeserializer() {
        super(Regime.class);
    }

    @Override
    public Regime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, "regime");
    }

    /**
     * Reads a regime code.
     *
     * @param p the parser, at the value
     * @param path the field's path
     * @return the regime
     * @throws IOException if the value is not one of the two codes
     */
    static Regime read(JsonParser p, String path) throws IOException {
        String code = JsonInput.string(p, path);
        for (Regime r : Regime.values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw JsonInput.fail(p, path, "unknown regime \"" + code + "\" (expected positive_gamma or negative_gamma)");
    }
}
