package org.parallax.ui.library;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.parallax.core.article.Span;
import org.parallax.core.index.ArticleSummary;
import org.parallax.core.index.Snippet;
import org.parallax.ui.common.DateFields;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/**
 * The search's ranked hits: rank, title, outlet and date, then the passages that matched with the matches
 * highlighted.
 */
final class SearchResultsList extends ListView<HitRow> {

    private static final DateTimeFormatter DATE = DateFields.ISO;

    private final LibraryViewModel viewModel;
    private final Messages messages;
    private boolean warmed;

    SearchResultsList(LibraryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("searchResults");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        getStyleClass().add(Styles.SEARCH_RESULTS);
        setItems(viewModel.hits());
        setCellFactory(l -> new HitCell());
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
        setPlaceholder(noneBox);
        visibleProperty().bind(viewModel.searchActiveProperty());
        // once the library is shown, not before its first frame
        if (viewModel.readyProperty().get()) {
            warmUpLater();
        }
        viewModel.readyProperty().addListener((o, was, ready) -> {
            if (ready) {
                warmUpLater();
            }
        });
    }

    private void warmUpLater() {
        if (!warmed) {
            warmed = true;
            Platform.runLater(this::warmUp);
        }
    }

    /**
     * Lays out one made-up hit off screen once the library is shown, so that the first search's results do not
     * also pay for loading and first running the classes that lay out a hit's text (about a third of the FX thread's
     * work in the frame where the first results appear).
     */
    private void warmUp() {
        if (getScene() == null) {
            return;
        }
        HitCell cell = new HitCell();
        cell.updateItem(new HitRow(1, new ArticleRow(new ArticleSummary("warm-up", "A title",
                "An outlet", LocalDate.of(2024, 1, 1), "en", "", 0, 0, 0, 0, false)), 1f,
                List.of(new Snippet("A passage with a match in it.", List.of(new Span(16, 21)), 0))), false);
        Group offScreen = new Group(cell);
        new Scene(offScreen, 400, 200).getStylesheets().setAll(getScene().getStylesheets());
        offScreen.applyCss();
        offScreen.layout();
        cell.updateItem(null, true);
    }

    /**
     * A search result: rank, title, outlet and date, then the passages that matched with the matches in bold. Its
     * nodes are made once and refilled for each hit it shows: the list fills and measures its cells again and
     * again while results arrive and scroll (to estimate its length), and a refill makes no new nodes.
     */
    private final class HitCell extends ListCell<HitRow> {
        private final Label rank = new Label();
        private final Label title = new Label();
        private final Label meta = new Label();
        private final VBox box;
        private final List<TextFlow> snippets = new ArrayList<>();

        HitCell() {
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            rank.getStyleClass().add(Styles.HIT_RANK);
            title.getStyleClass().add(Styles.HIT_TITLE);
            title.setWrapText(true);
            meta.getStyleClass().add(Styles.HIT_META);
            box = new VBox(4, new HBox(6, rank, title), meta);
            box.getStyleClass().add(Styles.HIT);
        }

        @Override
        protected void updateItem(HitRow hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            ArticleRow a = hit.article();
            rank.setText(hit.rank() + ".");
            title.setText(a.title() == null ? a.displayTitle() : a.title());
            if (a.title() == null) {
                if (!title.getStyleClass().contains(Styles.MISSING)) {
                    title.getStyleClass().add(Styles.MISSING);
                }
            } else {
                title.getStyleClass().remove(Styles.MISSING);
            }
            meta.setText(metaLine(a));
            List<Snippet> shown = hit.snippets();
            while (snippets.size() < shown.size()) {
                TextFlow flow = new TextFlow();
                flow.getStyleClass().add(Styles.SNIPPET);
                flow.maxWidthProperty().bind(SearchResultsList.this.widthProperty().subtract(48));
                snippets.add(flow);
            }
            for (int i = 0; i < shown.size(); i++) {
                fill(snippets.get(i), shown.get(i));
            }
            box.getChildren().subList(2, box.getChildren().size()).clear();
            box.getChildren().addAll(snippets.subList(0, shown.size()));
            if (getGraphic() != box) {
                setGraphic(box);
            }
        }
    }

    /** A snippet as text with its highlighted words in their own style (bold, accent colour, underlined). */
    static TextFlow snippetFlow(Snippet snippet) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(Styles.SNIPPET);
        fill(flow, snippet);
        return flow;
    }

    /** Makes {@code flow} show {@code snippet}: its text, with the highlighted words in their own style. */
    private static void fill(TextFlow flow, Snippet snippet) {
        List<Text> parts = new ArrayList<>();
        String text = snippet.text();
        int at = 0;
        for (Span h : snippet.highlights()) {
            if (h.start() > at) {
                parts.add(plain(text.substring(at, h.start())));
            }
            Text mark = new Text(text.substring(h.start(), h.end()));
            mark.getStyleClass().add(Styles.SNIPPET_HIGHLIGHT);
            parts.add(mark);
            at = h.end();
        }
        if (at < text.length()) {
            parts.add(plain(text.substring(at)));
        }
        flow.getChildren().setAll(parts);
        flow.setAccessibleText(snippet.text());
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add(Styles.SNIPPET_TEXT);
        return t;
    }

    // ---------------------------------------------------------------- detail

    private String metaLine(ArticleRow a) {
        return (a.outlet() == null ? messages.get("library.noOutlet") : a.outlet()) + "  ·  "
                + (a.published() == null ? messages.get("library.undated") : DATE.format(a.published()));
    }
}
