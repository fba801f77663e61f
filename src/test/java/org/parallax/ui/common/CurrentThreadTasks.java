package org.parallax.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

/**
 * Runs each task's work at once on the calling thread, then its success or failure handler, as JabRef's
 * {@code CurrentThreadTaskExecutor}: view-model tests need no FX thread and no waiting. The task returned is
 * a handle only (never run, so that it touches no toolkit). Failures without their own handler are kept.
 */
public final class CurrentThreadTasks implements TaskRunner {

    private final List<Throwable> failures = new ArrayList<>();
    private final List<String> started = new ArrayList<>();

    @Override
    public <T> Task<T> run(String title, Tasks.Work<T> work, Consumer<? super T> onSucceeded) {
        return run(title, work, onSucceeded, failures::add);
    }

    @Override
    public <T> Task<T> run(String title, Tasks.Work<T> work, Consumer<? super T> onSucceeded,
                           Consumer<Throwable> onFailed) {
        return background(title, work, onSucceeded, onFailed);
    }

    @Override
    public <T> Task<T> background(String title, Tasks.Work<T> work, Consumer<? super T> onSucceeded,
                                  Consumer<Throwable> onFailed) {
        started.add(title);
        T value;
        try {
            value = work.run(Progress.NONE, Cancellation.NEVER);
        } catch (Exception e) {
            onFailed.accept(e);
            return handle();
        }
        onSucceeded.accept(value);
        return handle();
    }

    /** A task that is never run (its title is not set either: that needs the FX toolkit). */
    private static <T> Task<T> handle() {
        return new Task<>() {
            @Override
            protected T call() {
                return null;
            }
        };
    }

    /** Failures that went to the default handler (tasks started without their own). */
    public List<Throwable> failures() {
        return failures;
    }

    /** The titles of the tasks run, in order. */
    public List<String> started() {
        return started;
    }
}
