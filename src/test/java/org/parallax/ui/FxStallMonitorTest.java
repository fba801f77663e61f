package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The FX-thread stall monitor sees a blocked FX thread while on, and nothing while off. */
@ExtendWith(ApplicationExtension.class)
class FxStallMonitorTest {

    private static final long BLOCKED_MILLIS = 300;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private static void blockFxThread(FxRobot robot) {
        robot.interact(() -> {
            try {
                Thread.sleep(BLOCKED_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void aBlockedFxThreadIsAGapAtLeastAsLongWhileOnAndNothingWhileOff(FxRobot robot) throws Exception {
        FxStallMonitor monitor = new FxStallMonitor();
        robot.interact(monitor::start);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(monitor::pulses).get() > 3);
        blockFxThread(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(monitor::pulses).get() > 6);
        assertThat(WaitForAsyncUtils.asyncFx(monitor::longestGapMillis).get()).isGreaterThanOrEqualTo(BLOCKED_MILLIS);

        robot.interact(() -> {
            monitor.stop();
            monitor.reset();
        });
        blockFxThread(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(monitor::pulses).get()).isZero();
        assertThat(WaitForAsyncUtils.asyncFx(monitor::longestGapMillis).get()).isZero();
        assertThat(monitor.isRunning()).isFalse();
    }
}
