package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.exposure.ProfilePoint;
import java.io.IOException;
import java.util.Set;

/** Reads a {@link ProfilePoint} from {@code {"spot","net_gex"}}: both required, no other field. */
final class ProfilePointDeserializer extends StrictDeserializer<ProfilePoint> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final ProfilePointDeserializer INSTANCE = new ProfilePointDeserializer();

    private static final String TYPE = "ProfilePoint";

    private static final JsonInput.Shape SHAPE = new JsonInput.Shape(TYPE, Set.of(), "spot", "net_gex");

    private ProfilePointDeserializer() {
        super(ProfilePoint.class);
    }

    @Override
    public ProfilePoint deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, "");
    }

    /**
     * Reads a profile point.
     *
     * @param p the parser, at the object's start
     * @param path the object's path, empty at the root
     * @return the point
     * @throws IOException on malformed input, naming the field
     */
    static ProfilePoint read(JsonParser p, String path) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonInput.Fields in = SHAPE.enter(p, path);
        double[] v = new double[2];
        for (int f = in.next(); f >= 0; f = in.next()) {
            v[f] = JsonInput.number(p, in.path());
        }
        return JsonInput.construct(p, SHAPE.where(path), start, () -> new ProfilePoint(v[0], v[1]));
    }
}
