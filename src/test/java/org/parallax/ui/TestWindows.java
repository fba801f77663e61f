package org.parallax.ui;

import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.parallax.ui.common.Messages;

/** The desktop app's main window as UI tests open it: a real library in a temporary folder, English strings. */
public final class TestWindows {

    /** An open main window and what it was made from; close the context after the test. */
    public record Opened(AppContext context, MainView view) {
    }

    private TestWindows() {
    }

    /**
     * Shows the main window on {@code stage} over the library in {@code temp/library} (filled with the sample
     * articles when empty, as on a first run), with settings in {@code temp/ui.properties}, and starts loading it.
     */
    public static Opened openMainWindow(Stage stage, Path temp, double width, double height) {
        return openMainWindow(stage, temp.resolve("library").toString(), temp, width, height);
    }

    /**
     * Shows the main window on {@code stage} over the library at {@code location} (a folder or a shared
     * library's address), with settings and sample copies in {@code temp}, and starts loading it.
     */
    public static Opened openMainWindow(Stage stage, String location, Path temp, double width, double height) {
        UiSettings settings = UiSettings.load(temp.resolve("ui.properties"));
        AppContext context = AppContext.open(Messages.load(Locale.ENGLISH), settings, location,
                temp.resolve("samples"), false);
        settings.theme().apply();
        MainView view = context.createMainView();
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(AppContext.APP_CSS);
        stage.setScene(scene);
        stage.show();
        context.library().start();
        return new Opened(context, view);
    }
}
