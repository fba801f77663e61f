package org.parallax.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leaves the running JVM's code to HotSpot's quick compiler (C1) for the rest of the process, as
 * {@code -XX:TieredStopAtLevel=1} would, for a command that cannot set JVM flags ({@code java -jar}).
 *
 * <p>Why: an import is a short process that runs much code a few thousand times. With HotSpot's defaults its
 * optimising compiler (C2) compiles some 900 methods (Lucene's indexing chain, the extractors, regular
 * expressions) and costs more CPU than it gains: importing 3,000 generated articles took 21 s of CPU with the
 * defaults and 10-11 s with C2 left out (docs/benchmarks.md, "Import throughput").
 *
 * <p>How: a compiler directive ({@code jcmd PID Compiler.directives_add}) through the JVM's own diagnostic
 * command bean, excluding every method from C2; a method C2 may not compile is compiled by C1 without profiling
 * (HotSpot's tiered policy falls back to its "simple" level). Nothing happens on a JVM without that bean (another
 * vendor, or a runtime without {@code jdk.management}); the import then runs with the JVM's defaults.
 * {@code -Dparallax.fullJit=true} keeps the defaults.
 */
final class QuickCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(QuickCompiler.class);

    /** Every method: no C2 compilation. (HotSpot's directive format, JSON with unquoted keys.) */
    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private QuickCompiler() {
    }

    /**
     * Files from which an import keeps both compilers: C2's faster code pays for itself in a long import
     * (measured, idle machine: 10,000 generated articles 17.8 s with C1 only against 25.0 s with both; 100,000
     * articles 142.7 s against 108.3 s).
     */
    static final int LONG_IMPORT_FILES = 40_000;

    /**
     * Asks for C1 only from now on for an import of these paths, unless {@code parallax.fullJit} is set or the
     * paths hold {@value #LONG_IMPORT_FILES} files or more (counted up to that); true when the JVM accepted it.
     */
    static boolean request(List<Path> paths) {
        if (Boolean.getBoolean("parallax.fullJit")) {
            return false;
        }
        if (holdAtLeast(paths, LONG_IMPORT_FILES)) {
            LOG.info("Import of {} files or more: with the JVM's default compilers", LONG_IMPORT_FILES);
            return false;
        }
        return request();
    }

    /** Whether these files and folders hold at least {@code wanted} files (counted no further). */
    static boolean holdAtLeast(List<Path> paths, long wanted) {
        long files = 0;
        for (Path p : paths) {
            try (java.util.stream.Stream<Path> walk = Files.walk(p)) {
                files += walk.filter(Files::isRegularFile).limit(wanted - files).count();
            } catch (Exception e) {
                files++; // unreadable: the import reports it
            }
            if (files >= wanted) {
                return true;
            }
        }
        return false;
    }

    /** Asks for C1 only from now on, unless {@code parallax.fullJit} is set; true when the JVM accepted it. */
    static boolean request() {
        if (Boolean.getBoolean("parallax.fullJit")) {
            return false;
        }
        Path file = null;
        try {
            file = Files.createTempFile("parallax-compiler-", ".json");
            Files.writeString(file, DIRECTIVE);
            Object result = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            LOG.info("Import with the quick compiler only (C1): {}", String.valueOf(result).strip());
            return true;
        } catch (Exception | LinkageError e) {
            LOG.info("Import with the JVM's default compilers: the quick-compiler directive was not accepted ({})",
                    e.toString());
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (Exception e) {
                    LOG.debug("Could not delete {}", file, e);
                }
            }
        }
    }
}
