package org.parallax.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/** The keyboard-shortcut card shown over the window by F1. */
final class ShortcutsView extends VBox {

    private static final List<String[]> SHORTCUTS = List.of(
            new String[] {"F8", "shortcut.nextDifference"},
            new String[] {"Shift+F8", "shortcut.previousDifference"},
            new String[] {"Ctrl+.  /  Ctrl+,", "shortcut.differenceAlt"},
            new String[] {"Ctrl+→  /  Ctrl+←", "shortcut.column"},
            new String[] {"Enter", "shortcut.versions"},
            new String[] {"Esc", "shortcut.close"},
            new String[] {"Ctrl+1  /  Ctrl+2", "shortcut.pages"},
            new String[] {"Ctrl+O", "shortcut.import"},
            new String[] {"Ctrl+Shift+V", "shortcut.paste"},
            new String[] {"Ctrl+F", "shortcut.search"},
            new String[] {"Ctrl+Enter", "shortcut.compare"},
            new String[] {"Ctrl+Shift+Enter", "shortcut.compareStory"},
            new String[] {"Ctrl+E  /  Delete", "shortcut.editRemove"},
            new String[] {"Ctrl+Shift+E", "shortcut.export"},
            new String[] {"F1", "shortcut.help"});

    ShortcutsView(Messages messages, Runnable close) {
        super(12);
        setId("shortcutsOverlay");
        getStyleClass().add(Styles.SHORTCUTS);
        setPadding(new Insets(20, 24, 20, 24));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label title = new Label(messages.get("shortcuts.title"));
        title.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_3);
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        for (int i = 0; i < SHORTCUTS.size(); i++) {
            Label key = new Label(SHORTCUTS.get(i)[0]);
            key.getStyleClass().add(Styles.KEY);
            grid.add(key, 0, i);
            grid.add(new Label(messages.get(SHORTCUTS.get(i)[1])), 1, i);
        }
        Button ok = new Button(messages.get("shortcuts.close"));
        ok.setId("closeShortcuts");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> close.run());
        VBox.setMargin(ok, new Insets(6, 0, 0, 0));
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(title, grid, ok);
        setAccessibleText(messages.get("shortcuts.title"));
    }
}
