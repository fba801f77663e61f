package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickCompilerTest {

    @Test
    void hotSpotAcceptsTheDirective() throws Exception {
        try {
            assertThat(QuickCompiler.request()).isTrue();
        } finally {
            // leave the rest of this test JVM with its usual compilers
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesRemove",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        }
    }

    @Test
    void fullJitPropertyKeepsTheDefaults() {
        System.setProperty("parallax.fullJit", "true");
        try {
            assertThat(QuickCompiler.request()).isFalse();
        } finally {
            System.clearProperty("parallax.fullJit");
        }
    }

    /** A long import (files in folders and given one by one, folders not counted) keeps both compilers. */
    @Test
    void filesAreCountedInFoldersAndNotFurtherThanWanted(@TempDir Path temp) throws Exception {
        for (int d = 0; d < 3; d++) {
            Path folder = Files.createDirectories(temp.resolve("folder-" + d).resolve("inner"));
            for (int f = 0; f < 4; f++) {
                Files.writeString(folder.resolve(f + ".txt"), "text");
            }
        }
        Path alone = Files.writeString(temp.resolve("alone.txt"), "text");
        assertThat(QuickCompiler.holdAtLeast(List.of(temp), 13)).isTrue();
        assertThat(QuickCompiler.holdAtLeast(List.of(temp), 14)).isFalse();
        assertThat(QuickCompiler.holdAtLeast(List.of(temp.resolve("folder-0"), alone), 5)).isTrue();
        assertThat(QuickCompiler.holdAtLeast(List.of(temp.resolve("folder-0"), alone), 6)).isFalse();
        assertThat(QuickCompiler.holdAtLeast(List.of(temp.resolve("missing")), 2)).isFalse();
    }
}
