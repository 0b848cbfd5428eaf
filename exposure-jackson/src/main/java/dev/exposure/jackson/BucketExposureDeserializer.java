package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.exposure.BucketExposure;
import dev.exposure.Exposure;
import java.io.IOException;
import java.util.Set;

/**
 * Reads a {@link BucketExposure} from
 * {@code {"bucket","dte_range":[min,max],"net_gex","net_dex","net_vex","net_chex","contract_count"}}; every field
 * required, no other field.
 */
final class BucketExposureDeserializer extends StrictDeserializer<BucketExposure> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    static final BucketExposureDeserializer INSTANCE = new BucketExposureDeserializer();

    private static final JsonInput.Shape SHAPE = new JsonInput.Shape("BucketExposure", Set.of(),
            "bucket", "dte_range", "net_gex", "net_dex", "net_vex", "net_chex", "contract_count");

    private BucketExposureDeserializer() {
        super(BucketExposure.class);
    }

    @Override
    public BucketExposure deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, "");
    }

    /**
     * Reads a bucket row.
     *
     * @param p the parser, at the object's start
     * @param path the object's path, empty at the root
     * @return the bucket row
     * @throws IOException on malformed input, naming the field
     */
    static BucketExposure read(JsonParser p, String path) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonInput.Fields in = SHAPE.enter(p, path);
        String bucket = null;
        int[] range = null;
        double[] x = new double[4];
        int count = 0;
        for (int f = in.next(); f >= 0; f = in.next()) {
            String fp = in.path();
            switch (f) {
                case 0:
                    bucket = JsonInput.string(p, fp);
                    break;
                case 1:
                    range = readRange(p, fp);
                    break;
                case 2:
                case 3:
                case 4:
                case 5:
                    x[f - 2] = JsonInput.number(p, fp);
                    break;
                default:
                    count = JsonInput.integer(p, fp);
                    break;
            }
        }
        String b = bucket;
        int[] r = range;
        int c = count;
        return JsonInput.construct(p, SHAPE.where(path), start,
                () -> new BucketExposure(b, r[0], r[1], new Exposure(x[0], x[1], x[2], x[3]), c));
    }

    /** Reads {@code [min, max]}: exactly two integers. */
    private static int[] readRange(JsonParser p, String path) throws IOException {
        JsonInput.startArray(p, path);
        int[] r = new int[2];
        int n = 0;
        for (JsonToken t = JsonInput.next(p, path); t != JsonToken.END_ARRAY; t = JsonInput.next(p, path)) {
            if (n == 2) {
                throw JsonInput.fail(p, path, "expected exactly two integers [min, max] but found more");
            }
            r[n] = JsonInput.integer(p, JsonInput.element(path, n));
            n++;
        }
        if (n != 2) {
            throw JsonInput.fail(p, path, "expected exactly two integers [min, max] but found " + n);
        }
        return r;
    }
}
