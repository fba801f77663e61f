package org.parallax.ui.common;

import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs blocking core calls for a view model, results and failures handed back on the FX thread. {@link Tasks}
 * is the app's (an executor of background threads); view-model tests use one that runs the work on the calling
 * thread, so that they need neither a display nor waiting.
 */
public interface TaskRunner {

    /** Starts {@code work}, shown in the status bar; failures go to the app's default handler. */
    <T> Task<T> run(String title, Tasks.Work<T> work, Consumer<? super T> onSucceeded);

    /** Starts {@code work}, shown in the status bar. Cancellation ends it quietly. */
    <T> Task<T> run(String title, Tasks.Work<T> work, Consumer<? super T> onSucceeded, Consumer<Throwable> onFailed);

    /** Starts {@code work} without showing it in the status bar (a search, a reload). */
    <T> Task<T> background(String title, Tasks.Work<T> work, Consumer<? super T> onSucceeded,
                           Consumer<Throwable> onFailed);
}
