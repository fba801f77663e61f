package org.parallax.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Child JVMs on the test class path, for tests that need a second process or a process to kill. */
final class Jvm {

    private Jvm() {
    }

    static List<String> command(Path logDir, Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // start quickly: these children live for a second or two
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Xshare:auto");
        cmd.add("-Djava.awt.headless=true");
        if (Runtime.version().feature() >= 22) {
            // as the jar's manifest does (Enable-Native-Access): Lucene maps files through java.lang.foreign
            cmd.add("--enable-native-access=ALL-UNNAMED");
        }
        cmd.add("-Dparallax.log.dir=" + logDir);
        // log as the shipped app does (to the log file), not as the tests do (warnings on stderr)
        cmd.add("-Dlogback.configurationFile=" + Jvm.class.getResource("/logback.xml"));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Process start(Path logDir, Class<?> main, String... args) throws IOException {
        return new ProcessBuilder(command(logDir, main, args)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Runs to the end; the exit code, standard out and standard error. */
    record Result(int exit, String out, String err) {
    }

    static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        Path outFile = java.nio.file.Files.createTempFile("child", ".out");
        Path errFile = java.nio.file.Files.createTempFile("child", ".err");
        pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("child did not finish in " + timeoutSeconds + " s: " + command);
        }
        try {
            return new Result(p.exitValue(), java.nio.file.Files.readString(outFile), java.nio.file.Files.readString(errFile));
        } finally {
            java.nio.file.Files.deleteIfExists(outFile);
            java.nio.file.Files.deleteIfExists(errFile);
        }
    }
}
