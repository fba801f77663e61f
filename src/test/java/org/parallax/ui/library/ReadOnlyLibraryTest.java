package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;
import org.parallax.ui.AppContext;
import org.parallax.ui.UiSettings;
import org.parallax.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A library another window holds opens read-only: a banner says so, the articles show, changes are disabled. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyLibraryTest {

    @TempDir
    Path temp;

    private CoreLibraryActions owner;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        owner = CoreLibraryActions.open(temp.resolve("library"), temp.resolve("samples"));
        owner.importSamplesIfEmpty(Progress.NONE, Cancellation.NEVER);
        UiSettings settings = UiSettings.load(temp.resolve("ui.properties"));
        context = AppContext.open(Messages.load(Locale.ENGLISH), settings, temp.resolve("library"), temp.resolve("samples"), false);
        Scene scene = new Scene(context.createMainView(), 1200, 800);
        scene.getStylesheets().add(AppContext.APP_CSS);
        stage.setScene(scene);
        stage.show();
        context.library().start();
    }

    @AfterEach
    void close() {
        context.close();
        owner.close();
    }

    @Test
    void showsTheArticlesWithAReadOnlyBannerAndNoWayToChangeThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.library().readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#libraryBanner").tryQuery()).isPresent();
        assertThat(context.library().statusProperty().get().message()).contains("another Parallax window");
        assertThat(robot.lookup("#articleTable").queryAs(TableView.class).getItems()).hasSize(5);
        assertThat(robot.lookup("#editArticle").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#removeArticle").query().isDisabled()).isTrue();
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem importFiles = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu.file.import".equals(i.getId())).findFirst().orElseThrow();
        assertThat(importFiles.isDisable()).isTrue();
        assertThat(context.library().lastImportProperty().get()).as("no first-run import into a read-only library").isNull();
    }
}
