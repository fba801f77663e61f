package org.parallax.ui.compare;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
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
import org.parallax.core.compare.claim.Verdict;
import org.parallax.core.extract.Extraction;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Tasks;

/**
 * The comparison screen, the one entry point the app wires: a summary strip ("Comparing 6 articles · ≠ 5 figures
 * differ · ≈ 0 consistent · ✓ 2 agree · ○ 2 in one outlet only · 6 quotes shared · …", wrapping, never cut) with
 * Export, then tabs: Figures · Quotes · Attributions (the {@link ClaimsView claims}, one row per claim, differing
 * ones first) · Side by side (the {@link SideBySideView article texts in columns}) · Timeline. It opens on the
 * Figures tab. Selecting a claim's row selects it in the side-by-side view, where every column scrolls to its own
 * mention of it, marked (and the figure group in the timeline). While the comparer runs (off the FX thread, through {@link Tasks}) a progress card with Cancel
 * covers the screen; it goes when the comparison is done, failed or cancelled.
 *
 * <p>Wiring (once, in the app context): {@code ComparisonScreen screen = new ComparisonScreen(tasks, messages);}
 * put {@link #view()} where the comparison page goes; the library's "Compare" hook calls
 * {@link #compare(List, ArticleLookup)} with the selected ids; File ▸ Export calls {@link #chooseExport(Window)} (or
 * {@link #exportTo(Path, Consumer)} with a path).
 */
public final class ComparisonScreen {

    /** The tabs, in order (their index is what {@link #showSideTab(int)} takes and the settings remember). */
    public static final int FIGURES = 0;
    public static final int QUOTES = 1;
    public static final int ATTRIBUTIONS = 2;
    public static final int SIDE_BY_SIDE = 3;
    public static final int TIMELINE = 4;

    private final ComparisonScreenModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    /** made when its tab is first shown (or asked for): most comparisons are read in the claims view alone */
    private SideBySideView columns;
    private Function<Comparison, String> storyName = c -> null;
    private final TabPane tabs = new TabPane();
    private final ClaimsView figures;
    private final ClaimsView quotes;
    private final ClaimsView attributions;
    /** made when its tab is first shown (or asked for) */
    private TimelineView timeline;
    private Tab sideBySideTab;
    private Tab timelineTab;
    private final Label figuresBadge = new Label();
    private final Label quotesBadge = new Label();
    private final Label attributionsBadge = new Label();
    /** what to do after the claims views got new rows (the filter bars' counts) */
    private final java.util.List<Runnable> rowsChanged = new java.util.ArrayList<>();

    /** The screen over the app's task helper (its executor runs the comparer) and strings. */
    public ComparisonScreen(Tasks tasks, Messages messages) {
        this(new ComparisonScreenModel(tasks, messages));
    }

