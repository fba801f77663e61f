package org.parallax.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.animation.AnimationTimer;

/**
 * Measures how long the JavaFX application thread went without starting a frame: while started, it notes the
 * time at each pulse (through an {@link AnimationTimer}) and keeps the longest gap between two consecutive pulses,
 * or between {@link #reset()} and the first pulse after it. A gap a little over a frame (about 17 ms) means the
 * thread kept up; a gap of 300 ms is 300 ms in which the window could not answer or draw. It also keeps the most
 * CPU time the FX thread itself used between two pulses: on a busy machine a gap grows while the thread waits for a
 * core, its CPU time does not, so the two together tell the app's work from the machine's load.
 *
 * <p>Off until {@link #start()}, and then it does nothing else; while on, the timer asks JavaFX for a pulse every
 * frame, as any animation does. Used on the FX thread only, by benchmarks (see {@code DesktopInteractionBenchmark}).
 */
public final class FxStallMonitor {

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(System.nanoTime());
        }
    };
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private boolean running;
    private long last;
    private long longest;
    private long lastCpu;
    private long mostCpu;
    private long pulses;

    /** Starts noting pulses, from nothing recorded. */
    public void start() {
        reset();
        if (!running) {
            timer.start();
            running = true;
        }
    }

    /** Stops noting pulses; what was recorded stays readable. */
    public void stop() {
        if (running) {
            timer.stop();
            running = false;
        }
    }

    /** Forgets what was recorded: the next gap is measured from now. */
    public void reset() {
        last = System.nanoTime();
        longest = 0;
        lastCpu = threads.getCurrentThreadCpuTime();
        mostCpu = 0;
        pulses = 0;
    }

    public boolean isRunning() {
        return running;
    }

    /** The longest gap since {@link #reset()} or {@link #start()}, in milliseconds; 0 before the first pulse. */
    public double longestGapMillis() {
        return longest / 1e6;
    }

    /**
     * The most CPU time the FX thread used between two pulses (or between {@link #reset()} and the first pulse)
     * since the last reset, in milliseconds; 0 before the first pulse.
     */
    public double mostCpuMillis() {
        return mostCpu / 1e6;
    }

    /** Pulses noted since {@link #reset()} or {@link #start()}. */
    public long pulses() {
        return pulses;
    }

    private void pulse(long now) {
        longest = Math.max(longest, now - last);
        last = now;
        long cpu = threads.getCurrentThreadCpuTime();
        mostCpu = Math.max(mostCpu, cpu - lastCpu);
        lastCpu = cpu;
        pulses++;
    }
}
