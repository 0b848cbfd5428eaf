package dev.exposure.server;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared real-data directory: the {@code exposure.shared.dir} property, else a {@code shared} sibling. */
final class SharedData {

    private SharedData() {
    }

    static Path dir() {
        String prop = System.getProperty("exposure.shared.dir");
        if (prop != null && Files.isDirectory(Path.of(prop, "data"))) {
            return Path.of(prop);
        }
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("data"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared data directory: set -Dexposure.shared.dir");
    }
}
