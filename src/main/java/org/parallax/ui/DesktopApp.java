package org.parallax.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.parallax.core.AppDirectories;
import org.parallax.core.ingest.ArticleFiles;
import org.parallax.core.ingest.SampleArticles;
import org.parallax.ui.common.Messages;
import org.parallax.ui.library.LibraryDialogs;
import org.parallax.ui.library.LibraryStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app. Options: {@code --library DIR} opens the library in DIR instead of the default one (its
 * sample articles are copied to {@code DIR-samples} beside it); {@code --screenshot DIR} renders the main views
 * to PNG files in DIR and exits (headless when Monocle is on the class path and no display is set), over a
 * temporary library filled with the sample articles unless {@code --library} is given, at
 * {@code --size WIDTHxHEIGHT} (default 1360x860), comparing the library's largest story or the one holding article
 * {@code --story ID}; {@code --settings FILE} reads and writes the UI settings there instead of the data directory.
 *
 * <p>On first run (an empty library) the sample articles are imported in the background, so a new user sees a
 * real library within seconds.
 */
public class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    private static final double DEFAULT_WIDTH = 1360;
    private static final double DEFAULT_HEIGHT = 860;

    private final List<String> givenArgs;
    private final Runnable afterScreenshots;
    private AppContext context;
    private Stage stage;
    private boolean screenshotMode;
    private Path temporaryLibrary;

    /** Used by {@link Application#launch}: options come from the command line; screenshots end the app. */
    public DesktopApp() {
        this(null, Platform::exit);
    }

    /** For tests and embedding: explicit options and what to do once screenshots are written. */
    public DesktopApp(List<String> args, Runnable afterScreenshots) {
        this.givenArgs = args;
        this.afterScreenshots = afterScreenshots;
    }

    /** Starts the desktop app (blocks until it exits); see {@link DesktopStart#launch}. */
    public static void launch(String[] args) {
        DesktopStart.launch(args);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        List<String> args = givenArgs != null ? givenArgs
                : getParameters() == null ? List.of() : getParameters().getRaw();
        Path screenshotDir = option(args, "--screenshot").map(Path::of).orElse(null);
        String benchmark = option(args, DesktopStart.BENCHMARK_OPTION).orElse(null);
        screenshotMode = screenshotDir != null || benchmark != null;
        Path settingsFile = option(args, "--settings").map(Path::of)
                .orElse(AppDirectories.dataDirectory().resolve(UiSettings.FILE_NAME));
        UiSettings settings = UiSettings.load(settingsFile);
        Messages messages = Messages.load(Locale.getDefault());
        DesktopStart.Folders folders = DesktopStart.folders(args).orElse(null);
        if (folders == null) {
            temporaryLibrary = temporaryDirectory();
            folders = new DesktopStart.Folders(temporaryLibrary.resolve("library").toString(), temporaryLibrary.resolve("samples"));
        }
        String libraryDir = folders.library();
        Path samplesDir = folders.samples();
        context = createContext(messages, settings, libraryDir, samplesDir, !screenshotMode);
        if (!screenshotMode) {
            context.errors().install();
        }
        settings.theme().apply();

        MainView view = context.createMainView();
        // a window larger than the (virtual) screen breaks snapshots under Monocle: fit the screen
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double[] size = size(args).orElse(new double[] {DEFAULT_WIDTH, DEFAULT_HEIGHT});
        Scene scene = new Scene(view, Math.min(size[0], screen.getWidth()), Math.min(size[1], screen.getHeight()));
        scene.getStylesheets().add(AppContext.APP_CSS);
        stage.setScene(scene);
        LibraryStatus opened = context.library().statusProperty().get();
        // a shared library: the window says which one it is on
        stage.setTitle(opened.shared() ? messages.get("app.title") + " — " + opened.location()
                : messages.get("app.title"));
        context.setMainWindow(stage);
        if (!screenshotMode) {
            restoreBounds(settings);
        }
        afterContext(context);
        stage.show();
        LibraryStatus status = context.library().statusProperty().get();
        if (status.state() == LibraryStatus.State.UNAVAILABLE && !screenshotMode) {
            new LibraryDialogs(messages, () -> stage).libraryUnavailable(status);
        }
        if (!screenshotMode) {
            context.restoreView(); // the last page, comparison, search and filters, once the library is read
        }
        context.library().start();
        whenReady(context.library().readyProperty(), () -> logFirstFrame(scene));
        List<Path> toOpen = filesToOpen(args);
        if (!toOpen.isEmpty() && !screenshotMode) {
            // files given on the command line (a file manager's "Open with Parallax"): import them once ready
            whenReady(context.library().readyProperty(), () -> context.library().importPaths(toOpen));
        }
        if (benchmark != null) {
            whenReady(context.library().readyProperty(), () -> CompareBenchmark.start(scene, context, benchmark));
        } else if (screenshotMode) {
            // the library first, then the comparison of all its articles, then the pictures
            whenReady(context.library().readyProperty(), () -> {
                Runnable capture = () -> Screenshots.captureMainViews(scene, view, context.main(), screenshotDir)
                        .whenComplete((files, e) -> {
                            if (e != null) {
                                LOG.error("Screenshots failed", e);
                            } else {
                                LOG.info("Screenshots written: {}", files);
                            }
                            afterScreenshots.run();
                        });
                String story = option(args, "--story").orElse(null);
                whenStoriesKnown(() -> {
                    List<String> ids = idsToCompare(story);
                    if (ids.size() < 2) {
                        capture.run();
                        return;
                    }
                    Task<?> comparing = context.compare(ids);
                    // the state, not isDone(): a Task reports SUCCEEDED on the FX thread before its future is done
                    if (ended(comparing.getState())) {
                        capture.run();
                    } else {
                        comparing.stateProperty().addListener(new ChangeListener<>() {
                            @Override
                            public void changed(ObservableValue<? extends Worker.State> obs, Worker.State old,
                                                Worker.State now) {
                                if (ended(now)) {
                                    obs.removeListener(this);
                                    capture.run();
                                }
                            }
                        });
                    }
                });
            });
        }
    }

    /**
     * Logs, at the first pulse after the library table got its rows, how long the whole process took to show
     * them: the mark that packaging/linux/measure-startup.sh waits for (what a user sees, not just a window).
     */
    private void logFirstFrame(Scene scene) {
        int rows = context.library().articles().size();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            LOG.info("Library shown: {} articles in the table", rows);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * The articles the screenshots compare: the story holding article {@code story} (any article id), else the
     * library's largest story, else every article.
     */
    private List<String> idsToCompare(String story) {
        List<org.parallax.core.compare.story.Stories.Story> stories = context.main().library().stories();
        if (story != null) {
            for (var s : stories) {
                if (s.contains(story)) {
                    return s.ids();
                }
            }
            LOG.warn("No story holds article {}: comparing the largest story", story);
        }
        return stories.stream().filter(s -> s.comparable())
                .max(Comparator.comparingInt(org.parallax.core.compare.story.Stories.Story::size))
                .map(org.parallax.core.compare.story.Stories.Story::ids)
                .orElseGet(() -> stories.stream().flatMap(s -> s.ids().stream()).toList()); // every article
    }

    /** Runs {@code action} once the library's stories are grouped (or after 30 s without any). */
    private void whenStoriesKnown(Runnable action) {
        int[] waited = {0};
        javafx.animation.PauseTransition poll = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
        poll.setOnFinished(e -> {
            if (!context.main().library().stories().isEmpty() || ++waited[0] >= 120) {
                action.run();
            } else {
                poll.playFromStart();
            }
        });
        poll.play();
    }

    /** {@code --size WIDTHxHEIGHT}, e.g. {@code 1366x768}. */
    static java.util.Optional<double[]> size(List<String> args) {
        return option(args, "--size").map(v -> {
            String[] wh = v.toLowerCase(Locale.ROOT).split("x");
            if (wh.length != 2) {
                throw new IllegalArgumentException("--size takes WIDTHxHEIGHT, e.g. 1366x768: " + v);
            }
            return new double[] {Double.parseDouble(wh[0].strip()), Double.parseDouble(wh[1].strip())};
        });
    }

    private static boolean ended(Worker.State state) {
        return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
    }

    private static void whenReady(ReadOnlyBooleanProperty ready, Runnable action) {
        if (ready.get()) {
            action.run();
            return;
        }
        ready.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (now) {
                    ready.removeListener(this);
                    action.run();
                }
            }
        });
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("parallax-screenshot-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wires the app over the library in {@code libraryDir}; subclasses (a demo, a test) may wrap it. */
    protected AppContext createContext(Messages messages, UiSettings settings, String libraryDir, Path samplesDir,
                                       boolean dialogs) {
        // the library DesktopStart opened while JavaFX started, when it is this one
        return new AppContext(messages, settings, DesktopStart.take(new DesktopStart.Folders(libraryDir, samplesDir)),
                dialogs);
    }

    /** Called once the context and main view exist, before the window shows (e.g. to open a comparison). */
    protected void afterContext(AppContext context) {
    }

    public AppContext context() {
        return context;
    }

    private void restoreBounds(UiSettings settings) {
        settings.window().ifPresentOrElse(b -> {
            boolean visible = !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty();
            if (visible && b.width() > 200 && b.height() > 150) {
                stage.setX(b.x());
                stage.setY(b.y());
                stage.setWidth(b.width());
                stage.setHeight(b.height());
            }
            stage.setMaximized(b.maximized());
        }, stage::centerOnScreen);
    }

    @Override
    public void stop() {
        if (context == null) {
            return;
        }
        if (!screenshotMode && stage != null) {
            UiSettings settings = context.settings();
            if (stage.isMaximized()) {
                settings.setWindow(settings.window()
                        .map(b -> new UiSettings.WindowBounds(b.x(), b.y(), b.width(), b.height(), true))
                        .orElse(new UiSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), true)));
            } else {
                settings.setWindow(new UiSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
            }
            context.rememberView();
            settings.save();
        }
        context.close();
        if (temporaryLibrary != null) {
            deleteQuietly(temporaryLibrary);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete the temporary library {}", dir, e);
        }
    }

    /** The article files among the arguments (everything that is not an option or an option's value). */
    static List<Path> filesToOpen(List<String> args) {
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("--")) {
                i++;
            } else if (ArticleFiles.isArticleFile(Path.of(args.get(i)))) {
                files.add(Path.of(args.get(i)));
            }
        }
        return files;
    }

    private static java.util.Optional<String> option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? java.util.Optional.of(args.get(i + 1)) : java.util.Optional.empty();
    }
}
