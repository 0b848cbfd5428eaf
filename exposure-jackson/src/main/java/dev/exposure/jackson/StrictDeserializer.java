package dev.exposure.jackson;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.util.AccessPattern;

/**
 * The base of every deserializer of this module: a JSON {@code null} where one of its values belongs is malformed
 * input, never a Java {@code null}.
 *
 * <p>Jackson does not call {@code deserialize} for a {@code null} token: at the root of a document
 * ({@code mapper.readValue("null", OptionChain.class)}), as an element of a collection or map, or as the value of
 * a bean property, it asks the deserializer for its {@linkplain #getNullValue(DeserializationContext) null value}
 * instead, which {@link StdDeserializer} answers with {@code null}. Here that answer is a
 * {@link MismatchedInputException} naming the expected type, with the location of the {@code null}. The access
 * pattern is {@link AccessPattern#DYNAMIC}, so that Jackson asks at each {@code null} rather than once when it
 * builds a collection deserializer.
 *
 * @param <T> the type read
 */
abstract class StrictDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer of a type.
     *
     * @param type the type read, named in the message of a rejected {@code null}
     */
    StrictDeserializer(Class<T> type) {
        super(type);
    }

    /**
     * Rejects a JSON {@code null} in place of a value.
     *
     * @param ctxt the context, whose parser is at the {@code null}
     * @return never returns normally
     * @throws JsonMappingException always: a {@link MismatchedInputException} naming the expected type
     */
    @Override
    public final T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        throw MismatchedInputException.from(ctxt.getParser(), handledType(),
                "expected " + article(handledType().getSimpleName()) + " but found null");
    }

    /**
     * Tells Jackson that {@link #getNullValue(DeserializationContext)} must be called at each {@code null}.
     *
     * @return {@link AccessPattern#DYNAMIC}
     */
    @Override
    public final AccessPattern getNullAccessPattern() {
        return AccessPattern.DYNAMIC;
    }

    private static String article(String name) {
        return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
