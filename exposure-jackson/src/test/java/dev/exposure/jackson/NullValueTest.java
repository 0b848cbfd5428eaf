package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.exposure.BasketResult;
import dev.exposure.BucketExposure;
import dev.exposure.Constituent;
import dev.exposure.ExpiryExposure;
import dev.exposure.Exposure;
import dev.exposure.ExposureError;
import dev.exposure.ExposureException;
import dev.exposure.ExposureLevels;
import dev.exposure.GammaProfile;
import dev.exposure.OptionChain;
import dev.exposure.ProfilePoint;
import dev.exposure.Regime;
import dev.exposure.TermStructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A JSON {@code null} where a value of an exposure type belongs is malformed input: at the document root, as an
 * element of a list or map, and inside a chain file; for every type the module reads, with any mapper.
 */
class NullValueTest {

    private static final ObjectMapper STRICT = ExposureJson.newMapper();
    private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

    static Stream<Arguments> types() {
        return Stream.of(TermStructure.class, BucketExposure.class, ExpiryExposure.class, BasketResult.class,
                Constituent.class, Exposure.class, Regime.class, ExposureError.class, ExposureException.class,
                OptionChain.class, ExposureSheet.class, GammaProfile.class, ProfilePoint.class,
                ExposureLevels.class).flatMap(t -> Stream.of(Arguments.of(t, "strict"), Arguments.of(t, "plain")));
    }

    private static ObjectMapper mapper(String name) {
        return "strict".equals(name) ? STRICT : PLAIN;
    }

    @ParameterizedTest(name = "{0} ({1} mapper)")
    @MethodSource("types")
    void readValue_nullAtTheRoot_isRejectedNamingTheType(Class<?> type, String mapperName) {
        assertThatThrownBy(() -> mapper(mapperName).readValue("null", type))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining(type.getSimpleName())
                .hasMessageContaining("null")
                .hasMessageContaining("line: 1, column: 1");
        assertThatThrownBy(() -> mapper(mapperName).readValue("  null  ".getBytes(), type))
                .isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest(name = "{0} ({1} mapper)")
    @MethodSource("types")
    void readValue_nullElementOfAListOrMap_isRejected(Class<?> type, String mapperName) {
        ObjectMapper mapper = mapper(mapperName);
        assertThatThrownBy(() -> mapper.readValue("[null]",
                mapper.getTypeFactory().constructCollectionType(List.class, type)))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining(type.getSimpleName());
        assertThatThrownBy(() -> mapper.readValue("{\"a\":null}",
                mapper.getTypeFactory().constructMapType(Map.class, String.class, type)))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining(type.getSimpleName());
    }

    @Test
    void everyDeserializerOfThePackage_rejectsNullThroughTheSharedBase() throws Exception {
        Path classes = Path.of(ExposureModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.list(classes.resolve("dev/exposure/jackson"))) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Deserializer.class"))
                    .map(n -> "dev.exposure.jackson." + n.substring(0, n.length() - ".class".length())).toList();
        }
        assertThat(names).hasSizeGreaterThanOrEqualTo(15);
        for (String name : names) {
            Class<?> type = Class.forName(name);
            if (type != StrictDeserializer.class) {
                assertThat(StrictDeserializer.class).as(name).isAssignableFrom(type);
            }
        }
    }

    @Test
    void readValue_listsWithoutNulls_stillRead() throws Exception {
        String chain = STRICT.writeValueAsString(Fixtures.chain());
        List<OptionChain> chains = STRICT.readValue("[" + chain + "," + chain + "]",
                new TypeReference<List<OptionChain>>() { });
        assertThat(chains).hasSize(2).doesNotContainNull();
        assertThat(PLAIN.readValue("[]", new TypeReference<List<Regime>>() { })).isEmpty();
        assertThat(PLAIN.readValue("[\"no_data\"]", new TypeReference<List<ExposureError>>() { }))
                .containsExactly(ExposureError.NO_DATA);
    }

    @Test
    void chainFiles_nullDocument_isAMalformedChainFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("null.json");
        Files.writeString(file, "null\n");
        assertThatThrownBy(() -> ChainFiles.read(file))
                .isInstanceOf(ChainFormatException.class)
                .hasMessageContaining("null.json")
                .hasMessageContaining("null");
    }

    @Test
    void chainFiles_nullElementOfTheArray_isAMalformedChainFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("array.json");
        Files.writeString(file, "[" + STRICT.writeValueAsString(Fixtures.chain()) + ",\n null]\n");
        assertThatThrownBy(() -> ChainFiles.read(file))
                .isInstanceOf(ChainFormatException.class)
                .hasMessageContaining("array.json")
                .hasMessageContaining("null")
                .satisfies(e -> assertThat(((ChainFormatException) e).line()).isEqualTo(2));
    }
}
