package org.parallax.ui.library;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/**
 * The library screen. For now a placeholder; the article table (over the core Library) goes in
 * {@link #setContent(javafx.scene.Node)} — the shell and menus already point here.
 */
public final class LibraryView extends BorderPane {

    public LibraryView(Messages messages) {
        setId("libraryView");
        Label title = new Label(messages.get("library.title"), Icons.of(MaterialDesignB.BOOKSHELF));
        title.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_3);
        Label text = new Label(messages.get("library.placeholder"));
        text.setWrapText(true);
        text.setMaxWidth(560);
        VBox box = new VBox(12, title, text);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        box.setId("libraryPlaceholder");
        box.getStyleClass().add(Styles.PLACEHOLDER);
        setCenter(box);
        setAccessibleText(messages.get("library.title"));
    }

    /** Replaces the placeholder with the real library content. */
    public void setContent(javafx.scene.Node content) {
        setCenter(content);
    }
}
