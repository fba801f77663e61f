package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The headless screen of {@code --screenshot} holds the window at any {@code --size}. */
class DesktopStartTest {

    @Test
    void theHeadlessScreenHoldsALargerSizeAndKeepsItsDefaultForSmallerOnes() {
        assertThat(DesktopStart.headlessGeometry(List.of("--screenshot", "out"))).isEqualTo("1600x1000-32");
        assertThat(DesktopStart.headlessGeometry(List.of("--screenshot", "out", "--size", "1366x768")))
                .isEqualTo("1600x1000-32");
        assertThat(DesktopStart.headlessGeometry(List.of("--screenshot", "out", "--size", "1920x1080")))
                .isEqualTo("1920x1080-32");
        assertThat(DesktopStart.headlessGeometry(List.of("--size", "2560X1440", "--screenshot", "out")))
                .isEqualTo("2560x1440-32");
    }
}
