package org.parallax.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.core.article.Metadata;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Tasks;
import org.parallax.ui.compare.SideBySideViewModel;
import org.parallax.ui.library.LibraryViewModel;

/** State of the main window: the page shown, the theme, the status line; runs the File menu's actions. */
public final class MainViewModel {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.LIBRARY);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final StringProperty status = new SimpleStringProperty("");
    private final SideBySideViewModel comparison;
    private final LibraryViewModel library;
    private final Tasks tasks;

    public MainViewModel(SideBySideViewModel comparison, LibraryViewModel library, Tasks tasks, Messages messages) {
        this.comparison = comparison;
        this.library = library;
        this.tasks = tasks;
        status.set(messages.get("status.ready"));
        library.setOnStatus(status::set);
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

    public SideBySideViewModel comparison() {
        return comparison;
    }

    public LibraryViewModel library() {
        return library;
    }

    public Tasks tasks() {
        return tasks;
    }

    /** Imports files and folders (menu, drag and drop) and shows the library. */
    public void importFiles(List<Path> files) {
        if (!files.isEmpty()) {
            page.set(Page.LIBRARY);
            library.importPaths(files);
        }
    }

    public void importText(String text, Metadata given) {
        if (text != null && !text.isBlank()) {
            page.set(Page.LIBRARY);
            library.importText(text, given);
        }
    }

    public void resetToSamples() {
        page.set(Page.LIBRARY);
        library.resetToSamples();
    }
}
