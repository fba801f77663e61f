package org.parallax.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
