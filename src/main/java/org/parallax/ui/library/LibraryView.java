package org.parallax.ui.library;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.parallax.core.article.Metadata;
import org.parallax.core.article.Span;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.index.Snippet;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.ingest.ImportReport;
import org.parallax.core.text.Languages;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.DateFields;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/**
 * The library screen: a search field (Lucene syntax) with outlet and date filters above a sortable table of
 * articles, or the ranked search results with their highlighted passages; the selected article's metadata and
 * text on the right; Compare for two or more selected articles. The last import's report floats at the bottom
 * right. The library's story groups are listed to the left of the table ({@link StoriesPane}).
 */
public final class LibraryView extends BorderPane {

    private static final DateTimeFormatter DATE = DateFields.ISO;
    /** The outlet filter's widest (a long outlet name is cut there; the tooltip tells it whole). */
    private static final double OUTLET_BOX_MAX_WIDTH = 220;
    /** The search field's narrowest: it gives up width before any label or the Compare button does. */
    private static final double SEARCH_MIN_WIDTH = 160;

    private final LibraryViewModel viewModel;
    private final Messages messages;
    private final LibraryDialogs dialogs;
    private final CustomTextField search = new CustomTextField();
    private final TableView<ArticleRow> table = new TableView<>();
    private final ListView<HitRow> results = new ListView<>();
    private final StoriesPane stories;
    private final VBox detail = new VBox(8);
    private final StackPane reportLayer = new StackPane();
    private final PauseTransition reportTimeout = new PauseTransition(Duration.seconds(10));
    private boolean applyingSelection;

