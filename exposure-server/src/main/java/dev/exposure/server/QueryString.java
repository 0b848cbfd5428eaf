package dev.exposure.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decoded parameters of a URL query string ({@code application/x-www-form-urlencoded}): {@code +} is a space,
 * {@code %XX} a byte, the bytes UTF-8. Decoding is strict: a {@code %} not followed by two hexadecimal digits, or
 * bytes that are not valid UTF-8, make the whole query a bad request; nothing is guessed or replaced.
 *
 * <p>A parameter named twice is a bad request too (which value was meant cannot be told). A name without
 * {@code =} has the empty value; empty pieces ({@code a=1&&b=2}) are skipped.
 */
final class QueryString {

    private static final QueryString EMPTY = new QueryString(Map.of());

    private final Map<String, String> values;

    private QueryString(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Decodes a raw (still percent-encoded) query string.
     *
     * @param raw the part of the request target after {@code ?}, or null when there is none
     * @return the parameters
     * @throws HttpError (400 {@code bad_request}) on malformed percent-encoding or UTF-8, or a repeated name
     */
    static QueryString parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        Map<String, String> values = new LinkedHashMap<>();
        int start = 0;
        while (start <= raw.length()) {
            int end = raw.indexOf('&', start);
            if (end < 0) {
                end = raw.length();
            }
            if (end > start) {
                int eq = raw.indexOf('=', start);
                String name;
                String value;
                if (eq < 0 || eq > end) {
                    name = decode(raw, start, end, null, true);
                    value = "";
                } else {
                    name = decode(raw, start, eq, null, true);
                    value = decode(raw, eq + 1, end, name, true);
                }
                if (values.put(name, value) != null) {
                    throw HttpError.badRequest("query parameter '" + name + "' is given more than once");
                }
            }
            start = end + 1;
        }
        return new QueryString(Collections.unmodifiableMap(values));
    }

    /**
     * Returns the value of a parameter.
     *
     * @param name the decoded name
     * @return the decoded value, or null when the parameter is absent
     */
    String get(String name) {
        return values.get(name);
    }

    /**
     * Returns every parameter.
     *
     * @return the decoded names and values, in request order
     */
    Map<String, String> values() {
        return values;
    }

    /**
     * Decodes one percent-encoded path segment ({@code +} stays a plus sign).
     *
     * @param segment the raw segment
     * @return the decoded text
     * @throws HttpError (400 {@code bad_request}) on malformed percent-encoding or UTF-8
     */
    static String decodePathSegment(String segment) {
        return decode(segment, 0, segment.length(), null, false);
    }

    private static String decode(String raw, int from, int to, String name, boolean query) {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '%' || c == '+' && query || c >= 0x80) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return raw.substring(from, to);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '+' && query) {
                bytes.write(' ');
            } else if (c == '%') {
                int hi = i + 1 < to ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = i + 2 < to ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw HttpError.badRequest("malformed percent-encoding in the " + where(name, query)
                            + ": '%' must be followed by two hexadecimal digits");
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // the request target is ASCII on the wire; anything else is written back as its UTF-8 bytes
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw HttpError.badRequest("the percent-encoded bytes of the " + where(name, query)
                    + " are not valid UTF-8");
        }
    }

    private static String where(String name, boolean query) {
        if (!query) {
            return "path";
        }
        return name == null ? "query" : "query parameter '" + name + "'";
    }
}
