package org.parallax.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.parallax.ui.AppContext;
import org.parallax.ui.Screenshots;
import org.parallax.ui.Theme;
import org.parallax.ui.common.AppExecutor;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Tasks;

/**
 * The comparison screen on the five seeds in a window of its own, compared by the real engine. With
 * {@code --screenshot DIR} it writes {@code comparison.png}, {@code claims.png} and {@code timeline.png} into DIR
 * once the comparison is shown, then exits. Run it from the test class path (under Xvfb for screenshots):
 * {@code java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.parallax.ui.compare.ComparisonScreenDemo$Main}.
 */
public final class ComparisonScreenDemo extends Application {

    private AppExecutor executor;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        int i = args.indexOf("--screenshot");
        Path dir = i >= 0 && i + 1 < args.size() ? Path.of(args.get(i + 1)) : null;
        boolean dark = args.contains("--dark");
        (dark ? Theme.DARK : Theme.LIGHT).apply();
        executor = new AppExecutor("parallax-worker", 2);
        Messages messages = Messages.load(Locale.ENGLISH);
        Tasks tasks = new Tasks(executor, (title, e) -> e.printStackTrace());
        ComparisonScreen screen = new ComparisonScreen(tasks, messages);
        Scene scene = new Scene((Parent) screen.view(), 1600, 1000);
        scene.getStylesheets().add(AppContext.APP_CSS);
        stage.setScene(scene);
        stage.setTitle("Parallax — comparison of the seeds");
        stage.show();
        SeedComparisons.Loaded seeds = SeedComparisons.load(SeedComparisons.allNames());
        screen.show(seeds.articles(), seeds.extractions());
        if (dir == null) {
            return;
        }
        screen.model().comparisonProperty().addListener((obs, old, c) -> {
            String suffix = dark ? "-dark" : "";
            List<Runnable> steps = List.of(
                    () -> { },
                    () -> shot(scene, dir.resolve("comparison" + suffix + ".png")),
                    () -> {
                        screen.setSideDivider(0.02);
                        screen.showSideTab(0);
                    },
                    () -> shot(scene, dir.resolve("claims" + suffix + ".png")),
                    () -> {
                        screen.setSideDivider(0.45);
                        screen.showSideTab(2);
                    },
                    () -> shot(scene, dir.resolve("timeline" + suffix + ".png")),
                    Platform::exit);
            run(steps, 0);
        });
    }

    private static void run(List<Runnable> steps, int index) {
        PauseTransition pause = new PauseTransition(Duration.millis(1500));
        pause.setOnFinished(e -> {
            steps.get(index).run();
            if (index + 1 < steps.size()) {
                run(steps, index + 1);
            }
        });
        pause.play();
    }

    private static void shot(Scene scene, Path file) {
        try {
            Screenshots.write(scene, file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }

    /** The main class (not an Application, so that a plain class path works). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(ComparisonScreenDemo.class, args);
        }
    }
}
