package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Paste dialog, headless: its text area has the focus when it opens, so what is typed goes into it and Enter
 * starts a new line there instead of pressing Add (the default button); Add then adds both lines.
 */
@ExtendWith(ApplicationExtension.class)
class PasteDialogTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void enterInTheTextAreaInsertsANewlineAndDoesNotAddTheArticle(FxRobot robot) throws Exception {
        Platform.runLater(() -> Clipboard.getSystemClipboard().clear());
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Optional<LibraryDialogs.PastedText>> result = new AtomicReference<>();
        LibraryDialogs dialogs = new LibraryDialogs(Messages.load(Locale.ENGLISH), () -> owner);
        Platform.runLater(() -> result.set(dialogs.paste()));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#pasteText").tryQuery().isPresent());
        TextArea text = robot.lookup("#pasteText").queryAs(TextArea.class);
        WaitForAsyncUtils.waitForFxEvents();
        // a click on the dialog's header (the robot types into the focused window), not on the text area: the
        // text area has the focus when the dialog opens
        robot.clickOn("#pasteDialog .header-panel");
        robot.write("First line");
        robot.type(KeyCode.ENTER);
        robot.write("Second line");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text.getText()).isEqualTo("First line\nSecond line");
        assertThat(result.get()).as("the dialog is still open").isNull();
        assertThat(Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().lookup("#pasteDialog") != null)).isTrue();

        // the Add button still adds what was typed, both lines
        robot.clickOn("#addPasted");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> result.get() != null);
        assertThat(result.get()).hasValueSatisfying(p -> assertThat(p.text()).isEqualTo("First line\nSecond line"));
    }
}
