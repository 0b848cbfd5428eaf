package dev.exposure.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Ready-made Jackson configuration for the exposure shapes: a mapper with {@link ExposureModule}, read limits
 * suited to untrusted option-chain files, and the pretty printer of the command line.
 *
 * <p>Read limits ({@link #readConstraints()}), enforced by the parser while it reads:
 * <ul>
 *   <li>nesting depth at most {@value #MAX_NESTING_DEPTH} (the deepest documented shape has 4 levels);</li>
 *   <li>a number token at most {@value #MAX_NUMBER_LENGTH} characters: enough for every double in plain notation
 *       (the longest, {@code -4.9E-324}, takes 327), far below the lengths that make number parsing slow;</li>
 *   <li>a string value at most {@value #MAX_STRING_LENGTH} characters and a field name at most
 *       {@value #MAX_NAME_LENGTH};</li>
 *   <li>a document at most {@value #MAX_DOCUMENT_LENGTH} bytes (or characters), about half a million
 *       contracts.</li>
 * </ul>
 * Repeated keys in an object are rejected ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}; the exposure
 * deserializers reject them with any mapper), and so is trailing content after the value
 * ({@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS}).
 */
public final class ExposureJson {

    /** Maximum nesting depth of objects and arrays. */
    public static final int MAX_NESTING_DEPTH = 16;

    /** Maximum length of a number token, in characters. */
    public static final int MAX_NUMBER_LENGTH = 400;

    /** Maximum length of a string value, in characters. */
    public static final int MAX_STRING_LENGTH = 16_384;

    /** Maximum length of a field name, in characters. */
    public static final int MAX_NAME_LENGTH = 256;

    /** Maximum length of a document, in bytes or characters (64 MiB). */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build();

    private ExposureJson() {
    }

    /**
     * Returns the read limits described in the class documentation.
     *
     * @return the shared, immutable constraints
     */
    public static StreamReadConstraints readConstraints() {
        return CONSTRAINTS;
    }

    /**
     * Creates a mapper with {@link ExposureModule}, the read limits, duplicate-key detection and rejection of
     * trailing tokens. Output is compact; use {@link #prettyPrinter()} for indented output.
     *
     * @return a new mapper; safe to share between threads once configured
     */
    public static JsonMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(CONSTRAINTS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new ExposureModule())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * Creates the pretty printer of the command line: two-space indentation, LF line ends on every platform,
     * {@code "name": value}, one array element per line, {@code []} for an empty array.
     *
     * @return a new printer (printers are stateful; Jackson copies it for each document)
     */
    public static PrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
