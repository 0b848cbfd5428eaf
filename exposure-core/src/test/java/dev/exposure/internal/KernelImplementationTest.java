package dev.exposure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which kernel runs: the build runs the tests twice (see the module's pom), without and with
 * {@code --add-modules jdk.incubator.vector}, and tells each run through {@code exposure.test.kernel} which kernel it
 * must have used, so the vector run cannot silently fall back to the scalar kernel.
 */
class KernelImplementationTest {

    /** The kernel this run must use: the build's property, else what the boot layer implies (an IDE run). */
    private static String expected() {
        String property = System.getProperty("exposure.test.kernel");
        if (property != null) {
            return property;
        }
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() ? "vector" : "scalar";
    }

    @Test
    void implementation_ofThisTestRun_isTheOneTheBuildAskedFor() {
        String expected = expected();
        assertThat(expected).isIn("scalar", "vector");
        assertThat(ExposureKernel.implementation()).startsWith(expected + ": ");
        assertThat(VectorKernel.INSTANCE != null).as(ExposureKernel.implementation())
                .isEqualTo("vector".equals(expected));
    }

    @Test
    void implementation_withoutTheIncubatorModule_saysHowToEnableTheVectorKernel() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            // the vector run: the status names the lanes actually used
            assertThat(ExposureKernel.implementation()).matches("vector: \\d+ lanes of double \\(\\d+-bit vectors\\)");
        } else {
            assertThat(ExposureKernel.implementation())
                    .isEqualTo("scalar: module jdk.incubator.vector not present"
                            + " (run with --add-modules jdk.incubator.vector for the vector kernel)");
        }
    }

    @Test
    void load_propertyFalse_keepsTheScalarKernelEvenWithTheModule() {
        Object[] loaded = VectorKernel.load(" FALSE ");
        assertThat(loaded[0]).isNull();
        assertThat(loaded[1]).isEqualTo("scalar: disabled by -Ddev.exposure.vector=false");
    }

    @Test
    void load_propertyAnythingElse_choosesAsTheModuleAllows() {
        Object[] loaded = VectorKernel.load("true");
        boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        assertThat(loaded[0] != null).as((String) loaded[1]).isEqualTo(module);
        assertThat((String) loaded[1]).startsWith(module ? "vector: " : "scalar: module jdk.incubator.vector");
    }
}
