package org.parallax.ui.compare;

import org.parallax.core.compare.claim.Verdict;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.parallax.core.article.Article;
import org.parallax.core.compare.Comparison;
import org.parallax.core.extract.Extraction;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Tasks;

/**
 * The comparison screen, the one entry point the app wires: a summary strip ("2 figure groups differ · 1
 * attribution difference · …", each a link that jumps to the next such place), the side-by-side columns
 * ({@link SideBySideView}) and, beside them, tabs with the claims table, the quotes table and the timeline.
 * While the comparer runs (off the FX thread, through {@link Tasks}) a progress bar with Cancel covers it; when it
 * is done the screen opens on the widest disagreement, its first figure selected, its row of the claims table
 * selected and its timeline drawn, without a click.
 *
 * <p>Wiring (once, in the app context): {@code ComparisonScreen screen = new ComparisonScreen(tasks, messages);}
 * put {@link #view()} where the comparison page goes; the library's "Compare" hook calls
 * {@link #compare(List, ArticleLookup)} with the selected ids; File ▸ Export calls {@link #chooseExport(Window)} (or
 * {@link #exportTo(Path, Consumer)} with a path).
 */
public final class ComparisonScreen {

    private final ComparisonScreenModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final SideBySideView columns;
    private final TabPane side = new TabPane();
    private final SplitPane split = new SplitPane();
    private final ClaimsTable claims;
    private final QuotesTable quotes;
    private final TimelineView timeline;
    private double dividerPosition = 0.64;

    /** The screen over the app's task helper (its executor runs the comparer) and strings. */
    public ComparisonScreen(Tasks tasks, Messages messages) {
        this(new ComparisonScreenModel(tasks, messages));
    }

    public ComparisonScreen(ComparisonScreenModel model) {
        this.model = model;
        this.messages = model.messages();
        this.columns = new SideBySideView(model.view(), messages);
        this.claims = new ClaimsTable(model);
        this.quotes = new QuotesTable(model);
        this.timeline = new TimelineView(model);

        root.setId("comparisonScreen");
        root.getStyleClass().add(CompareStyles.SCREEN);
        root.getStylesheets().add(CompareStyles.STYLESHEET);

        Tab claimsTab = tab("claimsTab", "side.claims", MaterialDesignT.TABLE, claims);
        Tab quotesTab = tab("quotesTab", "side.quotes", MaterialDesignF.FORMAT_QUOTE_OPEN, quotes);
        Tab timelineTab = tab("timelineTab", "side.timeline", MaterialDesignC.CHART_TIMELINE_VARIANT, timeline);
        side.getTabs().addAll(claimsTab, quotesTab, timelineTab);
        side.setId("comparisonSide");
        side.getStyleClass().add(CompareStyles.SIDE_PANEL);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setMinWidth(0);
        columns.setMinWidth(0);

        split.setId("comparisonSplit");
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().addAll(columns, side);
        split.setDividerPositions(dividerPosition);

        root.setTop(summaryStrip());
        root.setCenter(new StackPane(split, busyCover()));
    }

    private Tab tab(String id, String key, org.kordamp.ikonli.Ikon icon, Node content) {
        Tab t = new Tab(messages.get(key), content);
        t.setId(id);
        t.setGraphic(Icons.of(icon));
        return t;
    }

    // ---- the summary strip ----

