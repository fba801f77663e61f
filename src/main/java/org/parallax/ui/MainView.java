package org.parallax.ui;

import atlantafx.base.controls.ModalPane;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.parallax.Version;
import org.parallax.core.article.Format;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.Styles;
import org.parallax.ui.library.LibraryDialogs;
import org.parallax.ui.common.Messages;
import org.parallax.ui.compare.ComparisonScreen;
import org.parallax.ui.compare.ComparisonScreenModel;
import org.parallax.ui.compare.SideBySideView;
import org.parallax.ui.library.LibraryView;

/**
 * The main window's content: menu bar, a centre that shows the library or the comparison, a status bar with
 * the running task's progress and a Cancel button, and the keyboard-shortcut overlay (F1).
 */
public final class MainView extends StackPane {

    private final MainViewModel viewModel;
    private final Messages messages;
    private final LibraryView libraryView;
    private final ComparisonScreenModel comparisonModel;
    private final Supplier<ComparisonScreen> comparisonScreen;
    private final StatusBar statusBar = new StatusBar();
    private final Button cancel = new Button();
    private final ModalPane modal = new ModalPane();
    private final ToggleGroup themes = new ToggleGroup();
    private final LibraryDialogs dialogs;
    private final BorderPane frame;

    /**
     * @param comparisonScreen the comparison page, asked for the first time that page shows (making its nodes,
     *                         RichTextFX areas, tables and chart costs a noticeable part of a second at start-up)
     */
    public MainView(MainViewModel viewModel, Messages messages, ComparisonScreenModel comparisonModel,
                    Supplier<ComparisonScreen> comparisonScreen) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("mainView");
        libraryView = new LibraryView(viewModel.library(), messages);
        dialogs = new LibraryDialogs(messages, this::window);
        this.comparisonModel = comparisonModel;
        this.comparisonScreen = comparisonScreen;

