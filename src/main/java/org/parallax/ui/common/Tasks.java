package org.parallax.ui.common;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.CancelledException;
import org.parallax.core.progress.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs blocking core calls as {@link Task}s on the app's executor: the core's {@link Progress} becomes the
 * task's progress and message, the task's {@link Task#isCancelled()} becomes the core's {@link Cancellation}.
 * Results and failures reach the caller on the FX thread. The last task started is exposed for the status bar.
 */
public final class Tasks implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);

    /** A blocking core call. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress, Cancellation cancellation) throws Exception;
    }

    private final Executor executor;
    private final BiConsumer<String, Throwable> defaultFailureHandler;
    private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>();
    /** Every task started and not yet finished, shown or not. */
    private final Set<Task<?>> running = ConcurrentHashMap.newKeySet();

    /**
     * @param executor               where tasks run (the app executor; {@code Runnable::run} in view-model tests)
     * @param defaultFailureHandler  told (on the FX thread) of failures the caller does not handle: task title
     *                               and exception
     */
    public Tasks(Executor executor, BiConsumer<String, Throwable> defaultFailureHandler) {
        this.executor = Objects.requireNonNull(executor);
        this.defaultFailureHandler = Objects.requireNonNull(defaultFailureHandler);
    }

    /** A task (not started) that runs {@code work}. */
    public static <T> Task<T> task(String title, Work<T> work) {
        return new Task<>() {
            {
                updateTitle(title);
            }

            @Override
            protected T call() throws Exception {
                Progress progress = (done, total, message) -> {
                    if (total > 0) {
                        updateProgress(done, total);
                    } else {
                        updateProgress(-1, -1);
                    }
                    if (message != null) {
                        updateMessage(message);
                    }
                };
                try {
                    return work.run(progress, this::isCancelled);
                } catch (CancelledException e) {
                    if (isCancelled()) {
                        return null;
                    }
                    throw e;
                }
            }
        };
    }

    /** Starts {@code work}; {@code onSucceeded} gets its result on the FX thread; failures go to the default handler. */
    @Override
    public <T> Task<T> run(String title, Work<T> work, Consumer<? super T> onSucceeded) {
        return run(title, work, onSucceeded, e -> defaultFailureHandler.accept(title, e));
    }

    /** Starts {@code work}; call from the FX thread. Cancellation ends it quietly (logged, no dialog). */
    @Override
    public <T> Task<T> run(String title, Work<T> work, Consumer<? super T> onSucceeded, Consumer<Throwable> onFailed) {
        return start(title, work, onSucceeded, onFailed, true);
    }

    /**
     * Starts {@code work} without showing it in the status bar (a search, a reload): quick jobs that must not
     * hide a long task's progress. Failures go to {@code onFailed}; cancellation ends it quietly.
     */
    @Override
    public <T> Task<T> background(String title, Work<T> work, Consumer<? super T> onSucceeded, Consumer<Throwable> onFailed) {
        return start(title, work, onSucceeded, onFailed, false);
    }

    private <T> Task<T> start(String title, Work<T> work, Consumer<? super T> onSucceeded, Consumer<Throwable> onFailed,
                              boolean shown) {
        Task<T> task = task(title, work);
        running.add(task);
        task.setOnSucceeded(e -> {
            done(task);
            onSucceeded.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            done(task);
            LOG.warn("Task '{}' failed", title, task.getException());
            onFailed.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            done(task);
            LOG.info("Task '{}' cancelled", title);
        });
        if (shown) {
            if (Platform.isFxApplicationThread()) {
                current.set(task);
            } else {
                Platform.runLater(() -> current.set(task));
            }
        }
        executor.execute(task);
        return task;
    }

    private void done(Task<?> task) {
        running.remove(task);
        if (current.get() == task) {
            current.set(null);
        }
    }

    /** The task last started and not yet finished, or {@code null}; changes on the FX thread only. */
    public ReadOnlyObjectProperty<Task<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /**
     * Cancels the current task, if any. The worker is not interrupted: the core stops at its next
     * {@link Cancellation} check, so that no file or index write is cut off half-way (an interrupt closes
     * Lucene's file channels under it).
     */
    public void cancelCurrent() {
        Task<?> t = current.get();
        if (t != null && t.getState() != Worker.State.SUCCEEDED) {
            t.cancel(false);
        }
    }

    /** Cancels every unfinished task the same way (when the app stops). */
    public void cancelAll() {
        for (Task<?> t : running) {
            if (!t.isDone()) {
                t.cancel(false);
            }
        }
    }
}
