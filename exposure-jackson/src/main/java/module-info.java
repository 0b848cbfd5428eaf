/**
 * The Jackson module of the exposure shapes ({@code dev.exposure.jackson.ExposureModule}), the chain readers and
 * writers, and the bundled sample chains ({@code dev.exposure.jackson.samples}).
 *
 * <p>Reads the core and Jackson's databind transitively, as their types appear in this module's API. The Jackson
 * module is provided as a service, so {@code ObjectMapper.findAndRegisterModules()} finds it on the module path as
 * it does through {@code META-INF/services} on the class path.
 */
module dev.exposure.jackson {
    requires transitive dev.exposure.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;

    exports dev.exposure.jackson;
    exports dev.exposure.jackson.samples;

    provides com.fasterxml.jackson.databind.Module with dev.exposure.jackson.ExposureModule;
}
