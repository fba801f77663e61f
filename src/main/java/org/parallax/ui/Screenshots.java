package org.parallax.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.parallax.ui.compare.ClaimsView;
import org.parallax.ui.compare.ComparisonScreen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders scenes to PNG with {@link Scene#snapshot}: works without a display under Monocle headless
 * (and in a normal window). {@link #captureMainViews} walks the main window through its pages.
 */
public final class Screenshots {

    private static final Logger LOG = LoggerFactory.getLogger(Screenshots.class);
    private static final Duration SETTLE = Duration.millis(400);
    /** The search shown in {@code library-search.png}. */
    static final String SAMPLE_QUERY = "\"North Korean\" AND Kursk";

    private Screenshots() {
    }

    /** Writes a snapshot of {@code scene} to {@code file} (PNG); call on the FX thread. */
    public static Path write(Scene scene, Path file) throws IOException {
        WritableImage image = scene.snapshot(null);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        if (!ImageIO.write(toBufferedImage(image), "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
        LOG.info("Wrote {} ({}x{})", file, (int) image.getWidth(), (int) image.getHeight());
        return file;
    }

    /** The snapshot's pixels as ARGB, for ImageIO (what javafx-swing's SwingFXUtils did, without shipping it). */
    static BufferedImage toBufferedImage(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    /**
     * Shows each main page in turn and writes {@code library.png}, {@code library-search.png}, the comparison's
     * claims view ({@code claims.png}, {@code claims-dark.png}), its side-by-side view ({@code comparison.png},
     * {@code comparison-dark.png}), its timeline ({@code timeline.png}) and {@code shortcuts.png} into {@code dir};
     * call on the FX thread. The future
     * completes (on the FX thread) when all are written; the view is left as it was, light theme.
     */
    public static CompletableFuture<List<Path>> captureMainViews(Scene scene, MainView view, MainViewModel viewModel, Path dir) {
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        List<Path> written = new ArrayList<>();
        Theme theme = viewModel.themeProperty().get();
        List<Runnable> steps = List.of(
                () -> {
                    viewModel.themeProperty().set(Theme.LIGHT);
                    viewModel.pageProperty().set(Page.LIBRARY);
                },
                () -> {
                    // the sample articles' story chosen: the panel shows it selected, the table its articles
                    viewModel.library().stories().stream().filter(s -> s.comparable()).findFirst()
                            .ifPresent(s -> viewModel.library().storyProperty().set(s));
                },
                () -> {
                    // once the table lists the story (read in the background), its newest article opened
                    if (!view.libraryView().table().getItems().isEmpty()) {
                        view.libraryView().table().getSelectionModel().clearAndSelect(0);
                    }
                },
                () -> {
                    // the article is read in full in the background before the detail shows it
                },
                () -> {
                    written.add(shot(scene, dir.resolve("library.png")));
                    viewModel.library().queryProperty().set(SAMPLE_QUERY);
                    viewModel.library().searchNow();
                },
                () -> {
                    // a search of a few articles takes milliseconds; one more pause to be sure it is drawn
                },
                () -> {
                    if (!view.libraryView().results().getItems().isEmpty()) {
                        view.libraryView().results().getSelectionModel().clearAndSelect(0);
                    }
                },
                () -> {
                    written.add(shot(scene, dir.resolve("library-search.png")));
                    viewModel.library().queryProperty().set("");
                    viewModel.pageProperty().set(Page.COMPARISON);
                    view.comparisonScreen().showSideTab(ComparisonScreen.FIGURES);
                    // the first claim that differs selected, every row closed: the overview a reader opens on
                    ClaimsView figures = view.comparisonScreen().figures();
                    int differ = firstDiffering(figures);
                    if (differ >= 0) {
                        figures.select(differ);
                    }
                },
                () -> {
                    written.add(shot(scene, dir.resolve("claims.png")));
                    viewModel.themeProperty().set(Theme.DARK);
                },
                () -> {
                    written.add(shot(scene, dir.resolve("claims-dark.png")));
                    // the side-by-side view shows the selected claim's first mention
                    view.comparisonScreen().showSideTab(ComparisonScreen.SIDE_BY_SIDE);
                },
                () -> {
                },
                () -> {
                    written.add(shot(scene, dir.resolve("comparison-dark.png")));
                    viewModel.themeProperty().set(Theme.LIGHT);
                },
                () -> {
                    written.add(shot(scene, dir.resolve("comparison.png")));
                    view.comparisonScreen().showSideTab(ComparisonScreen.TIMELINE);
                },
                () -> {
                    written.add(shot(scene, dir.resolve("timeline.png")));
                    view.comparisonScreen().showSideTab(ComparisonScreen.FIGURES);
                    view.toggleShortcuts();
                },
                () -> {
                    written.add(shot(scene, dir.resolve("shortcuts.png")));
                    view.toggleShortcuts();
                    viewModel.themeProperty().set(theme);
                    done.complete(List.copyOf(written));
                });
        run(steps, 0, done);
        return done;
    }

    /** The first row of the claims view whose verdict is Differ, else the first row, else -1. */
    private static int firstDiffering(ClaimsView figures) {
        for (int i = 0; i < figures.rows().size(); i++) {
            if (figures.rows().get(i).verdict() == org.parallax.core.compare.claim.Verdict.DIFFER) {
                return i;
            }
        }
        return figures.rows().isEmpty() ? -1 : 0;
    }

    private static void run(List<Runnable> steps, int index, CompletableFuture<?> done) {
        try {
            steps.get(index).run();
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
            return;
        }
        if (index + 1 < steps.size()) {
            PauseTransition pause = new PauseTransition(SETTLE);
            pause.setOnFinished(e -> run(steps, index + 1, done));
            pause.play();
        }
    }

    private static Path shot(Scene scene, Path file) {
        try {
            return write(scene, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
