package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In a plain {@code mvn test} a Jazzer {@code @FuzzTest} only replays the inputs under
 * {@code <Class>Inputs/<method>/} (regression mode). A fuzz test whose folder is missing or empty replays
 * nothing but Jazzer's one empty input and passes whatever the code does: this test makes that a failure, for
 * every {@code @FuzzTest} in this package, and for every inputs folder that no fuzz test reads any more.
 */
class FuzzInputsTest {

    @Test
    void everyFuzzTestReplaysCheckedInInputsAndEveryInputsFolderHasItsFuzzTest() throws Exception {
        Path dir = packageFolder();
        List<String> expectedFolders = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("FuzzTest.class")).toList()) {
                String name = f.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(FuzzInputsTest.class.getPackageName() + "." + name);
                for (Method m : type.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(FuzzTest.class)) {
                        expectedFolders.add(name + "Inputs/" + m.getName());
                    }
                }
            }
        }
        assertThat(expectedFolders).as("@FuzzTest methods in %s", dir).hasSizeGreaterThanOrEqualTo(4);
        for (String folder : expectedFolders) {
            Path inputs = dir.resolve(folder);
            assertThat(inputs).as("inputs replayed by %s", folder).isDirectory();
            try (Stream<Path> files = Files.list(inputs)) {
                assertThat(files.filter(Files::isRegularFile).count()).as("inputs in %s", inputs).isPositive();
            }
        }
        List<String> foundFolders = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path f : folders.filter(p -> p.getFileName().toString().endsWith("Inputs")).toList()) {
                try (Stream<Path> methods = Files.list(f)) {
                    methods.forEach(m -> foundFolders.add(f.getFileName() + "/" + m.getFileName()));
                }
            }
        }
        assertThat(foundFolders).as("inputs folders with no @FuzzTest to replay them")
                .containsExactlyInAnyOrderElementsOf(expectedFolders);
    }

    /** This package's folder in the test classes, where both the compiled tests and their inputs are. */
    private static Path packageFolder() throws Exception {
        URL here = FuzzInputsTest.class.getResource("FuzzInputsTest.class");
        assertThat(here).isNotNull();
        assertThat(here.getProtocol()).as("test classes on the file system").isEqualTo("file");
        return Path.of(here.toURI()).getParent();
    }
}
