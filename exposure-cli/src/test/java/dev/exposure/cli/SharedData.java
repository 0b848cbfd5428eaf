package dev.exposure.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real data files of {@code ../shared/data}: the system property {@code exposure.shared.dir} (set by the
 * build), else a {@code shared} directory beside the working directory or one of its parents. The files are never
 * copied into the repository.
 */
public final class SharedData {

    /** The Cboe quote table of SPX downloaded on Sunday 2024-01-07 at 10:52 New York. */
    public static final String SPX_2024_01_07 = "cboe/spx-2024-01-07.csv";

    private SharedData() {
    }

    /**
     * Returns a file or directory below {@code shared/data}.
     *
     * @param relative e.g. {@code cboe/spx-2024-01-07.csv}
     * @return the path, which exists
     * @throws IllegalStateException if the shared data cannot be found
     */
    public static Path data(String relative) {
        Path p = root().resolve("data").resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing real data file " + p);
        }
        return p;
    }

    private static Path root() {
        String property = System.getProperty("exposure.shared.dir");
        if (property != null && Files.isDirectory(Path.of(property, "data"))) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path shared = dir.resolveSibling("shared");
            if (Files.isDirectory(shared.resolve("data"))) {
                return shared;
            }
        }
        throw new IllegalStateException("cannot find the shared data directory: set -Dexposure.shared.dir");
    }
}
