package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.progress.CancelledException;
import org.parallax.core.progress.Progress;
import org.parallax.ui.common.Messages;
import org.parallax.ui.compare.SeedComparisons;
import org.parallax.ui.library.LibraryActions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    @TempDir
    static Path temp;

    private AppContext context;
    private MainView view;

    @Start
    void start(Stage stage) {
        UiSettings settings = UiSettings.load(temp.resolve("ui.properties"));
        context = new AppContext(Messages.load(Locale.ENGLISH), settings, LibraryActions.NOT_WIRED, false);
        settings.theme().apply();
        view = context.createMainView();
        context.comparison().setModel(SeedComparisons.twoOutlets());
        Scene scene = new Scene(view, 1200, 760);
        scene.getStylesheets().add(AppContext.APP_CSS);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void viewMenuSwitchesTheThemeAndTheSettingsRememberIt(FxRobot robot) {
        MenuItem dark = menuItem(robot, "themeDark");
        robot.interact(dark::fire);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(context.main().themeProperty().get()).isEqualTo(Theme.DARK);
        context.settings().save();
        assertThat(UiSettings.load(temp.resolve("ui.properties")).theme()).isEqualTo(Theme.DARK);
        robot.interact(menuItem(robot, "themeLight")::fire);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void pagesSwitchFromTheViewMenu(FxRobot robot) {
        assertThat(robot.lookup("#libraryView").query().isVisible()).isTrue();
        robot.interact(menuItem(robot, "menu.view.comparison")::fire);
        assertThat(robot.lookup("#comparisonScreen").query().isVisible()).isTrue();
        assertThat(robot.lookup("#libraryView").query().isVisible()).isFalse();
    }

    @Test
    void f1ShowsTheShortcutsAndEscapeHidesThem(FxRobot robot) {
        robot.clickOn("#statusBar");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.isShortcutsShowing()).isTrue();
        assertThat(robot.lookup("#shortcutsOverlay").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.isShortcutsShowing()).isFalse();
    }

    @Test
    void noTwoMenuItemsShareAShortcutAndTheCardListsEditAndExport(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<javafx.scene.input.KeyCombination> accelerators = bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream()).map(MenuItem::getAccelerator)
                .filter(java.util.Objects::nonNull).toList();
        assertThat(accelerators).doesNotHaveDuplicates();
        assertThat(menuItem(robot, "menu.file.export").getAccelerator())
                .isNotEqualTo(menuItem(robot, "menu.article.edit").getAccelerator());
        robot.interact(view::toggleShortcuts);
        List<String> keys = robot.lookup("#shortcutsOverlay .label").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList();
        assertThat(keys).contains("Ctrl+Shift+E").anyMatch(k -> k.startsWith("Ctrl+E"));
        robot.interact(view::toggleShortcuts);
    }

    /**
     * A long task reports progress in the status bar; meanwhile the FX thread keeps serving the user (page switch
     * and difference navigation work); Cancel stops the worker through its Cancellation.
     */
    @Test
    void aLongTaskReportsProgressAndCancelsWithoutBlockingTheFxThread(FxRobot robot) throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch workerDone = new CountDownLatch(1);
        AtomicReference<Task<Object>> task = new AtomicReference<>();
        robot.interact(() -> task.set(context.tasks().run("Long job", (Progress progress, org.parallax.core.progress.Cancellation cancel) -> {
            try {
                for (long i = 0; ; i++) {
                    progress.update(i % 100, 100, "step " + i);
                    running.countDown();
                    cancel.check();
                    Thread.onSpinWait();
                }
            } finally {
                workerDone.countDown();
            }
        }, result -> { })));
        assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText().startsWith("step"));
        assertThat(robot.lookup("#cancelTask").query().isVisible()).isTrue();

        // the UI answers while the worker runs
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.main().pageProperty().get()).isEqualTo(Page.COMPARISON);
        // the comparison opens on its claims; the side-by-side tab holds the difference buttons
        robot.interact(() -> context.comparisonScreen().showSideTab(org.parallax.ui.compare.ComparisonScreen.SIDE_BY_SIDE));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nextDifference");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.comparison().getCurrent()).isNotNull();
        assertThat(fx(() -> task.get().isDone())).isFalse();

        robot.clickOn("#cancelTask");
        assertThat(workerDone.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> task.get().getState())).isEqualTo(javafx.concurrent.Worker.State.CANCELLED);
        assertThat(context.tasks().currentProperty().get()).isNull();
        assertThat(robot.lookup("#cancelTask").query().isVisible()).isFalse();
    }

    @Test
    void aFailingCoreCallReachesTheFailureHandlerOnTheFxThread(FxRobot robot) throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        AtomicReference<Boolean> onFx = new AtomicReference<>();
        robot.interact(() -> context.tasks().run("Failing job", (p, c) -> {
            throw new IllegalStateException("broken file");
        }, r -> { }, e -> {
            onFx.set(javafx.application.Platform.isFxApplicationThread() && e.getMessage().equals("broken file"));
            failed.countDown();
        }));
        assertThat(failed.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(onFx.get()).isTrue();
    }

    @Test
    void cancellationBeforeWorkStartsEndsQuietly(FxRobot robot) throws Exception {
        Task<String> t = org.parallax.ui.common.Tasks.task("t", (p, c) -> {
            c.check();
            return "not reached";
        });
        t.cancel();
        t.run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.isCancelled()).isTrue();
        assertThat(fx(t::getValue)).isNull();
        // a CancelledException without cancel() is a real failure
        Task<String> odd = org.parallax.ui.common.Tasks.task("odd", (p, c) -> {
            throw new CancelledException();
        });
        odd.run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(odd::getException)).isInstanceOf(CancelledException.class);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(20, TimeUnit.SECONDS);
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unused")
    private static List<String> ids(MenuBar bar) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).map(MenuItem::getId).toList();
    }
}
