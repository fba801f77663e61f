package org.parallax.ui.library;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.parallax.core.article.Metadata;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.index.MetadataEdit;
import org.parallax.core.index.MetadataEdit.Field;
import org.parallax.ui.common.DateFields;
import org.parallax.ui.common.Messages;

/** The library's dialogs: edit metadata, paste an article, confirm remove and reset. Call on the FX thread. */
public final class LibraryDialogs {

    /** What the paste dialog gives: the text and the metadata the user typed (null fields: not given). */
    public record PastedText(String text, Metadata metadata) {
    }

    private final Messages messages;
    private final Supplier<Window> owner;

    public LibraryDialogs(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** Asks for new metadata of {@code entry}; the edit holds only the fields the user changed. */
    public Optional<MetadataEdit> edit(LibraryEntry entry) {
        Metadata m = entry.article().metadata();
        Dialog<MetadataEdit> dialog = new Dialog<>();
        dialog.setTitle(messages.get("edit.title"));
        dialog.setHeaderText(messages.get("edit.header"));
        dialog.getDialogPane().setId("editDialog");
        TextField outlet = field("editOutlet", m.outlet());
        TextField title = field("editTitle", m.title());
        TextField byline = field("editByline", m.byline());
        DatePicker published = new DatePicker(m.published());
        published.setId("editPublished");
        published.setPromptText("YYYY-MM-DD");
        var editDateInvalid = DateFields.install(published, messages.get("date.invalid"));
        GridPane grid = grid();
        row(grid, 0, "edit.outlet", outlet);
        row(grid, 1, "edit.titleField", title);
        row(grid, 2, "edit.byline", byline);
        row(grid, 3, "edit.published", published);
        Label note = new Label(messages.get("edit.note"));
        note.setWrapText(true);
        note.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        grid.add(note, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(messages.get("edit.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).setId("saveEdit");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(editDateInvalid);
        dialog.setResultConverter(b -> {
            if (b != save) {
                return null;
            }
            MetadataEdit edit = MetadataEdit.none();
            edit = changed(edit, Field.OUTLET, m.outlet(), outlet.getText());
            edit = changed(edit, Field.TITLE, m.title(), title.getText());
            edit = changed(edit, Field.BYLINE, m.byline(), byline.getText());
            LocalDate date = DateFields.typed(published).orElse(null);
            if (!java.util.Objects.equals(date, m.published())) {
                edit = edit.setPublished(date);
            }
            return edit;
        });
        own(dialog);
        Platform.runLater(outlet::requestFocus);
        return dialog.showAndWait();
    }

    private static MetadataEdit changed(MetadataEdit edit, Field field, String was, String now) {
        String a = was == null ? "" : was.strip();
        String b = now == null ? "" : now.strip();
        return a.equals(b) ? edit : edit.set(field, b);
    }

    /** Asks for a pasted article: text (prefilled from the clipboard), outlet, title and date. */
    public Optional<PastedText> paste() {
        Dialog<PastedText> dialog = new Dialog<>();
        dialog.setTitle(messages.get("paste.title"));
        dialog.setHeaderText(messages.get("paste.header"));
        dialog.getDialogPane().setId("pasteDialog");
        TextArea text = new TextArea();
        text.setId("pasteText");
        text.setWrapText(true);
        text.setPrefSize(680, 340);
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasString() && clipboard.getString() != null) {
            text.setText(clipboard.getString());
        }
        TextField outlet = field("pasteOutlet", null);
        TextField title = field("pasteTitle", null);
        title.setPromptText(messages.get("paste.titlePrompt"));
        DatePicker published = new DatePicker();
        published.setId("pastePublished");
        published.setPromptText("YYYY-MM-DD");
        var pasteDateInvalid = DateFields.install(published, messages.get("date.invalid"));
        GridPane grid = grid();
        row(grid, 0, "edit.outlet", outlet);
        row(grid, 1, "edit.titleField", title);
        row(grid, 2, "edit.published", published);
        VBox box = new VBox(10, text, grid);
        VBox.setVgrow(text, Priority.ALWAYS);
        dialog.getDialogPane().setContent(box);
        ButtonType add = new ButtonType(messages.get("paste.add"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(add).setId("addPasted");
        dialog.getDialogPane().lookupButton(add).disableProperty()
                .bind(text.textProperty().isEmpty().or(pasteDateInvalid));
        dialog.setResultConverter(b -> b != add ? null : new PastedText(text.getText(),
                new Metadata(blankToNull(title.getText()), blankToNull(outlet.getText()), null, null, null,
                        DateFields.typed(published).orElse(null), null)));
        // the text area has the focus when the dialog opens: else Enter, meant as a new line, pressed Add (the
        // default button) with the clipboard's text, and what was typed went nowhere
        dialog.setOnShown(e -> javafx.application.Platform.runLater(text::requestFocus));
        own(dialog);
        return dialog.showAndWait().filter(p -> !p.text().isBlank());
    }

    /** Asks whether to remove {@code what} ("“Title”" or "3 articles"). */
    public boolean confirmRemove(String what) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("remove.text"), ButtonType.CANCEL);
        ButtonType remove = new ButtonType(messages.get("remove.button"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().add(0, remove);
        alert.setTitle(messages.get("remove.title"));
        alert.setHeaderText(messages.format("remove.header", what));
        alert.getDialogPane().setId("removeDialog");
        alert.getDialogPane().lookupButton(remove).setId("confirmRemove");
        own(alert);
        return alert.showAndWait().filter(b -> b == remove).isPresent();
    }

    /** Asks whether to empty the library and import the samples again. */
    public boolean confirmReset() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("reset.text"), ButtonType.CANCEL);
        ButtonType reset = new ButtonType(messages.get("reset.button"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().add(0, reset);
        alert.setHeaderText(messages.get("reset.header"));
        alert.getDialogPane().setId("resetDialog");
        alert.getDialogPane().lookupButton(reset).setId("confirmReset");
        own(alert);
        return alert.showAndWait().filter(b -> b == reset).isPresent();
    }

    /** Says that the library could not be opened: the reason, no stack trace. */
    public void libraryUnavailable(LibraryStatus status) {
        Alert alert = new Alert(Alert.AlertType.ERROR, status.message(), ButtonType.OK);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("library.unavailable"));
        alert.getDialogPane().setId("libraryUnavailableDialog");
        own(alert);
        alert.show();
    }

    private void own(Dialog<?> dialog) {
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        f.setPrefColumnCount(36);
        return f;
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private void row(GridPane grid, int row, String key, javafx.scene.control.Control control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