    private Node summaryStrip() {
        HBox chips = new HBox(4);
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.setId("summaryChips");
        Label lead = new Label();
        lead.setId("summaryLead");
        lead.getStyleClass().add("summary-lead");
        model.summaryProperty().addListener((obs, old, s) -> fillSummary(chips, lead, s));
        model.comparisonProperty().addListener((obs, old, c) -> fillSummary(chips, lead, model.summaryProperty().get()));

        ToggleButton showSide = new ToggleButton(null, Icons.of(MaterialDesignT.TABLE_EYE));
        showSide.setId("toggleSide");
        showSide.setSelected(true);
        showSide.setTooltip(new Tooltip(messages.get("side.toggle")));
        showSide.setAccessibleText(messages.get("side.toggle"));
        showSide.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        showSide.selectedProperty().addListener((obs, was, is) -> showSide(is));
        Button export = new Button(messages.get("export.button"), Icons.of(MaterialDesignE.EXPORT_VARIANT));
        export.setId("exportComparison");
        export.setTooltip(new Tooltip(messages.get("export.tooltip")));
        export.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        export.disableProperty().bind(model.comparisonProperty().isNull());
        export.setOnAction(e -> chooseExport(root.getScene() == null ? null : root.getScene().getWindow()));
        Label status = new Label();
        status.setId("comparisonStatus");
        status.getStyleClass().add(CompareStyles.MUTED);
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox strip = new HBox(10, lead, chips, spring, status, export, showSide);
        strip.setId("comparisonSummary");
        strip.getStyleClass().add(CompareStyles.SUMMARY);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setPadding(new Insets(6, 12, 6, 12));
        fillSummary(chips, lead, model.summaryProperty().get());
        return strip;
    }

    private void fillSummary(HBox chips, Label lead, ComparisonScreenModel.Summary s) {
        chips.getChildren().clear();
        Comparison c = model.comparisonProperty().get();
        if (c == null) {
            lead.setText(messages.get("summary.none"));
            return;
        }
        lead.setText(messages.format("summary.lead", c.articles().size()));
        chip(chips, "summaryFiguresDiffer", ComparisonScreenModel.Category.FIGURES_DIFFER, s.figuresDiffer(),
                "summary.figuresDiffer", HighlightStyles.iconOf(Verdict.DIFFER), Styles.BADGE_DIFFER);
        chip(chips, "summaryAttributions", ComparisonScreenModel.Category.ATTRIBUTIONS_DIFFER, s.attributionDifferences(),
                "summary.attributionDifferences", MaterialDesignA.ACCOUNT_SWITCH, Styles.BADGE_DIFFER);
        chip(chips, "summaryFiguresConsistent", ComparisonScreenModel.Category.FIGURES_CONSISTENT, s.figuresConsistent(),
                "summary.figuresConsistent", HighlightStyles.iconOf(Verdict.CONSISTENT), Styles.BADGE_CONSISTENT);
        chip(chips, "summaryQuotes", ComparisonScreenModel.Category.QUOTES_CHANGED, s.quotesChanged(),
                "summary.quotesChanged", HighlightStyles.iconOf(Flag.REWORDED), Styles.BADGE_QUOTE);
        Label aligned = new Label(messages.format("summary.aligned", s.alignedPassages()));
        aligned.setId("summaryAligned");
        aligned.getStyleClass().add(CompareStyles.MUTED);
        chips.getChildren().add(aligned);
    }

    private void chip(HBox chips, String id, ComparisonScreenModel.Category category, int count, String key,
                      org.kordamp.ikonli.Ikon icon, String badge) {
        if (!chips.getChildren().isEmpty()) {
            Label dot = new Label("·");
            dot.getStyleClass().add(CompareStyles.MUTED);
            chips.getChildren().add(dot);
        }
        Hyperlink link = new Hyperlink(messages.format(key, count), Icons.of(icon, Styles.BADGE, badge));
        link.setId(id);
        link.getStyleClass().add(CompareStyles.SUMMARY_CHIP);
        link.setDisable(count == 0);
        link.setTooltip(new Tooltip(messages.get(key + ".jump")));
        link.setAccessibleText(link.getText() + ". " + messages.get(key + ".jump"));
        link.setOnAction(e -> {
            link.setVisited(false);
            model.jumpTo(category);
            if (category == ComparisonScreenModel.Category.FIGURES_DIFFER
                    || category == ComparisonScreenModel.Category.FIGURES_CONSISTENT) {
                side.getSelectionModel().select(0);
            }
        });
        chips.getChildren().add(link);
    }

    // ---- progress ----

