package org.parallax.ui.compare;

import atlantafx.base.controls.Popover;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.parallax.core.article.Span;
import org.parallax.core.compare.claim.QuoteFlag;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.ui.common.DateFields;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/**
 * The side-by-side comparison: one column per outlet, passages aligned in rows (an empty cell where an outlet
 * lacks the passage), highlights coloured by verdict and paired with an underline style and a gutter icon,
 * one scroll bar for all columns, a legend, and a popover listing every outlet's version of a highlight.
 *
 * <p>Columns are never narrower than {@link #COLUMN_MIN_WIDTH} (about forty characters): more of them scroll
 * sideways. The pin on a column's header keeps that column at the left while the others scroll; "Outlets shown"
 * narrows the view to some outlets. A claim chosen in the claims view ({@link SideBySideViewModel#selectClaim})
 * slides every column to its own first mention of it, all at one height, marked; moving to a mark of another claim
 * brings the aligned rows back.
 *
 * <p>Keys: F8 / Shift+F8 (or Ctrl+. / Ctrl+,) next / previous difference; Ctrl+Right / Ctrl+Left next / previous
 * column; Enter shows the current highlight's versions; Esc hides them.
 */
public final class SideBySideView extends BorderPane {

    public static final KeyCombination NEXT_DIFFERENCE = new KeyCodeCombination(KeyCode.F8);
    public static final KeyCombination PREVIOUS_DIFFERENCE = new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination NEXT_DIFFERENCE_ALT = new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PREVIOUS_DIFFERENCE_ALT = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEXT_COLUMN = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PREVIOUS_COLUMN = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SHOW_VERSIONS = new KeyCodeCombination(KeyCode.ENTER);

    private static final double GAP = 14;
    /**
     * The narrowest a column gets: about 40 characters of body text (at the default 14 px font) beside the gutter.
     * Wider comparisons scroll sideways rather than squeeze the text.
     */
    static final double COLUMN_MIN_WIDTH = 340;
    /** gutter key of attributions flagged as credited differently elsewhere */
    private static final String ATTRIBUTION_DIFFERS = "attribution-differs";
    /** style class of a cell holding its column's mention of the claim chosen */
    static final String CLAIM_MENTION = "claim-mention";
    /** style class of a pinned column's header and cells */
    static final String PINNED = "pinned";
    private static final Insets ROWS_PADDING = new Insets(8, 12, 16, 12);

    private final SideBySideViewModel viewModel;
    private final Messages messages;
    private final GridPane headerGrid = new GridPane();
    private final GridPane rowsGrid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(rowsGrid);
    private final Label differenceCount = new Label();
    private final Label emptyLabel = new Label();
    private final Popover popover = new Popover();
    /** which outlets' columns show: all by default, or "this outlet against that one" */
    private final org.controlsfx.control.CheckComboBox<String> outletsShown = new org.controlsfx.control.CheckComboBox<>();
    private boolean fillingOutlets;
    private SideBySideModel outletsOf;
    private final List<Region> headers = new ArrayList<>();
    /** display row → column → the cell's text area, or null for an empty cell */
    private final List<List<StyleClassedTextArea>> areas = new ArrayList<>();
    private final List<List<Region>> cells = new ArrayList<>();
    private List<Row> rows = List.of();
    private HighlightRef popoverFor;
    private final javafx.animation.PauseTransition relayout = new javafx.animation.PauseTransition(Duration.millis(150));
    private double builtWidth = -1;
    /** behind the pinned columns, hiding the columns that scroll under them */
    private final Region rowsBackdrop = new Region();
    private final Region headerBackdrop = new Region();
    /** the cells marked as mentions of the claim chosen */
    private final List<Region> mentionCells = new ArrayList<>();
    private final List<StyleClassedTextArea> mentionAreas = new ArrayList<>();
    private List<Optional<HighlightRef>> mentions = List.of();
    private ClaimRef mentionsClaim;
    private SideBySideModel mentionsModel;
    /** after each layout pulse while a claim is chosen: keeps every column at its mention */
    private final Runnable claimKeeper = this::keepClaimAligned;
    /** pulses left in which the view still scrolls to the mentions (after a claim is chosen), and how many were alike */
    private int scrollPulses;
    private int stablePulses;
    private double lastClaimState = Double.NaN;
    /** true while some column is slid to its mention */
    private boolean slid;
    /**
     * false while the view's tab is not shown ({@link #setShowing}): a new comparison then only empties the view,
     * and its columns are built when the tab shows (building every column's text areas is most of the cost of a
     * comparison of many articles)
     */
    private boolean showingTab = true;
    /** true when the comparison changed while the view was not shown: the columns are to be built */
    private boolean stale;