    public LibraryView(LibraryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = new LibraryDialogs(messages, () -> getScene() == null ? null : getScene().getWindow());
        setId("libraryView");
        getStyleClass().add(Styles.LIBRARY);
        setAccessibleText(messages.get("library.title"));
        this.stories = new StoriesPane(viewModel, messages);

        VBox top = new VBox(banner(), toolbar(), searchError());
        top.getStyleClass().add(Styles.LIBRARY_TOP);
        setTop(top);

        StackPane lists = new StackPane(buildTable(), buildResults());
        SplitPane split = new SplitPane(stories, lists, detailPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.19, 0.68);
        SplitPane.setResizableWithParent(stories, false);
        SplitPane.setResizableWithParent(detail, false);
        reportLayer.setPickOnBounds(false);
        reportLayer.setAlignment(Pos.BOTTOM_RIGHT);
        reportLayer.setPadding(new Insets(12));
        StackPane centre = new StackPane(split, reportLayer);
        setCenter(centre);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                confirmRemove();
                e.consume();
            }
        });
        viewModel.lastImportProperty().addListener((obs, old, report) -> showReport(report));
        viewModel.selectRequestProperty().addListener((obs, old, ids) -> {
            if (ids != null) {
                select(ids);
            }
        });
        viewModel.focusedProperty().addListener((obs, old, row) -> showDetail(row));
        // once loaded, show the newest article rather than an empty pane
        viewModel.readyProperty().addListener((obs, old, ready) -> {
            if (ready && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
        showDetail(null);
    }

    /** The Stories list (for tests and focus). */
    public ListView<org.parallax.core.compare.story.Stories.Story> storyList() {
        return stories.list();
    }

    // ---------------------------------------------------------------- top

    private Node banner() {
        LibraryStatus status = viewModel.statusProperty().get();
        if (status.state() == LibraryStatus.State.READ_WRITE) {
            Region empty = new Region();
            empty.setManaged(false);
            return empty;
        }
        boolean readOnly = status.state() == LibraryStatus.State.READ_ONLY;
        Message banner = new Message(messages.get(readOnly ? "library.readOnly" : "library.unavailable"),
                status.message(), Icons.of(readOnly ? MaterialDesignL.LOCK_OUTLINE : MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        banner.getStyleClass().add(readOnly ? atlantafx.base.theme.Styles.WARNING : atlantafx.base.theme.Styles.DANGER);
        banner.setId("libraryBanner");
        VBox.setMargin(banner, new Insets(8, 12, 0, 12));
        return banner;
    }

    private Node toolbar() {
        search.setId("searchField");
        search.setPromptText(messages.get("library.searchPrompt"));
        search.setLeft(Icons.of(MaterialDesignM.MAGNIFY));
        Button clear = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        clear.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.SMALL);
        clear.setOnAction(e -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        clear.setAccessibleText(messages.get("library.clearSearch"));
        search.setRight(clear);
        search.setPrefColumnCount(34);
        search.setTooltip(new Tooltip(messages.get("library.searchHelp")));
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        search.setOnAction(e -> viewModel.searchNow());
        search.setAccessibleText(messages.get("library.searchPrompt"));
        HBox.setHgrow(search, Priority.SOMETIMES);

        ComboBox<String> outlet = new ComboBox<>();
        outlet.setId("outletFilter");
        outlet.setPromptText(messages.get("library.allOutlets"));
        outlet.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? messages.get("library.allOutlets")
                        : s.equals(LibraryViewModel.NO_OUTLET) ? messages.get("library.noOutlet") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        ObservableList<String> choices = javafx.collections.FXCollections.observableArrayList();
        Runnable fill = () -> {
            List<String> all = new ArrayList<>();
            all.add(null);
            all.addAll(viewModel.outlets());
            choices.setAll(all);
        };
        viewModel.outlets().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        outlet.setItems(choices);
        outlet.valueProperty().bindBidirectional(viewModel.outletFilterProperty());
        outlet.setAccessibleText(messages.get("library.outletFilter"));
        // a long outlet name must not widen the box and push the toolbar's labels and Compare off: the box keeps to
        // a maximum width, its tooltip tells the whole name
        outlet.setMaxWidth(OUTLET_BOX_MAX_WIDTH);
        Tooltip outletTip = new Tooltip();
        outletTip.textProperty().bind(Bindings.createStringBinding(() -> outlet.getConverter().toString(outlet.getValue()),
                outlet.valueProperty()));
        outlet.setTooltip(outletTip);
        search.setMinWidth(SEARCH_MIN_WIDTH);

        DatePicker from = datePicker("dateFrom", "library.from");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = datePicker("dateTo", "library.to");
        to.valueProperty().bindBidirectional(viewModel.toProperty());

        Button clearFilters = new Button(null, Icons.of(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        clearFilters.setId("clearFilters");
        clearFilters.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        clearFilters.setTooltip(new Tooltip(messages.get("library.clearFilters")));
        clearFilters.setAccessibleText(messages.get("library.clearFilters"));
        clearFilters.setOnAction(e -> viewModel.clearFilters());
        clearFilters.disableProperty().bind(viewModel.outletFilterProperty().isNull()
                .and(viewModel.fromProperty().isNull()).and(viewModel.toProperty().isNull()));

        Label summary = new Label();
        summary.setId("librarySummary");
        summary.getStyleClass().add(Styles.LIBRARY_SUMMARY);
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);

        Button compare = new Button(messages.get("library.compare"), Icons.of(MaterialDesignC.COMPARE_HORIZONTAL));
        compare.setId("compare");
        compare.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        compare.setTooltip(new Tooltip(messages.get("library.compareHelp")));
        compare.disableProperty().bind(Bindings.size(viewModel.selectedIds()).lessThan(2));
        compare.setOnAction(e -> viewModel.compare());
        compare.setMinWidth(Region.USE_PREF_SIZE);

        HBox bar = new HBox(8, search, outlet, from, new Label("–"), to, clearFilters, new Spacer(), summary, compare);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 8, 12));
        bar.setId("libraryToolbar");
        return bar;
    }

    private DatePicker datePicker(String id, String promptKey) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(messages.get(promptKey));
        picker.setPrefWidth(140);
        picker.setAccessibleText(messages.get(promptKey));
        DateFields.install(picker, messages.get("date.invalid"));
        return picker;
    }

    private Node searchError() {
        Label error = new Label();
        error.setId("searchError");
        error.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        error.getStyleClass().addAll(atlantafx.base.theme.Styles.DANGER, Styles.SEARCH_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(viewModel.searchErrorProperty());
        error.visibleProperty().bind(viewModel.searchErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox.setMargin(error, new Insets(0, 12, 8, 12));
        return error;
    }

    // ---------------------------------------------------------------- table and results

    private Node buildTable() {
        table.setId("articleTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getStyleClass().add(atlantafx.base.theme.Styles.STRIPED);
        TableColumn<ArticleRow, String> outlet = textColumn("col.outlet", ArticleRow::outlet, "library.noOutletShort");
        outlet.setPrefWidth(150);
        TableColumn<ArticleRow, String> title = textColumn("col.title", ArticleRow::displayTitle, "library.untitled");
        title.setMinWidth(160);
        TableColumn<ArticleRow, LocalDate> published = new TableColumn<>(messages.get("col.published"));
        published.setId("col.published");
        published.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().published()));
        published.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().remove(Styles.MISSING);
                if (empty) {
                    setText(null);
                } else if (d == null) {
                    setText(messages.get("library.undated"));
                    getStyleClass().add(Styles.MISSING);
                } else {
                    setText(DATE.format(d));
                }
            }
        });
        published.setPrefWidth(116);
        table.getColumns().add(outlet);
        table.getColumns().add(title);
        table.getColumns().add(published);
        table.getColumns().add(countColumn("col.words", ArticleRow::words));
        table.getColumns().add(countColumn("col.figures", ArticleRow::figures));
        table.getColumns().add(countColumn("col.quotes", ArticleRow::quotes));
        table.getColumns().add(countColumn("col.attributions", ArticleRow::attributions));
        // the title takes the width the other columns leave (less the scroll bar)
        javafx.beans.binding.DoubleBinding others = Bindings.createDoubleBinding(() -> table.getColumns().stream()
                .filter(c -> c != title).mapToDouble(TableColumn::getWidth).sum(),
                table.getColumns().stream().filter(c -> c != title).map(TableColumn::widthProperty)
                        .toArray(javafx.beans.Observable[]::new));
        title.prefWidthProperty().bind(Bindings.max(160, table.widthProperty().subtract(others).subtract(20)));

        SortedList<ArticleRow> sorted = new SortedList<>(viewModel.articles());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label empty = new Label();
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        empty.setWrapText(true);
        empty.setMaxWidth(460);
        empty.setId("tablePlaceholder");
        empty.textProperty().bind(Bindings.when(viewModel.importingSamplesProperty())
                .then(messages.get("library.importingSamples"))
                .otherwise(Bindings.when(viewModel.readyProperty().not()).then(messages.get("library.loading"))
                        .otherwise(Bindings.when(Bindings.isEmpty(viewModel.allArticles()))
                                .then(messages.get("library.empty")).otherwise(messages.get("library.noneFiltered")))));
        table.setPlaceholder(empty);
        follow(table.getSelectionModel(), ArticleRow::id, r -> r);
        table.visibleProperty().bind(viewModel.searchActiveProperty().not());
        return table;
    }

    private TableColumn<ArticleRow, String> textColumn(String id, Function<ArticleRow, String> value, String missingKey) {
        TableColumn<ArticleRow, String> col = new TableColumn<>(messages.get(id));
        col.setId(id);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().remove(Styles.MISSING);
                setTooltip(!empty && s != null && "col.title".equals(id) ? new Tooltip(s) : null);
                if (empty) {
                    setText(null);
                } else if (s == null) {
                    setText(messages.get(missingKey));
                    getStyleClass().add(Styles.MISSING);
                } else {
                    setText(s);
                    ArticleRow row = getTableRow() == null ? null : getTableRow().getItem();
                    if (row != null && row.title() == null && "col.title".equals(id)) {
                        getStyleClass().add(Styles.MISSING); // an untitled article's opening words
                    }
                }
            }
        });
        return col;
    }

    private TableColumn<ArticleRow, Integer> countColumn(String id, Function<ArticleRow, Integer> value) {
        TableColumn<ArticleRow, Integer> col = new TableColumn<>(messages.get(id));
        col.setId(id);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.getStyleClass().add(Styles.COUNT_COLUMN);
        double width = switch (id) {
            case "col.attributions" -> 112;
            case "col.figures", "col.quotes" -> 78;
            default -> 70;
        };
        col.setPrefWidth(width);
        return col;
    }

    private Node buildResults() {
        results.setId("searchResults");
        results.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        results.getStyleClass().add(Styles.SEARCH_RESULTS);
        results.setItems(viewModel.hits());
        results.setCellFactory(l -> new HitCell());
        Label none = new Label();
        none.setId("noResults");
        none.getStyleClass().add(Styles.PLACEHOLDER);
        none.setWrapText(true);
        none.setMaxWidth(460);
        var filtered = viewModel.activeFiltersProperty().isNotEmpty();
        none.textProperty().bind(Bindings.when(viewModel.searchErrorProperty().isNotEmpty()).then("")
                .otherwise(Bindings.when(filtered)
                        .then(Bindings.createStringBinding(() -> messages.format("library.noResultsFiltered",
                                viewModel.activeFiltersProperty().get()), viewModel.activeFiltersProperty()))
                        .otherwise(messages.get("library.noResults"))));
        Button clear = new Button(messages.get("library.clearAllFilters"), Icons.of(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        clear.setId("clearSearchFilters");
        clear.setOnAction(e -> viewModel.clearFilters());
        clear.visibleProperty().bind(filtered.and(viewModel.searchErrorProperty().isEmpty()));
        clear.managedProperty().bind(clear.visibleProperty());
        VBox noneBox = new VBox(10, none, clear);
        noneBox.setAlignment(Pos.CENTER);
        results.setPlaceholder(noneBox);
        follow(results.getSelectionModel(), HitRow::id, HitRow::article);
        results.visibleProperty().bind(viewModel.searchActiveProperty());
        viewModel.searchActiveProperty().addListener((obs, o, active) -> {
            // the list now shown decides the selection
            if (active) {
                push(results.getSelectionModel(), HitRow::id, HitRow::article);
            } else {
                push(table.getSelectionModel(), ArticleRow::id, r -> r);
            }
        });
        return results;
    }

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
            selectIn(table.getSelectionModel(), table.getItems(), ArticleRow::id, wanted);
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

    /** A search result: rank, title, outlet and date, then the passages that matched with the matches in bold. */
    private final class HitCell extends ListCell<HitRow> {
        HitCell() {
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(HitRow hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            ArticleRow a = hit.article();
            Label rank = new Label(hit.rank() + ".");
            rank.getStyleClass().add(Styles.HIT_RANK);
            Label title = new Label(a.title() == null ? a.displayTitle() : a.title());
            if (a.title() == null) {
                title.getStyleClass().add(Styles.MISSING);
            }
            title.getStyleClass().add(Styles.HIT_TITLE);
            title.setWrapText(true);
            HBox head = new HBox(6, rank, title);
            Label meta = new Label(metaLine(a.entry()));
            meta.getStyleClass().add(Styles.HIT_META);
            VBox box = new VBox(4, head, meta);
            for (Snippet s : hit.snippets()) {
                TextFlow flow = snippetFlow(s);
                flow.maxWidthProperty().bind(results.widthProperty().subtract(48));
                box.getChildren().add(flow);
            }
            box.getStyleClass().add(Styles.HIT);
            setGraphic(box);
        }
    }

    /** A snippet as text with its highlighted words in their own style (bold, accent colour, underlined). */
    public static TextFlow snippetFlow(Snippet snippet) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(Styles.SNIPPET);
        String text = snippet.text();
        int at = 0;
        for (Span h : snippet.highlights()) {
            if (h.start() > at) {
                flow.getChildren().add(plain(text.substring(at, h.start())));
            }
            Text mark = new Text(text.substring(h.start(), h.end()));
            mark.getStyleClass().add(Styles.SNIPPET_HIGHLIGHT);
            flow.getChildren().add(mark);
            at = h.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(plain(text.substring(at)));
        }
        flow.setAccessibleText(snippet.text());
        return flow;
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add(Styles.SNIPPET_TEXT);
        return t;
    }

    // ---------------------------------------------------------------- detail

    private Node detailPane() {
        detail.setId("articleDetail");
        detail.getStyleClass().add(Styles.DETAIL);
        detail.setPadding(new Insets(14, 16, 14, 16));
        detail.setMinWidth(320);
        return detail;
    }

    private void showDetail(ArticleRow row) {
        detail.getChildren().clear();
        if (row == null) {
            Label hint = new Label(messages.get("library.selectHint"), Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
            hint.setId("detailPlaceholder");
            hint.getStyleClass().add(Styles.PLACEHOLDER);
            hint.setWrapText(true);
            VBox box = new VBox(hint);
            box.setAlignment(Pos.CENTER);
            VBox.setVgrow(box, Priority.ALWAYS);
            detail.getChildren().add(box);
            return;
        }
        LibraryEntry entry = row.entry();
        Metadata m = entry.article().metadata();
        Label outlet = new Label(m.outlet() == null ? messages.get("library.noOutlet") : m.outlet());
        outlet.setId("detailOutlet");
        outlet.getStyleClass().add(Styles.DETAIL_OUTLET);
        if (m.outlet() == null) {
            outlet.getStyleClass().add(Styles.MISSING);
        }
        Label title = new Label(m.title() == null ? messages.get("library.untitled") : m.title());
        if (m.title() == null) {
            title.getStyleClass().add(Styles.MISSING);
        }
        title.setId("detailTitle");
        title.getStyleClass().addAll(atlantafx.base.theme.Styles.TITLE_3, Styles.DETAIL_TITLE);
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        Label meta = new Label(bylineLine(m));
        meta.setId("detailMeta");
        meta.getStyleClass().add(Styles.DETAIL_META);
        meta.setWrapText(true);
        Label counts = new Label(messages.format("detail.counts", row.words(), row.figures(), row.quotes(), row.attributions()));
        counts.setId("detailCounts");
        counts.getStyleClass().add(Styles.DETAIL_META);
        String code = entry.article().language();
        Label language = new Label(Languages.extractionReads(code)
                ? messages.format("detail.language", Languages.name(code))
                : messages.format("detail.languageNotExtracted", Languages.name(code)));
        language.setId("detailLanguage");
        language.getStyleClass().add(Styles.DETAIL_META);
        language.setWrapText(true);
        language.setMinHeight(Label.USE_PREF_SIZE);
        language.setVisible(code != null);
        language.setManaged(code != null);

        Button edit = new Button(messages.get("detail.edit"), Icons.of(MaterialDesignP.PENCIL_OUTLINE));
        edit.setId("editArticle");
        edit.setOnAction(e -> editSelected());
        Button remove = new Button(messages.get("detail.remove"), Icons.of(MaterialDesignD.DELETE_OUTLINE));
        remove.setId("removeArticle");
        remove.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        remove.setOnAction(e -> confirmRemove());
        edit.disableProperty().bind(viewModel.writableProperty().not());
        remove.disableProperty().bind(viewModel.writableProperty().not());
        for (Button b : List.of(edit, remove)) {
            b.getStyleClass().addAll(atlantafx.base.theme.Styles.SMALL);
        }
        HBox actions = new HBox(8, edit, remove);
        if (entry.isEdited()) {
            Label edited = new Label(messages.get("detail.edited"), Icons.of(MaterialDesignP.PENCIL));
            edited.setId("detailEdited");
            edited.getStyleClass().add(Styles.DETAIL_META);
            edited.setTooltip(new Tooltip(messages.get("detail.editedHelp")));
            actions.getChildren().addAll(new Spacer(), edited);
        }
        actions.setAlignment(Pos.CENTER_LEFT);

        TextArea body = new TextArea(entry.article().body());
        body.setId("detailBody");
        body.setEditable(false);
        body.setWrapText(true);
        body.getStyleClass().add(Styles.DETAIL_BODY);
        body.setAccessibleText(messages.get("detail.body"));
        VBox.setVgrow(body, Priority.ALWAYS);

        Label source = new Label(messages.format("detail.source", entry.article().source() == null ? "" : entry.article().source()));
        source.setId("detailSource");
        source.getStyleClass().add(Styles.DETAIL_SOURCE);
        source.setTooltip(new Tooltip(entry.id()));
        detail.getChildren().addAll(outlet, title, meta, counts, language, actions, body, source);
    }

    private String bylineLine(Metadata m) {
        List<String> parts = new ArrayList<>();
        if (m.byline() != null) {
            parts.add(m.byline());
        }
        parts.add(m.published() == null ? messages.get("library.undated") : DATE.format(m.published()));
        if (m.wire() != null) {
            parts.add(messages.format("comparison.wire", m.wire()));
        }
        if (m.dateline() != null) {
            parts.add(m.dateline());
        }
        return String.join("  ·  ", parts);
    }

    private String metaLine(LibraryEntry e) {
        Metadata m = e.article().metadata();
        return (m.outlet() == null ? messages.get("library.noOutlet") : m.outlet()) + "  ·  "
                + (m.published() == null ? messages.get("library.undated") : DATE.format(m.published()));
    }

    // ---------------------------------------------------------------- actions

    /** Opens the metadata editor on the article in the detail pane. */
    public void editSelected() {
        ArticleRow row = viewModel.focusedProperty().get();
        if (row == null || !viewModel.writableProperty().get()) {
            return;
        }
        dialogs.edit(row.entry()).ifPresent(edit -> {
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

    // ---------------------------------------------------------------- import report

    private void showReport(ImportReport report) {
        reportTimeout.stop();
        reportLayer.getChildren().clear();
        if (report == null) {
            return;
        }
        VBox card = new VBox(8);
        card.setId("importReport");
        card.getStyleClass().add(Styles.IMPORT_REPORT);
        card.setMaxWidth(480);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        // skipped files with their reason, and imported ones with a note (an attachment left out, not English)
        List<ImportOutcome> told = report.outcomes().stream().filter(o -> o.message() != null).toList();
        boolean problems = !told.isEmpty();
        Label summary = new Label(viewModel.summaryOf(report),
                Icons.of(problems ? MaterialDesignA.ALERT_OUTLINE : MaterialDesignC.CHECK_CIRCLE_OUTLINE,
                        problems ? Styles.REPORT_WARNING : Styles.REPORT_OK));
        summary.setId("importSummary");
        summary.getStyleClass().add(Styles.REPORT_SUMMARY);
        summary.setWrapText(true);
        Button close = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        close.setId("closeImportReport");
        close.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.SMALL);
        close.setAccessibleText(messages.get("import.close"));
        close.setOnAction(e -> viewModel.dismissImport());
        HBox head = new HBox(8, summary, new Spacer(), close);
        head.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(head);
        if (problems) {
            boolean skipped = !report.skipped().isEmpty();
            boolean noted = told.size() > report.skipped().size();
            Label intro = new Label(messages.get(!noted ? "import.skippedHeader"
                    : skipped ? "import.skippedAndNotesHeader" : "import.notesHeader"));
            intro.getStyleClass().add(Styles.DETAIL_META);
            VBox list = new VBox(6);
            list.setId("importSkipped");
            for (ImportOutcome o : told) {
                Label name = new Label(fileName(o.file()));
                name.getStyleClass().add(Styles.REPORT_FILE);
                Label why = new Label(o.message());
                why.setWrapText(true);
                why.getStyleClass().add(Styles.DETAIL_META);
                VBox item = new VBox(1, name, why);
                item.getStyleClass().add(Styles.REPORT_ITEM);
                list.getChildren().add(item);
            }
            ScrollPane scroll = new ScrollPane(list);
            scroll.setFitToWidth(true);
            scroll.setMaxHeight(260);
            scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
            card.getChildren().addAll(intro, scroll);
        } else {
            reportTimeout.setOnFinished(e -> {
                if (viewModel.lastImportProperty().get() == report) {
                    viewModel.dismissImport();
                }
            });
            reportTimeout.playFromStart();
        }
        StackPane.setAlignment(card, Pos.BOTTOM_RIGHT);
        reportLayer.getChildren().add(card);
    }

    private static String fileName(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public TableView<ArticleRow> table() {
        return table;
    }

    public ListView<HitRow> results() {
        return results;
    }
}
