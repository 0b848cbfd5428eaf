package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import dev.exposure.OptionChain;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Jackson module's descriptor, as built, and a consumer on the module path: the exported packages, the
 * service, and a module layer of this module, the core and Jackson's jars in which a mapper reads a chain.
 */
class ModuleDescriptorTest {

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static ModuleDescriptor descriptor() throws URISyntaxException {
        return ModuleFinder.of(location(ExposureModule.class)).find("dev.exposure.jackson").orElseThrow(
                () -> new AssertionError("no module dev.exposure.jackson")).descriptor();
    }

    @Test
    void descriptor_exportsTheApiAndProvidesTheJacksonModule() throws Exception {
        ModuleDescriptor d = descriptor();
        Map<String, Set<String>> exports = d.exports().stream().collect(Collectors.toMap(
                ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));
        assertThat(exports).containsOnly(Map.entry("dev.exposure.jackson", Set.of()),
                Map.entry("dev.exposure.jackson.samples", Set.of()));
        assertThat(d.opens()).isEmpty();
        assertThat(d.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo(Module.class.getName());
            assertThat(p.providers()).containsExactly(ExposureModule.class.getName());
        });
        Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires = d.requires().stream().collect(
                Collectors.toMap(ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));
        assertThat(requires).containsKeys("dev.exposure.core", "com.fasterxml.jackson.databind",
                "com.fasterxml.jackson.dataformat.csv");
        assertThat(requires.get("dev.exposure.core")).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        assertThat(requires.get("com.fasterxml.jackson.databind"))
                .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    }

    @Test
    void moduleLayer_ofTheJarsAlone_resolvesAndReadsAChain() throws Exception {
        ModuleFinder finder = ModuleFinder.of(Stream.of(ExposureModule.class, OptionChain.class, ObjectMapper.class,
                JsonFactory.class, JsonCreator.class, CsvFactory.class).map(t -> {
                    try {
                        return location(t);
                    } catch (URISyntaxException e) {
                        throw new AssertionError(e);
                    }
                }).distinct().toArray(Path[]::new));
        Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(ModuleFinder.of(), finder,
                Set.of("dev.exposure.jackson"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        java.lang.Module core = layer.findModule("dev.exposure.core").orElseThrow();
        assertThat(core.isExported("dev.exposure.internal")).isFalse();
        assertThat(core.isExported("dev.exposure.internal", layer.findModule("dev.exposure.jackson").orElseThrow()))
                .isTrue();

        ClassLoader loader = layer.findLoader("dev.exposure.jackson");
        Class<?> mapperType = loader.loadClass(ObjectMapper.class.getName());
        // findAndRegisterModules finds the module through "provides", as a user's module would
        Object mapper = mapperType.getConstructor().newInstance();
        mapperType.getMethod("findAndRegisterModules").invoke(mapper);
        Class<?> chainType = loader.loadClass(OptionChain.class.getName());
        String json = ExposureJson.newMapper().writeValueAsString(Fixtures.chain());
        Object chain = mapperType.getMethod("readValue", String.class, Class.class).invoke(mapper, json, chainType);
        assertThat(chainType.getMethod("symbol").invoke(chain)).isEqualTo("SPY");
        assertThat(chainType.getMethod("size").invoke(chain)).isEqualTo(Fixtures.chain().size());
    }
}
