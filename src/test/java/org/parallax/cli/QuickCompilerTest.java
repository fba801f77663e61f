package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

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
}
