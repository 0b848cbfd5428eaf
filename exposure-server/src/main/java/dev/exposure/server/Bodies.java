package dev.exposure.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.jackson.ExposureJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The response bodies: results through {@link dev.exposure.jackson.ExposureModule}, the error body, and the body of
 * {@code /health}.
 */
final class Bodies {

    /** The content type of every response. */
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    /** The mapper of every body: the exposure module, compact output. */
    static final ObjectMapper MAPPER = ExposureJson.newMapper();

    private Bodies() {
    }

    /**
     * Writes a result (a term structure, a basket result, an error as {@link dev.exposure.ExposureException} …).
     *
     * @param value the value
     * @return its JSON, UTF-8
     */
    static byte[] value(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Writes the error body, {@code {"status":…,"error":"…","message":"…"}}.
     *
     * @param status the HTTP status
     * @param code the error code
     * @param message what went wrong
     * @return its JSON, UTF-8
     */
    static byte[] error(int status, String code, String message) {
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("status", status);
            g.writeStringField("error", code);
            g.writeStringField("message", message);
            g.writeEndObject();
        });
    }

    /**
     * Writes the body of {@code /health} for a store given in Java.
     *
     * @return {@code {"status":"ok","source":"store"}}
     */
    static byte[] storeHealth() {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("status", "ok");
            g.writeStringField("source", "store");
            g.writeEndObject();
        });
    }

    /**
     * Writes the body of {@code /health} for a chain directory (shape in {@link ExposureServer}).
     *
     * @param s the directory's state
     * @return its JSON, UTF-8
     */
    static byte[] directoryHealth(ChainDirectory.Snapshot s) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("status", s.failures.isEmpty() ? "ok" : "degraded");
            g.writeStringField("source", "directory");
            g.writeNumberField("file_count", s.fileCount);
            g.writeNumberField("chain_count", s.servedList.size());
            g.writeStringField("checked_at", s.builtAt.toString());
            g.writeArrayFieldStart("chains");
            for (ChainDirectory.Served c : s.servedList) {
                g.writeStartObject();
                g.writeStringField("symbol", c.chain.symbol());
                g.writeStringField("as_of", c.chain.asOf().toString());
                g.writeStringField("file", c.file);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("shadowed");
            for (ChainDirectory.Served c : s.shadowed) {
                g.writeStartObject();
                g.writeStringField("symbol", c.chain.symbol());
                g.writeStringField("as_of", c.chain.asOf().toString());
                g.writeStringField("file", c.file);
                ChainDirectory.Served by = s.served.get(ChainDirectory.key(c.chain.symbol()));
                g.writeStringField("served_from", by.file);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("failures");
            for (ChainDirectory.Failure f : s.failures) {
                g.writeStartObject();
                g.writeStringField("file", f.file);
                writeOptionalInt(g, "line", f.line);
                writeOptionalInt(g, "column", f.column);
                g.writeStringField("message", f.message);
                g.writeStringField("since", f.since.toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void writeOptionalInt(JsonGenerator g, String name, int value) throws IOException {
        if (value > 0) {
            g.writeNumberField(name, value);
        } else {
            g.writeNullField(name);
        }
    }

    /** Something that writes JSON to a generator. */
    @FunctionalInterface
    private interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    private static byte[] write(Writing w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            w.to(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JSON body", e);
        }
        return out.toByteArray();
    }
}
