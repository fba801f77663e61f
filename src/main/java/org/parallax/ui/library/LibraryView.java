package org.parallax.ui.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.parallax.core.compare.story.Stories;
import org.parallax.core.index.LibraryEntry;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/**
 * The library screen: the toolbar ({@link LibraryToolbar}: search, outlet and date filters, Compare) above the
 * Stories list ({@link StoriesPane}), the table of articles ({@link ArticleTable}) or the ranked search results
 * ({@link SearchResultsList}), and the selected article ({@link ArticleDetail}); the last import's report floats
 * at the bottom right ({@link ImportReportLayer}). This class lays them out and keeps the selection of the list
 * shown in step with the view model.
 */
public final class LibraryView extends BorderPane {

    private final LibraryViewModel viewModel;
    private final Messages messages;
    private final LibraryDialogs dialogs;
    private final LibraryToolbar toolbar;
    private final ArticleTable table;
    private final SearchResultsList results;
    private final StoriesPane stories;
    private final ArticleDetail detail;
    private boolean applyingSelection;

    public LibraryView(LibraryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = new LibraryDialogs(messages, () -> getScene() == null ? null : getScene().getWindow());
        setId("libraryView");
        getStyleClass().add(Styles.LIBRARY);
        setAccessibleText(messages.get("library.title"));
        this.stories = new StoriesPane(viewModel, messages);
        this.toolbar = new LibraryToolbar(viewModel, messages);
        this.table = new ArticleTable(viewModel, messages);
        this.results = new SearchResultsList(viewModel, messages);
        this.detail = new ArticleDetail(viewModel, messages, this::editSelected, this::confirmRemove);
        setTop(toolbar);

        follow(table.getSelectionModel(), ArticleRow::id, r -> r);
        follow(results.getSelectionModel(), HitRow::id, HitRow::article);
        viewModel.searchActiveProperty().addListener((obs, o, active) -> {
            // the list now shown decides the selection
            if (active) {
                push(results.getSelectionModel(), HitRow::id, HitRow::article);
            } else {
                push(table.getSelectionModel(), ArticleRow::id, r -> r);
            }
        });
        StackPane lists = new StackPane(table, results);
        SplitPane split = new SplitPane(stories, lists, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.19, 0.68);
        SplitPane.setResizableWithParent(stories, false);
        SplitPane.setResizableWithParent(detail, false);
        StackPane centre = new StackPane(split, new ImportReportLayer(viewModel, messages));
        setCenter(centre);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                confirmRemove();
                e.consume();
            }
        });
        viewModel.selectRequestProperty().addListener((obs, old, ids) -> {
            if (ids != null) {
                select(ids);
            }
        });
        // the detail shows the article once read in full; the hint when none is selected
        viewModel.focusedEntryProperty().addListener((obs, old, entry) -> detail.show(entry));
        // once loaded, show the newest article rather than an empty pane
        viewModel.readyProperty().addListener((obs, old, ready) -> {
            if (ready && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
        detail.show(null);
    }

    /** The Stories list (for tests and focus). */
    public ListView<Stories.Story> storyList() {
        return stories.list();
    }

    // ---------------------------------------------------------------- selection

    private <T> void follow(MultipleSelectionModel<T> selection, Function<T, String> id, Function<T, ArticleRow> row) {
        selection.getSelectedItems().addListener((ListChangeListener<T>) c -> {
            if (!applyingSelection) {
                push(selection, id, row);
            }
        });
    }

    private <T> void push(MultipleSelectionModel<T> selection, Function<T, String> id, Function<T, ArticleRow> row) {
        List<String> ids = new ArrayList<>();
        for (T item : List.copyOf(selection.getSelectedItems())) {
            if (item != null && !ids.contains(id.apply(item))) {
                ids.add(id.apply(item));
            }
        }
        viewModel.selectedIds().setAll(ids);
        // while the selected items change, the selected item may still be the old one: take the last selected
        T current = selection.getSelectedItem();
        List<T> items = selection.getSelectedItems();
        if (current == null || !items.contains(current)) {
            current = items.isEmpty() ? null : items.get(items.size() - 1);
        }
        viewModel.focusedProperty().set(current == null ? null : row.apply(current));
    }

    private void select(List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        applyingSelection = true;
        try {
            // the table holds only the pages read: select the wanted articles among them
            table.getSelectionModel().clearSelection();
            for (int i : viewModel.positionsOf(wanted)) {
                table.getSelectionModel().select(i);
            }
            selectIn(results.getSelectionModel(), results.getItems(), HitRow::id, wanted);
        } finally {
            applyingSelection = false;
        }
        if (viewModel.searchActiveProperty().get()) {
            push(results.getSelectionModel(), HitRow::id, HitRow::article);
        } else {
            push(table.getSelectionModel(), ArticleRow::id, r -> r);
            int first = table.getSelectionModel().getSelectedIndex();
            if (first >= 0) {
                table.scrollTo(first);
            }
        }
    }

    private static <T> void selectIn(MultipleSelectionModel<T> selection, List<T> items, Function<T, String> id, Set<String> wanted) {
        selection.clearSelection();
        for (int i = 0; i < items.size(); i++) {
            if (wanted.contains(id.apply(items.get(i)))) {
                selection.select(i);
            }
        }
    }

    // ---------------------------------------------------------------- actions

    // ---------------------------------------------------------------- actions

    /** Opens the metadata editor on the article in the detail pane. */
    public void editSelected() {
        ArticleRow row = viewModel.focusedProperty().get();
        if (row == null || !viewModel.writableProperty().get()) {
            return;
        }
        LibraryEntry entry = viewModel.focusedEntryProperty().get();
        if (entry == null || !entry.id().equals(row.id())) {
            return; // not read yet
        }
        dialogs.edit(entry).ifPresent(edit -> {
            if (!edit.isEmpty()) {
                viewModel.edit(row.id(), edit);
            }
        });
    }

    /** Asks, then removes the selected articles. */
    public void confirmRemove() {
        List<String> ids = List.copyOf(viewModel.selectedIds());
        if (ids.isEmpty() || !viewModel.writableProperty().get()) {
            return;
        }
        ArticleRow focused = viewModel.focusedProperty().get();
        String what = ids.size() == 1 && focused != null && focused.title() != null
                ? "\u201C" + focused.title() + "\u201D" : messages.format("remove.many", ids.size());
        if (dialogs.confirmRemove(what)) {
            viewModel.remove(ids);
        }
    }

    public void focusSearch() {
        toolbar.focusSearch();
    }

    public TableView<ArticleRow> table() {
        return table;
    }

    public ListView<HitRow> results() {
        return results;
    }
}
