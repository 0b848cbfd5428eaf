package dev.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exposure.calendar.TradingCalendar;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The core's module descriptor, as built: it exports the API packages and nothing else, the internal package only
 * to the project's Jackson module, and needs nothing beyond {@code java.base}. Read from the compiled classes, so
 * the test means the same whether Surefire runs it on the module path or on the class path.
 */
class ModuleDescriptorTest {

    private static ModuleReference core() throws URISyntaxException {
        Path classes = Path.of(OptionChain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ModuleFinder.of(classes).find("dev.exposure.core").orElseThrow(
                () -> new AssertionError("no module dev.exposure.core in " + classes));
    }

    @Test
    void descriptor_exportsOnlyTheApiPackages() throws Exception {
        ModuleDescriptor d = core().descriptor();
        Map<String, Set<String>> exports = d.exports().stream().collect(Collectors.toMap(
                ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));
        assertThat(exports).containsOnly(
                Map.entry("dev.exposure", Set.of()),
                Map.entry("dev.exposure.calendar", Set.of()),
                Map.entry("dev.exposure.internal", Set.of("dev.exposure.jackson")));
        assertThat(d.packages()).contains("dev.exposure", "dev.exposure.calendar", "dev.exposure.internal");
        assertThat(d.opens()).isEmpty();
        assertThat(d.isOpen()).isFalse();
        assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name).containsOnly("java.base");
    }

    @Test
    void resolvedModule_hidesTheInternalPackageFromOtherModules() throws Exception {
        ModuleReference core = core();
        Configuration cf = ModuleLayer.boot().configuration().resolve(ModuleFinder.of(Path.of(
                core.location().orElseThrow())), ModuleFinder.of(), Set.of("dev.exposure.core"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        Module module = layer.findModule("dev.exposure.core").orElseThrow();
        assertThat(module.isExported("dev.exposure")).isTrue();
        assertThat(module.isExported("dev.exposure.calendar")).isTrue();
        assertThat(module.isExported("dev.exposure.internal")).isFalse();
        assertThat(module.isExported("dev.exposure.internal", getClass().getModule())).isFalse();
        // the API is usable from outside the module: Juneteenth 2026 is a holiday, the Monday after a trading day
        Class<?> calendar = layer.findLoader("dev.exposure.core").loadClass(TradingCalendar.class.getName());
        assertThat(calendar.getModule()).isSameAs(module);
        Object nyse = calendar.getMethod("nyse").invoke(null);
        Method isTradingDay = calendar.getMethod("isTradingDay", LocalDate.class);
        assertThat(isTradingDay.invoke(nyse, LocalDate.of(2026, 6, 19))).isEqualTo(false);
        assertThat(isTradingDay.invoke(nyse, LocalDate.of(2026, 6, 22))).isEqualTo(true);
    }
}
