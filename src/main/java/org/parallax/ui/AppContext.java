package org.parallax.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.concurrent.Task;
import javafx.stage.Window;
import org.parallax.ui.common.AppExecutor;
import org.parallax.ui.common.ErrorHandler;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Tasks;
import org.parallax.ui.compare.ComparisonScreen;
import org.parallax.ui.compare.ComparisonScreenModel;
import org.parallax.ui.compare.SideBySideViewModel;
import org.parallax.ui.library.CoreLibraryActions;
import org.parallax.ui.library.LibraryActions;
import org.parallax.ui.library.LibraryViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the desktop app once: strings, settings, the one executor, the task helper, the error handler and the
 * view models, handed to the views through their constructors. No static singletons; closed when the app stops.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    /** How long closing waits for cancelled tasks to stop before the library is closed. */
    private static final long CLOSE_GRACE_MILLIS = 10_000;

    /** The app's stylesheet, on top of the AtlantaFX user-agent theme. */
    public static final String APP_CSS = Objects.requireNonNull(
            AppContext.class.getResource("/org/parallax/ui/parallax.css")).toExternalForm();

    private final Messages messages;
    private final UiSettings settings;
    private final AppExecutor executor;
    private final ErrorHandler errors;
    private final Tasks tasks;
    private final ComparisonScreenModel comparisonModel;
    /** The comparison page's nodes, made the first time it is shown or asked for (not while the window opens). */
    private ComparisonScreen comparisonScreen;
    /** The side tab to show once the comparison page exists. */
    private int pendingSideTab;
    private final LibraryActions libraryActions;
    private final LibraryViewModel library;
    private final MainViewModel main;
    private Window mainWindow;
    /** The ids last handed to {@link #compare(List)}, remembered as the open comparison. */
    private List<String> compared = List.of();

    /**
     * Opens the library in {@code libraryDirectory} (read-write; read-only when another Parallax has it; without
     * one when it cannot be opened, see {@link LibraryViewModel#statusProperty()}) and wires the app around it.
     *
     * @param samplesDirectory where the bundled sample articles are copied before they are imported
     * @param dialogs          whether errors are shown as dialogs (off for screenshots)
     */
    public static AppContext open(Messages messages, UiSettings settings, Path libraryDirectory, Path samplesDirectory,
                                  boolean dialogs) {
        return open(messages, settings, libraryDirectory.toString(), samplesDirectory, dialogs);
    }

    /** As {@link #open(Messages, UiSettings, Path, Path, boolean)}, on a folder or a shared library's address. */
    public static AppContext open(Messages messages, UiSettings settings, String libraryLocation, Path samplesDirectory,
                                  boolean dialogs) {
        return new AppContext(messages, settings, CoreLibraryActions.open(libraryLocation, samplesDirectory), dialogs);
    }

    /**
     * @param library the library's actions; the context owns them and closes them with itself
     * @param dialogs whether errors are shown as dialogs (off for screenshots)
     */
    public AppContext(Messages messages, UiSettings settings, LibraryActions library, boolean dialogs) {
        this.messages = messages;
        this.settings = settings;
        this.executor = new AppExecutor("parallax-worker", Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.errors = new ErrorHandler(messages, () -> mainWindow, dialogs);
        this.tasks = new Tasks(executor, errors::report);
        this.comparisonModel = new ComparisonScreenModel(tasks, messages);
        this.libraryActions = library;
        this.library = new LibraryViewModel(library, tasks, messages);
        this.main = new MainViewModel(comparisonModel.view(), this.library, tasks, messages);
        this.library.setOnCompare(ids -> compare(ids));
        main.themeProperty().set(settings.theme());
        main.themeProperty().addListener((obs, old, theme) -> {
            theme.apply();
            settings.setTheme(theme);
        });
    }

    /** Compares the library's articles with these ids (off the FX thread) and shows the comparison page. */
    public Task<?> compare(List<String> ids) {
        LOG.info("Compare {}", ids);
        compared = List.copyOf(ids);
        Task<?> task = comparisonModel.compare(ids, libraryActions::get);
        main.pageProperty().set(Page.COMPARISON);
        return task;
    }

    /** Notes what is on screen (page, compared articles, side tab, search and filters) in the settings, to save. */
    public void rememberView() {
        List<String> ids = comparisonModel.comparison()
                .map(c -> c.articles().stream().map(a -> a.id()).toList())
                .orElse(compared);
        int sideTab = comparisonScreen == null ? pendingSideTab : comparisonScreen.sideTab();
        settings.setLastView(new UiSettings.LastView(main.pageProperty().get(), ids, sideTab,
                library.queryProperty().get(), library.outletFilterProperty().get(), library.fromProperty().get(),
                library.toProperty().get()));
    }

    /**
     * Shows again what the settings remember: the search and filters at once; the comparison once the library is
     * read, if two or more of its articles are still there (else the library, and the log says why).
     */
    public void restoreView() {
        UiSettings.LastView last = settings.lastView();
        library.queryProperty().set(last.query());
        library.outletFilterProperty().set(last.outlet());
        library.fromProperty().set(last.from());
        library.toProperty().set(last.to());
        pendingSideTab = last.sideTab();
        if (last.page() != Page.COMPARISON) {
            return;
        }
        Runnable reopen = () -> library.whichExist(last.comparedIds(), present -> {
            List<String> ids = last.comparedIds().stream().filter(present::contains).toList();
            if (ids.size() < 2) {
                LOG.info("Not reopening the last comparison: {} of its {} articles are still in the library",
                        ids.size(), last.comparedIds().size());
                return;
            }
            if (ids.size() < last.comparedIds().size()) {
                LOG.info("Reopening the last comparison without {} article(s) no longer in the library",
                        last.comparedIds().size() - ids.size());
            }
            Task<?> task = compare(ids);
            comparisonScreen().showSideTab(last.sideTab());
            task.stateProperty().addListener((obs, old, state) -> {
                if (state == javafx.concurrent.Worker.State.SUCCEEDED) {
                    comparisonScreen().showSideTab(last.sideTab());
                }
            });
        });
        if (library.readyProperty().get()) {
            reopen.run();
        } else {
            library.readyProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                    if (now) {
                        obs.removeListener(this);
                        reopen.run();
                    }
                }
            });
        }
    }

    public MainView createMainView() {
        return new MainView(main, messages, comparisonModel, this::comparisonScreen);
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

    /** The comparison page's columns (what "next difference" moves through). */
    public SideBySideViewModel comparison() {
        return comparisonModel.view();
    }

    /** The comparison page's state: the comparison shown, the selection, the summary, the running comparer. */
    public ComparisonScreenModel comparisonModel() {
        return comparisonModel;
    }

    /**
     * The comparison page: columns, summary, claims and quotes tables, timeline, export. Its nodes are made on the
     * first call (the main view asks when the page first shows), so opening the window does not pay for them.
     */
    public ComparisonScreen comparisonScreen() {
        if (comparisonScreen == null) {
            comparisonScreen = new ComparisonScreen(comparisonModel);
        }
        return comparisonScreen;
    }

    public MainViewModel main() {
        return main;
    }

    /** The library's actions (what the view model calls), for tests that read an article in full. */
    public LibraryActions libraryActions() {
        return libraryActions;
    }

    public LibraryViewModel library() {
        return library;
    }

    /** Cancels running tasks, lets them stop at their next check, then closes the library and the executor. */
    @Override
    public void close() {
        tasks.cancelAll();
        executor.shutdown(CLOSE_GRACE_MILLIS);
        libraryActions.close();
        executor.close();
    }
}
