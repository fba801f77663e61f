package org.parallax.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's one handler of unexpected errors: logs them with their stack, then shows a dialog with the
 * user-facing message (the stack folded away). Dialogs can be turned off (screenshots, tests).
 */
public final class ErrorHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    private final Messages messages;
    private final Supplier<Window> owner;
    private final boolean dialogs;

    public ErrorHandler(Messages messages, Supplier<Window> owner, boolean dialogs) {
        this.messages = messages;
        this.owner = owner;
        this.dialogs = dialogs;
    }

    /** Makes this the handler of every thread's uncaught exceptions. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        LOG.error("Uncaught exception in {}", thread.getName(), e);
        show(messages.get("error.unexpected"), e);
    }

    /** Reports a failure of something the user asked for ({@code what}): logged and shown. */
    public void report(String what, Throwable e) {
        LOG.error("{} failed", what, e);
        show(messages.format("error.failed", what), e);
    }

    private void show(String header, Throwable e) {
        if (!dialogs) {
            return;
        }
        Runnable dialog = () -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle(messages.get("error.title"));
            alert.setHeaderText(header);
            alert.setContentText(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            StringWriter stack = new StringWriter();
            e.printStackTrace(new PrintWriter(stack));
            TextArea details = new TextArea(stack.toString());
            details.setEditable(false);
            details.setPrefRowCount(12);
            alert.getDialogPane().setExpandableContent(details);
            Window w = owner.get();
            if (w != null) {
                alert.initOwner(w);
            }
            alert.show();
        };
        if (Platform.isFxApplicationThread()) {
            dialog.run();
        } else {
            Platform.runLater(dialog);
        }
    }
}