    private Node busyCover() {
        ProgressBar bar = new ProgressBar();
        bar.setId("comparisonProgress");
        bar.setPrefWidth(320);
        Label message = new Label(messages.get("task.compare"));
        message.setId("comparisonProgressMessage");
        Button cancel = new Button(messages.get("status.cancel"), Icons.of(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.setId("cancelComparison");
        cancel.setOnAction(e -> model.cancel());
        model.runningProperty().addListener((obs, old, task) -> {
            bar.progressProperty().unbind();
            message.textProperty().unbind();
            if (task != null) {
                bar.progressProperty().bind(task.progressProperty());
                message.textProperty().bind(Bindings.when(task.messageProperty().isEmpty())
                        .then(task.titleProperty()).otherwise(task.messageProperty()));
            }
        });
        VBox box = new VBox(10, message, bar, cancel);
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.getStyleClass().add("busy-card");
        StackPane cover = new StackPane(box);
        cover.setId("comparisonBusy");
        cover.getStyleClass().add(CompareStyles.BUSY);
        cover.visibleProperty().bind(model.busyProperty());
        return cover;
    }

    private void showSide(boolean show) {
        if (show && !split.getItems().contains(side)) {
            split.getItems().add(side);
            split.setDividerPositions(dividerPosition);
        } else if (!show && split.getItems().contains(side)) {
            dividerPosition = split.getDividerPositions()[0];
            split.getItems().remove(side);
        }
    }

    // ---- the entry points ----

    /** The screen's node: put it where the comparison page goes. */
    public Node view() {
        return root;
    }

    /** Compares these articles (each with its extraction, same order) off the FX thread and shows the result. */
    public Task<?> show(List<Article> articles, List<Extraction> extractions) {
        return model.compare(articles, extractions);
    }

    /** Shows a comparison made elsewhere. */
    public Task<?> show(Comparison comparison) {
        return model.show(comparison);
    }

    /**
     * Loads the articles with these ids from the library and compares them, off the FX thread: what the library
     * view's {@code onCompare} hook calls with the selected ids.
     */
    public Task<?> compare(List<String> ids, ArticleLookup library) {
        return model.compare(ids, library);
    }

    /**
     * Writes the current comparison as HTML, Markdown, CSV or JSON (by {@code file}'s extension; Markdown
     * otherwise) off the FX thread; {@code done} gets the status message ("Wrote the html report of 5 articles to
     * …", or why not) on the FX thread.
     */
    public Task<String> exportTo(Path file, Consumer<String> done) {
        return model.exportTo(file, done);
    }

    /** Asks for a file (HTML, Markdown, CSV or JSON) and exports the current comparison to it. */
    public void chooseExport(Window owner) {
        if (model.comparisonProperty().get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.title"));
        FileChooser.ExtensionFilter html = new FileChooser.ExtensionFilter(messages.get("export.html"), "*.html");
        chooser.getExtensionFilters().addAll(html,
                new FileChooser.ExtensionFilter(messages.get("export.markdown"), "*.md"),
                new FileChooser.ExtensionFilter(messages.get("export.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(messages.get("export.json"), "*.json"));
        chooser.setSelectedExtensionFilter(html);
        chooser.setInitialFileName("comparison.html");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            Path path = file.toPath();
            String name = path.getFileName().toString();
            if (!name.contains(".") && chooser.getSelectedExtensionFilter() != null) {
                path = path.resolveSibling(name + chooser.getSelectedExtensionFilter().getExtensions().get(0).substring(1));
            }
            exportTo(path, msg -> { });
        }
    }

    /** The screen's state: the comparison shown, the selection, the summary. */
    public ComparisonScreenModel model() {
        return model;
    }

    /** The side-by-side columns. */
    public SideBySideView columns() {
        return columns;
    }

    /** Shows the claims (0), quotes (1) or timeline (2) tab. */
    public void showSideTab(int index) {
        side.getSelectionModel().select(index);
    }

    /** The side tab shown: claims (0), quotes (1) or timeline (2). */
    public int sideTab() {
        return Math.max(0, side.getSelectionModel().getSelectedIndex());
    }

    /** Moves the divider between the columns and the side tabs (0..1 of the width). */
    public void setSideDivider(double position) {
        dividerPosition = position;
        split.setDividerPositions(position);
    }

    TimelineView timeline() {
        return timeline;
    }

    ClaimsTable claims() {
        return claims;
    }

    QuotesTable quotes() {
        return quotes;
    }
}
