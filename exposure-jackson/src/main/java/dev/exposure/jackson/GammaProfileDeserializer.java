package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.exposure.GammaProfile;
import dev.exposure.ProfilePoint;
import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a {@link GammaProfile} from the shape documented in {@link ExposureModule}: every field required,
 * {@code gamma_flip} a number or null; unknown fields rejected.
 */
final class GammaProfileDeserializer extends StrictDeserializer<GammaProfile> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final GammaProfileDeserializer INSTANCE = new GammaProfileDeserializer();

    private static final String TYPE = "GammaProfile";

    private static final JsonInput.Shape SHAPE = new JsonInput.Shape(TYPE, Set.of(),
            "symbol", "underlying_price", "as_of", "gamma_flip", "profile");

    private GammaProfileDeserializer() {
        super(GammaProfile.class);
    }

    @Override
    public GammaProfile deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonInput.Fields in = SHAPE.enter(p, "");
        JsonInput.Head head = new JsonInput.Head();
        OptionalDouble flip = OptionalDouble.empty();
        List<ProfilePoint> points = null;
        for (int f = in.next(); f >= 0; f = in.next()) {
            String fp = in.path();
            if (head.read(p, f, fp)) {
                continue;
            }
            switch (f) {
                case 3:
                    flip = JsonInput.optionalNumber(p, fp);
                    break;
                default:
                    points = JsonInput.list(p, fp, ProfilePointDeserializer::read);
                    break;
            }
        }
        OptionalDouble g = flip;
        List<ProfilePoint> pts = points;
        return JsonInput.construct(p, TYPE, start,
                () -> new GammaProfile(head.symbol, head.price, head.asOf, pts, g));
    }
}