        StackPane centre = new StackPane(libraryView);
        centre.setId("centre");
        libraryView.visibleProperty().bind(viewModel.pageProperty().isEqualTo(Page.LIBRARY));
        Runnable addComparisonPage = () -> {
            comparisonScreen.get().setStoryName(this::storyName);
            Node comparisonPage = comparisonScreen.get().view();
            comparisonPage.visibleProperty().bind(viewModel.pageProperty().isEqualTo(Page.COMPARISON));
            centre.getChildren().add(comparisonPage);
        };
        if (viewModel.pageProperty().get() == Page.COMPARISON) {
            addComparisonPage.run();
        } else {
            viewModel.pageProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Page> obs, Page old, Page page) {
                    if (page == Page.COMPARISON) {
                        obs.removeListener(this);
                        addComparisonPage.run();
                    }
                }
            });
        }

        frame = new BorderPane(centre);
        frame.setTop(menuBar());
        frame.setBottom(statusBar());
        modal.setId("modalPane");
        getChildren().addAll(frame, modal);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && modal.isDisplay()) {
                modal.hide(true);
                e.consume();
            } else if (viewModel.pageProperty().get() == Page.LIBRARY && !modal.isDisplay()) {
                if (COMPARE.match(e)) {
                    viewModel.library().compare();
                    e.consume();
                } else if (SEARCH.match(e)) {
                    libraryView.focusSearch();
                    e.consume();
                }
            }
        });
        dragAndDrop();
    }

    private static final KeyCombination COMPARE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COMPARE_STORY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    /** Files and folders dropped anywhere on the window are imported. */
    private void dragAndDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && viewModel.library().writableProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!frame.getStyleClass().contains(Styles.DROP_TARGET)) {
                    frame.getStyleClass().add(Styles.DROP_TARGET);
                }
            }
            e.consume();
        });
        setOnDragExited(e -> frame.getStyleClass().remove(Styles.DROP_TARGET));
        setOnDragDropped(e -> {
            frame.getStyleClass().remove(Styles.DROP_TARGET);
            boolean ok = e.getDragboard().hasFiles() && viewModel.library().writableProperty().get();
            if (ok) {
                viewModel.importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private MenuBar menuBar() {
        MenuItem importFiles = item("menu.file.import", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                this::chooseImport);
        MenuItem importFolder = item("menu.file.importFolder",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::chooseFolder);
        MenuItem paste = item("menu.file.paste",
                new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::pasteArticle);
        MenuItem reset = item("menu.file.reset", null, this::confirmReset);
        for (MenuItem change : List.of(importFiles, importFolder, paste, reset)) {
            change.disableProperty().bind(viewModel.library().writableProperty().not());
        }
        MenuItem quit = item("menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), Platform::exit);
        MenuItem export = item("menu.file.export",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> comparisonScreen.get().chooseExport(window()));
        export.disableProperty().bind(comparisonModel.comparisonProperty().isNull());
        Menu file = new Menu(messages.get("menu.file"), null, importFiles, importFolder, paste, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), reset, new SeparatorMenuItem(), quit);
        file.setId("fileMenu");

        RadioMenuItem light = new RadioMenuItem(messages.get("menu.view.light"));
        light.setId("themeLight");
        light.setUserData(Theme.LIGHT);
        RadioMenuItem dark = new RadioMenuItem(messages.get("menu.view.dark"));
        dark.setId("themeDark");
        dark.setUserData(Theme.DARK);
        light.setOnAction(e -> viewModel.themeProperty().set(Theme.LIGHT));
        dark.setOnAction(e -> viewModel.themeProperty().set(Theme.DARK));
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        themes.selectToggle(viewModel.themeProperty().get() == Theme.DARK ? dark : light);
        themes.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) {
                viewModel.themeProperty().set((Theme) t.getUserData());
            }
        });
        viewModel.themeProperty().addListener((obs, old, t) -> themes.selectToggle(t == Theme.DARK ? dark : light));
        MenuItem library = item("menu.view.library", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                () -> viewModel.pageProperty().set(Page.LIBRARY));
        MenuItem comparison = item("menu.view.comparison", new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                () -> viewModel.pageProperty().set(Page.COMPARISON));
        Menu view = new Menu(messages.get("menu.view"), null, light, dark, new SeparatorMenuItem(), library, comparison);
        view.setId("viewMenu");

        MenuItem edit = item("menu.article.edit", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> {
                    viewModel.pageProperty().set(Page.LIBRARY);
                    libraryView.editSelected();
                });
        MenuItem remove = item("menu.article.remove", null, () -> {
            viewModel.pageProperty().set(Page.LIBRARY);
            libraryView.confirmRemove();
        });
        MenuItem compare = item("menu.article.compare", null, () -> viewModel.library().compare());
        MenuItem compareStory = item("menu.article.compareStory", COMPARE_STORY, () -> viewModel.library().compareStory());
        edit.disableProperty().bind(viewModel.library().writableProperty().not()
                .or(viewModel.library().focusedProperty().isNull()));
        remove.disableProperty().bind(viewModel.library().writableProperty().not()
                .or(Bindings.isEmpty(viewModel.library().selectedIds())));
        compare.disableProperty().bind(Bindings.size(viewModel.library().selectedIds()).lessThan(2));
        compareStory.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.library().storyToCompare().map(s -> !s.comparable()).orElse(true),
                viewModel.library().storyProperty(), viewModel.library().focusedProperty(), viewModel.library().stories()));
        Menu article = new Menu(messages.get("menu.article"), null, edit, remove, new SeparatorMenuItem(), compare,
                compareStory);
        article.setId("articleMenu");

        MenuItem shortcuts = item("menu.help.shortcuts", new KeyCodeCombination(KeyCode.F1), this::toggleShortcuts);
        MenuItem about = item("menu.help.about", null, this::about);
        Menu help = new Menu(messages.get("menu.help"), null, shortcuts, about);
        help.setId("helpMenu");

        MenuBar bar = new MenuBar(file, article, view, help);
        bar.setId("menuBar");
        return bar;
    }

    /** The library's story holding every article of the comparison, by its label; else the first article's title. */
    private String storyName(org.parallax.core.compare.Comparison c) {
        if (c == null || c.articles().isEmpty()) {
            return null;
        }
        List<String> ids = c.articles().stream().map(a -> a.id()).toList();
        return viewModel.library().stories().stream()
                .filter(s -> s.ids().containsAll(ids))
                .findFirst()
                .map(s -> s.label())
                .orElseGet(() -> c.articles().get(0).metadata().title());
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(key);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private StatusBar statusBar() {
        statusBar.setId("statusBar");
        cancel.setId("cancelTask");
        cancel.setText(messages.get("status.cancel"));
        cancel.setGraphic(Icons.of(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.getStyleClass().addAll(atlantafx.base.theme.Styles.SMALL, atlantafx.base.theme.Styles.FLAT);
        cancel.setOnAction(e -> viewModel.tasks().cancelCurrent());
        statusBar.getRightItems().add(cancel);
        viewModel.tasks().currentProperty().addListener((obs, old, task) -> follow(task));
        follow(null);
        return statusBar;
    }

    private void follow(Task<?> task) {
        statusBar.textProperty().unbind();
        statusBar.progressProperty().unbind();
        if (task == null) {
            statusBar.textProperty().bind(viewModel.statusProperty());
            statusBar.setProgress(0);
            cancel.setVisible(false);
        } else {
            statusBar.textProperty().bind(Bindings.when(task.messageProperty().isEmpty())
                    .then(task.titleProperty()).otherwise(task.messageProperty()));
            statusBar.progressProperty().bind(task.progressProperty());
            cancel.setVisible(true);
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.import"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("filter.articles"), Arrays.stream(Format.values())
                        .flatMap(f -> f.extensions().stream()).map(e -> "*." + e).toList()),
                new FileChooser.ExtensionFilter(messages.get("filter.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null) {
            viewModel.importFiles(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("import.chooseFolder"));
        File dir = chooser.showDialog(window());
        if (dir != null) {
            viewModel.importFiles(List.of(dir.toPath()));
        }
    }

    /** Opens the paste dialog (text prefilled from the clipboard) and imports what is pasted. */
    public void pasteArticle() {
        dialogs.paste().ifPresent(p -> viewModel.importText(p.text(), p.metadata()));
    }

    /** Asks, then empties the library and imports the sample articles again. */
    public void confirmReset() {
        if (dialogs.confirmReset()) {
            viewModel.resetToSamples();
        }
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("about.text"), ButtonType.OK);
        alert.setTitle(messages.get("menu.help.about"));
        alert.setHeaderText(messages.format("about.header", Version.get()));
        alert.initOwner(window());
        alert.show();
    }

    /** Shows the keyboard-shortcut overlay, or hides it if shown. */
    public void toggleShortcuts() {
        if (modal.isDisplay()) {
            modal.hide(true);
        } else {
            modal.show(new ShortcutsView(messages, () -> modal.hide(true)));
        }
    }

    public boolean isShortcutsShowing() {
        return modal.isDisplay();
    }

    /** The comparison screen (made on first use). */
    public ComparisonScreen comparisonScreen() {
        return comparisonScreen.get();
    }

    public SideBySideView comparisonView() {
        return comparisonScreen.get().sideBySide();
    }

    public LibraryView libraryView() {
        return libraryView;
    }
}
