package dev.exposure.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;

/**
 * The version of this module, reported by {@link ExposureModule#version()}: {@code dev.exposure:exposure-jackson},
 * the project version.
 */
public final class PackageVersion implements Versioned {

    /** The version of the {@code exposure-jackson} artifact, group {@code dev.exposure}. */
    public static final Version VERSION = VersionUtil.parseVersion("0.1.0-SNAPSHOT", "dev.exposure",
            "exposure-jackson");

    /** Creates an instance; the version is also available as {@link #VERSION}. */
    public PackageVersion() {
    }

    /**
     * Returns {@link #VERSION}.
     *
     * @return the version of this module
     */
    @Override
    public Version version() {
        return VERSION;
    }
}
