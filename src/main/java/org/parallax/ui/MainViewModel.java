package org.parallax.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Tasks;
import org.parallax.ui.compare.ComparisonViewModel;
import org.parallax.ui.library.LibraryActions;

/** State of the main window: the page shown, the theme, the status line; runs the File menu's actions. */
public final class MainViewModel {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.LIBRARY);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final StringProperty status = new SimpleStringProperty("");
    private final ComparisonViewModel comparison;
    private final LibraryActions library;
    private final Tasks tasks;
    private final Messages messages;

    public MainViewModel(ComparisonViewModel comparison, LibraryActions library, Tasks tasks, Messages messages) {
        this.comparison = comparison;
        this.library = library;
        this.tasks = tasks;
        this.messages = messages;
        status.set(messages.get("status.ready"));
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }

    public Tasks tasks() {
        return tasks;
    }

    public void importFiles(List<Path> files) {
        if (!files.isEmpty()) {
            tasks.run(messages.get("task.import"), (p, c) -> library.importFiles(files, p, c), status::set);
        }
    }

    public void importText(String text) {
        if (text != null && !text.isBlank()) {
            tasks.run(messages.get("task.paste"), (p, c) -> library.importText(text, p, c), status::set);
        }
    }

    public void exportTo(Path file) {
        tasks.run(messages.get("task.export"), (p, c) -> library.exportTo(file, p, c), status::set);
    }

    public void resetToSamples() {
        tasks.run(messages.get("task.reset"), library::resetToSamples, status::set);
    }
}
