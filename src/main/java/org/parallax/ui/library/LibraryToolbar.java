package org.parallax.ui.library;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.parallax.ui.common.DateFields;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/**
 * The top of the library screen: a banner when the library is read-only or unavailable, the search field
 * (Lucene syntax) with the outlet and date filters, the article count and Compare; below, the search's error.
 */
final class LibraryToolbar extends VBox {

    /** The outlet filter's widest (a long outlet name is cut there; the tooltip tells it whole). */
    private static final double OUTLET_BOX_MAX_WIDTH = 220;
    /** The search field's narrowest: it gives up width before any label or the Compare button does. */
    private static final double SEARCH_MIN_WIDTH = 160;

    private final LibraryViewModel viewModel;
    private final Messages messages;
    private final CustomTextField search = new CustomTextField();

    LibraryToolbar(LibraryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        getChildren().addAll(banner(), listingError(), toolbar(), searchError());
        getStyleClass().add(Styles.LIBRARY_TOP);
    }

    /** Puts the keyboard focus in the search field, its text selected. */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private Node banner() {
        LibraryStatus status = viewModel.statusProperty().get();
        if (status.state() == LibraryStatus.State.READ_WRITE && status.shared()) {
            // which shared library this window is on: everyone's changes land there
            Label location = new Label(messages.format("library.shared", status.location()),
                    Icons.of(MaterialDesignD.DATABASE_OUTLINE));
            location.setId("libraryLocation");
            location.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
            VBox.setMargin(location, new Insets(6, 12, 0, 12));
            return location;
        }
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

    /** Why the list could not be read (a shared library's cluster down…), with a button to try again. */
    private Node listingError() {
        Label text = new Label();
        text.setId("listingErrorText");
        text.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        text.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        text.setWrapText(true);
        text.textProperty().bind(viewModel.listingErrorProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button retry = new Button(messages.get("library.retry"));
        retry.setId("retryListing");
        retry.setOnAction(e -> viewModel.retry());
        HBox error = new HBox(8, text, retry);
        error.setId("listingError");
        error.setAlignment(Pos.CENTER_LEFT);
        error.visibleProperty().bind(viewModel.listingErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox.setMargin(error, new Insets(8, 12, 0, 12));
        return error;
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

}
