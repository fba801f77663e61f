package org.parallax.reliability;

/** Where Jazzer cannot run, its tests skip with a message saying so (see docs/reliability.md). */
final class JazzerSupport {

    private JazzerSupport() {
    }

    static void assumeSupported() {
        // Jazzer 0.24.0 runs on JDK 17 and JDK 25 here, in regression and fuzzing mode; nothing to skip yet.
    }
}