    public ComparisonScreen(ComparisonScreenModel model) {
        this.model = model;
        this.messages = model.messages();
        this.figures = new ClaimsView("figureClaims", "claims.empty.figures", messages);
        this.quotes = new ClaimsView("quoteClaims", "claims.empty.quotes", messages);
        this.attributions = new ClaimsView("attributionClaims", "claims.empty.attributions", messages);

        root.setId("comparisonScreen");
        root.getStyleClass().add(CompareStyles.SCREEN);
        root.getStylesheets().add(CompareStyles.STYLESHEET);

        for (ClaimsView v : List.of(figures, quotes, attributions)) {
            v.setOnSelect(row -> model.selectClaim(row.claim()));
        }
        model.claimsProperty().addListener((obs, old, c) -> showClaims(c));
        model.selectedFigureGroupProperty().addListener((obs, old, g) -> {
            if (g.intValue() >= 0) {
                figures.show(ClaimRef.figureGroup(g.intValue()));
            }
        });

        // the side-by-side view and the timeline are made when their tab is first shown, and while their tab is
        // not shown a new comparison only empties them: they are built again when it shows
        sideBySideTab = tab("sideBySideTab", "tab.sideBySide", null, null);
        timelineTab = tab("timelineTab", "tab.timeline", null, null);
        tabs.getTabs().addAll(
                tab("figuresTab", "tab.figures", figuresBadge, withHint(figures)),
                tab("quotesTab", "tab.quotes", quotesBadge, withHint(quotes)),
                tab("attributionsTab", "tab.attributions", attributionsBadge, withHint(attributions)),
                sideBySideTab,
                timelineTab);
        tabs.setId("comparisonTabs");
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (i.intValue() == SIDE_BY_SIDE) {
                sideBySideView().setShowing(true);
            } else if (columns != null) {
                columns.setShowing(false);
            }
            if (i.intValue() == TIMELINE) {
                timelineView().setShowing(true);
            } else if (timeline != null) {
                timeline.setShowing(false);
            }
            if (i.intValue() == SIDE_BY_SIDE) {
                SideBySideView columns = this.columns;
                // once the tab's content is shown (a node that is not visible cannot take the focus)
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(50));
                later.setOnFinished(e -> {
                    columns.focusCurrent();
                    // laid out now it shows: every column to its mention of the claim chosen
                    columns.showClaimMentions();
                });
                later.play();
            }
        });
        tabs.getStyleClass().addAll(CompareStyles.SIDE_PANEL, atlantafx.base.theme.Styles.TABS_FLOATING);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        root.setTop(summaryStrip());
        root.setCenter(new StackPane(tabs, busyCover()));
        showClaims(model.claimsProperty().get());
    }

    /**
     * The claims view under a bar: "Show" All · ≠ Differ · ✓ Agree · ○ One outlet (a group of toggle buttons that
     * hides the other rows; Differ takes Consistent rows too) and, on the right, what a chip holds.
     */
    private Node withHint(ClaimsView view) {
        Label show = new Label(messages.get("claims.show"));
        show.getStyleClass().add(CompareStyles.MUTED);
        show.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        HBox filters = new HBox(0);
        filters.setAlignment(Pos.CENTER_LEFT);
        String[][] kinds = {{"all", atlantafx.base.theme.Styles.LEFT_PILL}, {"differ", atlantafx.base.theme.Styles.CENTER_PILL},
                {"agree", atlantafx.base.theme.Styles.CENTER_PILL}, {"single", atlantafx.base.theme.Styles.RIGHT_PILL}};
        for (String[] kind : kinds) {
            javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton();
            b.setId(view.getId() + "-show-" + kind[0]);
            b.getStyleClass().addAll(kind[1], atlantafx.base.theme.Styles.SMALL);
            b.setToggleGroup(group);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setUserData(kind[0]);
            filters.getChildren().add(b);
        }
        group.selectToggle(group.getToggles().get(0));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one is always chosen
                return;
            }
            String kind = (String) now.getUserData();
            view.setFilter(switch (kind) {
                case "differ" -> r -> r.verdict() == Verdict.DIFFER || r.verdict() == Verdict.CONSISTENT;
                case "agree" -> r -> r.verdict() == Verdict.AGREE;
                case "single" -> r -> r.verdict() == Verdict.SINGLE;
                default -> r -> true;
            });
        });
        Runnable count = () -> {
            List<ClaimRows.Row> rows = view.rows();
            long differ = rows.stream().filter(r -> r.verdict() == Verdict.DIFFER || r.verdict() == Verdict.CONSISTENT).count();
            long agree = rows.stream().filter(r -> r.verdict() == Verdict.AGREE).count();
            long single = rows.stream().filter(r -> r.verdict() == Verdict.SINGLE).count();
            long[] counts = {rows.size(), differ, agree, single};
            for (int i = 0; i < kinds.length; i++) {
                ((javafx.scene.control.ToggleButton) filters.getChildren().get(i))
                        .setText(messages.format("claims.filter." + kinds[i][0], counts[i]));
            }
            group.selectToggle(group.getToggles().get(0));
            view.setFilter(r -> true);
        };
        rowsChanged.add(count);
        count.run();
        Label hint = new Label(messages.get("claims.chipHint"));
        hint.getStyleClass().addAll("claims-hint", CompareStyles.MUTED);
        hint.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, show, filters, spring, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 16, 4, 16));
        VBox.setVgrow(view, Priority.ALWAYS);
        return new VBox(bar, view);
    }

    private Tab tab(String id, String key, Label badge, Node content) {
        Tab t = new Tab(null, content);
        t.setId(id);
        Label title = new Label(messages.get(key));
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox graphic = new HBox(6, title);
        graphic.setAlignment(Pos.CENTER_LEFT);
        if (badge != null) {
            badge.getStyleClass().add("tab-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            graphic.getChildren().add(badge);
        }
        t.setGraphic(graphic);
        return t;
    }

    private void showClaims(ComparisonScreenModel.ClaimLists c) {
        figures.setRows(c.figures());
        quotes.setRows(c.quotes());
        attributions.setRows(c.attributions());
        rowsChanged.forEach(Runnable::run);
        ComparisonScreenModel.Summary s = model.summaryProperty().get();
        badge(figuresBadge, s.figuresDiffer() > 0 ? messages.format("verdict.count.differ", s.figuresDiffer())
                : String.valueOf(c.figures().size()), s.figuresDiffer() > 0);
        // what each count counts: the quotes found and how many two outlets share; the attributions found and
        // how many claims outlets credit differently (the tabs list the shared and the differing ones)
        badge(quotesBadge, messages.format("tab.quotes.count", s.quotesFound(), s.quotesShared()), false);
        quotesBadge.setTooltip(new Tooltip(messages.format("tab.quotes.tooltip", s.quotesFound(), s.quotesShared(),
                c.quotes().size())));
        badge(attributionsBadge, messages.format("tab.attributions.count", s.attributionsFound(), c.attributions().size()),
                c.attributions().size() > 0);
        attributionsBadge.setTooltip(new Tooltip(messages.format("tab.attributions.tooltip", s.attributionsFound(),
                c.attributions().size())));
        quotes.setEmptyText(messages.format("claims.empty.quotesFound", s.quotesFound()));
        attributions.setEmptyText(messages.format("claims.empty.attributionsFound", s.attributionsFound()));
        int g = model.selectedFigureGroupProperty().get();
        if (g >= 0) {
            figures.show(ClaimRef.figureGroup(g));
        }
    }

    private static void badge(Label badge, String text, boolean differ) {
        badge.setText(text);
        badge.getStyleClass().remove("tab-badge-differ");
        if (differ) {
            badge.getStyleClass().add("tab-badge-differ");
        }
    }

    // ---- the summary strip ----

    private Node summaryStrip() {
        FlowPane chips = new FlowPane(8, 2);
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.setId("summaryChips");
        chips.setMinWidth(0);
        model.summaryProperty().addListener((obs, old, s) -> fillSummary(chips, s));
        model.comparisonProperty().addListener((obs, old, c) -> fillSummary(chips, model.summaryProperty().get()));
        // while a new comparison runs the strip says so, rather than keep the previous one's counts
        model.busyProperty().addListener((obs, was, is) -> fillSummary(chips, model.summaryProperty().get()));

        Button export = new Button(messages.get("export.button"), Icons.of(MaterialDesignE.EXPORT_VARIANT));
        export.setId("exportComparison");
        export.setTooltip(new Tooltip(messages.get("export.tooltip")));
        export.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(model.comparisonProperty().isNull());
        export.setOnAction(e -> chooseExport(root.getScene() == null ? null : root.getScene().getWindow()));
        Label status = new Label();
        status.setId("comparisonStatus");
        status.getStyleClass().add(CompareStyles.MUTED);
        status.textProperty().bind(model.statusProperty());
        // "Compared 6 articles." says what the strip already says: shown only for exports, failures, cancels
        status.visibleProperty().bind(model.statusProperty().isNotEqualTo(messages.format("comparison.done", 0))
                .and(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.comparison().map(c ->
                        !model.statusProperty().get().equals(messages.format("comparison.done", c.articles().size())))
                        .orElse(true), model.statusProperty(), model.comparisonProperty())));
        status.managedProperty().bind(status.visibleProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setMaxWidth(260);
        HBox right = new HBox(10, status, export);
        right.setAlignment(Pos.CENTER_RIGHT);
        BorderPane strip = new BorderPane();
        strip.setCenter(chips);
        strip.setRight(right);
        BorderPane.setAlignment(chips, Pos.CENTER_LEFT);
        // the counts wrap to a second line rather than being cut
        chips.prefWrapLengthProperty().bind(root.widthProperty().subtract(right.widthProperty()).subtract(48));
        strip.setId("comparisonSummary");
        strip.getStyleClass().add(CompareStyles.SUMMARY);
        strip.setPadding(new Insets(8, 16, 8, 16));
        fillSummary(chips, model.summaryProperty().get());
        return strip;
    }

    private void fillSummary(FlowPane chips, ComparisonScreenModel.Summary s) {
        chips.getChildren().clear();
        Comparison c = model.comparisonProperty().get();
        Label lead = new Label();
        lead.setId("summaryLead");
        lead.getStyleClass().add("summary-lead");
        lead.setMinWidth(Region.USE_PREF_SIZE);
        chips.getChildren().add(lead);
        if (model.busyProperty().get()) {
            lead.setText(messages.get("task.compare"));
            return;
        }
        if (c == null) {
            lead.setText(messages.get("summary.none"));
            return;
        }
        lead.setText(messages.format("summary.articles", c.articles().size()));
        chip(chips, "summaryFiguresDiffer", ComparisonScreenModel.Category.FIGURES_DIFFER, s.figuresDiffer(),
                messages.format("summary.figures.differ", s.figuresDiffer()), Verdict.DIFFER, FIGURES);
        chip(chips, "summaryFiguresConsistent", ComparisonScreenModel.Category.FIGURES_CONSISTENT,
                s.figuresConsistent(), messages.format("summary.figures.consistent", s.figuresConsistent()),
                Verdict.CONSISTENT, FIGURES);
        chip(chips, "summaryFiguresAgree", null, s.figuresAgree(),
                messages.format("summary.figures.agree", s.figuresAgree()), Verdict.AGREE, FIGURES);
        chip(chips, "summaryFiguresSingle", null, s.figuresSingle(),
                messages.format("summary.figures.single", s.figuresSingle()), Verdict.SINGLE, FIGURES);
        chip(chips, "summaryQuotes", ComparisonScreenModel.Category.QUOTES_CHANGED, s.quotes(),
                messages.format("summary.quotesFound", s.quotesFound(), s.quotesShared()), null, QUOTES);
        chip(chips, "summaryAttributions", ComparisonScreenModel.Category.ATTRIBUTIONS_DIFFER,
                s.attributionDifferences(), messages.format("summary.attributionCount", s.attributionDifferences()),
                null, ATTRIBUTIONS);
    }

    private void chip(FlowPane chips, String id, ComparisonScreenModel.Category category, int count, String text,
                      Verdict verdict, int tab) {
        Label dot = new Label("·");
        dot.getStyleClass().add(CompareStyles.MUTED);
        dot.setMinWidth(Region.USE_PREF_SIZE);
        Hyperlink link = new Hyperlink(text, verdict == null ? null
                : Icons.of(HighlightStyles.iconOf(verdict), Styles.BADGE, HighlightStyles.badgeOf(verdict)));
        link.setId(id);
        link.getStyleClass().add(CompareStyles.SUMMARY_CHIP);
        link.setMinWidth(Region.USE_PREF_SIZE);
        link.setDisable(count == 0);
        link.setAccessibleText(text);
        link.setOnAction(e -> {
            link.setVisited(false);
            tabs.getSelectionModel().select(tab);
            if (category != null) {
                model.jumpTo(category);
            }
        });
        chips.getChildren().addAll(dot, link);
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

    /** Names the story a comparison shows (for the export's file name); {@code null} when it has none. */
    public void setStoryName(Function<Comparison, String> storyName) {
        this.storyName = Objects.requireNonNull(storyName);
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
        chooser.setInitialDirectory(ExportFile.defaultFolder().toFile());
        chooser.setInitialFileName(ExportFile.baseName(storyName.apply(model.comparisonProperty().get())) + ".html");
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

    /** Shows tab {@code index}: {@link #FIGURES}, {@link #QUOTES}, {@link #ATTRIBUTIONS}, {@link #SIDE_BY_SIDE}, {@link #TIMELINE}. */
    public void showSideTab(int index) {
        tabs.getSelectionModel().select(Math.max(0, Math.min(index, tabs.getTabs().size() - 1)));
    }

    /** The tab shown ({@link #FIGURES}…{@link #TIMELINE}). */
    public int sideTab() {
        return Math.max(0, tabs.getSelectionModel().getSelectedIndex());
    }

    /** The timeline, brought up to date (made now if its tab was never shown). */
    TimelineView timeline() {
        TimelineView t = timelineView();
        t.catchUp();
        return t;
    }

    private TimelineView timelineView() {
        if (timeline == null) {
            timeline = new TimelineView(model);
            timeline.setShowing(tabs.getSelectionModel().getSelectedIndex() == TIMELINE);
            timelineTab.setContent(timeline);
        }
        return timeline;
    }

    private SideBySideView sideBySideView() {
        if (columns == null) {
            columns = new SideBySideView(model.view(), messages);
            columns.setShowing(tabs.getSelectionModel().getSelectedIndex() == SIDE_BY_SIDE);
            sideBySideTab.setContent(columns);
        }
        return columns;
    }

    /** The Figures tab's claims. */
    public ClaimsView figures() {
        return figures;
    }

    public ClaimsView quotes() {
        return quotes;
    }

    public ClaimsView attributions() {
        return attributions;
    }

    /**
     * The side-by-side view, brought up to date: made now if its tab was never shown, its columns built now if
     * the comparison changed while its tab was not shown.
     */
    public SideBySideView sideBySide() {
        SideBySideView v = sideBySideView();
        v.catchUp();
        return v;
    }

    public TabPane tabs() {
        return tabs;
    }
}
