package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.exposure.Regime;
import java.io.IOException;

/** Writes a {@link Regime} as its wire code, {@code "positive_gamma"} or {@code "negative_gamma"}. */
final class RegimeSerializer extends StdSerializer<Regime> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final RegimeSerializer INSTANCE = new RegimeSerializer();

    private RegimeSerializer() {
        super(Regime.class);
    }

    @Override
    public void serialize(Regime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.code());
    }
}
