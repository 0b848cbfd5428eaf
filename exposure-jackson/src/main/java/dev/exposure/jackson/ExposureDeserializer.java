package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.exposure.Exposure;
import java.io.IOException;
import java.util.Set;

/**
 * Reads an {@link Exposure} from {@code {"net_gex","net_dex","net_vex","net_chex"}}: all four required, finite
 * numbers, no other field.
 */
final class ExposureDeserializer extends StrictDeserializer<Exposure> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ExposureDeserializer INSTANCE = new ExposureDeserializer();

    private static final JsonInput.Shape SHAPE =
            new JsonInput.Shape("Exposure", Set.of(), "net_gex", "net_dex", "net_vex", "net_chex");

    private ExposureDeserializer() {
        super(Exposure.class);
    }

    @Override
    public Exposure deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, "");
    }

    /**
     * Reads an exposure object.
     *
     * @param p the parser, at the object's start
     * @param path the object's path, empty at the root
     * @return the exposure
     * @throws IOException on malformed input, naming the field
     */
    static Exposure read(JsonParser p, String path) throws IOException {
        JsonInput.Fields in = SHAPE.enter(p, path);
        double[] v = new double[4];
        for (int f = in.next(); f >= 0; f = in.next()) {
            v[f] = JsonInput.number(p, in.path());
        }
        return new Exposure(v[0], v[1], v[2], v[3]);
    }
}
