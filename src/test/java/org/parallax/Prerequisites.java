package org.parallax;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from outside the repository (shared data, a program such as {@code strace} or
 * {@code chromium} that {@code .ci/run} installs). Under CI ({@code CI=true}) a missing prerequisite fails the
 * test, so a CI run cannot go green by skipping; elsewhere the test is skipped and says so on stderr and in the
 * report.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /** True under CI, where a missing prerequisite is a failure, not a skip. */
    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Does nothing when {@code present}; else fails under CI and skips the calling test loudly elsewhere. */
    public static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if (underCi()) {
            fail(missing + "; CI=true, so this is a failure");
        }
        System.err.println("SKIPPED (missing prerequisite): " + missing);
        Assumptions.abort(missing + "; test skipped");
    }
}
