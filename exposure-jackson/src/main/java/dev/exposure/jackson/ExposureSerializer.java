package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.exposure.Exposure;
import java.io.IOException;

/**
 * Writes an {@link Exposure} as {@code {"net_gex","net_dex","net_vex","net_chex"}}, USD (see {@link Exposure} for
 * units and signs), numbers in {@link PlainDecimal} form.
 */
final class ExposureSerializer extends StdSerializer<Exposure> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ExposureSerializer INSTANCE = new ExposureSerializer();

    private ExposureSerializer() {
        super(Exposure.class);
    }

    @Override
    public void serialize(Exposure value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        writeFields(value, gen);
        gen.writeEndObject();
    }

    /**
     * Writes the four {@code net_*} fields into the object being written.
     *
     * @param value the exposure
     * @param gen the generator, inside an object
     * @throws IOException if the generator fails
     */
    static void writeFields(Exposure value, JsonGenerator gen) throws IOException {
        gen.writeFieldName("net_gex");
        PlainDecimal.write(gen, value.netGex());
        gen.writeFieldName("net_dex");
        PlainDecimal.write(gen, value.netDex());
        gen.writeFieldName("net_vex");
        PlainDecimal.write(gen, value.netVex());
        gen.writeFieldName("net_chex");
        PlainDecimal.write(gen, value.netChex());
    }
}
