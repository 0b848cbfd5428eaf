package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.exposure.internal.Symbols;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Strict token-level reading for the deserializers of this package: every value is checked for its JSON type and
 * every error names the field by its path ({@code contracts[12].strike}) and carries the parser location (line
 * and column, appended by Jackson to the message).
 *
 * <p>Numbers are read from their text with {@link Double#parseDouble(String)}, which is correctly rounded, so a
 * number written by {@link PlainDecimal} reads back to the same double whether the token is an integer or not.
 * Strings are never coerced to numbers, nor numbers to strings.
 */
final class JsonInput {

    private JsonInput() {
    }

    /**
     * Returns the path of a field inside an object.
     *
     * @param path the object's path, empty for the root
     * @param name the field name
     * @return {@code path.name}, or {@code name} at the root
     */
    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /**
     * Returns the path of an array element.
     *
     * @param path the array's path
     * @param index the element index, from 0
     * @return {@code path[index]}
     */
    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /**
     * Advances the parser, turning a low-level read error (malformed or truncated JSON, a violated read limit, a
     * duplicate key) into a mapping error that names the path being read.
     *
     * @param p the parser
     * @param path the path being read, for the message
     * @return the next token, never null
     * @throws IOException on a read error (wrapped, keeping the original as cause), or at the end of the input
     */
    static JsonToken next(JsonParser p, String path) throws IOException {
        JsonToken t;
        try {
            t = p.nextToken();
        } catch (JsonProcessingException e) {
            throw wrap(p, path, e);
        }
        if (t == null) {
            throw fail(p, path, "unexpected end of input");
        }
        return t;
    }

    /**
     * Checks that the parser is at the start of an object and moves to its first field name (or its end).
     *
     * @param p the parser, at {@code START_OBJECT} (or already at the first {@code FIELD_NAME})
     * @param path the object's path, or the type name at the root, for messages
     * @throws IOException if the current token does not start an object
     */
    static void enterObject(JsonParser p, String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            next(p, path);
        } else if (t != JsonToken.FIELD_NAME) {
            throw fail(p, path, "expected an object but found " + describe(p));
        }
    }

    /**
     * Moves to the value of the current field.
     *
     * @param p the parser, at a {@code FIELD_NAME}
     * @param path the field's path
     * @return the value's first token
     * @throws IOException on a read error
     */
    static JsonToken value(JsonParser p, String path) throws IOException {
        return next(p, path);
    }

    /**
     * Reads the current token as a finite double.
     *
     * @param p the parser, at the value
     * @param path the field's path
     * @return the double nearest to the decimal text
     * @throws IOException if the token is not a number, or is out of the double range
     */
    static double number(JsonParser p, String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw fail(p, path, "expected a number but found " + describe(p));
        }
        String text = text(p, path);
        double x;
        try {
            x = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw fail(p, path, "'" + text + "' is not a number");
        }
        if (!Double.isFinite(x)) {
            throw fail(p, path, "'" + text + "' is not a finite number in the double range");
        }
        return x;
    }

    /**
     * Reads the current token as a finite double, or {@code null} as empty.
     *
     * @param p the parser, at the value
     * @param path the field's path
     * @return the number, or empty for {@code null}
     * @throws IOException if the token is neither a number nor {@code null}, or is out of the double range
     */
    static java.util.OptionalDouble optionalNumber(JsonParser p, String path) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(number(p, path));
    }

    /**
     * Reads the current token as an {@code int}.
     *
     * @param p the parser, at the value
     * @param path the field's path
     * @return the integer
     * @throws IOException if the token is not an integer number (a fraction or exponent is not accepted) or does
     *     not fit an {@code int}
     */
    static int integer(JsonParser p, String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw fail(p, path, "expected an integer but found " + describe(p));
        }
        String text = text(p, path);
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw fail(p, path, abbreviate(text) + " is out of the int range");
        }
        return value;
    }

    /**
     * Returns the text of the current token. Jackson decodes a string's escapes and bytes only now, so malformed
     * text inside a value (a bad escape, a raw control character, broken UTF-8) is reported here, as a mapping
     * error naming the path like every other error inside a value.
     *
     * @param p the parser, at a value
     * @param path the value's path
     * @return the text
     * @throws IOException if the text is malformed (wrapped, keeping the original as cause)
     */
    static String text(JsonParser p, String path) throws IOException {
        try {
            return p.getText();
        } catch (JsonProcessingException e) {
            throw wrap(p, path, e);
        }
    }

    /**
     * Reads the current token as a string.
     *
     * @param p the parser, at the value
     * @param path the field's path
     * @return the string, never null
     * @throws IOException if the token is not a string
     */
    static String string(JsonParser p, String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw fail(p, path, "expected a string but found " + describe(p));
        }
        return text(p, path);
    }

    /**
     * Reads the current token as an underlying symbol: a string, stripped of blanks at both ends by the core's rule
     * ({@link Symbols}: Unicode spaces such as U+2003 included), not empty after that.
     *
     * @param p the parser, at the value
     * @param path the field's path
     * @return the stripped symbol
     * @throws IOException if the token is not a string, or the string is blank
     */
    static String symbol(JsonParser p, String path) throws IOException {
        String s = Symbols.strip(string(p, path));
        if (s.isEmpty()) {
            throw fail(p, path, "must not be blank");
        }
        return s;
    }

    /**
     * Reads the current token as a boolean.
     *
     * @param p the parser, at the value
     * @param path the field's path
     * @return the boolean
     * @throws IOException if the token is not {@code true} or {@code false}
     */
    static boolean bool(JsonParser p, String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw fail(p, path, "expected true or false but found " + describe(p));
    }

    /**
     * Reads the current token as an ISO-8601 date, exactly {@code YYYY-MM-DD}, in the supported range (see
     * {@link IsoTime}).
     *
     * @param p the parser, at the value
     * @param path the field's path
     * @param cache parsed dates by text, to parse each distinct date once (updated)
     * @return the date
     * @throws IOException if the token is not a string holding a valid date in the supported range
     */
    static LocalDate date(JsonParser p, String path, Map<String, LocalDate> cache) throws IOException {
        String text = string(p, path);
        LocalDate d = cache.get(text);
        if (d == null) {
            try {
                d = IsoTime.date(text);
            } catch (IllegalArgumentException e) {
                throw fail(p, path, e.getMessage());
            }
            if (cache.size() < 4096) {
                cache.put(text, d);
            }
        }
        return d;
    }

    /**
     * Reads the current token as an ISO-8601 instant in UTC, exactly {@code YYYY-MM-DDTHH:MM:SS[.fraction]Z} such
     * as {@code 2026-05-29T15:30:00Z}, in the supported range (see {@link IsoTime}).
     *
     * @param p the parser, at the value
     * @param path the field's path
     * @return the instant
     * @throws IOException if the token is not a string holding such an instant
     */
    static Instant instant(JsonParser p, String path) throws IOException {
        String text = string(p, path);
        try {
            return IsoTime.instant(text);
        } catch (IllegalArgumentException e) {
            throw fail(p, path, e.getMessage());
        }
    }

    /**
     * Checks that the current token starts an array.
     *
     * @param p the parser
     * @param path the field's path
     * @throws IOException if it does not
     */
    static void startArray(JsonParser p, String path) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw fail(p, path, "expected an array but found " + describe(p));
        }
    }

    /** Reads one element of an array; {@code path} is the element's own path, such as {@code constituents[3]}. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(JsonParser p, String path) throws IOException;
    }

    /**
     * Reads an array element by element.
     *
     * @param p the parser, at the array's start
     * @param path the array's path
     * @param reader reads one element, given its path
     * @param <T> the element type
     * @return the elements, in order
     * @throws IOException if the value is not an array or an element is malformed
     */
    static <T> List<T> list(JsonParser p, String path, ElementReader<T> reader) throws IOException {
        startArray(p, path);
        List<T> out = new ArrayList<>();
        for (JsonToken e = next(p, path); e != JsonToken.END_ARRAY; e = next(p, path)) {
            out.add(reader.read(p, element(path, out.size())));
        }
        return out;
    }

    /**
     * Fails on a field whose name appeared before in the same object.
     *
     * @param p the parser, at the repeated {@code FIELD_NAME}
     * @param path the repeated field's path
     * @return the exception, to be thrown by the caller
     */
    static MismatchedInputException duplicate(JsonParser p, String path) {
        return fail(p, path, "duplicate field");
    }

    /**
     * The field names of an object shape, some required: tells a field's index, rejects unknown and repeated
     * fields, and checks that the required ones were all seen. Immutable.
     */
    static final class Shape {
        private final String type;
        private final String[] names;
        private final long required;
        private final String known;

        /**
         * Creates a shape.
         *
         * @param type the type name used in messages at the document root
         * @param optional the names of the fields that may be absent
         * @param names every field name, in wire order (at most 64)
         */
        Shape(String type, java.util.Set<String> optional, String... names) {
            assert names.length <= 64;
            this.type = type;
            this.names = names.clone();
            long mask = 0;
            for (int i = 0; i < names.length; i++) {
                if (!optional.contains(names[i])) {
                    mask |= 1L << i;
                }
            }
            this.required = mask;
            this.known = String.join(", ", names);
        }

        /**
         * Returns what names an object of this shape in messages: its path, or the type name at the root.
         *
         * @param path the object's path, empty at the root
         * @return {@code path}, or the type name when it is empty
         */
        String where(String path) {
            return path.isEmpty() ? type : path;
        }

        /**
         * Checks that the parser is at the start of an object and returns a walk over its fields.
         *
         * @param p the parser, at {@code START_OBJECT} (or already at the first {@code FIELD_NAME})
         * @param path the object's path, empty at the root
         * @return the walk, before the first field
         * @throws IOException if the current token does not start an object
         */
        Fields enter(JsonParser p, String path) throws IOException {
            enterObject(p, where(path));
            return new Fields(this, p, path);
        }

        /**
         * Returns the name of field {@code i}.
         *
         * @param i the field index
         * @return the name
         */
        String name(int i) {
            return names[i];
        }

        /**
         * Returns the index of the current field name.
         *
         * @param p the parser, at a {@code FIELD_NAME}
         * @param path the object's path, empty at the root
         * @param seen bit {@code i} set for each field already read
         * @return the index of the field
         * @throws IOException if the field is unknown or was already read
         */
        int field(JsonParser p, String path, long seen) throws IOException {
            String name = p.currentName();
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    if ((seen & (1L << i)) != 0) {
                        throw duplicate(p, child(path, name));
                    }
                    return i;
                }
            }
            throw fail(p, child(path, name), "unknown field in " + type + " (expected one of " + known + ")");
        }

        /**
         * Checks, at the end of the object, that every required field was read.
         *
         * @param p the parser, at {@code END_OBJECT}
         * @param path the object's path, empty at the root
         * @param seen bit {@code i} set for each field read
         * @throws IOException naming the first missing field
         */
        void requireAll(JsonParser p, String path, long seen) throws IOException {
            long missing = required & ~seen;
            if (missing != 0) {
                String name = names[Long.numberOfTrailingZeros(missing)];
                throw fail(p, path.isEmpty() ? type : path, "missing required field '" + name + "'");
            }
        }
    }

    /**
     * A walk over the fields of one object of a {@link Shape}: each step moves to the next field, rejecting an
     * unknown or repeated one, and the last step, at the end of the object, checks that every required field was
     * read. Use:
     * <pre>
     * JsonInput.Fields in = SHAPE.enter(p, path);
     * for (int f = in.next(); f &gt;= 0; f = in.next()) {
     *     ... read the value of field f, at in.path() ...
     * }
     * </pre>
     * Not thread-safe.
     */
    static final class Fields {
        private final Shape shape;
        private final JsonParser p;
        private final String path;
        private boolean started;
        private long seen;
        private String fieldPath;

        private Fields(Shape shape, JsonParser p, String path) {
            this.shape = shape;
            this.p = p;
            this.path = path;
        }

        /**
         * Moves to the value of the next field; the value of the previous field must have been read.
         *
         * @return the index of the field, the parser at the first token of its value; or -1 at the end of the
         *     object, every required field having been read
         * @throws IOException if the field is unknown or repeated, a required field is missing, or reading fails
         */
        int next() throws IOException {
            int f = nextName();
            if (f >= 0) {
                value(p, fieldPath);
            }
            return f;
        }

        /**
         * Moves to the name of the next field, so that the caller can check the field before moving to its value
         * with {@link JsonInput#value(JsonParser, String)}; the value of the previous field must have been read.
         *
         * @return the index of the field, the parser at its {@code FIELD_NAME}; or -1 at the end of the object,
         *     every required field having been read
         * @throws IOException if the field is unknown or repeated, a required field is missing, or reading fails
         */
        int nextName() throws IOException {
            JsonToken t = started ? JsonInput.next(p, path) : p.currentToken();
            started = true;
            if (t != JsonToken.FIELD_NAME) {
                shape.requireAll(p, path, seen);
                return -1;
            }
            int f = shape.field(p, path, seen);
            seen |= 1L << f;
            fieldPath = child(path, shape.name(f));
            return f;
        }

        /**
         * Returns the path of the current field.
         *
         * @return {@code path.name}, or {@code name} at the root
         */
        String path() {
            return fieldPath;
        }

        /**
         * Returns the fields read so far.
         *
         * @return bit {@code i} set for each field {@code i} read
         */
        long seen() {
            return seen;
        }
    }

    /**
     * The symbol, underlying price and as-of instant that open the shapes of one chain's results (fields 0, 1 and 2
     * of their {@link Shape}): the symbol read by {@link #symbol}, the price by {@link #number} and the instant by
     * {@link #instant}. Not thread-safe.
     */
    static final class Head {
        /** The symbol, or null until read. */
        String symbol;
        /** The underlying price, or 0 until read. */
        double price;
        /** The as-of instant, or null until read. */
        Instant asOf;

        /**
         * Reads the value of field {@code f} if it is one of the head's.
         *
         * @param p the parser, at the value
         * @param f the index of the field in its shape
         * @param path the field's path
         * @return true if the field is 0, 1 or 2 and was read; false for another field, whose value is left unread
         * @throws IOException if the value is malformed
         */
        boolean read(JsonParser p, int f, String path) throws IOException {
            switch (f) {
                case 0:
                    symbol = symbol(p, path);
                    return true;
                case 1:
                    price = number(p, path);
                    return true;
                case 2:
                    asOf = instant(p, path);
                    return true;
                default:
                    return false;
            }
        }
    }

    /**
     * Builds a value from fields already read, turning a rejected combination (the value's own
     * {@link IllegalArgumentException} or {@link NullPointerException}) into a mapping error naming the object and
     * pointing at its start.
     *
     * @param p the parser, at the end of the object
     * @param path the object's path, or the type name at the root
     * @param start where the object starts
     * @param factory builds the value
     * @param <T> the value type
     * @return the value
     * @throws IOException if the value rejects its fields
     */
    static <T> T construct(JsonParser p, String path, JsonLocation start, java.util.function.Supplier<T> factory)
            throws IOException {
        try {
            return factory.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw failAt(p, start, path, e.getMessage());
        }
    }

    /**
     * Creates a mapping error naming a path and pointing at a given location (rather than the current token).
     *
     * @param p the parser
     * @param at the location to report
     * @param path the path of the offending value, or the type name at the root
     * @param message what is wrong
     * @return the exception, to be thrown by the caller
     */
    static JsonMappingException failAt(JsonParser p, JsonLocation at, String path, String message) {
        return new JsonMappingException(p, where(path) + message, at);
    }

    /**
     * Creates a mapping error naming a path; Jackson appends the parser location (line and column).
     *
     * @param p the parser
     * @param path the path of the offending value, or the type name at the root
     * @param message what is wrong
     * @return the exception, to be thrown by the caller
     */
    static MismatchedInputException fail(JsonParser p, String path, String message) {
        return MismatchedInputException.from(p, (Class<?>) null, where(path) + message);
    }

    /** Re-throws a parser error (malformed input, a violated read limit) with the path in front of its message. */
    private static JsonMappingException wrap(JsonParser p, String path, JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        return new ReadException(p, where(path) + e.getOriginalMessage(), at, e);
    }

    /** A parser error re-thrown with a path, keeping the original as cause and a known location. */
    private static final class ReadException extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        ReadException(JsonParser p, String message, JsonLocation at, JsonProcessingException cause) {
            super(p, message, cause);
            _location = at;
        }
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    /**
     * Describes the current token for a message.
     *
     * @param p the parser
     * @return e.g. {@code a string "abc"}, {@code an array}, {@code null}
     */
    static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of the input";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case END_OBJECT:
                return "the end of the object";
            case END_ARRAY:
                return "the end of the array";
            case FIELD_NAME:
                return "field '" + p.currentName() + "'";
            case VALUE_STRING:
                try {
                    return "a string \"" + abbreviate(p.getText()) + "\"";
                } catch (JsonProcessingException e) {
                    return "a malformed string (" + e.getOriginalMessage() + ")";
                }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "the number " + abbreviate(p.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "the boolean " + p.getText();
            case VALUE_NULL:
                return "null";
            default:
                return t.asString() == null ? t.name() : t.asString();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
