package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.TermStructure;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExposureModuleTest {

    @Test
    void findAndRegisterModules_findsTheModuleThroughItsServiceFile() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).contains("ExposureModule");
        String json = mapper.writeValueAsString(Fixtures.termStructure());
        assertThat(mapper.readValue(json, TermStructure.class)).isEqualTo(Fixtures.termStructure());
    }

    @Test
    void findModules_listsTheModule() {
        // Jackson's own service lookup: META-INF/services on the class path, the module's "provides" on the module path
        assertThat(ObjectMapper.findModules()).anyMatch(m -> m instanceof ExposureModule);
    }

    @Test
    void serviceFile_namesTheModuleForTheClassPath() throws Exception {
        try (InputStream in = ExposureModule.class.getResourceAsStream(
                "/META-INF/services/" + Module.class.getName())) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))).containsExactly(ExposureModule.class.getName());
        }
    }

    @Test
    void version_isTheProjectVersion() {
        assertThat(new ExposureModule().version()).isEqualTo(PackageVersion.VERSION);
        assertThat(new PackageVersion().version()).isSameAs(PackageVersion.VERSION);
        assertThat(PackageVersion.VERSION.getGroupId()).isEqualTo("dev.exposure");
        assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("exposure-jackson");
        // surefire passes the pom's version, so the constant cannot drift from the build
        String fromBuild = System.getProperty("exposure.project.version");
        if (fromBuild != null) {
            assertThat(PackageVersion.VERSION.toString()).isEqualTo(fromBuild);
        }
        assertThat(PackageVersion.VERSION.toString()).isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test
    void registeringTwice_isHarmless() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new ExposureModule())
                .registerModule(new ExposureModule());
        assertThat(mapper.writeValueAsString(Fixtures.basket())).isEqualTo(
                ExposureJson.newMapper().writeValueAsString(Fixtures.basket()));
    }

    @Test
    void readConstraints_areTheDocumentedLimits() {
        assertThat(ExposureJson.readConstraints().getMaxNestingDepth()).isEqualTo(16);
        assertThat(ExposureJson.readConstraints().getMaxNumberLength()).isEqualTo(400);
        assertThat(ExposureJson.readConstraints().getMaxStringLength()).isEqualTo(16_384);
        assertThat(ExposureJson.readConstraints().getMaxDocumentLength()).isEqualTo(64L << 20);
        assertThat(ExposureJson.newMapper().getFactory().streamReadConstraints())
                .isSameAs(ExposureJson.readConstraints());
    }
}
