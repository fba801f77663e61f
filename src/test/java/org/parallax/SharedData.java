package org.parallax;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Data that stays outside the repository, in {@code ../shared} (system property {@code parallax.shared}, set by
 * the pom): the seeds' gold, dev-eval's stories and gold, the third-party benchmarks. A test asks for what it
 * reads through {@link #require}: under CI ({@code CI=true}, where {@code ../shared} always exists) a missing
 * file or folder fails the test; elsewhere the test is skipped and says so on stderr and in the report.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder ({@code parallax.shared}, else {@code ../shared}). */
    public static Path root() {
        return Path.of(System.getProperty("parallax.shared", "../shared"));
    }

    /** True under CI, where missing shared data is a failure, not a skip. */
    public static boolean underCi() {
        return Prerequisites.underCi();
    }

    /** {@code root()/relative}, which must exist: fails under CI, else skips the calling test loudly. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        Prerequisites.require(Files.exists(p), "shared data missing: " + p.toAbsolutePath().normalize()
                + " (../shared beside the checkout, or -Dparallax.shared=DIR)");
        return p;
    }
}