    public SideBySideView(SideBySideViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("comparisonView");
        getStyleClass().add(Styles.COMPARISON);
        getStylesheets().add(CompareStyles.STYLESHEET);
        setAccessibleRole(AccessibleRole.PARENT);
        setAccessibleText(messages.get("comparison.accessible"));

        // the headers sit above the rows' scroll pane and move with its horizontal scroll bar
        headerGrid.setId("comparisonHeaders");
        headerGrid.setHgap(GAP);
        headerGrid.setPadding(new Insets(6, 12, 6, 12));
        headerGrid.setManaged(false);
        javafx.scene.layout.Pane headerStrip = new javafx.scene.layout.Pane(headerGrid) {
            @Override
            protected double computePrefHeight(double width) {
                return headerGrid.prefHeight(rowsGrid.getWidth());
            }

            @Override
            protected void layoutChildren() {
                double w = Math.max(rowsGrid.getWidth(), getWidth());
                headerGrid.resizeRelocate(-horizontalOffset(), 0, w, headerGrid.prefHeight(w));
            }
        };
        headerStrip.setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(headerStrip.widthProperty());
        clip.heightProperty().bind(headerStrip.heightProperty());
        headerStrip.setClip(clip);
        headerStrip.getStyleClass().add("header-strip");
        scroll.hvalueProperty().addListener((obs, old, v) -> {
            headerStrip.requestLayout();
            placePinned();
        });
        rowsGrid.widthProperty().addListener((obs, old, v) -> {
            headerStrip.requestLayout();
            placePinned();
        });
        rowsGrid.heightProperty().addListener((obs, old, v) -> placePinned());
        scroll.viewportBoundsProperty().addListener((obs, old, v) -> placePinned());
        for (Region backdrop : List.of(rowsBackdrop, headerBackdrop)) {
            backdrop.setManaged(false);
            backdrop.setVisible(false);
            backdrop.setViewOrder(-1);
            backdrop.getStyleClass().add("pinned-backdrop");
        }
        headerBackdrop.getStyleClass().add("header-backdrop");
        setTop(new VBox(toolbar(), headerStrip));

        rowsGrid.setId("comparisonRows");
        rowsGrid.setHgap(GAP);
        rowsGrid.setVgap(8);
        rowsGrid.setPadding(ROWS_PADDING);
        scroll.setId("comparisonScroll");
        // columns never narrower than a readable measure: past that the view scrolls sideways
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        emptyLabel.setId("comparisonEmpty");
        emptyLabel.getStyleClass().add(Styles.PLACEHOLDER);
        emptyLabel.setText(messages.get("comparison.empty"));
        emptyLabel.setWrapText(true);
        StackPane centre = new StackPane(scroll, emptyLabel);
        // text areas measure their wrapped height at the width they are built for: when the columns' width
        // changes (first layout, window or divider resized), build the rows again once it has settled
        relayout.setOnFinished(e -> {
            if (!rows.isEmpty() && Math.abs(scroll.getViewportBounds().getWidth() - builtWidth) > 1) {
                HighlightRef cur = viewModel.getCurrent();
                double v = scroll.getVvalue();
                rebuildRows();
                if (cur != null) {
                    showCurrent(null, cur);
                } else {
                    scroll.setVvalue(v);
                }
            }
        });
        scroll.viewportBoundsProperty().addListener((obs, old, b) -> {
            if (old == null || Math.abs(old.getWidth() - b.getWidth()) > 0.5) {
                relayout.playFromStart();
            }
        });
        sceneProperty().addListener((obs, old, sc) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(claimKeeper);
            }
            if (sc != null) {
                sc.addPostLayoutPulseListener(claimKeeper);
            }
            fitColumns();
            settle();
        });
        setCenter(centre);

        popover.setArrowLocation(Popover.ArrowLocation.TOP_CENTER);
        popover.setDetachable(false);
        popover.setAnimated(false);
        popover.setAutoHide(true);
        popover.setOnHidden(e -> popoverFor = null);

        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        viewModel.rowsProperty().addListener((obs, old, r) -> {
            if (showingTab) {
                rebuild();
            } else {
                clearColumns();
            }
        });
        viewModel.currentProperty().addListener((obs, old, ref) -> {
            if (!stale) {
                showCurrent(old, ref);
            }
        });
        viewModel.currentColumnProperty().addListener((obs, old, c) -> {
            if (!stale) {
                markColumn(old.intValue(), c.intValue());
            }
        });
        viewModel.claimProperty().addListener((obs, old, c) -> showClaimMentions());
        differenceCount.textProperty().bind(viewModel.differenceCountProperty().asString(messages.get("comparison.differences")));
        rebuild();
    }

    private Node toolbar() {
        Button previous = new Button(null, Icons.of(MaterialDesignC.CHEVRON_UP));
        previous.setId("previousDifference");
        previous.setTooltip(new Tooltip(messages.get("comparison.previousDifference")));
        previous.setAccessibleText(messages.get("comparison.previousDifference"));
        previous.setOnAction(e -> viewModel.previousDifference());
        previous.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        Button next = new Button(null, Icons.of(MaterialDesignC.CHEVRON_DOWN));
        next.setId("nextDifference");
        next.setTooltip(new Tooltip(messages.get("comparison.nextDifference")));
        next.setAccessibleText(messages.get("comparison.nextDifference"));
        next.setOnAction(e -> viewModel.nextDifference());
        next.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        differenceCount.setId("differenceCount");
        differenceCount.setGraphic(Icons.of(MaterialDesignN.NOT_EQUAL_VARIANT, Styles.BADGE, Styles.BADGE_DIFFER));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        differenceCount.setMinWidth(Region.USE_PREF_SIZE);
        Button legendButton = new Button(messages.get("legend.button"), Icons.of(MaterialDesignI.INFORMATION_OUTLINE));
        legendButton.setId("legendButton");
        legendButton.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        legendButton.setMinWidth(Region.USE_PREF_SIZE);
        legendButton.setOnAction(e -> showLegend(legendButton));
        outletsShown.setId("outletsShown");
        // its width from its title, not from the longest outlet name
        outletsShown.setMinWidth(210);
        outletsShown.setPrefWidth(210);
        outletsShown.setMaxWidth(210);
        outletsShown.setTitle(messages.get("sideBySide.shown"));
        outletsShown.setShowCheckedCount(true);
        outletsShown.getCheckModel().getCheckedIndices().addListener(
                (javafx.collections.ListChangeListener<Integer>) ch -> {
                    if (!fillingOutlets) {
                        viewModel.showColumns(List.copyOf(outletsShown.getCheckModel().getCheckedIndices()));
                    }
                });
        HBox bar = new HBox(6, differenceCount, previous, next, spring, outletsShown, legendButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 2, 12));
        bar.getStyleClass().add("comparison-toolbar");
        return bar;
    }

    private void showLegend(Node owner) {
        LegendView legend = new LegendView(messages);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setPrefWrapLength(560);
        Label keys = new Label(messages.get("comparison.keys"));
        keys.getStyleClass().add("toolbar-hint");
        keys.setWrapText(true);
        VBox content = new VBox(8, legend, keys);
        content.setPadding(new Insets(8));
        content.setMaxWidth(600);
        Popover legendPopover = new Popover(content);
        legendPopover.setArrowLocation(Popover.ArrowLocation.TOP_RIGHT);
        legendPopover.setDetachable(false);
        legendPopover.setAnimated(false);
        legendPopover.setAutoHide(true);
        legendPopover.show(owner);
    }

    /**
     * Widens a column past {@link #COLUMN_MIN_WIDTH} where its header needs it, so that the outlet and the date
     * each keep to one line, whole; the header and row grids keep the same widths.
     */
    private void fitColumns() {
        if (getScene() == null) {
            return;
        }
        for (int c = 0; c < headers.size(); c++) {
            Region h = headers.get(c);
            h.applyCss();
            double need = Math.max(COLUMN_MIN_WIDTH, Math.ceil(h.prefWidth(-1)) + 2);
            headerGrid.getColumnConstraints().get(c).setMinWidth(need);
            if (c < rowsGrid.getColumnConstraints().size()) {
                rowsGrid.getColumnConstraints().get(c).setMinWidth(need);
            }
        }
    }

    /** How far the rows are scrolled sideways, in pixels. */
    private double horizontalOffset() {
        double range = rowsGrid.getWidth() - scroll.getViewportBounds().getWidth();
        return range > 0 ? scroll.getHvalue() * range : 0;
    }

    // ---- building ----

    /** The outlet choice lists every column of the comparison, all checked, when a new comparison comes. */
    private void fillOutlets() {
        SideBySideModel all = viewModel.allColumns();
        if (all == outletsOf) {
            return;
        }
        outletsOf = all;
        fillingOutlets = true;
        try {
            outletsShown.getCheckModel().clearChecks();
            outletsShown.getItems().setAll(all.columns().stream().map(c -> c.header().outlet()).toList());
            outletsShown.getCheckModel().checkAll();
        } finally {
            fillingOutlets = false;
        }
    }

    /**
     * Says whether the view's tab is shown. While it is not, a new comparison only drops the previous one's columns
     * (so that nothing of it stays in memory); the new columns are built when the view shows again, or when
     * {@link #catchUp()} is called.
     */
    void setShowing(boolean showing) {
        showingTab = showing;
        if (showing) {
            catchUp();
        }
    }

    /** Builds the columns now if the comparison changed while the view was not shown. */
    void catchUp() {
        if (!stale) {
            return;
        }
        stale = false;
        rebuild();
        HighlightRef cur = viewModel.getCurrent();
        if (cur != null) {
            showCurrent(null, cur);
        }
    }

    /** Drops the columns shown (a new comparison came while the view was not shown): built again by {@link #catchUp()}. */
    private void clearColumns() {
        stale = true;
        popover.hide();
        headerGrid.getChildren().setAll(headerBackdrop);
        headers.clear();
        rowsGrid.getChildren().setAll(rowsBackdrop);
        rows = List.of();
        areas.clear();
        cells.clear();
        mentionCells.clear();
        mentionAreas.clear();
        mentions = List.of();
        mentionsClaim = null;
        mentionsModel = null;
    }

    private void rebuild() {
        stale = false;
        popover.hide();
        fillOutlets();
        SideBySideModel model = viewModel.getModel();
        headerGrid.getChildren().clear();
        headerGrid.getColumnConstraints().clear();
        headers.clear();
        headerGrid.getChildren().add(headerBackdrop);
        boolean empty = model.isEmpty();
        emptyLabel.setVisible(empty);
        scroll.setVisible(!empty);
        int n = model.columns().size();
        for (int c = 0; c < n; c++) {
            headerGrid.getColumnConstraints().add(column());
            Region header = header(c, model.columns().get(c));
            headers.add(header);
            headerGrid.add(header, c, 0);
        }
        markColumn(-1, viewModel.currentColumnProperty().get());
        fitColumns();
        rebuildRows();
    }

    private void rebuildRows() {
        popover.hide();
        SideBySideModel model = viewModel.getModel();
        rows = viewModel.rowsProperty().get();
        rowsGrid.getChildren().clear();
        rowsGrid.getColumnConstraints().clear();
        rowsGrid.setPadding(ROWS_PADDING);
        rowsGrid.getChildren().add(rowsBackdrop);
        areas.clear();
        cells.clear();
        mentionCells.clear();
        mentionAreas.clear();
        int n = model.columns().size();
        for (int c = 0; c < n; c++) {
            ColumnConstraints cc = column();
            if (c < headerGrid.getColumnConstraints().size()) {
                cc.setMinWidth(headerGrid.getColumnConstraints().get(c).getMinWidth());
            }
            rowsGrid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<StyleClassedTextArea> rowAreas = new ArrayList<>(n);
            List<Region> rowCells = new ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                Optional<Span> span = rows.get(r).cell(c);
                StyleClassedTextArea area = null;
                Region cell;
                if (span.isPresent()) {
                    area = area(r, c, model.columns().get(c), span.get());
                    cell = cell(r, c, model.columns().get(c), span.get(), area);
                } else if (!rows.get(r).aligned()) {
                    // left-over text of other outlets: nothing to say about this one, so nothing drawn
                    cell = new Region();
                    cell.setId("cell-" + r + "-" + c);
                    cell.setMinWidth(0);
                } else {
                    cell = emptyCell(r, c, model.columns().get(c));
                }
                if (!rows.get(r).aligned() && span.isPresent()) {
                    cell.getStyleClass().add(Styles.ROW_UNALIGNED);
                }
                rowAreas.add(area);
                rowCells.add(cell);
                rowsGrid.add(cell, c, r);
            }
            areas.add(rowAreas);
            cells.add(rowCells);
        }
        scroll.setVvalue(0);
        builtWidth = scroll.getViewportBounds().getWidth();
        placePinned();
        settle();
        if (viewModel.claimProperty().get() != null) {
            showClaimMentions();
        }
    }

    /**
     * Lays the text areas out again over the next few pulses: an auto-height area measures its paragraphs at the
     * width it last had, so after the columns get their final width (or change it) the rows must grow to the
     * wrapped text.
     */
    private void settle() {
        javafx.scene.Scene scene = getScene();
        if (scene == null) {
            return;
        }
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            for (List<StyleClassedTextArea> row : areas) {
                for (StyleClassedTextArea a : row) {
                    if (a != null) {
                        a.requestLayout();
                    }
                }
            }
            if (++pulses[0] >= 6) {
                scene.removePostLayoutPulseListener(listener[0]);
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Every column alike: at least {@link #COLUMN_MIN_WIDTH}, sharing what is left of the width. */
    private static ColumnConstraints column() {
        ColumnConstraints cc = new ColumnConstraints(COLUMN_MIN_WIDTH, COLUMN_MIN_WIDTH, Double.MAX_VALUE);
        cc.setHgrow(Priority.ALWAYS);
        cc.setFillWidth(true);
        return cc;
    }

    private Region header(int index, Column column) {
        ColumnHeader h = column.header();
        Label outlet = new Label(h.outlet());
        outlet.setId("columnOutlet-" + index);
        outlet.getStyleClass().add(Styles.OUTLET);
        outlet.setMinWidth(0);
        Label detail = new Label(h.date() == null ? messages.get("comparison.undated")
                : DateFields.format(h.date()));
        detail.setId("columnDetail-" + index);
        detail.getStyleClass().add(Styles.HEADER_DETAIL);
        detail.setMinWidth(Region.USE_PREF_SIZE);
        List<String> more = new ArrayList<>();
        more.add(h.outlet());
        if (h.byline() != null) {
            more.add(h.byline());
        }
        if (h.wire() != null) {
            more.add(messages.format("comparison.wire", h.wire()));
        }
        if (h.title() != null) {
            more.add(h.title());
        }
        HBox counts = new HBox(10);
        counts.setAlignment(Pos.CENTER_LEFT);
        Map<Verdict, Long> byVerdict = column.highlights().stream()
                .filter(x -> x.kind() == HighlightKind.FIGURE && x.verdict() != null)
                .collect(Collectors.groupingBy(Highlight::verdict, LinkedHashMap::new, Collectors.counting()));
        for (Verdict v : new Verdict[] {Verdict.DIFFER, Verdict.CONSISTENT, Verdict.AGREE, Verdict.SINGLE}) {
            Long count = byVerdict.get(v);
            if (count != null) {
                // icon and number only; the words are in the tooltip and accessible text
                String words = messages.format("verdict.count." + v.name().toLowerCase(java.util.Locale.ROOT), count);
                Label l = new Label(String.valueOf(count),
                        Icons.of(HighlightStyles.iconOf(v), Styles.BADGE, HighlightStyles.badgeOf(v)));
                l.getStyleClass().add("header-count");
                l.setTooltip(new Tooltip(words));
                l.setAccessibleText(words);
                l.setMinWidth(Region.USE_PREF_SIZE);
                counts.getChildren().add(l);
            }
        }
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox second = new HBox(8, detail, spring, counts);
        second.setAlignment(Pos.CENTER_LEFT);
        boolean pinned = viewModel.isPinned(index);
        javafx.scene.control.ToggleButton pin = new javafx.scene.control.ToggleButton(null,
                Icons.of(pinned ? MaterialDesignP.PIN : MaterialDesignP.PIN_OUTLINE));
        pin.setId("columnPin-" + index);
        pin.setSelected(pinned);
        String pinWords = messages.get(pinned ? "sideBySide.unpin" : "sideBySide.pin");
        pin.setTooltip(new Tooltip(pinWords));
        pin.setAccessibleText(pinWords);
        pin.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT,
                atlantafx.base.theme.Styles.SMALL, "column-pin");
        pin.setMinWidth(Region.USE_PREF_SIZE);
        pin.setFocusTraversable(false);
        // after this event: pinning rebuilds the columns, this button with them
        pin.setOnAction(e -> Platform.runLater(() -> viewModel.setPinned(index, pin.isSelected())));
        HBox.setHgrow(outlet, Priority.ALWAYS);
        outlet.setMaxWidth(Double.MAX_VALUE);
        HBox first = new HBox(4, outlet, pin);
        first.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, first, second);
        box.setId("columnHeader-" + index);
        box.getStyleClass().add(Styles.COLUMN_HEADER);
        box.setAccessibleRole(AccessibleRole.TEXT);
        more.add(1, detail.getText());
        box.setAccessibleText(String.join(", ", more));
        Tooltip.install(box, new Tooltip(String.join("\n", more)));
        box.setMinWidth(0);
        if (pinned) {
            box.getStyleClass().add(PINNED);
        }
        box.setOnMouseClicked(e -> viewModel.currentColumnProperty().set(index));
        return box;
    }

    private StyleClassedTextArea area(int r, int c, Column column, Span span) {
        StyleClassedTextArea area = new StyleClassedTextArea(false);
        area.setId("cellText-" + r + "-" + c);
        area.getStyleClass().add(Styles.CELL_TEXT);
        area.setEditable(false);
        area.setWrapText(true);
        area.setAutoHeight(true);
        area.setMinWidth(0);
        // autoHeight measures the paragraph cells as last laid out; when the width settles or the wrapped height
        // changes, lay out again so that the row grows to the whole text
        area.widthProperty().addListener((obs, old, w) -> Platform.runLater(area::requestLayout));
        area.totalHeightEstimateProperty().addListener((obs, old, h) -> Platform.runLater(area::requestLayout));
        area.replaceText(span.of(column.body()));
        area.setStyleSpans(0, HighlightStyles.spansFor(span, column.highlights()));
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(600));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            HighlightRef ref = highlightAt(r, c, e.getCharacterIndex());
            if (ref != null && !ref.equals(popoverFor)) {
                showPopover(ref);
            }
        });
        area.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || area.getSelection().getLength() > 0) {
                return;
            }
            OptionalInt at = area.hit(e.getX(), e.getY()).getCharacterIndex();
            HighlightRef ref = at.isPresent() ? highlightAt(r, c, at.getAsInt()) : null;
            viewModel.currentRowProperty().set(r);
            viewModel.currentColumnProperty().set(c);
            if (ref != null) {
                viewModel.select(ref);
                showPopover(ref);
            }
        });
        area.focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                viewModel.currentRowProperty().set(r);
                viewModel.currentColumnProperty().set(c);
            }
        });
        // the areas size to their text; let the one scroll pane scroll all columns together
        area.addEventFilter(ScrollEvent.SCROLL, e -> {
            scrollBy(e.getDeltaY());
            e.consume();
        });
        return area;
    }

    private Region cell(int r, int c, Column column, Span span, StyleClassedTextArea area) {
        VBox gutter = new VBox(4);
        gutter.getStyleClass().add(Styles.GUTTER);
        gutter.setMinWidth(Region.USE_PREF_SIZE);
        List<Highlight> inCell = column.highlights().stream().filter(h -> h.span().overlaps(span)).toList();
        Map<String, List<Highlight>> byBadge = new LinkedHashMap<>();
        Stream.of(Styles.BADGE_DIFFER, ATTRIBUTION_DIFFERS, Styles.BADGE_WORD_CHANGED, Styles.BADGE_QUOTE,
                Styles.BADGE_CONSISTENT, Styles.BADGE_AGREE, Styles.BADGE_SINGLE).forEach(b -> byBadge.put(b, new ArrayList<>()));
        for (Highlight h : inCell) {
            if (h.kind() == HighlightKind.ATTRIBUTION) {
                if (h.flags().contains(QuoteFlag.SPEAKER_DIFFERS)) {
                    byBadge.get(ATTRIBUTION_DIFFERS).add(h);
                }
                continue;
            }
            if (h.kind() == HighlightKind.QUOTE && !h.isDifference()) {
                continue;
            }
            byBadge.get(HighlightStyles.badgeOf(h)).add(h);
        }
        List<String> accessible = new ArrayList<>();
        byBadge.forEach((key, hs) -> {
            if (!hs.isEmpty()) {
                String badge = key.equals(ATTRIBUTION_DIFFERS) ? Styles.BADGE_DIFFER : key;
                Label icon = new Label(null, Icons.of(HighlightStyles.iconOf(hs.get(0)), Styles.BADGE, badge));
                String tip = messages.format("badge." + key, hs.size());
                icon.setTooltip(new Tooltip(tip));
                icon.getStyleClass().add("gutter-icon");
                gutter.getChildren().add(icon);
                accessible.add(tip);
            }
        });
        HBox.setHgrow(area, Priority.ALWAYS);
        HBox cell = new HBox(4, gutter, area);
        cell.setId("cell-" + r + "-" + c);
        cell.getStyleClass().add(Styles.CELL);
        cell.setMinWidth(0);
        cell.setAccessibleRole(AccessibleRole.TEXT_AREA);
        cell.setAccessibleText(outletName(column) + ". " + String.join(". ", accessible));
        area.setAccessibleText(cell.getAccessibleText());
        return cell;
    }

    private Region emptyCell(int r, int c, Column column) {
        Label label = new Label(messages.get("comparison.notInArticle"));
        label.getStyleClass().add("cell-empty-label");
        StackPane cell = new StackPane(label);
        cell.setId("cell-" + r + "-" + c);
        cell.getStyleClass().addAll(Styles.CELL, Styles.CELL_EMPTY);
        cell.setMinWidth(0);
        cell.setAccessibleRole(AccessibleRole.TEXT);
        cell.setAccessibleText(outletName(column) + ": " + messages.get("comparison.notInArticle"));
        return cell;
    }

    private String outletName(Column column) {
        return column.header().outlet();
    }

    // ---- selection, navigation, popover ----

    private HighlightRef highlightAt(int r, int c, int charInCell) {
        Span cell = rows.get(r).cells().get(c);
        int offset = cell.start() + charInCell;
        List<Highlight> hs = viewModel.getModel().columns().get(c).highlights();
        HighlightRef best = null;
        int bestLength = Integer.MAX_VALUE;
        for (int i = 0; i < hs.size(); i++) {
            Span s = hs.get(i).span();
            // the innermost highlight wins: a figure inside a quote, a quote inside an attribution
            if (s.start() <= offset && offset < s.end() && s.length() < bestLength) {
                best = new HighlightRef(r, c, i);
                bestLength = s.length();
            }
        }
        return best;
    }

    private void onKey(KeyEvent e) {
        boolean handled = true;
        if (NEXT_DIFFERENCE.match(e) || NEXT_DIFFERENCE_ALT.match(e)) {
            viewModel.nextDifference();
        } else if (PREVIOUS_DIFFERENCE.match(e) || PREVIOUS_DIFFERENCE_ALT.match(e)) {
            viewModel.previousDifference();
        } else if (NEXT_COLUMN.match(e)) {
            viewModel.nextColumn();
            focusCurrentCell();
        } else if (PREVIOUS_COLUMN.match(e)) {
            viewModel.previousColumn();
            focusCurrentCell();
        } else if (SHOW_VERSIONS.match(e) && viewModel.getCurrent() != null) {
            showPopover(viewModel.getCurrent());
        } else if (e.getCode() == KeyCode.ESCAPE && popover.isShowing()) {
            popover.hide();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void showCurrent(HighlightRef old, HighlightRef ref) {
        popover.hide();
        if (old != null && old.row() < cells.size()) {
            cells.get(old.row()).get(old.column()).getStyleClass().remove(Styles.CURRENT);
        }
        if (ref == null || ref.row() >= areas.size()) {
            return;
        }
        if (ref.row() < cells.size() && !cells.get(ref.row()).get(ref.column()).getStyleClass().contains(Styles.CURRENT)) {
            cells.get(ref.row()).get(ref.column()).getStyleClass().add(Styles.CURRENT); // marked even before its text is
        }
        StyleClassedTextArea area = areas.get(ref.row()).get(ref.column());
        if (area == null) {
            return;
        }
        Span cell = rows.get(ref.row()).cells().get(ref.column());
        Span s = viewModel.getModel().highlight(ref).span();
        int from = Math.max(0, s.start() - cell.start());
        int to = Math.min(cell.length(), s.end() - cell.start());
        area.selectRange(from, to);
        area.requestFocus();
        ClaimRef claim = viewModel.claimProperty().get();
        if (claim != null && claim.equals(viewModel.getModel().highlight(ref).claim())) {
            showClaimMentions();
        } else {
            scrollIntoView(area, from, to);
        }
    }

    /** Gives the keyboard to the current highlight's cell (else the view), so that F8 and the arrows work at once. */
    public void focusCurrent() {
        HighlightRef ref = viewModel.getCurrent();
        if (ref != null && ref.row() < areas.size() && areas.get(ref.row()).get(ref.column()) != null) {
            areas.get(ref.row()).get(ref.column()).requestFocus();
        } else {
            requestFocus();
        }
    }

    /** The selected range in the text area of a cell (for tests and accessibility), as body offsets. */
    public Optional<Span> selectionInBody(int row, int column) {
        StyleClassedTextArea area = areas.get(row).get(column);
        if (area == null) {
            return Optional.empty();
        }
        int start = rows.get(row).cells().get(column).start();
        return Optional.of(new Span(start + area.getSelection().getStart(), start + area.getSelection().getEnd()));
    }

    /** The style classes of the character at a body offset of a column, as rendered; empty if not shown. */
    public Collection<String> stylesAt(int column, int bodyOffset) {
        for (int r = 0; r < rows.size(); r++) {
            Span cell = rows.get(r).cells().get(column);
            if (cell != null && cell.start() <= bodyOffset && bodyOffset < cell.end()) {
                return areas.get(r).get(column).getStyleOfChar(bodyOffset - cell.start());
            }
        }
        return List.of();
    }

    /** The text area of a cell, or empty for an empty cell. */
    public Optional<StyleClassedTextArea> area(int row, int column) {
        return Optional.ofNullable(areas.get(row).get(column));
    }

    public boolean isPopoverShowing() {
        return popover.isShowing();
    }

    private void focusCurrentCell() {
        int c = viewModel.currentColumnProperty().get();
        int r = Math.min(viewModel.currentRowProperty().get(), rows.size() - 1);
        for (int d = 0; d < rows.size(); d++) {
            for (int candidate : new int[] {r + d, r - d}) {
                if (candidate >= 0 && candidate < rows.size() && areas.get(candidate).get(c) != null) {
                    StyleClassedTextArea area = areas.get(candidate).get(c);
                    viewModel.currentRowProperty().set(candidate);
                    area.requestFocus();
                    scrollIntoView(area, 0, 0);
                    return;
                }
            }
        }
    }

    private void markColumn(int old, int now) {
        if (old >= 0 && old < headers.size()) {
            headers.get(old).getStyleClass().remove(Styles.CURRENT);
        }
        if (now >= 0 && now < headers.size() && !headers.get(now).getStyleClass().contains(Styles.CURRENT)) {
            headers.get(now).getStyleClass().add(Styles.CURRENT);
        }
    }

    private void showPopover(HighlightRef ref) {
        StyleClassedTextArea area = areas.get(ref.row()).get(ref.column());
        if (area == null || area.getScene() == null) {
            return;
        }
        popover.hide();
        Highlight h = viewModel.getModel().highlight(ref);
        popover.setTitle("");
        popover.setContentNode(HighlightPopover.content(h, viewModel.getModel().columns().get(ref.column()), messages));
        Span cell = rows.get(ref.row()).cells().get(ref.column());
        int from = Math.max(0, h.span().start() - cell.start());
        int to = Math.min(cell.length(), h.span().end() - cell.start());
        Optional<Bounds> bounds = area.getCharacterBoundsOnScreen(from, Math.max(from + 1, to));
        popoverFor = ref;
        if (bounds.isPresent()) {
            Bounds b = bounds.get();
            popover.show(area, b.getMinX() + b.getWidth() / 2, b.getMaxY());
        } else {
            popover.show(area);
        }
    }

    private void scrollBy(double deltaY) {
        double range = rowsGrid.getHeight() - scroll.getViewportBounds().getHeight();
        if (range > 0) {
            scroll.setVvalue(clamp(scroll.getVvalue() - deltaY / range));
        }
    }

    private void scrollIntoView(StyleClassedTextArea area, int from, int to) {
        // after layout, so that freshly built rows have their heights: the text areas size themselves over a few
        // pulses, so the position is worked out again after each of the next ones
        if (getScene() == null) {
            Platform.runLater(() -> scrollNow(area, from, to));
            return;
        }
        javafx.scene.Scene scene = getScene();
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scrollNow(area, from, to);
            if (++pulses[0] >= 4) {
                scene.removePostLayoutPulseListener(listener[0]);
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private void scrollNow(StyleClassedTextArea area, int from, int to) {
        double range = rowsGrid.getHeight() - scroll.getViewportBounds().getHeight();
        if (area.getScene() == null) {
            return;
        }
        Bounds inGrid = rowsGrid.sceneToLocal(area.getParent().localToScene(area.getParent().getBoundsInLocal()));
        double y = inGrid.getMinY();
        if (to > from) {
            Optional<Bounds> chars = area.getCharacterBoundsOnScreen(from, to);
            if (chars.isPresent()) {
                y = rowsGrid.screenToLocal(chars.get()).getMinY();
            }
        }
        double top = scroll.getVvalue() * range;
        double viewport = scroll.getViewportBounds().getHeight();
        if (range > 0 && (y < top + 20 || y > top + viewport - 40)) {
            scroll.setVvalue(clamp((y - viewport / 3) / range));
        }
        showColumnOf(area.getParent());
    }

    /** Scrolls sideways, if need be, so that the column of {@code cell} shows beside the pinned ones. */
    private void showColumnOf(Node cell) {
        double hrange = rowsGrid.getWidth() - scroll.getViewportBounds().getWidth();
        if (hrange <= 0 || cell == null || PINNED.equals(cell.getUserData())) {
            return;
        }
        double pinnedWidth = pinnedRight();
        double x = cell.getLayoutX();
        double left = scroll.getHvalue() * hrange;
        double width = scroll.getViewportBounds().getWidth();
        double cellWidth = cell.getLayoutBounds().getWidth();
        if (x < left + pinnedWidth || x + cellWidth > left + width) {
            double lead = pinnedWidth > 0 ? pinnedWidth + GAP / 2 : rowsGrid.getPadding().getLeft();
            scroll.setHvalue(clamp((x - lead) / hrange));
        }
    }

    // ---- pinned columns ----

    /** How many columns, from the left, are pinned. */
    private int pinnedColumns() {
        return Math.min(viewModel.pinnedCount(), headers.size());
    }

    /** The right edge of the last pinned column in the rows' coordinates (scrolled to the left), or 0. */
    private double pinnedRight() {
        int k = pinnedColumns();
        if (k == 0 || cells.isEmpty()) {
            return 0;
        }
        Region last = cells.get(0).get(k - 1);
        return last.getLayoutX() + last.getWidth();
    }

    /**
     * Keeps the pinned columns (the first {@link #pinnedColumns()}) at the left of the viewport, over a backdrop
     * that hides the columns scrolling under them; the headers follow.
     */
    private void placePinned() {
        int k = pinnedColumns();
        double off = horizontalOffset();
        for (int c = 0; c < headers.size(); c++) {
            boolean pin = c < k;
            double x = pin ? off : 0;
            headers.get(c).setTranslateX(x);
            headers.get(c).setViewOrder(pin ? -2 : 0);
            for (List<Region> row : cells) {
                Region cell = row.get(c);
                cell.setTranslateX(x);
                cell.setViewOrder(pin ? -2 : 0);
                cell.setUserData(pin ? PINNED : null);
            }
        }
        boolean show = k > 0 && off > 0.5 && !cells.isEmpty();
        rowsBackdrop.setVisible(show);
        headerBackdrop.setVisible(show);
        if (show) {
            double width = pinnedRight() + GAP / 2;
            rowsBackdrop.resizeRelocate(off, 0, width, rowsGrid.getHeight());
            Region lastHeader = headers.get(k - 1);
            headerBackdrop.resizeRelocate(off, 0, lastHeader.getLayoutX() + lastHeader.getWidth() + GAP / 2,
                    headerGrid.getHeight());
        }
    }

    // ---- the claim chosen, in every column ----

    /**
     * Shows every column's mention of the claim chosen ({@link SideBySideViewModel#claimProperty()}): each column
     * slides down so that its mention stands at the height of the lowest one, the mentions are selected and
     * marked, and the view scrolls there. Worked out again over the next pulses while the text areas size
     * themselves; with no claim chosen the columns go back to their aligned rows.
     */
    public void showClaimMentions() {
        scrollPulses = 60;
        stablePulses = 0;
        lastClaimState = Double.NaN;
        Platform.requestNextPulse();
    }

    /**
     * After each layout pulse: while a claim is chosen, each column stays slid to its mention however the text
     * areas resize; for a while after the claim was chosen (until the layout has settled) the view also scrolls
     * there. Idle when no claim is chosen and nothing is slid.
     */
    private void keepClaimAligned() {
        if (viewModel.claimProperty().get() == null && !slid && mentionCells.isEmpty()) {
            scrollPulses = 0;
            return;
        }
        if (!showing()) {
            return;
        }
        double state = alignOnClaim(false);
        if (scrollPulses <= 0) {
            return;
        }
        boolean same = Math.abs(state - lastClaimState) < 0.5 || Double.isNaN(state) && Double.isNaN(lastClaimState);
        if (!same || scrollPulses == 60) {
            alignOnClaim(true);
        }
        stablePulses = same ? stablePulses + 1 : 0;
        lastClaimState = state;
        scrollPulses--;
        if (stablePulses >= 3) {
            scrollPulses = 0;
        } else {
            Platform.requestNextPulse();
        }
    }

    /**
     * Slides each column to its mention of the claim chosen and, if {@code scrollThere}, scrolls to them.
     *
     * @return the height the mentions stand at plus the largest slide (to tell when the layout has settled), or
     *     NaN when no column mentions the claim
     */
    private double alignOnClaim(boolean scrollThere) {
        ClaimRef claim = viewModel.claimProperty().get();
        HighlightRef current = viewModel.getCurrent();
        List<Region> marked = new ArrayList<>();
        List<StyleClassedTextArea> markedAreas = new ArrayList<>();
        int n = rows.isEmpty() ? 0 : cells.get(0).size();
        double[] y = new double[n];
        java.util.Arrays.fill(y, Double.NaN);
        if (claim != null && n > 0) {
            List<Optional<HighlightRef>> mentions = mentionsOf(claim);
            for (int c = 0; c < n && c < mentions.size(); c++) {
                HighlightRef ref = mentions.get(c).orElse(null);
                if (ref == null || ref.row() >= areas.size() || areas.get(ref.row()).get(c) == null) {
                    continue;
                }
                StyleClassedTextArea area = areas.get(ref.row()).get(c);
                Region cell = cells.get(ref.row()).get(c);
                Span cellSpan = rows.get(ref.row()).cells().get(c);
                Span s = viewModel.getModel().highlight(ref).span();
                int from = Math.max(0, s.start() - cellSpan.start());
                int to = Math.min(cellSpan.length(), s.end() - cellSpan.start());
                if (!ref.equals(current) && (area.getSelection().getStart() != from || area.getSelection().getEnd() != to)) {
                    area.selectRange(from, to);
                }
                marked.add(cell);
                markedAreas.add(area);
                double inCell = 0;
                Optional<Bounds> chars = area.getScene() == null ? Optional.empty()
                        : area.getCharacterBoundsOnScreen(from, Math.max(from + 1, to));
                if (chars.isPresent()) {
                    Bounds local = cell.screenToLocal(chars.get());
                    if (local != null) {
                        inCell = local.getMinY();
                    }
                }
                y[c] = cell.getLayoutY() + inCell;
            }
        }
        if (!marked.equals(mentionCells)) {
            // style classes changed only when the cells change: a change costs a CSS pass and another pulse
            for (int i = 0; i < mentionCells.size(); i++) {
                Region cell = mentionCells.get(i);
                if (!marked.contains(cell)) {
                    cell.getStyleClass().remove(CLAIM_MENTION);
                    if (!cell.getStyleClass().contains(Styles.CURRENT)) {
                        mentionAreas.get(i).deselect();
                    }
                }
            }
            for (Region cell : marked) {
                if (!cell.getStyleClass().contains(CLAIM_MENTION)) {
                    cell.getStyleClass().add(CLAIM_MENTION);
                }
            }
            mentionCells.clear();
            mentionCells.addAll(marked);
            mentionAreas.clear();
            mentionAreas.addAll(markedAreas);
        }
        double target = java.util.Arrays.stream(y).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
        double maxShift = 0;
        for (int c = 0; c < n; c++) {
            double shift = Double.isNaN(y[c]) ? 0 : target - y[c];
            maxShift = Math.max(maxShift, shift);
            for (List<Region> row : cells) {
                row.get(c).setTranslateY(shift);
            }
        }
        slid = maxShift > 0;
        double bottom = ROWS_PADDING.getBottom() + maxShift;
        if (Math.abs(rowsGrid.getPadding().getBottom() - bottom) > 0.5) {
            rowsGrid.setPadding(new Insets(ROWS_PADDING.getTop(), ROWS_PADDING.getRight(), bottom, ROWS_PADDING.getLeft()));
        }
        if (Double.isNaN(target)) {
            return Double.NaN;
        }
        if (scrollThere) {
            double viewport = scroll.getViewportBounds().getHeight();
            double range = rowsGrid.getHeight() - viewport;
            if (range > 0) {
                scroll.setVvalue(clamp((target - viewport / 3) / range));
            }
            snapToMentions(y, current);
        }
        return target + maxShift + rowsGrid.getHeight();
    }

    /**
     * Scrolls sideways so that the viewport starts at a column's left edge (beside the pinned ones): the leftmost
     * column that mentions the claim, or the current mention's column if it would not show from there.
     */
    private void snapToMentions(double[] mentionY, HighlightRef current) {
        double hrange = rowsGrid.getWidth() - scroll.getViewportBounds().getWidth();
        if (hrange <= 0 || cells.isEmpty()) {
            return;
        }
        int k = pinnedColumns();
        List<Region> firstRow = cells.get(0);
        int start = -1;
        for (int c = k; c < mentionY.length; c++) {
            if (!Double.isNaN(mentionY[c])) {
                start = c;
                break;
            }
        }
        if (start < 0) {
            return;
        }
        double pinnedWidth = pinnedRight();
        double lead = pinnedWidth > 0 ? pinnedWidth + GAP / 2 : rowsGrid.getPadding().getLeft();
        double visible = scroll.getViewportBounds().getWidth() - (pinnedWidth > 0 ? lead : 0);
        if (current != null && current.column() >= k && current.column() < firstRow.size()) {
            Region cur = firstRow.get(current.column());
            if (cur.getLayoutX() + cur.getWidth() > firstRow.get(start).getLayoutX() + visible) {
                start = current.column();
            }
        }
        scroll.setHvalue(clamp((firstRow.get(start).getLayoutX() - lead) / hrange));
    }

    /** {@link SideBySideModel#mentions}, worked out once per claim and model (it is read after every pulse). */
    private List<Optional<HighlightRef>> mentionsOf(ClaimRef claim) {
        SideBySideModel model = viewModel.getModel();
        if (!claim.equals(mentionsClaim) || model != mentionsModel) {
            mentions = model.mentions(claim);
            mentionsClaim = claim;
            mentionsModel = model;
        }
        return mentions;
    }

    /** True if this view and every parent up to the scene's root are visible (an unselected tab's content is not). */
    private boolean showing() {
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }

    /**
     * Where each column's mention of the claim chosen stands in the scroll pane's viewport, in scene coordinates
     * (for tests): empty for a column that does not mention it.
     */
    public List<Optional<Bounds>> claimMentionBounds() {
        List<Optional<Bounds>> out = new ArrayList<>();
        ClaimRef claim = viewModel.claimProperty().get();
        if (claim == null || rows.isEmpty()) {
            return out;
        }
        List<Optional<HighlightRef>> mentions = viewModel.getModel().mentions(claim);
        for (int c = 0; c < mentions.size(); c++) {
            HighlightRef ref = mentions.get(c).orElse(null);
            StyleClassedTextArea area = ref == null || ref.row() >= areas.size() ? null : areas.get(ref.row()).get(c);
            if (area == null || area.getScene() == null) {
                out.add(Optional.empty());
                continue;
            }
            Span cellSpan = rows.get(ref.row()).cells().get(c);
            Span s = viewModel.getModel().highlight(ref).span();
            int from = Math.max(0, s.start() - cellSpan.start());
            int to = Math.min(cellSpan.length(), s.end() - cellSpan.start());
            out.add(area.getCharacterBoundsOnScreen(from, Math.max(from + 1, to)).map(b -> area.getScene().getRoot()
                    .screenToLocal(b)).map(b -> area.getScene().getRoot().localToScene(b)));
        }
        return out;
    }

    /** The state this view shows (for tests). */
    SideBySideViewModel viewModel() {
        return viewModel;
    }

    /** The rows' scroll pane (for tests). */
    ScrollPane rowsScroll() {
        return scroll;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
