package org.parallax.ui.library;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.parallax.core.index.LibraryOrder;
import org.parallax.ui.common.DateFields;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/**
 * The library's articles as a sortable table: outlet, title (an untitled article's opening words, greyed),
 * date, and the counts of words, figures, quotes and attributions.
 */
final class ArticleTable extends TableView<ArticleRow> {

    private static final DateTimeFormatter DATE = DateFields.ISO;

    private final LibraryViewModel viewModel;
    private final Messages messages;

    ArticleTable(LibraryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        build();
    }

    private void build() {
        setId("articleTable");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        getStyleClass().add(atlantafx.base.theme.Styles.STRIPED);
        TableColumn<ArticleRow, String> outlet = textColumn("col.outlet", ArticleRow::outlet, "library.noOutletShort");
        outlet.setPrefWidth(150);
        TableColumn<ArticleRow, String> title = textColumn("col.title", ArticleRow::displayTitle, "library.untitled");
        title.setMinWidth(160);
        TableColumn<ArticleRow, LocalDate> published = new TableColumn<>(messages.get("col.published"));
        published.setId("col.published");
        published.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : c.getValue().published()));
        published.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().remove(Styles.MISSING);
                if (empty || notRead(this)) {
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
        getColumns().add(outlet);
        getColumns().add(title);
        getColumns().add(published);
        getColumns().add(countColumn("col.words", ArticleRow::words));
        getColumns().add(countColumn("col.figures", ArticleRow::figures));
        getColumns().add(countColumn("col.quotes", ArticleRow::quotes));
        getColumns().add(countColumn("col.attributions", ArticleRow::attributions));
        // the title takes the width the other columns leave (less the scroll bar)
        javafx.beans.binding.DoubleBinding others = Bindings.createDoubleBinding(() -> getColumns().stream()
                .filter(c -> c != title).mapToDouble(TableColumn::getWidth).sum(),
                getColumns().stream().filter(c -> c != title).map(TableColumn::widthProperty)
                        .toArray(javafx.beans.Observable[]::new));
        title.prefWidthProperty().bind(Bindings.max(160, widthProperty().subtract(others).subtract(20)));

        // the rows come a page at a time from the index, sorted there: a click on a header asks the view model
        setItems(viewModel.articles());
        setSortPolicy(t -> {
            viewModel.orderProperty().set(order());
            return true;
        });
        Label empty = new Label();
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        empty.setWrapText(true);
        empty.setMaxWidth(460);
        empty.setId("tablePlaceholder");
        empty.textProperty().bind(Bindings.when(viewModel.importingSamplesProperty())
                .then(messages.get("library.importingSamples"))
                .otherwise(Bindings.when(viewModel.readyProperty().not()).then(messages.get("library.loading"))
                        .otherwise(Bindings.when(viewModel.totalProperty().isEqualTo(0))
                                .then(messages.get("library.empty")).otherwise(messages.get("library.noneFiltered")))));
        setPlaceholder(empty);
        visibleProperty().bind(viewModel.searchActiveProperty().not());
    }

    private TableColumn<ArticleRow, String> textColumn(String id, Function<ArticleRow, String> value, String missingKey) {
        TableColumn<ArticleRow, String> col = new TableColumn<>(messages.get(id));
        col.setId(id);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().remove(Styles.MISSING);
                setTooltip(!empty && s != null && "col.title".equals(id) ? new Tooltip(s) : null);
                if (empty || notRead(this)) {
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

    /**
     * True for a row whose page is not read yet ({@link PagedArticles} holds {@code null} there until it arrives):
     * its cells stay blank rather than say "untitled" or "undated".
     */
    private static boolean notRead(TableCell<ArticleRow, ?> cell) {
        return cell.getTableRow() == null || cell.getTableRow().getItem() == null;
    }

    private TableColumn<ArticleRow, Integer> countColumn(String id, Function<ArticleRow, Integer> value) {
        TableColumn<ArticleRow, Integer> col = new TableColumn<>(messages.get(id));
        col.setId(id);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
        col.getStyleClass().add(Styles.COUNT_COLUMN);
        double width = switch (id) {
            case "col.attributions" -> 112;
            case "col.figures", "col.quotes" -> 78;
            default -> 70;
        };
        col.setPrefWidth(width);
        return col;
    }

    /** The order the sorted column asks for; the library's (newest first) when none is sorted. */
    private LibraryOrder order() {
        if (getSortOrder().isEmpty()) {
            return LibraryOrder.NEWEST_FIRST;
        }
        TableColumn<ArticleRow, ?> c = getSortOrder().get(0);
        LibraryOrder.Key key = switch (c.getId()) {
            case "col.outlet" -> LibraryOrder.Key.OUTLET;
            case "col.title" -> LibraryOrder.Key.TITLE;
            case "col.words" -> LibraryOrder.Key.WORDS;
            case "col.figures" -> LibraryOrder.Key.FIGURES;
            case "col.quotes" -> LibraryOrder.Key.QUOTES;
            case "col.attributions" -> LibraryOrder.Key.ATTRIBUTIONS;
            default -> LibraryOrder.Key.PUBLISHED;
        };
        return new LibraryOrder(key, c.getSortType() == TableColumn.SortType.DESCENDING);
    }
}
