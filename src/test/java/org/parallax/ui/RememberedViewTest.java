package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.ui.common.Messages;
import org.parallax.ui.library.ArticleRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The last view survives a restart, headless: one app context over a real library opens a comparison, picks the
 * timeline tab and a search, and saves its settings; a new context over the same library and settings file shows
 * that comparison again (same articles, same tab) and the search. When the compared articles are gone, the new
 * one quietly shows the library.
 */
@ExtendWith(ApplicationExtension.class)
class RememberedViewTest {

    private static final int WAIT = 90;

    @TempDir
    Path temp;

    private Stage stage;
    private AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    /** What DesktopApp does at start: settings from the file, the view restored, the library loaded. */
    private AppContext run(FxRobot robot) throws Exception {
        UiSettings settings = UiSettings.load(temp.resolve("ui.properties"));
        AppContext c = fx(() -> {
            settings.theme().apply();
            AppContext ctx = AppContext.open(Messages.load(Locale.ENGLISH), settings, temp.resolve("library"),
                    temp.resolve("samples"), false);
            MainView view = ctx.createMainView();
            Scene scene = new Scene(view, 1300, 850);
            scene.getStylesheets().add(AppContext.APP_CSS);
            stage.setScene(scene);
            ctx.restoreView();
            ctx.library().start();
            return ctx;
        });
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> c.library().readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return c;
    }

    /** What DesktopApp does at stop. */
    private void stop(AppContext c) throws Exception {
        fx(() -> {
            c.rememberView();
            c.settings().save();
            return null;
        });
        c.close();
    }

    private void awaitComparison(AppContext c) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> c.comparisonScreen().model().comparison().isPresent()
                && !c.comparisonScreen().model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> comparedIds(AppContext c) throws Exception {
        return fx(() -> c.comparisonScreen().model().comparison().orElseThrow().articles().stream()
                .map(Article::id).toList());
    }

    @Test
    void theComparisonItsTabAndTheSearchComeBackAfterARestart(FxRobot robot) throws Exception {
        AppContext first = run(robot);
        List<String> ids = fx(() -> first.library().articles().stream().map(ArticleRow::id).toList().subList(1, 4));
        fx(() -> first.compare(ids));
        awaitComparison(first);
        robot.interact(() -> {
            first.comparisonScreen().showSideTab(org.parallax.ui.compare.ComparisonScreen.TIMELINE);
            first.library().queryProperty().set("Kursk");
            first.library().fromProperty().set(java.time.LocalDate.of(2024, 10, 1));
        });
        stop(first);
        assertThat(Files.readString(temp.resolve("ui.properties"))).contains("view.page=COMPARISON");

        context = run(robot);
        awaitComparison(context);
        assertThat(comparedIds(context)).isEqualTo(ids);
        assertThat(context.main().pageProperty().get()).isEqualTo(Page.COMPARISON);
        assertThat(robot.lookup("#comparisonScreen").query().isVisible()).isTrue();
        assertThat(robot.lookup("#libraryView").query().isVisible()).isFalse();
        assertThat(context.comparisonScreen().sideTab()).isEqualTo(org.parallax.ui.compare.ComparisonScreen.TIMELINE);
        assertThat(robot.lookup("#comparisonTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("timelineTab");
        assertThat(context.library().queryProperty().get()).isEqualTo("Kursk");
        assertThat(context.library().fromProperty().get()).isEqualTo(java.time.LocalDate.of(2024, 10, 1));
    }

    @Test
    void aComparisonWhoseArticlesAreGoneFallsBackToTheLibrary(FxRobot robot) throws Exception {
        UiSettings settings = UiSettings.load(temp.resolve("ui.properties"));
        settings.setLastView(new UiSettings.LastView(Page.COMPARISON, List.of("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"), 1,
                "", null, null, null));
        settings.save();
        context = run(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.main().pageProperty().get()).isEqualTo(Page.LIBRARY);
        assertThat(context.comparisonScreen().model().comparison()).isEmpty();
        assertThat(robot.lookup("#libraryView").query().isVisible()).isTrue();
        assertThat(fx(() -> context.library().totalProperty().get())).isEqualTo(5);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT, TimeUnit.SECONDS);
    }
}
