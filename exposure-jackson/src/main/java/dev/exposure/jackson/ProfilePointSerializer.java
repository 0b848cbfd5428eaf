package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.exposure.ProfilePoint;
import java.io.IOException;

/** Writes a {@link ProfilePoint} as {@code {"spot","net_gex"}}. */
final class ProfilePointSerializer extends StdSerializer<ProfilePoint> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ProfilePointSerializer INSTANCE = new ProfilePointSerializer();

    private ProfilePointSerializer() {
        super(ProfilePoint.class);
    }

    @Override
    public void serialize(ProfilePoint value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        gen.writeFieldName("spot");
        PlainDecimal.write(gen, value.spot());
        gen.writeFieldName("net_gex");
        PlainDecimal.write(gen, value.netGex());
        gen.writeEndObject();
    }
}
