package org.parallax.ui;

import java.util.Objects;
import javafx.stage.Window;
import org.parallax.ui.common.AppExecutor;
import org.parallax.ui.common.ErrorHandler;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Tasks;
import org.parallax.ui.compare.ComparisonViewModel;
import org.parallax.ui.library.LibraryActions;

/**
 * Wires the desktop app once: strings, settings, the one executor, the task helper, the error handler and the
 * view models, handed to the views through their constructors. No static singletons; closed when the app stops.
 */
public final class AppContext implements AutoCloseable {

    /** The app's stylesheet, on top of the AtlantaFX user-agent theme. */
    public static final String APP_CSS = Objects.requireNonNull(
            AppContext.class.getResource("/org/parallax/ui/parallax.css")).toExternalForm();

    private final Messages messages;
    private final UiSettings settings;
    private final AppExecutor executor;
    private final ErrorHandler errors;
    private final Tasks tasks;
    private final ComparisonViewModel comparison;
    private final MainViewModel main;
    private Window mainWindow;

    /**
     * @param dialogs whether errors are shown as dialogs (off for screenshots)
     */
    public AppContext(Messages messages, UiSettings settings, LibraryActions library, boolean dialogs) {
        this.messages = messages;
        this.settings = settings;
        this.executor = new AppExecutor("parallax-worker", Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.errors = new ErrorHandler(messages, () -> mainWindow, dialogs);
        this.tasks = new Tasks(executor, errors::report);
        this.comparison = new ComparisonViewModel();
        this.main = new MainViewModel(comparison, library, tasks, messages);
        main.themeProperty().set(settings.theme());
        main.themeProperty().addListener((obs, old, theme) -> {
            theme.apply();
            settings.setTheme(theme);
        });
    }

    public MainView createMainView() {
        return new MainView(main, messages);
    }

    public void setMainWindow(Window window) {
        this.mainWindow = window;
    }

    public Messages messages() {
        return messages;
    }

    public UiSettings settings() {
        return settings;
    }

    public ErrorHandler errors() {
        return errors;
    }

    public Tasks tasks() {
        return tasks;
    }

    public AppExecutor executor() {
        return executor;
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }

    public MainViewModel main() {
        return main;
    }

    @Override
    public void close() {
        executor.close();
    }
}
